import type { DerivedFigure } from '../../domain/derived.ts';
import { formatPartialDate } from '../../domain/format.ts';
import { selectDerivedProvenance, selectFiguresById } from '../../domain/selectors.ts';
import { useDashboard } from '../../store/use-dashboard.ts';
import { useT } from '../../i18n/use-t.ts';
import { SourceLines } from '../../components/source-lines.tsx';
import { arithmeticText, derivedText, measureText } from '../../components/measure-text.ts';
import { LocalText } from '../../components/local-text.tsx';
import { ProvenanceToggle } from './provenance-toggle.tsx';
import { derivedAsOf } from '../../domain/as-of.ts';
import { asOfText } from '../../components/as-of-text.ts';
import { SuggestCorrection } from '../../components/suggest-correction.tsx';

/** A figure computed from sourced ones: result, arithmetic, and the sources of its inputs. */
export function DerivedCard({ derived }: { derived: DerivedFigure }) {
  const { t, locale } = useT();
  const dataset = useDashboard((s) => s.dataset);
  const figures = selectFiguresById(dataset);
  const statedAsFigure = derived.statedAs ? figures.get(derived.statedAs) : undefined;
  const citations = [
    ...selectDerivedProvenance(dataset, derived).map((p) => p.citation),
    ...(statedAsFigure ? [statedAsFigure.citation] : []),
  ];
  const label = t(`derived.${derived.id}`);
  const statedAs = statedAsFigure;
  const statedMeasure = statedAs?.measures[0];
  const statedText = statedMeasure
    ? [measureText(t, locale, statedMeasure).qualifier, measureText(t, locale, statedMeasure).value]
        .filter(Boolean)
        .join(' ')
    : '';
  const titleId = `derived-${derived.id}-title`;
  const cardId = `derived-${derived.id}`;
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
      <SourceLines citations={citations} />
      <p className="as-of" data-testid="as-of">
        {asOfText(t, locale, derivedAsOf(derived.inputs.flatMap((id) => figures.get(id) ?? [])))}
      </p>
      <div className="card-actions">
        <ProvenanceToggle cardId={cardId} label={label}>
          <dl>
            <dt>{t('card.inputs')}</dt>
            {derived.inputs.map((id) => {
              const f = figures.get(id);
              return f ? (
                <dd key={id}>
                  <LocalText item={f} field="label" english={f.label} />
                  {f.when && ` (${formatPartialDate(f.when.date, locale)})`}
                  {': '}
                  <LocalText item={f} field="paraphrase" english={f.citation.paraphrase} />
                </dd>
              ) : null;
            })}
          </dl>
        </ProvenanceToggle>
        <SuggestCorrection
          subject={{
            kind: 'derived',
            id: derived.id,
            name: label,
            shown: derived.measures.map((m) => derivedText(t, locale, m)),
            arithmetic: derived.measures.map((m) => arithmeticText(t, locale, m)),
            citations,
          }}
        />
      </div>
    </article>
  );
}
