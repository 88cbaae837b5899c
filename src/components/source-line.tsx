import type { Citation, Source } from '../domain/schema.ts';
import { useT } from '../i18n/use-t.ts';
import { EnglishText } from './local-text.tsx';
import './source-line.css';

/** "Source ¶8 · <title> (title ours)": the locator first, so it is never the part that gets clipped. */
export function SourceLine({
  source,
  citation,
}: {
  source: Source | undefined;
  citation: Pick<Citation, 'source' | 'paragraph'>;
}) {
  const { t } = useT();
  const title = source?.title ?? citation.source;
  return (
    <p className="source-line" data-testid="source-line">
      <span className="source-label">
        {t('card.source')} {t('card.paragraph', { n: citation.paragraph })}
      </span>{' '}
      <cite title={title}>
        <EnglishText>{title}</EnglishText>
      </cite>
      {source?.titleKind === 'ours' && <span className="title-ours"> {t('card.titleOurs')}</span>}
    </p>
  );
}
