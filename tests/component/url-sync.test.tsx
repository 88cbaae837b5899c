/**
 * startUrlSync against jsdom's real window.history and window.location: the URL is read on start
 * (and rewritten in place when anything was dropped), each view change pushes one entry, popstate
 * restores the view, and the returned function stops all of it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDashboardStore } from '../../src/store/dashboard-store.ts';
import { startUrlSync } from '../../src/store/url-sync.ts';
import { bundledDataset } from '../fixtures/bundled.ts';

const dataset = bundledDataset();
const stops: (() => void)[] = [];

/** Writes at once, so a test can read the URL right after an action (the app waits for a paint). */
const now = (write: () => void) => {
  write();
  return () => {};
};

function start(url: string, onDropped?: (params: string[]) => void) {
  window.history.replaceState(null, '', url);
  const store = createDashboardStore(dataset);
  const stop = startUrlSync(
    store,
    window,
    onDropped ? { onDropped, schedule: now } : { schedule: now },
  );
  stops.push(stop);
  return { store, stop };
}

/** Go back to `url` the way the browser does: the entry changes, then popstate fires. */
function popTo(url: string) {
  window.history.replaceState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
}

const search = () => window.location.search;
const length = () => window.history.length;
const sectorAi = { kind: 'in', field: 'sector', values: ['ai'] } as const;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.restoreAllMocks();
});

describe('startUrlSync: reading the URL on start', () => {
  it('decodes the initial query into the store, leaving a canonical URL untouched', () => {
    const url = '/?v=1&sector=ai,space&site=hyderabad&years=2023-2025&q=jio&cur=USD&panel=sources';
    window.history.replaceState(null, '', url);
    const replace = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    const before = length();
    const onDropped = vi.fn();
    const store = createDashboardStore(dataset);
    stops.push(startUrlSync(store, window, { onDropped }));

    const s = store.getState();
    expect(s.clauses).toEqual({
      sector: { kind: 'in', field: 'sector', values: ['ai', 'space'] },
      site: { kind: 'in', field: 'site', values: ['hyderabad'] },
      timeline: { kind: 'range', field: 'year', min: 2023, max: 2025 },
      table: { kind: 'search', field: 'text', query: 'jio' },
    });
    expect(s.currency).toBe('USD');
    expect(s.panel).toBe('sources');
    // Applying the URL is not a filter change the user can undo.
    expect(s.past).toEqual([]);
    expect(onDropped).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
    expect(push).not.toHaveBeenCalled();
    expect(`${window.location.pathname}${search()}`).toBe(url);
    expect(length()).toBe(before);
  });

  it('rewrites dropped parameters in place (replaceState) and reports their names', () => {
    const onDropped = vi.fn();
    window.history.replaceState(null, '', '/');
    const before = length();
    const replace = vi.spyOn(window.history, 'replaceState');
    const { store } = start(
      '/dash/?v=1&sector=ai,bogus&years=1900-2000&zzz=1&panel=nope&cur=XYZ#figures',
      onDropped,
    );
    expect(onDropped).toHaveBeenCalledTimes(1);
    expect([...(onDropped.mock.calls[0]?.[0] as string[])].sort()).toEqual(
      ['cur', 'panel', 'sector', 'years', 'zzz'].sort(),
    );
    expect(store.getState().clauses).toEqual({ sector: sectorAi });
    expect(store.getState().currency).toBe('INR');
    expect(store.getState().panel).toBeNull();
    expect(search()).toBe('?v=1&sector=ai');
    expect(window.location.pathname).toBe('/dash/');
    expect(window.location.hash).toBe('#figures');
    expect(length()).toBe(before);
    // One replaceState from start() setting the URL, one from the rewrite.
    expect(replace).toHaveBeenCalledTimes(2);
  });

  it('canonicalises a URL with nothing dropped without calling onDropped', () => {
    const onDropped = vi.fn();
    const before = length();
    const { store } = start('/?sector=space,ai', onDropped);
    expect(onDropped).not.toHaveBeenCalled();
    expect(store.getState().clauses.sector).toMatchObject({ values: ['ai', 'space'] });
    expect(search()).toBe('?v=1&sector=ai,space');
    expect(length()).toBe(before);
  });

  it('drops everything from a link of another version', () => {
    const onDropped = vi.fn();
    const { store } = start('/?v=2&sector=ai', onDropped);
    expect(onDropped).toHaveBeenCalledWith(['v', 'sector']);
    expect(store.getState().clauses).toEqual({});
    expect(search()).toBe('?v=1');
  });
});

