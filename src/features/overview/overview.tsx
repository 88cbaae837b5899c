import { selectDerivedFigures, selectHeadlineFigures } from '../../domain/selectors.ts';
import { useDashboard } from '../../store/use-dashboard.ts';
import { useT } from '../../i18n/use-t.ts';
import { FigureCard } from './figure-card.tsx';
import { DerivedCard } from './derived-card.tsx';

export function HeadlineFigures() {
  const { t } = useT();
  const dataset = useDashboard((s) => s.dataset);
  const headline = selectHeadlineFigures(dataset);
  return (
    <section className="section" aria-labelledby="headline-title">
      <div className="section-head">
        <h2 id="headline-title">{t('section.headline.title')}</h2>
        <p className="lede">{t('section.headline.lede')}</p>
      </div>
      <div className="card-grid">
        {headline.map((f) => (
          <FigureCard key={f.id} figure={f} />
        ))}
      </div>
    </section>
  );
}

export function DerivedFigures() {
  const { t } = useT();
  const dataset = useDashboard((s) => s.dataset);
  const derived = selectDerivedFigures(dataset);
  return (
    <section className="section" aria-labelledby="derived-title">
      <div className="section-head">
        <h2 id="derived-title">{t('section.derived.title')}</h2>
        <p className="lede">{t('section.derived.lede')}</p>
      </div>
      <div className="card-grid">
        {derived.map((d) => (
          <DerivedCard key={d.id} derived={d} />
        ))}
      </div>
    </section>
  );
}

/** Headline and derived figures together (the first screen's overview). */
export function Overview() {
  return (
    <>
      <HeadlineFigures />
      <DerivedFigures />
    </>
  );
}
