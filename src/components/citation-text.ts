/** Citations and sources as plain text, for the reports a reader copies or downloads. */
import type { Citation, Source } from '../domain/schema.ts';
import type { ViewSource } from '../domain/view-sources.ts';
import { formatPartialDate } from '../domain/format.ts';
import type { Translate } from '../i18n/i18n.ts';

type Located = Pick<Citation, 'source' | 'paragraph' | 'item' | 'row' | 'page'>;

/**
 * One citation with its locator: "<article title>, ¶22", or "Public record A4 (Outlay & notification):
 * <publisher>, “<page title>”, <date>, <url>".
 */
export function citationText(
  t: Translate,
  locale: string,
  source: Source | undefined,
  c: Located,
): string {
  if (c.paragraph === undefined && c.item !== undefined) {
    const item = t('card.record', { item: c.row ? `${c.item} (${c.row})` : c.item });
    return c.page ? `${item}: ${pageText(t, locale, c.page)}` : item;
  }
  const title = source?.title ?? c.source;
  return `${title}, ${t('card.paragraph', { n: c.paragraph ?? '?' })}`;
}

/** A citation in a table cell or export: "002 ¶22", or "record A4" for the fact sheet. */
export function shortCitationText(t: Translate, c: Located): string {
  return c.paragraph !== undefined
    ? t('table.citation', { file: c.source.slice(0, 3), n: c.paragraph })
    : t('table.citationRecord', { item: c.item ?? '?' });
}

/** A page by publisher, title, date and address. */
export function pageText(
  t: Translate,
  locale: string,
  page: NonNullable<Citation['page']>,
): string {
  const date = page.date ? formatPartialDate(page.date, locale) : t('trust.undated');
  return page.title === undefined
    ? t('trust.pageUntitled', { publisher: page.publisher, date, url: page.url })
    : t('trust.page', { publisher: page.publisher, title: page.title, date, url: page.url });
}

/** A source of a view, as a reference list names it. */
export function viewSourceText(t: Translate, locale: string, s: ViewSource): string {
  switch (s.kind) {
    case 'article':
      return s.source.titleKind === 'ours'
        ? `${s.source.title} ${t('card.titleOurs')}`
        : s.source.title;
    case 'page':
      return pageText(t, locale, s.page);
    case 'unnamed':
      return s.source?.title ?? s.id;
  }
}
