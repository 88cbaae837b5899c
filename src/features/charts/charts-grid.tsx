import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { ownIdleSlot } from '../../components/page-idle.ts';
import { CategoryChart } from './category-chart.tsx';
import { IncentiveUnitsChart } from './incentive-units-chart.tsx';
import { InvestmentsChart } from './investments-chart.tsx';
import { TimelineChart } from './timeline-chart.tsx';
import './charts.css';

const STAGES = 3;

// The one chart drawn with recharts: its own chunk, so that evaluating the library is a task apart
// from drawing the other charts (which are plain SVG). Its cell keeps the row's height meanwhile.
const IncentivesChart = lazy(() =>
  import('./incentives-chart.tsx').then((m) => ({ default: m.IncentivesChart })),
);

/**
 * The charts arrive in three steps, each in an idle period of its own (page-idle.ts): the national
 * totals, the three breakdowns, the timeline. Drawing all six at once was one task of ~110 ms on
 * our 2-core machine; a step is about a third of it. Without requestIdleCallback (jsdom), all at once.
 */
function useStage(): number {
  const [stage, setStage] = useState(1);
  useEffect(() => {
    if (stage >= STAGES) return;
    if (typeof requestIdleCallback !== 'function') {
      startTransition(() => setStage(STAGES));
      return;
    }
    let live = true;
    const slot = ownIdleSlot();
    void slot.ready.then(() => {
      slot.done();
      if (live) startTransition(() => setStage((s) => s + 1));
    });
    return () => {
      live = false;
      slot.done();
    };
  }, [stage]);
  return stage;
}

/**
 * The charts, laid out: the two national totals side by side, the approved units' costs under
 * them, the three project breakdowns, then the timeline across the full width. One column on narrow screens (charts.css). Each chart has its
 * own error boundary, so one that fails to draw does not take the others with it.
 */
export function ChartsGrid() {
  const stage = useStage();
  return (
    <div className="charts-grid" data-testid="charts-grid">
      <div className="charts-cell charts-half">
        <ErrorBoundary>
          <InvestmentsChart />
        </ErrorBoundary>
      </div>
      <div className="charts-cell charts-half">
        <ErrorBoundary>
          <Suspense fallback={null}>
            <IncentivesChart />
          </Suspense>
        </ErrorBoundary>
      </div>
      {stage >= 2 && (
        <>
          {/* Under the national totals; an empty cell (no costed units) takes no room. */}
          <div className="charts-cell charts-full charts-units">
            <ErrorBoundary>
              <IncentiveUnitsChart />
            </ErrorBoundary>
          </div>
          <div className="charts-cell charts-third">
            <ErrorBoundary>
              <CategoryChart view="sector" />
            </ErrorBoundary>
          </div>
          <div className="charts-cell charts-third">
            <ErrorBoundary>
              <CategoryChart view="type" />
            </ErrorBoundary>
          </div>
          <div className="charts-cell charts-third charts-country">
            <ErrorBoundary>
              <CategoryChart view="country" />
            </ErrorBoundary>
          </div>
        </>
      )}
      {stage >= 3 && (
        <div className="charts-cell charts-full">
          <ErrorBoundary>
            <TimelineChart />
          </ErrorBoundary>
        </div>
      )}
    </div>
  );
}
