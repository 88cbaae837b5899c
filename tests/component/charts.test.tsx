/**
 * The charts in jsdom. recharts draws nothing at 0×0, so tests/support/component-setup.ts stands in
 * a ResizeObserver that reports 800 px by the frame's height.
 */
import { act, fireEvent, render, screen, within, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDashboardStore, type DashboardStore } from '../../src/store/dashboard-store.ts';
import { StoreProvider } from '../../src/store/use-dashboard.ts';
import { CategoryChart } from '../../src/features/charts/category-chart.tsx';
import { IncentivesChart } from '../../src/features/charts/incentives-chart.tsx';
import { InvestmentsChart } from '../../src/features/charts/investments-chart.tsx';
import { TimelineChart } from '../../src/features/charts/timeline-chart.tsx';
import { ChartsGrid } from '../../src/features/charts/charts-grid.tsx';
import { bundledDataset } from '../fixtures/bundled.ts';
import { settle } from '../support/settle.ts';

function renderWith(
  ui: React.ReactNode,
  store: DashboardStore = createDashboardStore(bundledDataset()),
) {
  const view = render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return { store, ...view };
}

const frame = (id: string) => {
  const el = document.querySelector<HTMLElement>(`[data-chart="${id}"]`);
  if (!el) throw new Error(`no chart ${id}`);
  return el;
};
const barCounts = (id: string): Record<string, number> =>
  Object.fromEntries(
    within(frame(id))
      .getAllByRole('button', { pressed: false })
      .concat(within(frame(id)).queryAllByRole('button', { pressed: true }))
      .filter((b) => b.classList.contains('category-toggle'))
      .map((b) => [
        b.dataset['key'],
        Number(b.querySelector('.category-toggle-count')?.textContent),
      ]),
  );