describe('startUrlSync: following the store', () => {
  it('writes after the next paint, one entry for the changes made before it', async () => {
    window.history.replaceState(null, '', '/?v=1');
    const store = createDashboardStore(dataset);
    stops.push(startUrlSync(store, window));
    const before = length();
    store.getState().toggleValue('sector', 'sector', 'ai');
    store.getState().toggleValue('type', 'type', 'fab');
    // Not yet: the frame that answers the gesture is painted first.
    expect(search()).toBe('?v=1');
    await new Promise((r) => setTimeout(r, 50));
    expect(search()).toBe('?v=1&sector=ai&type=fab');
    expect(length()).toBe(before + 1);
  });

  it('lets the browser’s entry win over a change not yet written (popstate)', async () => {
    window.history.replaceState(null, '', '/?v=1&sector=space');
    const store = createDashboardStore(dataset);
    stops.push(startUrlSync(store, window));
    store.getState().toggleValue('sector', 'sector', 'ai');
    popTo('/?v=1&sector=space');
    await new Promise((r) => setTimeout(r, 50));
    expect(search()).toBe('?v=1&sector=space');
    expect(store.getState().clauses.sector).toMatchObject({ values: ['space'] });
  });

  it('pushes one entry per view change, with the encoded query', () => {
    const { store } = start('/?v=1');
    const before = length();
    store.getState().toggleValue('sector', 'sector', 'ai');
    expect(length()).toBe(before + 1);
    expect(search()).toBe('?v=1&sector=ai');

    store.getState().setClause('timeline', { kind: 'range', field: 'year', min: 2018, max: 2023 });
    expect(length()).toBe(before + 2);
    expect(search()).toBe('?v=1&sector=ai&years=2018-2023');

    store.getState().setCurrency('USD');
    store.getState().setPanel('sources');
    expect(length()).toBe(before + 4);
    expect(search()).toBe('?v=1&sector=ai&years=2018-2023&cur=USD&panel=sources');

    // Undo is a view change like any other.
    store.getState().undo();
    expect(length()).toBe(before + 5);
    expect(search()).toBe('?v=1&sector=ai&cur=USD&panel=sources');
  });

  it('writes nothing while a drag previews its clause, then one entry when it ends', () => {
    const { store } = start('/?v=1');
    const before = length();
    const push = vi.spyOn(window.history, 'pushState');
    const range = (min: number) => ({ kind: 'range', field: 'year', min, max: 2024 }) as const;
    store.getState().previewClause('timeline', range(2019));
    store.getState().previewClause('timeline', range(2020));
    expect(push).not.toHaveBeenCalled();
    expect(search()).toBe('?v=1');
    store.getState().setClause('timeline', range(2020));
    expect(push).toHaveBeenCalledTimes(1);
    expect(search()).toBe('?v=1&years=2020-2024');
    expect(length()).toBe(before + 1);
  });

  it('pushes nothing when the state changes but the encoded view does not', () => {
    const { store } = start('/?v=1&sector=ai');
    const before = length();
    const push = vi.spyOn(window.history, 'pushState');
    store.getState().setCurrency('INR'); // the default, already in force
    store.getState().toggleValue('sector', 'sector', 'ai', true);
    store.getState().toggleValue('sector', 'sector', 'ai', true); // back where it was...
    expect(push).toHaveBeenCalledTimes(2); // ...but each step was a real change
    push.mockClear();
    store.getState().setPanel(null); // already null
    store.getState().setClause('table', { kind: 'search', field: 'text', query: '   ' }); // empty
    expect(push).not.toHaveBeenCalled();
    expect(length()).toBe(before + 2);
  });
});

