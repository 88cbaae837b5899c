/**
 * The store API as it stands in the working tree: typed clauses (crossfilter.ts) with undo history,
 * and one open panel ('provenance:<card id>' or 'sources') in place of the earlier toggleProvenance.
 */
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/domain/crossfilter.ts';
import { createDashboardStore } from '../../src/store/dashboard-store.ts';
import { bundledDataset } from '../fixtures/bundled.ts';
import { synthDataset } from '../fixtures/synth-dataset.ts';

const sectors: Clause = { kind: 'in', field: 'sector', values: ['ai', 'semiconductors'] };
const japan: Clause = { kind: 'in', field: 'country', values: ['JP'] };
const years: Clause = { kind: 'range', field: 'year', min: 2020, max: 2024 };
const fresh = () => createDashboardStore(bundledDataset());

describe('createDashboardStore', () => {
  it('starts with the given dataset and origin, no clauses, no history, nothing open', () => {
    const dataset = bundledDataset();
    const s = createDashboardStore(dataset).getState();
    expect(s.dataset).toBe(dataset);
    expect(s.origin).toBe('bundled');
    expect(s.clauses).toEqual({});
    expect([s.past, s.future]).toEqual([[], []]);
    expect(s.panel).toBeNull();
    expect([s.lang, s.systemLang, s.theme, s.indianUnits]).toEqual([null, 'en', null, false]);
    expect(createDashboardStore(dataset, 'x', 'ja').getState().systemLang).toBe('ja');
    expect(createDashboardStore(dataset, 'upload.json').getState().origin).toBe('upload.json');
  });

  it('stores are independent of each other', () => {
    const a = fresh();
    const b = fresh();
    a.getState().setClause('sector', sectors);
    expect(b.getState().clauses).toEqual({});
  });
});

describe('filter clauses', () => {
  it('setClause adds a clause under its view id and replaces it on the next call', () => {
    const store = fresh();
    store.getState().setClause('sector', sectors);
    expect(store.getState().clauses).toEqual({ sector: sectors });
    const onlyAi: Clause = { kind: 'in', field: 'sector', values: ['ai'] };
    store.getState().setClause('sector', onlyAi);
    expect(store.getState().clauses).toEqual({ sector: onlyAi });
  });

  it('keeps the clauses of other views when one is removed', () => {
    const store = fresh();
    store.getState().setClause('sector', sectors);
    store.getState().setClause('country', japan);
    store.getState().setClause('timeline', years);
    store.getState().setClause('sector', null);
    expect(store.getState().clauses).toEqual({ country: japan, timeline: years });
  });

  it('a null clause, an empty value list or a blank search removes the view’s clause', () => {
    const store = fresh();
    store.getState().setClause('sector', sectors);
    store.getState().setClause('sector', null);
    expect(store.getState().clauses).not.toHaveProperty('sector');
    store.getState().setClause('sector', sectors);
    store.getState().setClause('sector', { kind: 'in', field: 'sector', values: [] });
    expect(store.getState().clauses).toEqual({});
    store.getState().setClause('table', { kind: 'search', field: 'text', query: 'tata' });
    store.getState().setClause('table', { kind: 'search', field: 'text', query: '   ' });
    expect(store.getState().clauses).toEqual({});
  });

  it('never mutates the previous clauses object, and notifies once per change', () => {
    const store = fresh();
    store.getState().setClause('sector', sectors);
    const before = store.getState().clauses;
    let notified = 0;
    const unsubscribe = store.subscribe(() => notified++);
    store.getState().setClause('country', japan);
    unsubscribe();
    expect(before).toEqual({ sector: sectors });
    expect(store.getState().clauses).not.toBe(before);
    expect(notified).toBe(1);
  });

  it('clearFilters removes every clause', () => {
    const store = fresh();
    store.getState().setClause('sector', sectors);
    store.getState().setClause('country', japan);
    store.getState().clearFilters();
    expect(store.getState().clauses).toEqual({});
  });

  it('undo and redo walk the clause history; a no-op change adds no step', () => {
    const store = fresh();
    store.getState().setClause('sector', sectors);
    store.getState().setClause('sector', sectors);
    store.getState().setClause('country', japan);
    expect(store.getState().past).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().clauses).toEqual({ sector: sectors });
    store.getState().undo();
    expect(store.getState().clauses).toEqual({});
    store.getState().undo();
    expect(store.getState().clauses).toEqual({});
    store.getState().redo();
    expect(store.getState().clauses).toEqual({ sector: sectors });
  });
});

describe('provenance panels (togglePanel)', () => {
  it('opens a card, closes it on the second toggle', () => {
    const store = fresh();
    store.getState().togglePanel('provenance:moc-term');
    expect(store.getState().panel).toBe('provenance:moc-term');
    store.getState().togglePanel('provenance:moc-term');
    expect(store.getState().panel).toBeNull();
  });

  it('switches straight to another card: only one is open', () => {
    const store = fresh();
    store.getState().togglePanel('provenance:moc-term');
    store.getState().togglePanel('provenance:derived-investments-growth');
    expect(store.getState().panel).toBe('provenance:derived-investments-growth');
  });
});

describe('loadDataset', () => {
  it('replaces dataset and origin and clears clauses, history and the open panel', () => {
    const store = fresh();
    store.getState().setClause('sector', sectors);
    store.getState().togglePanel('provenance:moc-term');
    const next = synthDataset(9);
    store.getState().loadDataset(next, 'synth.json');
    const s = store.getState();
    expect(s.dataset).toBe(next);
    expect(s.origin).toBe('synth.json');
    expect(s.clauses).toEqual({});
    expect([s.past, s.future]).toEqual([[], []]);
    expect(s.panel).toBeNull();
    s.undo();
    expect(store.getState().clauses).toEqual({});
  });

  it('keeps the actions working after a load', () => {
    const store = fresh();
    store.getState().loadDataset(synthDataset(9), 'synth.json');
    store.getState().setClause('country', japan);
    expect(store.getState().clauses).toEqual({ country: japan });
  });
});
