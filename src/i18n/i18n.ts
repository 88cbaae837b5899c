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

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