describe('<CategoryChart/>', () => {
  it('draws one bar per category of the dataset, with a toggle button for each', () => {
    renderWith(<CategoryChart view="sector" />);
    const bars = frame('category-sector').querySelectorAll('path.category-bar');
    const toggles = frame('category-sector').querySelectorAll('.category-toggle');
    expect(bars.length).toBe(10);
    expect(toggles.length).toBe(10);
    expect(screen.getByRole('heading', { name: 'Projects by sector' })).toBeTruthy();
    expect(frame('category-sector').textContent).toContain(
      'Semiconductors leads with 17 of 33 projects.',
    );
  });

  it('a toggle button selects its sector; Shift adds another; a plain click on the only one clears', () => {
    const { store } = renderWith(<CategoryChart view="sector" />);
    const button = screen.getByRole('button', { name: /^Semiconductors: 17 projects/ });
    fireEvent.click(button);
    expect(store.getState().clauses.sector).toEqual({
      kind: 'in',
      field: 'sector',
      values: ['semiconductors'],
    });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: /^Artificial intelligence:/ }), {
      shiftKey: true,
    });
    expect(store.getState().clauses.sector).toEqual({
      kind: 'in',
      field: 'sector',
      values: ['ai', 'semiconductors'],
    });
    fireEvent.click(screen.getByRole('button', { name: /^Artificial intelligence:/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Artificial intelligence:/ }));
    expect(store.getState().clauses.sector).toBeUndefined();
  });

  it('clicking a bar toggles its category too', () => {
    const { store } = renderWith(<CategoryChart view="type" />);
    const bar = frame('category-type').querySelector('path.category-bar[data-key="fab"]');
    expect(bar).not.toBeNull();
    fireEvent.click(bar!);
    expect(store.getState().clauses.type).toEqual({ kind: 'in', field: 'type', values: ['fab'] });
  });

  it('dims the unselected bars and outlines the selected one', () => {
    const store = createDashboardStore(bundledDataset());
    store.getState().toggleValue('sector', 'sector', 'ai');
    renderWith(<CategoryChart view="sector" />, store);
    const bars = [...frame('category-sector').querySelectorAll<SVGElement>('path.category-bar')];
    const ai = bars.find((b) => b.dataset['key'] === 'ai')!;
    expect(ai.getAttribute('fill-opacity')).toBe('1');
    expect(ai.getAttribute('stroke')).not.toBe('none');
    expect(
      bars.filter((b) => b !== ai).every((b) => Number(b.getAttribute('fill-opacity')) < 0.5),
    ).toBe(true);
    // The value labels beside dimmed bars keep full ink.
    const labels = frame('category-sector').querySelectorAll('.chart-value-label');
    expect(labels.length).toBe(bars.length);
    for (const l of labels) {
      expect(l.getAttribute('fill')).toBe('var(--ink)');
      expect(l.getAttribute('opacity') ?? '1').toBe('1');
    }
    const dimmed = frame('category-sector').querySelectorAll(
      '.category-toggle[data-dimmed="true"]',
    );
    expect(dimmed).toHaveLength(9);
  });

  it('keeps bars and buttons in place when another filter changes the counts', () => {
    const { store } = renderWith(<CategoryChart view="type" />);
    const order = () =>
      [...frame('category-type').querySelectorAll<HTMLElement>('.category-toggle')].map(
        (b) => b.dataset['key'],
      );
    const axis = () =>
      [...frame('category-type').querySelectorAll('.category-axis-label')].map(
        (el) => el.textContent,
      );
    const before = { order: order(), axis: axis() };
    act(() => store.getState().toggleValue('type', 'type', 'government-programme'));
    act(() => store.getState().toggleValue('sector', 'sector', 'critical-minerals'));
    expect(order()).toEqual(before.order);
    expect(axis()).toEqual(before.axis);
  });

  it('calls a shared top count a tie, in words that fit the count', async () => {
    const store = createDashboardStore(bundledDataset());
    // R&D and education with an Indian partner: Chips to Startup, ISRO's platform, Terrier Cyber Quest.
    store.getState().toggleValue('type', 'type', 'rd-education');
    store.getState().toggleValue('country', 'country', 'IN');
    renderWith(
      <>
        <CategoryChart view="sector" />
        <CategoryChart view="country" />
      </>,
      store,
    );
    const takeaway = (id: string) => frame(id).querySelector('.takeaway')?.textContent;
    expect(takeaway('category-sector')).toMatch(
      /^\w[\w ,]+, and \w+ tie with 1 each, of 3 projects\.$/,
    );
    expect(
      within(frame('category-sector')).getAllByRole('button', {
        name: /: 1 project\. Select to filter\.$/,
      }),
    ).toHaveLength(3);
    act(() => store.getState().setClause('type', null));
    act(() => store.getState().setClause('country', null));
    act(() => store.getState().toggleValue('sector', 'sector', 'economic-security'));
    await settle();
    await waitFor(() =>
      expect(takeaway('category-country')).toBe('India and Japan tie with 1 each, of 1 project.'),
    );
  });

  it('shows a message instead of empty axes when the other filters leave nothing, buttons kept', () => {
    const store = createDashboardStore(bundledDataset());
    store.getState().toggleValue('sector', 'sector', 'space');
    store.getState().toggleValue('site', 'site', 'dholera');
    renderWith(<CategoryChart view="type" />, store);
    const f = frame('category-type');
    expect(f.querySelector('.chart-empty')?.textContent).toBe(
      'Nothing to draw under the other filters. Clear or change one of them to see this chart again.',
    );
    // The empty chart stays mounted (no remount when data returns), hidden from eyes and AT.
    const drawing = f.querySelector<HTMLElement>('.chart-drawing')!;
    expect(drawing.dataset['empty']).toBe('true');
    expect(drawing.getAttribute('aria-hidden')).toBe('true');
    expect(drawing.style.visibility).toBe('hidden');
    expect(f.querySelector('.takeaway')?.textContent).toBe('No projects match the other filters.');
    const toggles = f.querySelectorAll<HTMLButtonElement>('.category-toggle');
    expect(toggles.length).toBeGreaterThan(1);
    fireEvent.click(toggles[0]!);
    expect(store.getState().clauses.type).toMatchObject({ kind: 'in', field: 'type' });
  });

  it('a sector clause changes the type counts but not the sector chart’s own bars', async () => {
    const { store } = renderWith(
      <>
        <CategoryChart view="sector" />
        <CategoryChart view="type" />
      </>,
    );
    const sectorBefore = barCounts('category-sector');
    const typeBefore = barCounts('category-type');
    act(() => store.getState().toggleValue('sector', 'sector', 'critical-minerals'));
    await settle();
    expect(barCounts('category-sector')).toEqual(sectorBefore);
    const typeAfter = barCounts('category-type');
    expect(typeAfter).not.toEqual(typeBefore);
    // Bars go to zero rather than vanish.
    expect(Object.keys(typeAfter).sort()).toEqual(Object.keys(typeBefore).sort());
    expect(Object.values(typeAfter).reduce((a, b) => a + b, 0)).toBe(3);
    // The axis keeps every category (a zero bar has no rectangle to draw).
    expect(frame('category-type').querySelectorAll('.category-axis-label')).toHaveLength(
      Object.keys(typeBefore).length,
    );
  });
});

