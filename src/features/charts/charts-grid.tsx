import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { CategoryChart } from './category-chart.tsx';
import { IncentivesChart } from './incentives-chart.tsx';
import { InvestmentsChart } from './investments-chart.tsx';
import { TimelineChart } from './timeline-chart.tsx';
import './charts.css';

/**
 * The charts, laid out: the two national totals side by side, the three project breakdowns, then
 * the timeline across the full width. One column on narrow screens (charts.css). Each chart has its
 * own error boundary, so one that fails to draw does not take the others with it.
 */
export function ChartsGrid() {
  return (
    <div className="charts-grid" data-testid="charts-grid">
      <div className="charts-cell charts-half">
        <ErrorBoundary>
          <InvestmentsChart />
        </ErrorBoundary>
      </div>
      <div className="charts-cell charts-half">
        <ErrorBoundary>
          <IncentivesChart />
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
      <div className="charts-cell charts-full">
        <ErrorBoundary>
          <TimelineChart />
        </ErrorBoundary>
      </div>
    </div>
  );
}
