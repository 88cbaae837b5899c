import { selectDerivedFigures, selectHeadlineFigures } from '../../domain/selectors.ts';
import { useDashboard } from '../../store/use-dashboard.ts';
import { Section } from '../../components/section.tsx';
import { useT } from '../../i18n/use-t.ts';
import { FigureCard } from './figure-card.tsx';
import { DerivedCard } from './derived-card.tsx';
import './overview.css';

export function HeadlineFigures() {
  const { t } = useT();
  const dataset = useDashboard((s) => s.dataset);
  const headline = selectHeadlineFigures(dataset);
  return (
    <Section id="headline" title={t('section.headline.title')} lede={t('section.headline.lede')}>
      <div className="card-grid">
        {headline.map((f) => (
          <FigureCard key={f.id} figure={f} />
        ))}
      </div>
    </Section>
  );
}

export function DerivedFigures() {
  const { t } = useT();
  const dataset = useDashboard((s) => s.dataset);
  const derived = selectDerivedFigures(dataset);
  return (
    <Section id="derived" title={t('section.derived.title')} lede={t('section.derived.lede')}>
      <div className="card-grid">
        {derived.map((d) => (
          <DerivedCard key={d.id} derived={d} />
        ))}
      </div>
    </Section>
  );
}
