import type { DerivedFigure } from '../../domain/derived.ts';
import { formatPartialDate } from '../../domain/format.ts';
import { selectDerivedProvenance, selectFiguresById } from '../../domain/selectors.ts';
import { useDashboard } from '../../store/use-dashboard.ts';
import { useT } from '../../i18n/use-t.ts';
import { SourceLine } from '../../components/source-line.tsx';
import { arithmeticText, derivedText, measureText } from '../../components/measure-text.ts';
import { ProvenanceToggle } from './provenance-toggle.tsx';

/** A figure computed from sourced ones: result, arithmetic, and the sources of its inputs. */
export function DerivedCard({ derived }: { derived: DerivedFigure }) {
  const { t, locale } = useT();
  const dataset = useDashboard((s) => s.dataset);
  const figures = selectFiguresById(dataset);
  const provenance = [
    ...selectDerivedProvenance(dataset, derived),
    ...(derived.statedAs
      ? selectDerivedProvenance(dataset, { ...derived, inputs: [derived.statedAs] })
      : []),
  ];
  const label = t(`derived.${derived.id}`);
  const statedAs = derived.statedAs ? figures.get(derived.statedAs) : undefined;
  const statedMeasure = statedAs?.measures[0];
  const statedText = statedMeasure
    ? [measureText(t, locale, statedMeasure).qualifier, measureText(t, locale, statedMeasure).value]
        .filter(Boolean)
        .join(' ')
    : '';
  const titleId = `derived-${derived.id}-title`;
  const cardId = `derived-${derived.id}`;
  const uniqueSources = provenance.filter(
    (p, i) =>
      provenance.findIndex(
        (q) =>
          q.citation.source === p.citation.source && q.citation.paragraph === p.citation.paragraph,
      ) === i,
  );
  return (
    <article
      className="card card-derived"
      data-testid="figure-card"
      data-derived="true"
      data-figure-id={derived.id}
      aria-labelledby={titleId}
    >
      <div className="card-meta">
        <span className="badge-derived">{t('card.derived')}</span>
        {derived.when && <span className="when">{formatPartialDate(derived.when, locale)}</span>}
      </div>
      {derived.measures.map((m, i) => (
        <p className={i === 0 ? 'value' : 'alt-value'} key={i}>
          {derivedText(t, locale, m)}
        </p>
      ))}
      <h3 id={titleId} className="label">
        {label}
      </h3>
      <div className="arithmetic" data-testid="arithmetic">
        {derived.measures.map((m, i) => (
          <p key={i}>
            <code>{arithmeticText(t, locale, m)}</code>
          </p>
        ))}
        {derived.measures.some((m) => m.per === 'year') && (
          <p className="note">{t('derived.note.per-year')}</p>
        )}
        {statedAs && (
          <p className="note" data-testid="stated-as">
            {t('card.statedShare', { value: statedText })}
          </p>
        )}
      </div>
      {uniqueSources.map((p, i) => (
        <SourceLine key={i} source={p.source} citation={p.citation} />
      ))}
      <ProvenanceToggle cardId={cardId} label={label}>
        <dl>
          <dt>{t('card.inputs')}</dt>
          {derived.inputs.map((id) => {
            const f = figures.get(id);
            return f ? (
              <dd key={id}>
                {f.label}
                {f.when && ` (${formatPartialDate(f.when.date, locale)})`}
                {': '}
                {f.citation.paraphrase}
              </dd>
            ) : null;
          })}
        </dl>
      </ProvenanceToggle>
    </article>
  );
}
