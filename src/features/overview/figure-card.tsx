import type { Figure } from '../../domain/schema.ts';
import { formatPartialDate } from '../../domain/format.ts';
import {
  selectCaveatsFor,
  selectContestByFigure,
  selectFigureProvenance,
  selectSourcesById,
} from '../../domain/selectors.ts';
import { useDashboard } from '../../store/use-dashboard.ts';
import { useT } from '../../i18n/use-t.ts';
import { SourceLine } from '../../components/source-line.tsx';
import { measureText, valueText } from '../../components/measure-text.ts';
import { ProvenanceToggle } from './provenance-toggle.tsx';
import { localize } from '../../domain/localize.ts';
import { EnglishText, LocalText } from '../../components/local-text.tsx';
import { figureAsOf } from '../../domain/as-of.ts';
import { asOfText } from '../../components/as-of-text.ts';
import { SuggestCorrection } from '../../components/suggest-correction.tsx';
import { ContestedBadge } from '../../components/contested-badge.tsx';
import { ContestReading, ContestValues } from './contest-values.tsx';
import { CaveatList } from './caveat-list.tsx';

/** A sourced figure: its value as the article states it, the period, and where it comes from. */
export function FigureCard({ figure }: { figure: Figure }) {
  const { t, locale, lang } = useT();
  const dataset = useDashboard((s) => s.dataset);
  const { source, citation } = selectFigureProvenance(dataset, figure);
  const contested = selectContestByFigure(dataset).has(figure.id);
  const caveats = selectCaveatsFor(dataset).get(figure.id) ?? [];
  const note = figure.note;
  const [primary, ...others] = figure.measures.map((m) => measureText(t, locale, m));
  const titleId = `figure-${figure.id}-title`;
  const whenId = `figure-${figure.id}-when`;
  const when = figure.when ? formatPartialDate(figure.when.date, locale) : null;
  // Two figures may share a label (one per period): the period makes their names distinct.
  const label = localize(figure, 'label', figure.label, lang).text;
  const name = when ? `${label} (${when})` : label;
  return (
    <article
      className="card"
      data-testid="figure-card"
      data-figure-id={figure.id}
      data-derived="false"
      data-contested={contested ? 'true' : undefined}
      aria-labelledby={when ? `${titleId} ${whenId}` : titleId}
    >
      <div className="card-meta">
        <span className={`topic topic-${figure.topic}`}>{t(`topic.${figure.topic}`)}</span>
        {when && (
          <span className="when" id={whenId}>
            {when}
          </span>
        )}
        {contested && <ContestedBadge />}
        {figure.duration && (
          <span className="when">
            {t('when.over', { value: valueText(t, locale, figure.duration.years, 'years') })}
          </span>
        )}
      </div>
      {primary && (
        <p className="value">
          {primary.qualifier && <span className="qualifier">{primary.qualifier} </span>}
          {primary.value}
        </p>
      )}
      <h3 id={titleId} className="label">
        <LocalText item={figure} field="label" english={figure.label} />
      </h3>
      {others.map((m, i) => (
        <p className="alt-value" key={i}>
          {m.qualifier && <span className="qualifier">{m.qualifier} </span>}
          {m.value}
        </p>
      ))}
      <SourceLine source={source} citation={citation} />
      <p className="as-of" data-testid="as-of">
        {asOfText(t, locale, figureAsOf(figure))}
      </p>
      {note && (
        <div className="figure-note" data-testid="figure-note">
          <p>{note.text}</p>
          <SourceLine
            source={selectSourcesById(dataset).get(note.citation.source)}
            citation={note.citation}
          />
        </div>
      )}
      <ContestValues figure={figure} />
      <div className="card-actions">
        <ProvenanceToggle cardId={figure.id} label={name}>
          <dl>
            <dt>{t('card.paraphrase')}</dt>
            <dd>
              <LocalText item={figure} field="paraphrase" english={citation.paraphrase} />
            </dd>
            <dt>{t('card.stated')}</dt>
            <dd>
              <EnglishText>{figure.measures.map((m) => `“${m.stated}”`).join(' · ')}</EnglishText>
            </dd>
            <ContestReading figure={figure} />
          </dl>
          <CaveatList caveats={caveats} />
        </ProvenanceToggle>
        <SuggestCorrection
          subject={{
            kind: 'figure',
            id: figure.id,
            name,
            stated: figure.measures.map((m) => m.stated),
            shown: figure.measures
              .map((m) => measureText(t, locale, m))
              .map((m) => (m.qualifier ? `${m.qualifier} ${m.value}` : m.value)),
            citations: figure.note ? [citation, figure.note.citation] : [citation],
          }}
        />
      </div>
    </article>
  );
}
