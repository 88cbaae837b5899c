/**
 * What each view draws, as aggregates of the columnar engine over the dataset's Records: a chart
 * receives at most one number per category or year (never rows), so drawing does not grow with the
 * record count. Every result is memoised by the engine per selection: calling these on every
 * render costs nothing until a clause changes.
 */
import type { Clauses, InField, ViewId, YearBucket } from './crossfilter.ts';
import type { Bitset } from './columns/bitset.ts';
import { intersect } from './columns/bitset.ts';
import {
  clauseMask,
  countByCode,
  selectedIndices,
  countByYear,
  countSelected,
  projectsIn,
  viewSelection,
} from './columns/engine.ts';
import {
  selectRecords,
  sortOrder,
  type RecordDetail,
  type Records,
  type SortKey,
} from './records.ts';
import type { ColumnTable } from './columns/columns.ts';
import type { Dataset } from './schema.ts';

const NO_CLAUSES: Clauses = {};

/** The rows a view shows (every clause but its own; null: every clause), as a bitset. */
export function selectionOf(d: Dataset, clauses: Clauses, view: ViewId | null): Bitset {
  return viewSelection(selectRecords(d).table, clauses, view);
}

export interface CategoryCounts {
  /** The field's dictionary: index k counts keys[k]. */
  keys: readonly string[];
  /** Projects per key in the view's rows. */
  counts: Uint32Array;
  /** Projects per key in the whole dataset. */
  overall: Uint32Array;
  /** Projects in the view's rows (a project with two values counts once here). */
  total: number;
}

/** Projects (events left out) per value of `field`, in the view's rows and overall. */
export function categoryCounts(
  d: Dataset,
  clauses: Clauses,
  view: ViewId,
  field: InField,
): CategoryCounts {
  const t = selectRecords(d).table;
  const sel = projectsIn(t, viewSelection(t, clauses, view));
  const all = projectsIn(t, viewSelection(t, NO_CLAUSES, null));
  return {
    keys: t[field].dict,
    counts: countByCode(t, field, sel),
    overall: countByCode(t, field, all),
    total: countSelected(sel),
  };
}

export interface YearSeries {
  buckets: YearBucket[];
  /** Rows of the view (projects and events) with no year. */
  undated: number;
  /** Rows of the view, dated or not. */
  rows: number;
}

/** Dated projects and events per year over the extent, and the view's undated rows. */
export function yearSeries(
  d: Dataset,
  clauses: Clauses,
  view: ViewId,
  extent: readonly [number, number],
): YearSeries {
  const t = selectRecords(d).table;
  const sel = viewSelection(t, clauses, view);
  const c = countByYear(t, sel, extent[0], extent[1]);
  const buckets: YearBucket[] = Array.from(c.projects, (projects, i) => ({
    year: extent[0] + i,
    projects,
    events: c.events[i] ?? 0,
  }));
  const rows = countSelected(sel);
  // Every dated row's year lies in the extent (the extent is taken from the rows), so the rest is undated.
  const dated = buckets.reduce((n, b) => n + b.projects + b.events, 0);
  return { buckets, undated: rows - dated, rows };
}

export interface ProjectCounts {
  shown: number;
  total: number;
}

/** Projects every clause leaves, out of all projects. */
export function selectProjectCounts(d: Dataset, clauses: Clauses): ProjectCounts {
  const t = selectRecords(d).table;
  return {
    shown: countSelected(projectsIn(t, viewSelection(t, clauses, null))),
    total: countSelected(projectsIn(t, viewSelection(t, NO_CLAUSES, null))),
  };
}

/** The first `limit` records at a site that the other filters leave, and how many there are. */
export function recordsAtSite(
  d: Dataset,
  clauses: Clauses,
  siteId: string,
  limit: number,
): { records: RecordDetail[]; total: number } {
  const r = selectRecords(d);
  const t = r.table;
  const sel = intersect([
    viewSelection(t, clauses, 'site'),
    clauseMask(t, { kind: 'in', field: 'site', values: [siteId] }),
  ]);
  return {
    records: Array.from(selectedIndices(t, sel, 0, limit), (i) => r.detail(i)),
    total: countSelected(sel),
  };
}

const orders = new WeakMap<Records, Map<string, Uint32Array>>();

/** Every row in the order of a sort (memoised per records, key and direction). */
export function sortedRows(r: Records, key: SortKey, dir: 1 | -1): Uint32Array {
  let byKey = orders.get(r);
  if (!byKey) orders.set(r, (byKey = new Map()));
  const name = `${key}:${dir}`;
  let order = byKey.get(name);
  if (!order) byKey.set(name, (order = sortOrder(r.table.length, r.rankKeys(key), dir)));
  return order;
}

/**
 * The selected rows from position `offset` to `offset + limit - 1`, in `order` (null: row order).
 * Walks the order from the start: a few milliseconds at a million rows, once per scroll frame.
 */
export function pageOf(
  t: ColumnTable,
  sel: Bitset,
  order: Uint32Array | null,
  offset: number,
  limit: number,
): number[] {
  if (!order) return Array.from(selectedIndices(t, sel, offset, limit));
  const out: number[] = [];
  let skip = offset;
  const words = sel.words;
  for (let k = 0; k < order.length && out.length < limit; k++) {
    const i = order[k]!;
    if (((words[i >>> 5]! >>> (i & 31)) & 1) === 0) continue;
    if (skip > 0) skip--;
    else out.push(i);
  }
  return out;
}
