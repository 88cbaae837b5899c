/**
 * Message lookup. One catalogue today (English); the keys are typed so that a missing
 * translation is a compile error once more languages are added.
 */
import { type Catalogue, type MessageKey, en } from './messages-en.ts';

export type Locale = 'en';
export const CATALOGUES: Record<Locale, Catalogue> = { en };
export type { MessageKey };

export type Params = Record<string, string | number>;

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = CATALOGUES[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
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
  return t(`${key}.${form}` as MessageKey, { count, ...params });
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
