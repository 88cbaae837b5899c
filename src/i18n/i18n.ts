/**
 * Message lookup. One catalogue today (English); the keys are typed so that a missing
 * translation is a compile error once more languages are added.
 */
import { type Catalogue, type MessageKey, en } from './messages-en.ts';
import { formatCount } from '../domain/format.ts';

export type Locale = 'en';
export const CATALOGUES: Record<Locale, Catalogue> = { en };
export type { MessageKey };

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
  const template = CATALOGUES[locale][key];
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
  locale: Locale,
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
