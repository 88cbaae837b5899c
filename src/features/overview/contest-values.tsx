import type { Figure } from '../../domain/schema.ts';
import { formatPartialDate } from '../../domain/format.ts';
import {
  selectContestByFigure,
  selectFiguresById,
  selectSourcesById,
} from '../../domain/selectors.ts';
import { useDashboard } from '../../store/use-dashboard.ts';
import { useT } from '../../i18n/use-t.ts';
import { SourceLine } from '../../components/source-line.tsx';
import { measureText } from '../../components/measure-text.ts';
import { LocalText } from '../../components/local-text.tsx';

/**
 * The other values of a contested figure, each with its own label and source, beside the card's
 * own: nothing is merged or replaced (public record, section D).
 */
export function ContestValues({ figure }: { figure: Figure }) {
  const { t, locale } = useT();
  const dataset = useDashboard((s) => s.dataset);
  const contest = selectContestByFigure(dataset).get(figure.id);
  if (!contest) return null;
  const figures = selectFiguresById(dataset);
  const sources = selectSourcesById(dataset);
  const others = contest.figureIds
    .filter((id) => id !== figure.id)
    .flatMap((id) => {
      const f = figures.get(id);
      return f ? [f] : [];
    });
  return (
    <div className="contest" data-testid="contest-values" data-contest-id={contest.id}>
      <p className="contest-head">{t('card.alsoStated')}</p>
      <ul>
        {others.map((f) => {
          const m = f.measures[0];
          const v = m ? measureText(t, locale, m) : null;
          return (
            <li key={f.id} data-figure-id={f.id}>
              <span className="contest-value">
                {v?.qualifier && `${v.qualifier} `}
                {v?.value}
              </span>{' '}
              <span className="contest-label">
                <LocalText item={f} field="label" english={f.label} />
                {f.when && ` (${formatPartialDate(f.when.date, locale)})`}
              </span>
              <SourceLine source={sources.get(f.citation.source)} citation={f.citation} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The contest's reading, in our words, for the provenance panel. */
export function ContestReading({ figure }: { figure: Figure }) {
  const { t } = useT();
  const dataset = useDashboard((s) => s.dataset);
  const contest = selectContestByFigure(dataset).get(figure.id);
  if (!contest) return null;
  return (
    <>
      <dt>{t('card.contestReading')}</dt>
      <dd data-testid="contest-reading">{contest.reading}</dd>
    </>
  );
}
