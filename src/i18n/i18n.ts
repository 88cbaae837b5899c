/**
 * Message lookup in English, Japanese and Hindi. The keys are typed: a catalogue missing a key is a
 * compile error. A language (`Locale`) picks the catalogue; numbers are formatted with a BCP 47 tag
 * (`numberTag`), which differs only when an English reader asks for lakh and crore (en-IN).
 */
import { type Catalogue, type MessageKey, en } from './messages-en.ts';
import { formatCount } from '../domain/format.ts';
import { isLanguage, LANGUAGES, type Language } from '../domain/preferences.ts';

export const LOCALES = LANGUAGES;
export type Locale = Language;
export type { Catalogue, MessageKey };

/**
 * The catalogues loaded so far. English ships with the page; Japanese and Hindi load when chosen
 * (loadCatalogue), and until one has arrived its messages read in English.
 */
export const CATALOGUES: Partial<Record<Locale, Catalogue>> = { en };

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Catalogue>> = {
  ja: () => import('./messages-ja.ts').then((m) => m.ja),
  hi: () => import('./messages-hi.ts').then((m) => m.hi),
};
const loading = new Map<Locale, Promise<void>>();
const listeners = new Set<() => void>();
let version = 0;

/** Loads a language's catalogue once; listeners hear when it has arrived. */
export function loadCatalogue(locale: Locale): Promise<void> {
  if (locale === 'en' || CATALOGUES[locale]) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = LOADERS[locale]().then(
      (catalogue) => {
        CATALOGUES[locale] = catalogue;
        version++;
        for (const l of listeners) l();
      },
      (error: unknown) => {
        loading.delete(locale); // a later choice of the language tries again
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** For useSyncExternalStore: a number that changes whenever a catalogue arrives. */
export function subscribeCatalogues(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const cataloguesVersion = (): number => version;

/** Each language named in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ja: '日本語', hi: 'हिन्दी' };

export const isLocale = isLanguage;

/**
 * The first of the browser's languages we speak ("ja-JP" → ja, "hi-IN" → hi), else English.
 * An English reader in India ("en-IN") gets English; lakh and crore stay an option for them.
 */
export function matchLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return 'en';
}

/** The tag numbers and dates are formatted with: Hindi always uses lakh and crore for rupees. */
export function numberTag(locale: Locale, indianUnits: boolean): string {
  return locale === 'en' && indianUnits ? 'en-IN' : locale;
}

export type Params = Record<string, string | number>;

/** Right-to-left letters (Hebrew, Arabic and their neighbours) and the bidi formatting characters. */
const BIDI =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * A value from data inside a message: one holding right-to-left text or bidi controls is wrapped in
 * an isolate (FSI … PDI), so that it cannot reorder the rest of the message (an unclosed U+202E in a
 * region would otherwise turn ", India · city-level" around). Other values are left as they are.
 */
export function isolate(value: string): string {
  return BIDI.test(value) ? `\u2068${value}\u2069` : value;
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = (CATALOGUES[locale] ?? en)[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? isolate(String(params[name])) : whole,
  );
}

export type Translate = (key: MessageKey, params?: Params) => string;

type PluralBase<K> = K extends `${infer B}.one` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

/** A message with `.one` and `.other` forms, chosen by the locale's plural rules for `count`. */
const rulesCache = new Map<string, Intl.PluralRules>();
/** One PluralRules per locale: constructing one costs more than a render's worth of lookups. */
function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesCache.get(locale);
  if (!rules) rulesCache.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

export function plural(
  t: Translate,
  locale: string,
  key: PluralKey,
  count: number,
  params: Params = {},
): string {
  const form = pluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  // Every number a plural message carries is a count: shown with the locale's grouping (12,345).
  const counted: Params = { count, ...params };
  for (const [k, v] of Object.entries(counted))
    if (typeof v === 'number') counted[k] = formatCount(v, locale);
  return t(`${key}.${form}` as MessageKey, counted);
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
