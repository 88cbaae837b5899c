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
export function plural(
  t: Translate,
  locale: Locale,
  key: PluralKey,
  count: number,
  params: Params = {},
): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}` as MessageKey, { count, ...params });
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
