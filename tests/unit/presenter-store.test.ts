/**
 * The presenter slice of the store (src/store/dashboard-store.ts): a tour step sets the filters
 * without entering undo history; leaving restores the view from before; the step travels in the URL
 * (src/domain/url-codec.ts) as a 1-based `step` parameter.
 */
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/domain/clauses.ts';
import { stepClauses } from '../../src/domain/tour.ts';
import { decodeView, defaultView, encodeView } from '../../src/domain/url-codec.ts';
import { vocabularyFor } from '../../src/domain/vocabulary.ts';
import { recordsOfDataset } from '../../src/domain/records.ts';
import { createDashboardStore } from '../../src/store/dashboard-store.ts';
import { bundledCopy, bundledDataset } from '../fixtures/bundled.ts';

const dataset = bundledDataset();
const tour = dataset.tour;
const at = (i: number) => {
  const s = tour[i];
  if (!s) throw new Error(`no tour step ${i}`);
  return s;
};

const japan: Clause = { kind: 'in', field: 'country', values: ['JP'] };
const ai: Clause = { kind: 'in', field: 'sector', values: ['ai'] };

/** A store with a user's view: two committed filter changes, USD, the sources panel open. */
function withView() {
  const store = createDashboardStore(dataset);
  const s = store.getState();
  s.setClause('country', japan);
  s.setClause('sector', ai);
  s.setCurrency('USD');
  s.setPanel('sources');
  return store;
}

describe('startTour', () => {
  it('saves the view, shows step 0 and its clauses, and leaves undo history alone', () => {
    const store = withView();
    const before = store.getState();
    const { clauses, past, future } = before;
    expect(past).toHaveLength(2);
    before.startTour();
    const s = store.getState();
    expect(s.beforePresenting).toEqual({
      clauses,
      currency: 'USD',
      panel: 'sources',
      step: null,
      lang: null,
      theme: null,
      indianUnits: false,
    });
    expect(s.beforePresenting?.clauses).toBe(clauses);
    expect(s.step).toBe(0);
    expect(s.clauses).toEqual(stepClauses(at(0)));
    expect(s.panel).toBeNull();
    expect(s.currency).toBe('USD'); // the currency is not a tour matter
    expect(s.past).toBe(past);
    expect(s.future).toBe(future);
  });

  it('starts at a given step, clamped into the tour', () => {
    const store = createDashboardStore(dataset);
    store.getState().startTour(2);
    expect(store.getState().step).toBe(2);
    expect(store.getState().clauses).toEqual(stepClauses(at(2)));
    store.getState().stopTour();
    store.getState().startTour(999);
    expect(store.getState().step).toBe(tour.length - 1);
  });

  it('while presenting, starting again moves to the step but keeps the first saved view', () => {
    const store = withView();
    store.getState().startTour();
    const saved = store.getState().beforePresenting;
    store.getState().startTour(3);
    expect(store.getState().step).toBe(3);
    expect(store.getState().beforePresenting).toBe(saved);
    store.getState().stopTour();
    expect(store.getState().clauses).toEqual({ country: japan, sector: ai });
  });

  it('does nothing on a dataset with an empty tour', () => {
    const empty = bundledCopy();
    empty.tour = [];
    const store = createDashboardStore(empty);
    store.getState().setClause('sector', ai);
    const before = store.getState();
    before.startTour();
    before.startTour(2);
    const after = store.getState();
    expect(after).toBe(before); // no set() at all
    expect(after.step).toBeNull();
    expect(after.beforePresenting).toBeNull();
    expect(after.clauses).toEqual({ sector: ai });
  });
});

describe('goToStep', () => {
  it('moves between steps, setting their clauses, clamped to the tour, without history', () => {
    const store = withView();
    store.getState().startTour();
    const past = store.getState().past;
    store.getState().goToStep(1);
    expect(store.getState().step).toBe(1);
    expect(store.getState().clauses).toEqual(stepClauses(at(1)));
    store.getState().goToStep(tour.length + 5);
    expect(store.getState().step).toBe(tour.length - 1);
    expect(store.getState().clauses).toEqual(stepClauses(at(tour.length - 1)));
    store.getState().goToStep(-1);
    expect(store.getState().step).toBe(0);
    expect(store.getState().clauses).toEqual(stepClauses(at(0)));
    expect(store.getState().past).toBe(past);
    expect(store.getState().future).toEqual([]);
  });

  it('closes an open panel on each step', () => {
    const store = createDashboardStore(dataset);
    store.getState().startTour();
    store.getState().setPanel('sources');
    store.getState().goToStep(1);
    expect(store.getState().panel).toBeNull();
  });

  it('does nothing when not presenting', () => {
    const store = withView();
    const before = store.getState();
    before.goToStep(2);
    expect(store.getState()).toBe(before);
    expect(store.getState().step).toBeNull();
    expect(store.getState().clauses).toEqual({ country: japan, sector: ai });
  });
});

