/**
 * The incentive-units chart in jsdom (800 px wide, tests/support/component-setup.ts): bars and
 * derived shares from the model, the totals row with the stated outlay, the words and sources,
 * the site filter its bars and buttons set (answered in the click's frame), and what it says when
 * figures are missing.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDashboardStore } from '../../src/store/dashboard-store.ts';
import { StoreProvider } from '../../src/store/use-dashboard.ts';
import { CategoryChart } from '../../src/features/charts/category-chart.tsx';
import { IncentiveUnitsChart } from '../../src/features/charts/incentive-units-chart.tsx';
import type { Dataset } from '../../src/domain/schema.ts';
import { bundledDataset } from '../fixtures/bundled.ts';
import { withoutFigures } from '../fixtures/unit-costs.ts';
import { settle } from '../support/settle.ts';

/** Edition 2: the ten approved units with their stated costs. */
const withCosts = bundledDataset();

function renderChart(dataset: Dataset = withCosts, withTypes = false) {
  const store = createDashboardStore(dataset);
  render(
    <StoreProvider store={store}>
      <IncentiveUnitsChart />
      {withTypes && <CategoryChart view="type" />}
    </StoreProvider>,
  );
  return store;
}
const frame = () => document.querySelector<HTMLElement>('[data-chart="incentive-units"]');
function chart(): HTMLElement {
  const el = frame();
  if (!el) throw new Error('no incentive-units chart');
  return el;
}
const bars = () => [...chart().querySelectorAll<SVGRectElement>('rect.unit-bar')];
const width = (el: Element | null | undefined) => Number(el?.getAttribute('width'));
const unitButton = (name: RegExp) => within(chart()).getByRole('button', { name });
const typeCounts = () =>
  [...document.querySelectorAll('[data-chart="category-type"] .category-toggle')].map(
    (b) => b.textContent,
  );

