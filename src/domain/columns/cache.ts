/**
 * Everything the engine remembers about a table, in one WeakMap keyed by the table: clause masks,
 * combined selections, derived indexes and the last histogram of each aggregate. Tables are
 * immutable, so nothing here ever goes stale; dropping the table drops its cache.
 */
import type { Clause, InField } from '../clauses.ts';
import { type Bitset, fullBitset } from './bitset.ts';
import type { CategoricalField, ColumnTable, SingleColumn } from './columns.ts';
import {
  type CodeColumn,
  singleSource,
  type ValueLists,
  type YearKindCodes,
  type YearThresholds,
  valueLists,
  yearKindCodes,
  yearThresholds,
} from './indexes.ts';

export interface HistState {
  /** Histogram over every row, the base for dense selections. */
  all: Uint32Array | null;
  /** The last selection histogrammed, the base for a brush that moved a little. */
  last: { readonly sel: Bitset; readonly hist: Uint32Array } | null;
}

export interface TableCache {
  /**
   * Each clause object's cache key, so a clause seen before is not described again. Not its mask:
   * the undo history keeps up to 100 clause objects alive, and their masks (n/8 bytes each, 125 kB at
   * 1M rows) would outlive the byKey limit with them.
   */
  readonly byClause: WeakMap<Clause, string>;
  readonly byKey: Map<string, Bitset>;
  readonly combos: Map<string, Bitset>;
  readonly ids: WeakMap<Bitset, number>;
  readonly dictIndex: Partial<Record<InField, Map<string, number>>>;
  readonly lists: Partial<Record<CategoricalField, ValueLists | null>>;
  readonly singles: Partial<Record<CategoricalField, CodeColumn>>;
  readonly hists: Map<string, HistState>;
  readonly results: WeakMap<Bitset, Map<string, unknown>>;
  nextId: number;
  all: Bitset | null;
  yearKind: YearKindCodes | null;
  thresholds: YearThresholds | null | undefined;
}

const caches = new WeakMap<ColumnTable, TableCache>();

export function cacheOf(t: ColumnTable): TableCache {
  let c = caches.get(t);
  if (!c) {
    c = {
      byClause: new WeakMap(),
      byKey: new Map(),
      combos: new Map(),
      ids: new WeakMap(),
      dictIndex: {},
      lists: {},
      singles: {},
      hists: new Map(),
      results: new WeakMap(),
      nextId: 0,
      all: null,
      yearKind: null,
      thresholds: undefined,
    };
    caches.set(t, c);
  }
  return c;
}

/** Forget every cached mask, selection and index of a table (tests, or to release memory). */
export function clearEngineCache(t: ColumnTable): void {
  caches.delete(t);
}

export function lruGet<V>(m: Map<string, V>, key: string): V | undefined {
  const v = m.get(key);
  if (v !== undefined) {
    m.delete(key);
    m.set(key, v);
  }
  return v;
}

export function lruSet<V>(m: Map<string, V>, key: string, v: V, limit: number): void {
  m.set(key, v);
  if (m.size > limit) m.delete(m.keys().next().value as string);
}

/** A small number naming a bitset, for cache keys made of several bitsets. */
export function idOf(c: TableCache, b: Bitset): number {
  let id = c.ids.get(b);
  if (id === undefined) c.ids.set(b, (id = c.nextId++));
  return id;
}

export const allRows = (c: TableCache, t: ColumnTable): Bitset => (c.all ??= fullBitset(t.length));

export function dictIndex(c: TableCache, t: ColumnTable, field: InField): Map<string, number> {
  return (c.dictIndex[field] ??= new Map(t[field].dict.map((v, i) => [v, i])));
}

export function listsOf(c: TableCache, t: ColumnTable, field: CategoricalField): ValueLists | null {
  const col = t[field];
  if (col.layout === 'single') return null;
  let lists = c.lists[field];
  if (lists === undefined) c.lists[field] = lists = valueLists(col, t.length);
  return lists;
}

export const singleOf = (c: TableCache, field: CategoricalField, col: SingleColumn): CodeColumn =>
  (c.singles[field] ??= singleSource(col));

export const yearKindOf = (c: TableCache, t: ColumnTable): YearKindCodes =>
  (c.yearKind ??= yearKindCodes(t));

export function thresholdsOf(c: TableCache, t: ColumnTable): YearThresholds | null {
  if (c.thresholds === undefined) c.thresholds = yearThresholds(t);
  return c.thresholds;
}
