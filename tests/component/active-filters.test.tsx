/**
 * <ActiveFilters/>: one removable chip per clause, reset/undo/redo, the polite live count and the
 * empty-result alert. Clauses are set through the store, as the charts and the URL would.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActiveFilters } from '../../src/features/filters/active-filters.tsx';
import type { Clauses } from '../../src/domain/clauses.ts';
import { createDashboardStore, type DashboardStore } from '../../src/store/dashboard-store.ts';
import { StoreProvider } from '../../src/store/use-dashboard.ts';
import { bundledDataset } from '../fixtures/bundled.ts';

const dataset = bundledDataset();

function renderFilters(store: DashboardStore = createDashboardStore(dataset)) {
  render(
    <StoreProvider store={store}>
      <ActiveFilters />
    </StoreProvider>,
  );
  return store;
}

/** Sector ai, then years 2023–2025, then the search "jio", each a separate commit. */
function threeClauses(store: DashboardStore) {
  act(() => {
    store.getState().toggleValue('sector', 'sector', 'ai');
    store.getState().setClause('timeline', { kind: 'range', field: 'year', min: 2023, max: 2025 });
    store.getState().setClause('table', { kind: 'search', field: 'text', query: 'jio' });
  });
}

const chips = () => screen.queryAllByTestId('filter-chip');
const chipText = (chip: HTMLElement) => chip.querySelector('span')?.textContent;
const count = () => screen.getByTestId('filter-count').textContent;
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('<ActiveFilters/>', () => {
  it('says there are no filters and disables every action when the store is fresh', () => {
    renderFilters();
    expect(chips()).toHaveLength(0);
    expect(screen.getByText(/^No filters\./)).toBeTruthy();
    expect(button('Undo').disabled).toBe(true);
    expect(button('Redo').disabled).toBe(true);
    expect(button('Reset all').disabled).toBe(true);
    expect(count()).toBe('Showing 33 of 33 projects');
    expect(screen.queryByTestId('empty-result')).toBeNull();
  });

  it('shows one chip per clause, in the order they were set, with readable values', () => {
    const store = renderFilters();
    threeClauses(store);
    const shown = chips();
    expect(shown.map((c) => c.dataset['view'])).toEqual(['sector', 'timeline', 'table']);
    expect(shown.map(chipText)).toEqual([
      'Sector: Artificial intelligence',
      'Years: 2023–2025',
      'Search: “jio”',
    ]);
    for (const [chip, name] of [
      [shown[0], 'Remove filter Sector: Artificial intelligence'],
      [shown[1], 'Remove filter Years: 2023–2025'],
      [shown[2], 'Remove filter Search: “jio”'],
    ] as const)
      expect(within(chip!).getByRole('button').getAttribute('aria-label')).toBe(name);
    expect(screen.queryByText(/^No filters\./)).toBeNull();
  });

  it('names several values of one clause, and sites by their names', () => {
    const store = renderFilters();
    act(() => {
      store.getState().toggleValue('sector', 'sector', 'ai');
      store.getState().toggleValue('sector', 'sector', 'space', true);
      store.getState().toggleValue('site', 'site', 'iit-hyderabad');
    });
    expect(chips().map(chipText)).toEqual([
      'Sector: Artificial intelligence, Space',
      'Site: IIT Hyderabad',
    ]);
  });

  it('a chip’s remove button removes exactly that clause', () => {
    const store = renderFilters();
    threeClauses(store);
    const before = store.getState().clauses;
    fireEvent.click(button('Remove filter Sector: Artificial intelligence'));
    const after = store.getState().clauses;
    expect(after.sector).toBeUndefined();
    expect(after.timeline).toEqual(before.timeline);
    expect(after.table).toEqual(before.table);
    expect(Object.keys(after).sort()).toEqual(['table', 'timeline']);
    expect(chips().map(chipText)).toEqual(['Years: 2023–2025', 'Search: “jio”']);

    fireEvent.click(button('Remove filter Search: “jio”'));
    expect(store.getState().clauses).toEqual({
      timeline: { kind: 'range', field: 'year', min: 2023, max: 2025 },
    });
    expect(chips().map(chipText)).toEqual(['Years: 2023–2025']);
  });

  it('Reset all clears every clause, and Undo brings them back', () => {
    const store = renderFilters();
    threeClauses(store);
    const before = store.getState().clauses;
    expect(button('Reset all').disabled).toBe(false);
    fireEvent.click(button('Reset all'));
    expect(store.getState().clauses).toEqual({});
    expect(chips()).toHaveLength(0);
    expect(button('Reset all').disabled).toBe(true);
    expect(count()).toBe('Showing 33 of 33 projects');
    fireEvent.click(button('Undo'));
    expect(store.getState().clauses).toEqual(before);
    expect(chips()).toHaveLength(3);
  });

  it('Undo and Redo are enabled only with history, and step through previous clauses', () => {
    const store = renderFilters();
    expect(button('Undo').disabled).toBe(true);
    expect(button('Redo').disabled).toBe(true);
    threeClauses(store);
    expect(button('Undo').disabled).toBe(false);
    expect(button('Redo').disabled).toBe(true);

    const views = (c: Clauses) => Object.keys(c);
    fireEvent.click(button('Undo'));
    expect(views(store.getState().clauses)).toEqual(['sector', 'timeline']);
    expect(chips().map(chipText)).toEqual(['Sector: Artificial intelligence', 'Years: 2023–2025']);
    expect(button('Redo').disabled).toBe(false);

    fireEvent.click(button('Undo'));
    fireEvent.click(button('Undo'));
    expect(store.getState().clauses).toEqual({});
    expect(chips()).toHaveLength(0);
    expect(button('Undo').disabled).toBe(true);
    expect(button('Redo').disabled).toBe(false);

    fireEvent.click(button('Redo'));
    expect(chips().map(chipText)).toEqual(['Sector: Artificial intelligence']);
    fireEvent.click(button('Redo'));
    fireEvent.click(button('Redo'));
    expect(chips().map(chipText)).toEqual([
      'Sector: Artificial intelligence',
      'Years: 2023–2025',
      'Search: “jio”',
    ]);
    expect(button('Redo').disabled).toBe(true);
    expect(button('Undo').disabled).toBe(false);
  });

  it('the live region counts the projects every clause leaves', () => {
    const store = renderFilters();
    const live = screen.getByRole('status');
    expect(live.dataset['testid']).toBe('filter-count');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('Showing 33 of 33 projects');

    // Three AI projects: the semiconductors-and-AI partnership, the AI initiative, NTT Data–Neysa.
    act(() => store.getState().toggleValue('sector', 'sector', 'ai'));
    expect(live.textContent).toBe('Showing 3 of 33 projects');
    // Of them, only NTT Data–Neysa is at Hyderabad.
    act(() => store.getState().toggleValue('site', 'site', 'hyderabad'));
    expect(live.textContent).toBe('Showing 1 of 33 projects');
    act(() => store.getState().clearFilters());

    // Projects dated 2023–2025 by their own cited dates: the supply-chain MoC and Micron's approval
    // (2023), five approvals or signings in 2024, eight in 2025. A year range hides the undated ones.
    act(() =>
      store
        .getState()
        .setClause('timeline', { kind: 'range', field: 'year', min: 2023, max: 2025 }),
    );
    expect(live.textContent).toBe('Showing 15 of 33 projects');
    act(() => store.getState().clearFilters());

    act(() => store.getState().setClause('table', { kind: 'search', field: 'text', query: 'jio' }));
    expect(live.textContent).toBe('Showing 1 of 33 projects');
    expect(screen.queryByTestId('empty-result')).toBeNull();

    // All three together leave nothing (the Jio project is ICT and undated).
    act(() => store.getState().clearFilters());
    threeClauses(store);
    expect(live.textContent).toBe('Showing 0 of 33 projects');
  });

  it('when nothing matches, an alert names the filters that produced the empty result', () => {
    const store = renderFilters();
    act(() => store.getState().toggleValue('sector', 'sector', 'space'));
    expect(count()).toBe('Showing 2 of 33 projects');
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => store.getState().toggleValue('site', 'site', 'dholera'));
    expect(count()).toBe('Showing 0 of 33 projects');
    const alert = screen.getByRole('alert');
    expect(alert.dataset['testid']).toBe('empty-result');
    expect(alert.textContent).toBe(
      'No projects match Sector: Space + Site: Dholera. Remove a filter to see more.',
    );
    // Removing one of them ends the empty result.
    fireEvent.click(button('Remove filter Site: Dholera'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(count()).toBe('Showing 2 of 33 projects');
  });
});
