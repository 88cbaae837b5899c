/**
 * <PrintBrief/>: the date of printing and the filters for the printed page, and the static print map,
 * which is rendered only between `beforeprint` and `afterprint`, from the same sites as the map
 * (coloured by type when they match the filters, grey when not), with names and a legend.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { PrintBrief, loadPrintMap } from '../../src/features/print/print-brief.tsx';
import { TYPE_COLOURS } from '../../src/components/site-style.ts';
import { createDashboardStore, type DashboardStore } from '../../src/store/dashboard-store.ts';
import { StoreProvider } from '../../src/store/use-dashboard.ts';
import { bundledDataset } from '../fixtures/bundled.ts';
import { synthDataset } from '../fixtures/synth-dataset.ts';
import { CLUSTER_THRESHOLD } from '../../src/features/map/index.ts';

const dataset = bundledDataset();

function renderBrief(store: DashboardStore = createDashboardStore(dataset)) {
  render(
    <StoreProvider store={store}>
      <PrintBrief />
    </StoreProvider>,
  );
  return store;
}

const printMap = () => screen.queryByTestId('print-map');
const print = () => fireEvent(window, new Event('beforeprint'));
const printed = () => fireEvent(window, new Event('afterprint'));

describe('<PrintBrief/>', () => {
  // The module loads when the browser is idle; here, before the tests, as after a first view.
  beforeAll(async () => {
    await loadPrintMap();
  });

  it('names the date of printing and says when no filter is in force', () => {
    renderBrief();
    const meta = screen.getByTestId('print-meta');
    expect(meta.textContent).toMatch(/^Printed on \S.*\d{4}/);
    expect(meta.textContent).toContain('No filters: the whole record');
    expect(meta.textContent).toContain('Showing 33 of 33 projects');
  });

  it('lists the filters in force in words, as the chips do', () => {
    const store = createDashboardStore(dataset);
    act(() => {
      store.getState().toggleValue('sector', 'sector', 'semiconductors');
      store
        .getState()
        .setClause('timeline', { kind: 'range', field: 'year', min: 2023, max: 2025 });
    });
    renderBrief(store);
    const meta = screen.getByTestId('print-meta').textContent ?? '';
    expect(meta).toContain('Filters: Sector: Semiconductors · Years: 2023–2025');
    expect(meta).not.toContain('No filters');
  });

  it('renders the map only while printing', () => {
    renderBrief();
    expect(printMap()).toBeNull();
    print();
    expect(printMap()).not.toBeNull();
    printed();
    expect(printMap()).toBeNull();
  });

  it('draws every country outline and every site, coloured by type, with names and a legend', () => {
    renderBrief();
    print();
    const map = printMap()!;
    const svg = map.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).toBe('Map of sites in India and Japan');
    // India, Japan and their neighbours in the frame.
    expect(svg.querySelectorAll('path').length).toBeGreaterThan(10);
    const sites = [...svg.querySelectorAll('[data-site]')];
    expect(sites.map((s) => s.getAttribute('data-site')).sort()).toEqual(
      dataset.sites.map((s) => s.id).sort(),
    );
    // Nothing is filtered: no site is grey, each takes its type's colour.
    expect(sites.every((s) => s.getAttribute('data-dimmed') === 'false')).toBe(true);
    const colours = new Set(Object.values(TYPE_COLOURS));
    for (const s of sites)
      expect(colours).toContain(s.querySelector('circle')!.getAttribute('fill'));
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    // The most important sites are named: Sanand's three units, Dholera's fab.
    expect(labels).toContain('Sanand');
    expect(labels).toContain('Dholera');
    const legend = within(screen.getByTestId('print-map-legend'));
    expect(legend.getByText('Fab')).toBeDefined();
    expect(legend.queryByText('Outside the filters')).toBeNull();
    const n = dataset.sites.length;
    expect(map.textContent).toContain(`Sites matching the filters: ${n} of ${n}`);
  });

  it('greys the sites the filters leave out and names only the matching ones', () => {
    const store = createDashboardStore(dataset);
    act(() => store.getState().toggleValue('sector', 'sector', 'semiconductors'));
    renderBrief(store);
    print();
    const svg = printMap()!.querySelector('svg[role="img"]')!;
    const dimmed = [...svg.querySelectorAll('[data-dimmed="true"]')];
    const shown = [...svg.querySelectorAll('[data-dimmed="false"]')];
    expect(dimmed.length).toBeGreaterThan(0);
    expect(shown.length).toBeGreaterThan(0);
    const grey = dimmed[0]!.querySelector('circle')!.getAttribute('fill');
    for (const s of dimmed) expect(s.querySelector('circle')!.getAttribute('fill')).toBe(grey);
    for (const s of shown) expect(s.querySelector('circle')!.getAttribute('fill')).not.toBe(grey);
    const names = new Set([...svg.querySelectorAll('text')].map((t) => t.textContent));
    for (const s of dimmed) {
      const name = dataset.sites.find((x) => x.id === s.getAttribute('data-site'))!.name;
      expect(names.has(name), `${name} is outside the filters`).toBe(false);
    }
    expect(screen.getByTestId('print-map-legend').textContent).toContain('Outside the filters');
    expect(printMap()!.textContent).toContain(
      `Sites matching the filters: ${shown.length} of ${dataset.sites.length}`,
    );
  });

  it('follows the language: the Japanese catalogue for the brief and the map', () => {
    const store = createDashboardStore(dataset);
    act(() => store.getState().setLang('ja'));
    renderBrief(store);
    print();
    expect(screen.getByTestId('print-meta').textContent).toContain('印刷日：');
    expect(screen.getByTestId('print-meta').textContent).toContain('フィルターなし');
    expect(printMap()!.textContent).toContain('地図上の拠点');
  });

  it('with hundreds of sites, draws the busiest as markers and the rest as small grey squares', () => {
    const many = synthDataset(11, { sites: CLUSTER_THRESHOLD + 150, projects: 900, events: 50 });
    renderBrief(createDashboardStore(many));
    print();
    const map = printMap()!;
    const markers = map.querySelectorAll('[data-site]').length;
    expect(markers).toBeGreaterThan(0);
    expect(markers).toBeLessThanOrEqual(150);
    expect(map.querySelector('svg[role="img"] > path[fill="#b3bac6"]')).not.toBeNull();
    expect(map.textContent).toMatch(/The \d+ busiest of 400 sites are drawn as markers/);
    // Only what lies inside the frame is drawn, and no label leaves the map.
    const svg = map.querySelector('svg[role="img"]')!;
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    for (const c of svg.querySelectorAll('[data-site] > circle:last-child')) {
      const x = Number(c.getAttribute('cx'));
      const y = Number(c.getAttribute('cy'));
      expect(x >= 0 && x <= w! && y >= 0 && y <= h!).toBe(true);
    }
  });
});