describe('<IncentiveUnitsChart/>', () => {
  it('draws one bar per unit, largest cost first, with the derived half hatched within it', () => {
    renderChart();
    const drawn = bars();
    expect(drawn).toHaveLength(10);
    const widths = drawn.map(width);
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    // The largest unit's share is half its bar, drawn inside it with the hatch.
    const first = drawn[0]!.closest('.unit-row')!;
    const share = first.querySelector('rect.unit-share.derived');
    expect(share?.getAttribute('fill')).toMatch(/^url\(#unit-share/);
    expect(width(share)).toBeCloseTo(widths[0]! / 2, 0);
    expect(chart().querySelector('.chart-legend')?.textContent).toContain(
      'Scheme’s 50% share (derived)',
    );
  });

  it('shows each share’s arithmetic with its operands, in the reader’s units', () => {
    const store = renderChart();
    const micron = chart().querySelector('rect.unit-bar[data-key="micron-sanand-atmp"] title');
    expect(micron?.textContent).toContain('50% × ₹225.16 billion = ₹112.58 billion');
    act(() => store.getState().setIndianUnits(true));
    expect(
      chart().querySelector('rect.unit-bar[data-key="micron-sanand-atmp"] title')?.textContent,
    ).toContain('50% × ₹22,516 crore = ₹11,258 crore');
  });

  it('sets the derived sums beside the stated outlay and approved investment, each with its source', () => {
    renderChart();
    const text = chart().textContent;
    expect(text).toContain('Sum of the stated costs of 10 units = ₹1.59723 trillion');
    expect(text).toContain('50% × ₹1.59723 trillion = ₹798.615 billion');
    expect(text).toContain('The programme’s outlay, as stated: ₹760 billion.');
    expect(text).toContain('approx. ₹1.6 trillion of investment');
    expect(text).toContain('not money disbursed');
    expect(chart().querySelector('.units-outlay')?.textContent).toBe('Outlay ₹760 billion');
    // The sums are marked derived; the stated figures are not.
    const items = [...chart().querySelectorAll('.units-totals-text li')];
    expect(items.map((li) => li.getAttribute('data-kind'))).toEqual([
      'derived',
      'derived',
      'stated',
      'stated',
    ]);
    // Three programme figures, then one source line per unit's cost.
    const foot = chart().querySelector('.chart-foot')!;
    expect(foot.querySelectorAll(':scope > [data-testid="source-line"]')).toHaveLength(3);
    expect(foot.querySelectorAll('.units-sources [data-testid="source-line"]')).toHaveLength(10);
  });

  it('a unit’s button selects its site in the click’s frame; the other views follow after the paint', async () => {
    const store = renderChart(withCosts, true);
    await settle();
    const before = typeCounts();
    const micron = unitButton(
      /^Micron ATMP \(memory assembly and test\), Sanand ₹225\.16 billion\s+Derived share/,
    );
    act(() => {
      fireEvent.click(micron);
    });
    expect(store.getState().clauses.site).toEqual({
      kind: 'in',
      field: 'site',
      values: ['sanand'],
    });
    // This chart answers at once: the three units at Sanand are pressed, the rest dimmed.
    const pressed = within(chart())
      .getAllByRole('button', { pressed: true })
      .map((b) => b.dataset['siteId']);
    expect(pressed).toEqual(['sanand', 'sanand', 'sanand']);
    expect(typeCounts()).toEqual(before);
    // (waitFor: on a loaded machine the transition may take longer than settle's 50 ms.)
    await waitFor(() => expect(typeCounts()).not.toEqual(before));
    // Its own clause does not filter it: every unit stays.
    expect(bars()).toHaveLength(10);
    fireEvent.click(micron);
    expect(store.getState().clauses.site).toBeUndefined();
  });

  it('a click on a bar toggles its site; Shift adds another', () => {
    const store = renderChart();
    fireEvent.click(chart().querySelector('rect.unit-bar[data-key="tata-psmc-dholera-fab"]')!);
    fireEvent.click(chart().querySelector('rect.unit-bar[data-key="cdil-mohali"]')!, {
      shiftKey: true,
    });
    expect(store.getState().clauses.site).toMatchObject({ values: ['dholera', 'mohali'] });
  });

  it('follows the other views’ filters: a type leaves only its units', async () => {
    const store = renderChart();
    act(() => store.getState().toggleValue('type', 'type', 'fab'));
    await waitFor(() =>
      expect(bars().map((b) => b.dataset['key'])).toEqual([
        'tata-psmc-dholera-fab',
        'sicsem-bhubaneswar',
      ]),
    );
    expect(chart().textContent).toContain('Sum of the stated costs of 2 units = ₹930.66 billion');
    act(() => store.getState().toggleValue('sector', 'sector', 'space'));
    await waitFor(() =>
      expect(chart().textContent).toContain('No approved unit matches the other filters.'),
    );
  });

  it('keeps rupees whatever the currency, and says so', () => {
    const store = renderChart();
    expect(chart().textContent).not.toContain('no exchange rate is applied');
    act(() => store.getState().setCurrency('USD'));
    expect(chart().textContent).toContain('no exchange rate is applied');
    expect(chart().querySelector('rect.unit-bar title')?.textContent).toContain('₹');
  });

  it('has a table alternative with every stated and derived value', () => {
    renderChart();
    fireEvent.click(within(chart()).getByRole('button', { name: 'Table' }));
    const cells = within(chart())
      .getAllByRole('row')
      .map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));
    const row = (label: string) => cells.find((r) => r[0] === label);
    const micron = 'Micron ATMP (memory assembly and test), Sanand';
    expect(row(micron)).toEqual([
      micron,
      'Sanand',
      '225160000000',
      'Stated',
      '₹22,516 crore',
      'Public record A1',
    ]);
    expect(row(`${micron}: scheme’s share`)?.slice(2, 5)).toEqual([
      '112580000000',
      'Derived',
      '50% × ₹225.16 billion = ₹112.58 billion',
    ]);
    expect(row('Programme outlay')?.slice(2, 5)).toEqual([
      '760000000000',
      'Stated',
      'Rs. 76,000 crore',
    ]);
    expect(row('Approved investment, all units')?.[4]).toBe('₹1.60 lakh crore');
    expect(row('Sum of 10 units (derived)')?.[4]).toBe(
      'Sum of the stated costs of 10 units = ₹1.59723 trillion',
    );
  });

  it('says what is missing, and draws no shares or outlay without those figures', () => {
    renderChart(withoutFigures(withCosts, ['ism-support-share', 'ism-outlay']));
    expect(screen.getByTestId('units-missing').textContent).toBe(
      'Not in the data, so not shown: the scheme’s support share (no shares are derived) and the programme’s outlay.',
    );
    expect(chart().querySelectorAll('rect.unit-share')).toHaveLength(0);
    expect(chart().querySelector('.units-outlay')).toBeNull();
    expect(bars()).toHaveLength(10);
  });

  it('is not shown for data without costed units', () => {
    const plain = withoutFigures(
      withCosts,
      withCosts.figures.map((f) => f.id).filter((id) => id.startsWith('cost-')),
    );
    renderChart(plain);
    expect(frame()).toBeNull();
  });
});
