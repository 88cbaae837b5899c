/**
 * Our own text from the dataset in the reader's language (see domain/localize.ts). Text that fell
 * back to English, or that is an article's own words, is marked lang="en" inside a Japanese or Hindi
 * page, so a screen reader pronounces it as English (WCAG 3.1.2, language of parts).
 */
import type { ReactNode } from 'react';
import { localize, type Translations } from '../domain/localize.ts';
import { useT } from '../i18n/use-t.ts';

export function LocalText<F extends string>({
  item,
  field,
  english,
}: {
  item: { translations?: Translations<F> | undefined };
  field: F;
  english: string;
}) {
  const { lang } = useT();
  const local = localize(item, field, english, lang);
  return local.lang === lang ? <>{local.text}</> : <span lang={local.lang}>{local.text}</span>;
}

/** Text that is always English (article headlines, stated wording, names from the data). */
export function EnglishText({ children }: { children: ReactNode }) {
  const { lang } = useT();
  return lang === 'en' ? <>{children}</> : <span lang="en">{children}</span>;
}
