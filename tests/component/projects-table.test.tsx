/**
 * <ProjectsTable/>: rows are the projects every clause leaves; sortable columns with aria-sort;
 * a debounced search box that publishes the table clause and follows it when it changes elsewhere;
 * cells render data as text.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProjectsTable } from '../../src/features/table/projects-table.tsx';
import type { Dataset } from '../../src/domain/schema.ts';
import { createDashboardStore } from '../../src/store/dashboard-store.ts';
import { StoreProvider } from '../../src/store/use-dashboard.ts';
import { bundledCopy, bundledDataset } from '../fixtures/bundled.ts';
import { settle } from '../support/settle.ts';

const dataset = bundledDataset();

function renderTable(source: Dataset = dataset) {
  const store = createDashboardStore(source);
  const view = render(
    <StoreProvider store={store}>
      <ProjectsTable />
    </StoreProvider>,
  );
  return { store, ...view };
}

const table = () => screen.getByTestId('projects-table');
const bodyRows = () => [...table().querySelectorAll<HTMLTableRowElement>('tbody tr')];
const rowIds = () => bodyRows().flatMap((r) => (r.dataset['rowId'] ? [r.dataset['rowId']] : []));
const headers = () => [...table().querySelectorAll<HTMLTableCellElement>('thead th')];
const th = (name: string) => {
  const found = headers().find((h) => h.textContent?.replace(/[▲▼]/g, '') === name);
  if (!found) throw new Error(`no column ${name}`);
  return found;
};
const yearIndex = () => headers().indexOf(th('Year'));
const yearCells = () => bodyRows().map((r) => r.cells[yearIndex()]?.textContent ?? '');
const searchBox = () => screen.getByRole('searchbox', { name: 'Search projects and partners' });

/** Projects matching a sector and a year range, computed from the dataset without the engine. */
/** A project is dated by its own cited date only (never by a linked event). */
function projectYear(id: string): number | null {
  const p = dataset.projects.find((x) => x.id === id);
  return p?.date ? Number(p.date.slice(0, 4)) : null;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('<ProjectsTable/>', () => {
  it('lists every project (and no event) when there is no clause, by name', () => {
    renderTable();
    expect(rowIds().sort()).toEqual(dataset.projects.map((p) => p.id).sort());
    const names = bodyRows().map((r) => r.cells[0]?.textContent ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(th('Project').getAttribute('aria-sort')).toBe('ascending');
    expect(th('Partners').hasAttribute('aria-sort')).toBe(false);
    expect(screen.getByTestId('table-count').textContent).toBe('Showing 33 of 33 projects');
  });

  it('shows exactly the projects matching all clauses', async () => {
    const { store } = renderTable();
    act(() => {
      store.getState().toggleValue('sector', 'sector', 'semiconductors');
      store
        .getState()
        .setClause('timeline', { kind: 'range', field: 'year', min: 2023, max: 2025 });
    });
    await settle();
    const expected = dataset.projects
      .filter((p) => p.sector === 'semiconductors')
      .filter((p) => {
        const y = projectYear(p.id);
        return y !== null && y >= 2023 && y <= 2025;
      })
      .map((p) => p.id)
      .sort();
    // The MoC, Micron's approval (2023), and the units approved or signed in 2024 and 2025.
    expect(expected).toHaveLength(13);
    expect(expected).toContain('semiconductor-supply-chain-moc');
    expect(rowIds().sort()).toEqual(expected);
    expect(screen.getByTestId('table-count').textContent).toBe('Showing 13 of 33 projects');

    act(() => store.getState().toggleValue('site', 'site', 'mohali'));
    await settle();
    expect(rowIds()).toEqual(['cdil-mohali']);
    const cells = [...bodyRows()[0]!.cells].map((c) => c.textContent);
    expect(cells).toContain('CDIL discrete-device expansion, Mohali');
    expect(cells).toContain('Semiconductors');
    expect(cells).toContain('Mohali');
    expect(cells[yearIndex()]).toBe('2025');

    // At Dholera the region has no date of its own, so the year range hides it; the Tata–PSMC
    // fab, approved in 2024, stays.
    act(() => store.getState().toggleValue('site', 'site', 'dholera'));
    await settle();
    expect(rowIds()).toEqual(['tata-psmc-dholera-fab']);

    // Tokyo has an event and no project: nothing is left.
    act(() => store.getState().setClause('site', { kind: 'in', field: 'site', values: ['tokyo'] }));
    await settle();
    expect(rowIds()).toEqual([]);
    expect(table().textContent).toContain('No projects match the active filters.');
  });

  it('sorts by year ascending then descending, undated rows last both ways, with aria-sort', () => {
    renderTable();
    const sortYear = screen.getByRole('button', { name: 'Sort by Year' });
    expect(th('Year').getAttribute('aria-sort')).toBe('none');

    fireEvent.click(sortYear);
    expect(th('Year').getAttribute('aria-sort')).toBe('ascending');
    expect(th('Project').getAttribute('aria-sort')).toBe('none');
    let years = yearCells();
    let dated = years.filter((y) => y !== '—').map(Number);
    const own = dataset.projects
      .flatMap((p) => {
        const y = projectYear(p.id);
        return y === null ? [] : [y];
      })
      .sort((a, b) => a - b);
    expect(dated).toEqual(own);
    expect(dated.slice(0, 3)).toEqual([2018, 2023, 2023]);
    expect(years.slice(dated.length).every((y) => y === '—')).toBe(true);
    expect(years).toHaveLength(dataset.projects.length);

    fireEvent.click(sortYear);
    expect(th('Year').getAttribute('aria-sort')).toBe('descending');
    years = yearCells();
    dated = years.filter((y) => y !== '—').map(Number);
    expect(dated).toEqual([...own].reverse());
    expect(years.slice(0, dated.length).every((y) => y !== '—')).toBe(true);
    expect(years.slice(dated.length).every((y) => y === '—')).toBe(true);

    fireEvent.click(sortYear);
    expect(th('Year').getAttribute('aria-sort')).toBe('ascending');

    // Another column starts ascending again.
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Project' }));
    expect(th('Project').getAttribute('aria-sort')).toBe('ascending');
    expect(th('Year').getAttribute('aria-sort')).toBe('none');
  });

  it('the search box publishes the table clause after the debounce, and filters the rows', () => {
    vi.useFakeTimers();
    const { store } = renderTable();
    fireEvent.change(searchBox(), { target: { value: ' jio ' } });
    expect((searchBox() as HTMLInputElement).value).toBe(' jio ');
    // Not yet: the debounce has not elapsed.
    act(() => vi.advanceTimersByTime(100));
    expect(store.getState().clauses.table).toBeUndefined();
    expect(bodyRows()).toHaveLength(dataset.projects.length);
    act(() => vi.advanceTimersByTime(150));
    expect(store.getState().clauses.table).toEqual({
      kind: 'search',
      field: 'text',
      query: 'jio',
    });
    expect(rowIds()).toEqual(['nec-jio-open-ran']);
    expect(screen.getByTestId('table-count').textContent).toBe('Showing 1 of 33 projects');
    // Nothing more is committed once the store has caught up.
    const past = store.getState().past.length;
    act(() => vi.advanceTimersByTime(1000));
    expect(store.getState().past.length).toBe(past);

    // Emptying the box removes the clause.
    fireEvent.change(searchBox(), { target: { value: '' } });
    act(() => vi.advanceTimersByTime(250));
    expect(store.getState().clauses.table).toBeUndefined();
    expect(bodyRows()).toHaveLength(dataset.projects.length);
  });

  it('typing fast commits once, with the last text', () => {
    vi.useFakeTimers();
    const { store } = renderTable();
    let commits = 0;
    store.subscribe((s, prev) => {
      if (s.clauses !== prev.clauses) commits++;
    });
    for (const value of ['t', 'ta', 'tat', 'tata'])
      act(() => {
        fireEvent.change(searchBox(), { target: { value } });
        vi.advanceTimersByTime(50);
      });
    expect(commits).toBe(0);
    act(() => vi.advanceTimersByTime(250));
    expect(commits).toBe(1);
    expect(store.getState().clauses.table).toMatchObject({ query: 'tata' });
    expect(rowIds().sort()).toEqual([
      'tata-psmc-dholera-fab',
      'tokyo-electron-tata',
      'tsat-jagiroad-atmp',
    ]);
  });

  it('follows the clause when it changes elsewhere (setClause, undo, redo)', () => {
    const { store } = renderTable();
    const input = () => searchBox() as HTMLInputElement;
    act(() =>
      store.getState().setClause('table', { kind: 'search', field: 'text', query: 'isro' }),
    );
    expect(input().value).toBe('isro');
    expect(rowIds().sort()).toEqual(['isro-jaxa-lupex', 'isro-student-platform']);
    act(() =>
      store.getState().setClause('table', { kind: 'search', field: 'text', query: 'toyota' }),
    );
    expect(input().value).toBe('toyota');
    act(() => store.getState().undo());
    expect(input().value).toBe('isro');
    act(() => store.getState().undo());
    expect(input().value).toBe('');
    expect(bodyRows()).toHaveLength(dataset.projects.length);
    act(() => store.getState().redo());
    expect(input().value).toBe('isro');
    act(() => store.getState().clearFilters());
    expect(input().value).toBe('');
  });

  it('a value from outside is not republished after the debounce', () => {
    vi.useFakeTimers();
    const { store } = renderTable();
    act(() => store.getState().setClause('table', { kind: 'search', field: 'text', query: 'nec' }));
    act(() => store.getState().undo());
    act(() => vi.advanceTimersByTime(1000));
    expect(store.getState().clauses.table).toBeUndefined();
    expect(store.getState().future).toHaveLength(1);
  });

  it('renders hostile-looking data as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const copy = bundledCopy();
    const project = copy.projects.find((p) => p.id === 'nec-jio-open-ran');
    if (!project) throw new Error('no project nec-jio-open-ran');
    project.name = hostile;
    project.partners[0]!.name = '<b onmouseover=alert(2)>NEC</b>';
    const { container } = renderTable(copy);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('[onerror], [onmouseover]')).toBeNull();
    const row = bodyRows().find((r) => r.dataset['rowId'] === 'nec-jio-open-ran');
    expect(row?.cells[0]?.textContent).toBe(hostile);
    expect(within(table()).getByText(hostile).tagName).toBe('TD');
    expect(row?.cells[1]?.textContent).toContain('<b onmouseover=alert(2)>NEC</b>');
  });
});
