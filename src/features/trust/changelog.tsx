import { formatPartialDate } from '../../domain/format.ts';
import { changesByKind, editionsNewestFirst } from '../../domain/editions.ts';
import { useDashboard } from '../../store/use-dashboard.ts';
import { useT } from '../../i18n/use-t.ts';
import { Section } from '../../components/section.tsx';
import { EnglishText } from '../../components/local-text.tsx';
import './trust.css';

/** Every edition of the dataset, newest first, its changes grouped by kind. Nothing when none. */
export function Changelog() {
  const { t, locale } = useT();
  const editions = useDashboard((s) => s.dataset.editions);
  if (editions.length === 0) return null;
  const loaded = editions.at(-1);
  return (
    <Section id="changelog" title={t('changelog.title')} lede={t('changelog.lede')}>
      <ol className="changelog" data-testid="changelog">
        {editionsNewestFirst(editions).map((e) => (
          <li key={e.number} className="changelog-edition" data-edition={e.number}>
            <h3>
              {t('changelog.edition', { n: e.number, date: formatPartialDate(e.date, locale) })}
              {e === loaded && <span className="changelog-loaded"> {t('changelog.loaded')}</span>}
            </h3>
            {/* Summaries and changes are the dataset's own English text. */}
            <p className="changelog-summary">
              <EnglishText>{e.summary}</EnglishText>
            </p>
            {changesByKind(e).map((group) => (
              <div key={group.kind} className="changelog-group" data-kind={group.kind}>
                <h4>{t(`changelog.kind.${group.kind}`)}</h4>
                <ul>
                  {group.changes.map((c, i) => (
                    <li key={i}>
                      <EnglishText>{c.text}</EnglishText>
                      {c.ids && c.ids.length > 0 && (
                        <span className="changelog-ids">
                          {' '}
                          {t('changelog.ids', { ids: c.ids.join(', ') })}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </li>
        ))}
      </ol>
    </Section>
  );
}
