/**
 * Our own text about an item in the reader's language: the item's Japanese or Hindi translation of
 * a field when the dataset has one, else the English. Article wording (stated values, headlines)
 * is never translated.
 */
import type { Language } from './preferences.ts';

type Fields<F extends string> = { [K in F]?: string | undefined };
export interface Translations<F extends string> {
  ja?: Fields<F> | undefined;
  hi?: Fields<F> | undefined;
}

export interface Localized {
  text: string;
  /** The language the text is in: 'en' when it fell back to English. */
  lang: Language;
}

export function localize<F extends string>(
  item: { translations?: Translations<F> | undefined },
  field: F,
  english: string,
  lang: Language,
): Localized {
  if (lang === 'en') return { text: english, lang: 'en' };
  const translated = item.translations?.[lang]?.[field];
  return translated ? { text: translated, lang } : { text: english, lang: 'en' };
}
