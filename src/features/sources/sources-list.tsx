import { useDashboard } from '../../store/use-dashboard.ts';
import { Section } from '../../components/section.tsx';
import { useT } from '../../i18n/use-t.ts';
import './sources.css';

/** The articles behind the dataset, with the bylines they carry and nothing guessed. */
export function SourcesList() {
  const { t } = useT();
  const sources = useDashboard((s) => s.dataset.sources);
  return (
    <Section id="sources" title={t('section.sources.title')} lede={t('section.sources.lede')}>
      <ol className="sources">
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <cite>{s.title}</cite>
            {s.titleKind === 'ours' && <span className="title-ours"> {t('card.titleOurs')}</span>}
            <span className="source-meta">
              {s.author && <span>{t('sources.by', { author: s.author })}</span>}
              {s.affiliation && (
                <span>{t('sources.affiliation', { affiliation: s.affiliation })}</span>
              )}
              {s.paragraphCount !== undefined && (
                <span>{t('sources.paragraphs', { n: s.paragraphCount })}</span>
              )}
              {s.kind === 'fact-sheet' && <span>{t('sources.factSheet')}</span>}
              <span className="source-id">{t('sources.id', { id: s.id })}</span>
            </span>
          </li>
        ))}
      </ol>
    </Section>
  );
}
