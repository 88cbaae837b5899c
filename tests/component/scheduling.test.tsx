/**
 * What a gesture renders, and when (src/store/use-model.ts): the view under the gesture and the
 * filter bar answer at once; every other view follows after the paint, and only if its model
 * changed. The drawings are wrapped to count how often their chart's body renders: a body skipped
 * by its memo does not render its drawing.
 */
import { act, fireEvent, render, within } from '@testing-library/react';
import { createElement, type ComponentType } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDashboardStore } from '../../src/store/dashboard-store.ts';
import { StoreProvider } from '../../src/store/use-dashboard.ts';
import { CategoryChart } from '../../src/features/charts/category-chart.tsx';
import { IncentivesChart } from '../../src/features/charts/incentives-chart.tsx';
import { InvestmentsChart } from '../../src/features/charts/investments-chart.tsx';
import { TimelineChart } from '../../src/features/charts/timeline-chart.tsx';
import { ActiveFilters } from '../../src/features/filters/index.ts';
import { bundledDataset } from '../fixtures/bundled.ts';
import { settle } from '../support/settle.ts';

const renders = vi.hoisted(() => new Map<string, number>());
const count = (name: string) => renders.set(name, (renders.get(name) ?? 0) + 1);

/** The drawing, counting its renders under the name `name` gives its props. */
function counted<P extends object>(Real: ComponentType<P>, name: (props: P) => string) {
  return (props: P) => {
    count(name(props));
    return createElement(Real, props);
  };
}

vi.mock('../../src/features/charts/category-bars.tsx', async (load) => {
  const real = await load<typeof import('../../src/features/charts/category-bars.tsx')>();
  return { ...real, CategoryBars: counted(real.CategoryBars, (p) => p.title) };
});
vi.mock('../../src/features/charts/investments-drawing.tsx', async (load) => {
  const real = await load<typeof import('../../src/features/charts/investments-drawing.tsx')>();
  return { ...real, InvestmentsDrawing: counted(real.InvestmentsDrawing, () => 'investments') };
});
vi.mock('../../src/features/charts/timeline-drawing.tsx', async (load) => {
  const real = await load<typeof import('../../src/features/charts/timeline-drawing.tsx')>();
  return { ...real, TimelineDrawing: counted(real.TimelineDrawing, () => 'timeline') };
});

const SECTOR = 'Projects by sector';
const TYPE = 'Projects by type';

function renderDashboard() {
  const store = createDashboardStore(bundledDataset());
  render(
    <StoreProvider store={store}>
      <ActiveFilters />
      <CategoryChart view="sector" />
      <CategoryChart view="type" />
      <TimelineChart />
      <InvestmentsChart />
      <IncentivesChart />
    </StoreProvider>,
  );
  return store;
}

const frame = (id: string) => document.querySelector<HTMLElement>(`[data-chart="${id}"]`)!;
const toggles = (id: string) =>
  within(frame(id))
    .getAllByRole('button')
    .filter((b) => b.classList.contains('category-toggle'));
const typeCounts = () =>
  toggles('category-type').map((b) => b.querySelector('.category-toggle-count')?.textContent);
const filterCount = () => document.querySelector('[data-testid="filter-count"]')?.textContent;

describe('a gesture’s renders', () => {
  beforeEach(() => renders.clear());

  it('the clicked chart and the filter bar answer at once; the other charts after the paint', async () => {
    renderDashboard();
    await settle();
    const before = { types: typeCounts(), filter: filterCount() };
    const semiconductors = toggles('category-sector').find(
      (b) => b.dataset['key'] === 'semiconductors',
    )!;
    act(() => {
      fireEvent.click(semiconductors);
    });
    // The frame of the click: the pressed bar and the bar's count, nothing else yet.
    expect(semiconductors.getAttribute('aria-pressed')).toBe('true');
    expect(filterCount()).not.toBe(before.filter);
    expect(typeCounts()).toEqual(before.types);
    await settle();
    expect(typeCounts()).not.toEqual(before.types);
  });

  it('renders only the charts whose model the gesture changed', async () => {
    const store = renderDashboard();
    await settle();
    renders.clear();
    act(() => store.getState().toggleValue('sector', 'sector', 'semiconductors', false));
    await settle();
    // The sector chart shows its selection, the type chart and the timeline new counts; the
    // investment periods are national totals that a sector filter does not change.
    expect(renders.get(SECTOR)).toBeGreaterThan(0);
    expect(renders.get(TYPE)).toBeGreaterThan(0);
    expect(renders.get('timeline')).toBeGreaterThan(0);
    expect(renders.get('investments') ?? 0).toBe(0);

    // A new currency is an input of the incentives chart alone: no other chart renders.
    renders.clear();
    act(() => store.getState().setCurrency('USD'));
    await settle();
    expect(frame('incentives').textContent).toContain('$7.41 billion');
    expect(renders.size).toBe(0);
  });
});
