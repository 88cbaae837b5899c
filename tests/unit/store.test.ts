/**
 * The store API: typed clauses (domain/clauses.ts) with undo history, the actor of the last gesture,
 * and one open panel ('provenance:<card id>' or 'sources') in place of the earlier toggleProvenance.
 */
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/domain/clauses.ts';
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

describe('the gesture behind a change (actor) and previews', () => {
  const early: Clause = { kind: 'range', field: 'year', min: 2018, max: 2020 };
  const late: Clause = { kind: 'range', field: 'year', min: 2021, max: 2023 };

  it('names the view whose gesture changed the clauses; undo, redo, reset and a load name none', () => {
    const store = fresh();
    store.getState().toggleValue('sector', 'sector', 'ai');
    expect(store.getState().actor).toBe('sector');
    store.getState().setClause('site', { kind: 'in', field: 'site', values: ['sendai'] });
    expect(store.getState().actor).toBe('site');
    store.getState().undo();
    expect(store.getState().actor).toBeNull();
    store.getState().redo();
    expect(store.getState().actor).toBeNull();
    store.getState().toggleValue('type', 'type', 'fab');
    store.getState().clearFilters();
    expect(store.getState().actor).toBeNull();
    store.getState().toggleValue('type', 'type', 'fab');
    store.getState().loadDataset(synthDataset(9), 'synth.json');
    expect(store.getState().actor).toBeNull();
  });

  it('shows a dragged clause at once and makes one undo step of the whole drag', () => {
    const store = fresh();
    store.getState().setClause('sector', sectors);
    const before = store.getState().clauses;
    store.getState().previewClause('timeline', early);
    store.getState().previewClause('timeline', late);
    let s = store.getState();
    expect(s.clauses).toEqual({ sector: sectors, timeline: late });
    expect(s.previewFrom).toBe(before);
    expect(s.past).toHaveLength(1);
    expect(s.actor).toBe('timeline');
    store.getState().setClause('timeline', late);
    s = store.getState();
    expect(s.previewFrom).toBeNull();
    expect(s.past).toEqual([{}, before]);
    store.getState().undo();
    expect(store.getState().clauses).toBe(before);
  });

  it('a drag that ends where it began leaves no undo step', () => {
    const store = fresh();
    store.getState().previewClause('timeline', early);
    store.getState().previewClause('timeline', null);
    store.getState().setClause('timeline', null);
    const s = store.getState();
    expect(s.clauses).toEqual({});
    expect([s.past, s.previewFrom]).toEqual([[], null]);
  });

  it('a load or an undo during a drag drops the preview', () => {
    const store = fresh();
    store.getState().setClause('sector', sectors);
    store.getState().previewClause('timeline', early);
    store.getState().undo();
    expect(store.getState().previewFrom).toBeNull();
    store.getState().previewClause('timeline', early);
    store.getState().loadDataset(bundledDataset(), 'again');
    expect(store.getState().previewFrom).toBeNull();
    expect(store.getState().clauses).toEqual({});
  });
});