describe('stopTour', () => {
  it('restores the saved clauses, panel and currency, and clears the step', () => {
    const store = withView();
    const { clauses, past } = store.getState();
    store.getState().startTour();
    store.getState().goToStep(4);
    store.getState().setCurrency('JPY'); // changed while presenting: the saved one comes back
    store.getState().stopTour();
    const s = store.getState();
    expect(s.step).toBeNull();
    expect(s.beforePresenting).toBeNull();
    expect(s.clauses).toBe(clauses);
    expect(s.panel).toBe('sources');
    expect(s.currency).toBe('USD');
    expect(s.past).toBe(past);
    // Undo after the tour goes back through the user's own history, not through tour steps.
    s.undo();
    expect(store.getState().clauses).toEqual({ country: japan });
  });

  it('from a fresh store, a tour round trip leaves the default view', () => {
    const store = createDashboardStore(dataset);
    store.getState().startTour();
    store.getState().goToStep(1);
    store.getState().stopTour();
    const s = store.getState();
    expect([s.clauses, s.panel, s.currency, s.step]).toEqual([{}, null, 'INR', null]);
    expect([s.past, s.future]).toEqual([[], []]);
  });

  it('loading another dataset leaves the tour', () => {
    const store = withView();
    store.getState().startTour();
    store.getState().loadDataset(bundledDataset(), 'again');
    expect(store.getState().step).toBeNull();
    expect(store.getState().beforePresenting).toBeNull();
  });
});

describe('the step in the URL', () => {
  const vocabulary = vocabularyFor(dataset, recordsOfDataset(dataset));
  const defaults = defaultView(vocabulary);

  it('encodes a 0-based step as 1-based: index 2 gives step=3', () => {
    const query = encodeView({ ...defaults, step: 2 }, defaults);
    expect(query).toBe('v=1&step=3');
    expect(encodeView({ ...defaults, step: 0 }, defaults)).toBe('v=1&step=1');
    expect(encodeView(defaults, defaults)).toBe('v=1');
  });

  it('round-trips every step of the tour, with the step clauses beside it', () => {
    expect(vocabulary.tourLength).toBe(tour.length);
    tour.forEach((s, i) => {
      const view = { ...defaults, clauses: stepClauses(s), step: i };
      const decoded = decodeView(encodeView(view, defaults), vocabulary);
      expect(decoded.dropped, s.id).toEqual([]);
      expect(decoded.state, s.id).toEqual(view);
    });
  });

  it.each(['0', '99', String(tour.length + 1), '-1', '1.5', 'abc', '', '0003x'])(
    'drops step=%s',
    (raw) => {
      const { state, dropped } = decodeView(`v=1&step=${raw}`, vocabulary);
      expect(state.step).toBeNull();
      expect(dropped).toEqual(['step']);
    },
  );

  it('accepts the first and last steps, and drops every step when there is no tour', () => {
    expect(decodeView('step=1', vocabulary).state.step).toBe(0);
    expect(decodeView(`step=${tour.length}`, vocabulary).state.step).toBe(tour.length - 1);
    const noTour = { ...vocabulary, tourLength: 0 };
    expect(decodeView('step=1', noTour)).toMatchObject({
      state: { step: null },
      dropped: ['step'],
    });
  });

  it('a decoded step applied to the store shows that step', () => {
    const store = createDashboardStore(dataset);
    const { state } = decodeView(encodeView({ ...defaults, step: 2 }, defaults), vocabulary);
    store.getState().applyView({ ...state, clauses: stepClauses(at(2)) });
    expect(store.getState().step).toBe(2);
    store.getState().goToStep(3); // presenting, so the clicker works
    expect(store.getState().step).toBe(3);
  });
});
