import type { Citation, Source } from '../domain/schema.ts';
import { formatPartialDate } from '../domain/format.ts';
import { PageLink } from './page-link.tsx';
import { useT } from '../i18n/use-t.ts';
import { EnglishText } from './local-text.tsx';
import './source-line.css';

type Located = Pick<Citation, 'source' | 'paragraph' | 'item' | 'row' | 'page'>;

/**
 * "Source ¶8 · <title> (title ours)" for an article; "Public record A4 · <publisher>, <date>,
 * <page title>" for the fact sheet: the locator first, so it is never the part that gets clipped.
 */
export function SourceLine({
  source,
  citation,
}: {
  source: Source | undefined;
  citation: Located;
}) {
  const { t, locale } = useT();
  const page = citation.page;
  if (citation.paragraph === undefined && citation.item !== undefined) {
    return (
      <p className="source-line" data-testid="source-line" data-family="record">
        <span className="source-label">{t('card.record', { item: citation.item })}</span>
        {page && (
          <>
            {' '}
            <EnglishText>{page.publisher}</EnglishText>
            {page.date && <>, {formatPartialDate(page.date, locale)}</>}
            {' · '}
            {/* Where the sheet gives no title, the link says it is the page (never an empty link). */}
            <cite title={page.title ?? page.url}>
              <PageLink url={page.url}>
                {page.title ? <EnglishText>{page.title}</EnglishText> : t('card.pageUntitled')}
              </PageLink>
            </cite>
            {page.titleFromSlug && <span className="title-ours"> {t('card.titleFromSlug')}</span>}
          </>
        )}
      </p>
    );
  }
  const title = source?.title ?? citation.source;
  return (
    <p className="source-line" data-testid="source-line" data-family="article">
      <span className="source-label">
        {t('card.source')} {t('card.paragraph', { n: citation.paragraph ?? '?' })}
      </span>{' '}
      <cite title={title}>
        <EnglishText>{title}</EnglishText>
      </cite>
      {source?.titleKind === 'ours' && <span className="title-ours"> {t('card.titleOurs')}</span>}
    </p>
  );
}
