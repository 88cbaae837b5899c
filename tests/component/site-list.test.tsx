/**
 * <SiteList/> (src/features/map/site-list.tsx): a toggle button per site with the count the other
 * filters leave; sites with nothing are dimmed; clicking publishes the site clause, Shift adds to
 * it; one tab stop with arrow-key movement. SiteList takes its data as props, so a small harness
 * wires it to the store the way the map panel does: summariseSites over the store's clauses, and
 * onSelect → toggleValue('site', …).
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SiteList } from '../../src/features/map/site-list.tsx';
import { sitesModel } from '../../src/domain/coordinator/index.ts';
import type { Clauses } from '../../src/domain/clauses.ts';
import { inputsFor, modelsOf } from '../support/models.ts';
import { createDashboardStore, type DashboardStore } from '../../src/store/dashboard-store.ts';
import { StoreProvider, useActions, useDashboard } from '../../src/store/use-dashboard.ts';
import { bundledDataset } from '../fixtures/bundled.ts';

const dataset = bundledDataset();
const source = modelsOf(dataset).source();

function Harness({ onFocusSite }: { onFocusSite: (id: string) => void }) {
  const clauses: Clauses = useDashboard((s) => s.clauses);
  const { toggleValue } = useActions();
  return (
    <SiteList
      summaries={sitesModel(source, inputsFor(dataset).records, clauses).summaries}
      onSelect={(id, additive) => toggleValue('site', 'site', id, additive)}
      onFocusSite={onFocusSite}
    />
  );
}

function renderSites(store: DashboardStore = createDashboardStore(dataset)) {
  const onFocusSite = vi.fn<(id: string) => void>();
  render(
    <StoreProvider store={store}>
      <Harness onFocusSite={onFocusSite} />
    </StoreProvider>,
  );
  return { store, onFocusSite };
}

const buttons = () =>
  within(screen.getByTestId('site-list'))
    .getAllByRole('button')
    .filter((b) => b.classList.contains('site-button'));
const site = (id: string) => {
  const b = buttons().find((x) => x.dataset['siteId'] === id);
  if (!b) throw new Error(`no site ${id}`);
  return b;
};
const counts = (): Record<string, number> =>
  Object.fromEntries(buttons().map((b) => [b.dataset['siteId'] ?? '', Number(b.dataset['count'])]));

describe('<SiteList/>', () => {
  it('has one toggle button per site, in dataset order, named by the site', () => {
    renderSites();
    expect(buttons().map((b) => b.dataset['siteId'])).toEqual(dataset.sites.map((s) => s.id));
    for (const s of dataset.sites) {
      const b = site(s.id);
      expect(b.getAttribute('aria-pressed')).toBe('false');
      expect(b.querySelector('.site-name')?.textContent).toBe(s.name);
      const n = Number(b.dataset['count']);
      expect(b.textContent).toContain(n === 1 ? '1 item' : `${n} items`);
    }
    // Unfiltered, every site holds at least one project or event.
    expect(Object.values(counts()).every((n) => n > 0)).toBe(true);
    expect(buttons().every((b) => b.dataset['dimmed'] === 'false')).toBe(true);
  });

  it('with the AI sector selected, only Hyderabad holds anything; the rest are dimmed', () => {
    const store = createDashboardStore(dataset);
    store.getState().toggleValue('sector', 'sector', 'ai');
    renderSites(store);
    expect(Object.entries(counts()).filter(([, n]) => n > 0)).toEqual([['hyderabad', 1]]);
    for (const b of buttons())
      expect(b.dataset['dimmed'], b.dataset['siteId']).toBe(
        b.dataset['siteId'] === 'hyderabad' ? 'false' : 'true',
      );
  });

  it('follows clauses set elsewhere', () => {
    const { store } = renderSites();
    act(() => store.getState().toggleValue('sector', 'sector', 'ai'));
    expect(site('dholera').dataset['dimmed']).toBe('true');
    act(() => store.getState().undo());
    expect(site('dholera').dataset['dimmed']).toBe('false');
    act(() => store.getState().toggleValue('site', 'site', 'tokyo'));
    expect(site('tokyo').getAttribute('aria-pressed')).toBe('true');
  });

  it('a click selects a site alone; clicking it again clears the clause', () => {
    const { store } = renderSites();
    fireEvent.click(site('dholera'));
    expect(store.getState().clauses.site).toEqual({
      kind: 'in',
      field: 'site',
      values: ['dholera'],
    });
    expect(site('dholera').getAttribute('aria-pressed')).toBe('true');
    expect(site('tokyo').getAttribute('aria-pressed')).toBe('false');
    // Its own clause does not change its counts (a view is filtered by the others only).
    expect(Number(site('tokyo').dataset['count'])).toBeGreaterThan(0);

    fireEvent.click(site('tokyo'));
    expect(store.getState().clauses.site).toMatchObject({ values: ['tokyo'] });
    expect(site('dholera').getAttribute('aria-pressed')).toBe('false');
    expect(site('tokyo').getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(site('tokyo'));
    expect(store.getState().clauses.site).toBeUndefined();
    expect(buttons().every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
  });

  it('Shift-click adds a second site, and Shift-click again removes it', () => {
    const { store } = renderSites();
    fireEvent.click(site('sendai'));
    fireEvent.click(site('dholera'), { shiftKey: true });
    expect(store.getState().clauses.site).toEqual({
      kind: 'in',
      field: 'site',
      values: ['dholera', 'sendai'],
    });
    expect(site('sendai').getAttribute('aria-pressed')).toBe('true');
    expect(site('dholera').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(site('sendai'), { shiftKey: true });
    expect(store.getState().clauses.site).toMatchObject({ values: ['dholera'] });
    expect(site('sendai').getAttribute('aria-pressed')).toBe('false');
    // Ctrl or Cmd do the same as Shift.
    fireEvent.click(site('mundra'), { ctrlKey: true });
    fireEvent.click(site('tokyo'), { metaKey: true });
    expect(store.getState().clauses.site).toMatchObject({
      values: ['dholera', 'mundra', 'tokyo'],
    });
  });

  it('a selected site with nothing left under the other filters is pressed, not dimmed', () => {
    const { store } = renderSites();
    fireEvent.click(site('dholera'));
    act(() => store.getState().toggleValue('sector', 'sector', 'space'));
    const dholera = site('dholera');
    expect(dholera.dataset['count']).toBe('0');
    expect(dholera.getAttribute('aria-pressed')).toBe('true');
    expect(dholera.dataset['dimmed']).toBe('false');
    expect(site('tokyo').dataset['dimmed']).toBe('true');
  });

  it('is one tab stop; the arrow keys, Home and End move focus and tell the map', () => {
    const { onFocusSite } = renderSites();
    const ids = dataset.sites.map((s) => s.id);
    const tabStops = () => buttons().filter((b) => b.tabIndex === 0);
    expect(tabStops().map((b) => b.dataset['siteId'])).toEqual([ids[0]]);

    const list = screen.getByRole('list', { name: /^Sites: use the arrow keys/ });
    buttons()[0]!.focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(site(ids[1]!));
    expect(onFocusSite).toHaveBeenLastCalledWith(ids[1]);
    expect(tabStops().map((b) => b.dataset['siteId'])).toEqual([ids[1]]);

    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(site(ids.at(-1)!));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' }); // wraps to the first
    expect(document.activeElement).toBe(site(ids[0]!));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' }); // and back to the last
    expect(document.activeElement).toBe(site(ids.at(-1)!));
    fireEvent.keyDown(list, { key: 'Home' });
    expect(document.activeElement).toBe(site(ids[0]!));
    expect(onFocusSite).toHaveBeenCalledTimes(5);

    // A key the list does not handle is left alone.
    expect(fireEvent.keyDown(document.activeElement!, { key: 'a', cancelable: true })).toBe(true);
    expect(onFocusSite).toHaveBeenCalledTimes(5);
  });
});
