/**
 * The requests of requests.ts answered in the browser, from the columnar cross-filter engine
 * (../columns/) over one Records. Every selection and aggregate is memoised by the engine per
 * selection object, so asking twice costs a lookup.
 */
import { intersect } from '../columns/bitset.ts';
import {
  type Bitset,
  clauseMask,
  countByCode,
  countByYear,
  countSelected,
  projectsIn,
  selectedIndices,
  viewSelection,
} from '../columns/engine.ts';
import { KIND_PROJECT, codesAt } from '../columns/columns.ts';
import { sortOrder, type Records, type SortKey } from '../records.ts';
import type {
  CountRequest,
  Filter,
  GroupCounts,
  GroupRequest,
  RowsRequest,
  Source,
  YearCounts,
  YearRequest,
} from './requests.ts';

export function columnarSource(records: Records): Source {
  const t = records.table;
  const selection = (where: Filter, kind: CountRequest['kind']): Bitset => {
    let sel = viewSelection(t, where.clauses, where.except);
    if (where.and) sel = intersect([sel, clauseMask(t, where.and)]);
    return kind === 'project' ? projectsIn(t, sel) : sel;
  };
  const orders = new Map<string, Uint32Array>();
  const orderOf = (key: SortKey, dir: 1 | -1): Uint32Array => {
    const name = `${key}:${dir}`;
    let order = orders.get(name);
    if (!order) orders.set(name, (order = sortOrder(t.length, records.rankKeys(key), dir)));
    return order;
  };
  let typeMasks: { masks: Uint32Array; types: readonly string[] } | null = null;

  return {
    count: (r: CountRequest) => countSelected(selection(r.where, r.kind)),
    groups: (r: GroupRequest): GroupCounts => ({
      keys: t[r.groupBy].dict,
      counts: countByCode(t, r.groupBy, selection(r.where, r.kind)),
    }),
    years: (r: YearRequest): YearCounts => countByYear(t, selection(r.where, 'all'), r.from, r.to),
    rows: (r: RowsRequest) => {
      const sel = selection(r.where, r.kind);
      return r.orderBy === null
        ? Array.from(selectedIndices(t, sel, r.offset, r.limit))
        : pageOf(sel, orderOf(r.orderBy, r.dir), r.offset, r.limit);
    },
    typesPerSite: () => (typeMasks ??= siteTypeMasks(records)),
  };
}

/**
 * The selected rows from position `offset` to `offset + limit - 1` in `order`. Walks the order
 * from the start: a few milliseconds at a million rows, once per scroll frame.
 */
function pageOf(sel: Bitset, order: Uint32Array, offset: number, limit: number): number[] {
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

/** Per site, a bit mask of the project types found there (0: events only). */
function siteTypeMasks(r: Records): { masks: Uint32Array; types: readonly string[] } {
  const t = r.table;
  const masks = new Uint32Array(r.siteCount);
  const kind = t.kind.codes;
  const { type, site } = t;
  if (type.layout === 'single' && site.layout === 'single') {
    // A ledger: one type and one site per row, so no per-row arrays.
    for (let i = 0; i < t.length; i++) {
      const k = type.codes[i]!;
      const s = site.codes[i]!;
      if (kind[i] !== KIND_PROJECT || k >= 32 || s >= masks.length) continue;
      masks[s] = masks[s]! | (1 << k);
    }
  } else {
    for (let i = 0; i < t.length; i++) {
      if (kind[i] !== KIND_PROJECT) continue;
      let bits = 0;
      for (const k of codesAt(type, i)) if (k < 32) bits |= 1 << k;
      if (bits === 0) continue;
      for (const s of codesAt(site, i)) if (s < masks.length) masks[s] = masks[s]! | bits;
    }
  }
  return { masks, types: type.dict };
}