describe('<IncentivesChart/>', () => {
  it('shows designated, allocated and the derived remainder in rupees by default', () => {
    renderWith(<IncentivesChart />);
    const f = frame('incentives');
    expect(f.textContent).toContain('₹650 billion');
    expect(f.textContent).toContain('nearly ₹629 billion');
    expect(f.textContent).toContain('Remainder (derived)');
    expect(f.querySelectorAll('path.incentive-bar')).toHaveLength(3);
    expect(f.querySelectorAll('path.incentive-bar.derived')).toHaveLength(1);
    expect(within(f).getAllByTestId('source-line')).toHaveLength(1);
  });

  it('the currency switch changes the amounts and the store currency', () => {
    const { store } = renderWith(<IncentivesChart />);
    const group = screen.getByRole('group', { name: 'Currency' });
    fireEvent.click(within(group).getByRole('radio', { name: /USD/ }));
    expect(store.getState().currency).toBe('USD');
    const f = frame('incentives');
    expect(f.textContent).toContain('$7.41 billion');
    expect(f.textContent).not.toContain('₹650 billion');
    expect((within(group).getByRole('radio', { name: /USD/ }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('falls back to the first shared currency when the store holds another', () => {
    const store = createDashboardStore(bundledDataset());
    store.getState().setCurrency('JPY');
    renderWith(<IncentivesChart />, store);
    expect((screen.getByRole('radio', { name: /INR/ }) as HTMLInputElement).checked).toBe(true);
    expect(frame('incentives').textContent).toContain('₹650 billion');
  });
});

describe('<InvestmentsChart/>', () => {
  it('draws one span per period and count, never yearly bars, with the derived averages', () => {
    renderWith(<InvestmentsChart />);
    const spans = screen.getAllByTestId('investment-span');
    expect(spans.map((s) => `${s.dataset['series']} ${s.dataset['period']}`)).toEqual([
      'article 2017-2020',
      'jetro 2017-2020',
      'article 2021-2024',
      'jetro 2021-2024',
    ]);
    expect(frame('investments').querySelectorAll('.recharts-bar-rectangle')).toHaveLength(0);
    const text = frame('investments').textContent ?? '';
    // On half a period's width the label wraps: "Derived average" over "5.5 a year".
    expect(text).toContain('Derived average');
    expect(text).toContain('5.5 a year');
    expect(text).toContain('14.5 a year');
    expect(text).toContain(
      'Article 002 counts 22 then 58 Japanese investments (+163.6%); JETRO counts Japan’s own projects as 1 then 8 (+700%).',
    );
    expect(text).toContain('Contested');
    // Year ticks 2017…2025 and the two period labels.
    for (let y = 2017; y <= 2025; y++) expect(text).toContain(String(y));
    expect(text).toContain('2017–2020');
    // Each period covers four years, shared by its two counts: all four are the same width.
    const widths = spans.map((s) => Number(s.querySelector('rect')?.getAttribute('width')));
    expect(widths[0]).toBeGreaterThan(0);
    for (const w of widths) expect(w).toBeCloseTo(widths[0]!);
  });

  it('is not filtered by project clauses; a timeline clause highlights the overlapping period', async () => {
    const { store } = renderWith(<InvestmentsChart />);
    act(() => store.getState().toggleValue('sector', 'sector', 'space'));
    expect(screen.getAllByTestId('investment-span')).toHaveLength(4);
    expect(
      screen.getAllByTestId('investment-span').every((s) => s.dataset['highlighted'] === undefined),
    ).toBe(true);
    act(() =>
      store
        .getState()
        .setClause('timeline', { kind: 'range', field: 'year', min: 2022, max: 2023 }),
    );
    await settle();
    const [early, , late] = screen.getAllByTestId('investment-span');
    expect(early?.dataset['highlighted']).toBe('false');
    expect(late?.dataset['highlighted']).toBe('true');
    const area = (g: HTMLElement | undefined) => g?.querySelector('.investment-span-area');
    expect(Number(area(early)?.getAttribute('opacity'))).toBeLessThan(1);
    expect(area(late)?.getAttribute('opacity')).toBe('1');
    // Only the marks dim: the labels of the dimmed period keep full contrast.
    for (const text of early?.querySelectorAll('text') ?? [])
      expect(text.closest('[opacity]')?.getAttribute('opacity') ?? '1').toBe('1');
    const text = frame('investments').textContent ?? '';
    expect(text).toContain('National totals, not filtered by project filters.');
    expect(text).toContain('The period overlapping 2022–2023 is highlighted.');
    // One source line per source: article 002 ¶22 and the record's C13.
    expect(within(frame('investments')).getAllByTestId('source-line')).toHaveLength(2);
  });
});

describe('<TimelineChart/>', () => {
  it('stacks projects and events per year over the extent, with the undated counted apart', () => {
    renderWith(<TimelineChart />);
    const f = frame('timeline');
    expect(f.textContent).toMatch(
      /\d+ dated events and \d+ dated projects; \d+ items carry no date/,
    );
    expect(f.textContent).toContain('A year range hides undated items.');
    const from = within(f).getByLabelText('From') as HTMLSelectElement;
    expect([...from.options].map((o) => o.value)).toEqual([
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
  });

  it('the From/To lists set the range; the full extent or All years removes it', () => {
    const { store } = renderWith(<TimelineChart />);
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    fireEvent.change(from, { target: { value: '2020' } });
    expect(store.getState().clauses.timeline).toEqual({
      kind: 'range',
      field: 'year',
      min: 2020,
      max: 2026,
    });
    fireEvent.change(to, { target: { value: '2023' } });
    expect(store.getState().clauses.timeline).toEqual({
      kind: 'range',
      field: 'year',
      min: 2020,
      max: 2023,
    });
    fireEvent.click(screen.getByRole('button', { name: 'All years' }));
    expect(store.getState().clauses.timeline).toBeUndefined();
    fireEvent.change(to, { target: { value: '2019' } });
    fireEvent.change(to, { target: { value: '2026' } });
    expect(store.getState().clauses.timeline).toBeUndefined();
  });

  it('says why it is empty instead of drawing empty years', () => {
    const store = createDashboardStore(bundledDataset());
    store.getState().toggleValue('sector', 'sector', 'space');
    store.getState().toggleValue('site', 'site', 'dholera');
    renderWith(<TimelineChart />, store);
    const f = frame('timeline');
    expect(f.querySelector('.chart-empty')?.textContent).toContain('Nothing to draw');
    expect(f.querySelector('.takeaway')?.textContent).toBe(
      'No projects or events match the other filters.',
    );
    expect(f.textContent).not.toContain('0 dated events');
    // The year lists stay usable.
    expect((within(f).getByLabelText('From') as HTMLSelectElement).disabled).toBe(false);
  });

  it('keeps the pointer-only brush away from assistive technology and the tab order', () => {
    renderWith(<TimelineChart />);
    const f = frame('timeline');
    expect(f.querySelector('[role="application"]')).toBeNull();
    expect(within(f).queryAllByRole('slider')).toHaveLength(0);
    const brush = f.querySelector('.timeline-brush');
    expect(brush?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(brush?.closest('.export-exclude')).not.toBeNull();
    const handles = f.querySelectorAll('.brush-handle');
    expect(handles).toHaveLength(2);
    for (const h of handles) expect(h.hasAttribute('tabindex')).toBe(false);
    expect(f.querySelector('svg')?.querySelectorAll('[tabindex]')).toHaveLength(0);
  });

  it('previews the range while the brush is dragged and commits one undo step on release', () => {
    const { store } = renderWith(<TimelineChart />);
    let previews = 0;
    store.subscribe((s, prev) => {
      if (s.clauses !== prev.clauses) previews++;
    });
    const start = frame('timeline').querySelector('.brush-handle-start')!;
    const x0 = Number(start.querySelector('rect')?.getAttribute('x'));
    const at = { pointerId: 1, button: 0 };
    fireEvent.pointerDown(start, { ...at, clientX: x0 });
    for (const dx of [40, 90, 140, 200]) fireEvent.pointerMove(start, { ...at, clientX: x0 + dx });
    // Every view follows the drag, but nothing enters the history (or the URL) yet.
    expect(previews).toBeGreaterThan(0);
    expect(store.getState().previewFrom).toEqual({});
    expect(store.getState().past).toEqual([]);
    fireEvent.pointerUp(start, { ...at, clientX: x0 + 200 });
    expect(store.getState().previewFrom).toBeNull();
    expect(store.getState().past).toEqual([{}]);
    const clause = store.getState().clauses.timeline;
    expect(clause).toMatchObject({ kind: 'range', field: 'year', max: 2026 });
    expect(clause?.kind === 'range' && clause.min).toBeGreaterThan(2017);
  });

  it('reflects a clause set elsewhere (URL, undo) in the lists and the brush', async () => {
    const { store } = renderWith(<TimelineChart />);
    act(() =>
      store
        .getState()
        .setClause('timeline', { kind: 'range', field: 'year', min: 2018, max: 2023 }),
    );
    await settle();
    expect((screen.getByLabelText('From') as HTMLSelectElement).value).toBe('2018');
    expect((screen.getByLabelText('To') as HTMLSelectElement).value).toBe('2023');
    const handleX = () =>
      [...frame('timeline').querySelectorAll('.brush-handle rect')].map((r) =>
        Number(r.getAttribute('x')),
      );
    const narrowed = handleX();
    act(() => store.getState().undo());
    await settle();
    expect((screen.getByLabelText('From') as HTMLSelectElement).value).toBe('2017');
    expect((screen.getByLabelText('To') as HTMLSelectElement).value).toBe('2026');
    const full = handleX();
    expect(narrowed[0]).toBeGreaterThan(full[0]!);
    expect(narrowed[1]).toBeLessThan(full[1]!);
  });
});

describe('<ChartsGrid/>', () => {
  it('renders every chart once (the incentives chart from its own chunk)', async () => {
    renderWith(<ChartsGrid />);
    const ids = () =>
      [...screen.getByTestId('charts-grid').querySelectorAll<HTMLElement>('[data-chart]')].map(
        (el) => el.dataset['chart'],
      );
    await waitFor(() => expect(ids()).toContain('incentives'));
    expect(ids()).toEqual([
      'investments',
      'incentives',
      'incentive-units',
      'category-sector',
      'category-type',
      'category-country',
      'timeline',
    ]);
  });
});