describe('startUrlSync: back and forward', () => {
  it('popstate restores the view from the URL without pushing', () => {
    const { store } = start('/?v=1');
    store.getState().toggleValue('sector', 'sector', 'ai');
    store.getState().toggleValue('site', 'site', 'hyderabad');
    store.getState().setPanel('sources');
    const past = store.getState().past;
    const before = length();
    const push = vi.spyOn(window.history, 'pushState');

    popTo('/?v=1&sector=ai');
    expect(store.getState().clauses).toEqual({ sector: sectorAi });
    expect(store.getState().panel).toBeNull();
    expect(store.getState().past).toBe(past);
    expect(push).not.toHaveBeenCalled();
    expect(length()).toBe(before);
    expect(search()).toBe('?v=1&sector=ai');

    popTo('/?v=1');
    expect(store.getState().clauses).toEqual({});

    // Forward again, then a new change pushes from the restored view.
    popTo('/?v=1&sector=ai&site=hyderabad&panel=sources');
    expect(store.getState().clauses.site).toMatchObject({ values: ['hyderabad'] });
    expect(store.getState().panel).toBe('sources');
    expect(push).not.toHaveBeenCalled();
    store.getState().setPanel(null);
    expect(push).toHaveBeenCalledTimes(1);
    expect(search()).toBe('?v=1&sector=ai&site=hyderabad');
  });

  it('works with jsdom’s own history.back()', async () => {
    const { store } = start('/?v=1');
    store.getState().toggleValue('sector', 'sector', 'space');
    store.getState().toggleValue('type', 'type', 'fab');
    expect(search()).toBe('?v=1&sector=space&type=fab');
    const popped = new Promise<void>((resolve) =>
      window.addEventListener('popstate', () => resolve(), { once: true }),
    );
    window.history.back();
    await popped;
    expect(search()).toBe('?v=1&sector=space');
    expect(store.getState().clauses).toEqual({
      sector: { kind: 'in', field: 'sector', values: ['space'] },
    });
  });

  it('popstate to an entry with a parameter the dataset no longer knows replaces it, pushing nothing', () => {
    const onDropped = vi.fn();
    const { store } = start('/?v=1', onDropped);
    store.getState().toggleValue('sector', 'sector', 'ai');
    const before = length();
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');

    // Same view as now, with an unknown extra: nothing in the store changes.
    popTo('/?v=1&sector=ai&zzz=1');
    expect(onDropped).toHaveBeenLastCalledWith(['zzz']);
    expect(search()).toBe('?v=1&sector=ai');
    expect(push).not.toHaveBeenCalled();
    expect(length()).toBe(before);
    expect(replace).toHaveBeenCalledTimes(2); // popTo's own, then the rewrite
  });

  it('popstate to a non-canonical entry that changes the view rewrites it rather than pushing a new entry', () => {
    // A back/forward must never push: pushing truncates the forward history. Here the popped
    // entry holds an unknown parameter (e.g. a dataset was loaded since) and a different view.
    const { store } = start('/?v=1');
    store.getState().toggleValue('sector', 'sector', 'ai');
    const before = length();
    const push = vi.spyOn(window.history, 'pushState');

    popTo('/?v=1&sector=space&zzz=1');
    expect(store.getState().clauses.sector).toMatchObject({ values: ['space'] });
    expect(search()).toBe('?v=1&sector=space');
    expect(push).not.toHaveBeenCalled();
    expect(length()).toBe(before);
  });
});

describe('startUrlSync: stopping', () => {
  it('the returned function unsubscribes from the store and from popstate', () => {
    const { store, stop } = start('/?v=1&sector=ai');
    const before = length();
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    stop();
    store.getState().toggleValue('sector', 'sector', 'space');
    store.getState().setPanel('sources');
    expect(search()).toBe('?v=1&sector=ai');
    expect(length()).toBe(before);
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();

    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    expect(store.getState().clauses.sector).toMatchObject({ values: ['space'] });
    expect(store.getState().panel).toBe('sources');
    expect(replace).not.toHaveBeenCalled();
  });
});
