/**
 * The cross-filter over a ColumnTable (../clauses.ts: every view sees every clause except its own),
 * as bitsets:
 *
 *   clause ──clauseMask──▶ mask (cached) ──viewSelection──▶ AND of the view's other masks (cached)
 *          ──▶ countByCode · countByYear · selectedIndices · countSelected   (no Row objects)
 *
 * Masks are cached per table by what the clause selects (the last MASK_CACHE of them; a clause
 * object remembers its key, clauses being immutable values), so an equal clause rebuilt from the
 * URL, or a brush returning to a recent range, costs no scan. A brush makes one new mask (an
 * AND-NOT of two precomputed "year ≥ y" bitsets); every other mask is reused, and only the ANDs
 * (n/32 words each) and the aggregates of the views whose selection changed run again.
 *
 * Aggregates are histograms of a per-row code column (indexes.ts), computed from whichever base is
 * cheapest: nothing (walk the selection), all rows (walk the rows *not* selected and subtract), or
 * the last selection histogrammed (walk the rows that changed). A brush therefore costs in the
 * rows it moves or the smaller side of the selection, never more than n/2 rows per view.
 *
 * Every mask, selection and aggregate returned is shared with the cache: read it, never write it.
 */
import { activeClauses, type Clause, type Clauses, type ViewId } from '../clauses.ts';
import {
  type Bitset,
  emptyBitset,
  intersect,
  popcount,
  popcount32,
  popcountXor,
} from './bitset.ts';
import {
  type HistState,
  type TableCache,
  allRows,
  cacheOf,
  idOf,
  listsOf,
  lruGet,
  lruSet,
  singleOf,
  yearKindOf,
} from './cache.ts';
import { type CategoricalField, type ColumnTable, KIND_PROJECT } from './columns.ts';
import { accumulate, slotsOf } from './counting.ts';
import type { HistogramSource } from './indexes.ts';
import { clauseKey, computeMask } from './masks.ts';

export type { Bitset } from './bitset.ts';
export { clearEngineCache } from './cache.ts';

const MASK_CACHE = 24; // masks kept per table by key (n/8 bytes each: 125 kB at 1M rows)
const COMBO_CACHE = 12; // combined selections kept per table

/** The rows one clause admits, as a bitset. */
export function clauseMask(t: ColumnTable, clause: Clause): Bitset {
  const c = cacheOf(t);
  let key = c.byClause.get(clause);
  if (key === undefined) c.byClause.set(clause, (key = clauseKey(clause)));
  let mask = lruGet(c.byKey, key);
  if (!mask) lruSet(c.byKey, key, (mask = computeMask(c, t, clause)), MASK_CACHE);
  return mask;
}

/** Rows matching every clause except the one `except` published (null: every clause). */
export function viewSelection(t: ColumnTable, clauses: Clauses, except: ViewId | null): Bitset {
  const c = cacheOf(t);
  const masks: Bitset[] = [];
  for (const [, clause] of activeClauses(clauses, except)) masks.push(clauseMask(t, clause));
  if (masks.length === 0) return allRows(c, t);
  if (masks.length === 1) return masks[0]!;
  const key = masks
    .map((m) => idOf(c, m))
    .sort((a, b) => a - b)
    .join('&');
  let sel = lruGet(c.combos, key);
  if (!sel) lruSet(c.combos, key, (sel = intersect(masks)), COMBO_CACHE);
  return sel;
}

const projectMasks = new WeakMap<ColumnTable, Bitset | null>();

/** Rows of kind project, or null when every row is one (a ledger). */
function projectMask(t: ColumnTable): Bitset | null {
  let mask = projectMasks.get(t);
  if (mask === undefined) {
    const codes = t.kind.codes;
    let events = 0;
    for (let i = 0; i < t.length; i++) if (codes[i] !== KIND_PROJECT) events++;
    if (events === 0) mask = null;
    else {
      const out = emptyBitset(t.length);
      for (let i = 0; i < t.length; i++)
        if (codes[i] === KIND_PROJECT) out.words[i >>> 5] = out.words[i >>> 5]! | (1 << (i & 31));
      mask = out;
    }
    projectMasks.set(t, mask);
  }
  return mask;
}

/**
 * The projects of a selection (events left out): the selection itself when the table holds no
 * events. Memoised per selection, so aggregates over it are memoised too.
 */
export function projectsIn(t: ColumnTable, sel: Bitset): Bitset {
  checkSize(t, sel);
  const mask = projectMask(t);
  if (!mask) return sel;
  return memo(cacheOf(t), sel, 'projects', () => intersect([sel, mask]));
}

export function countSelected(sel: Bitset): number {
  return popcount(sel);
}

function checkSize(t: ColumnTable, sel: Bitset): void {
  if (sel.size !== t.length) throw new RangeError(`selection of ${sel.size} rows for ${t.length}`);
}

/** Histogram of `src` over `sel`, from the cheapest base (see the module comment). Internal. */
function histogram(c: TableCache, t: ColumnTable, name: string, src: HistogramSource, sel: Bitset) {
  let st: HistState | undefined = c.hists.get(name);
  if (!st) c.hists.set(name, (st = { all: null, last: null }));
  if (st.last?.sel === sel) return st.last.hist;
  const all = allRows(c, t);
  if (!st.all) accumulate(src, (st.all = new Uint32Array(slotsOf(src))), all.words, null, 1);
  let hist = st.all;
  if (sel !== all) {
    const selected = popcount(sel);
    const fromAll = t.length - selected;
    const fromLast = st.last ? popcountXor(sel, st.last.sel) : Infinity;
    if (selected <= fromAll && selected <= fromLast) {
      accumulate(src, (hist = new Uint32Array(slotsOf(src))), sel.words, null, 1);
    } else if (fromAll <= fromLast) {
      accumulate(src, (hist = st.all.slice()), all.words, sel.words, -1);
    } else {
      const last = st.last!;
      hist = last.hist.slice();
      accumulate(src, hist, sel.words, last.sel.words, 1);
      accumulate(src, hist, last.sel.words, sel.words, -1);
    }
  }
  st.last = { sel, hist };
  return hist;
}

/** Results memoised per selection object, so views sharing a selection share the work. */
function memo<T>(c: TableCache, sel: Bitset, key: string, compute: () => T): T {
  let m = c.results.get(sel);
  if (!m) c.results.set(sel, (m = new Map()));
  if (m.has(key)) return m.get(key) as T;
  const v = compute();
  m.set(key, v);
  return v;
}

/**
 * Selected rows per dictionary code of `field`: index k counts `table[field].dict[k]`. Like
 * an UNNEST in SQL, a row counts once per value it carries.
 */
export function countByCode(t: ColumnTable, field: CategoricalField, sel: Bitset): Uint32Array {
  checkSize(t, sel);
  const c = cacheOf(t);
  return memo(c, sel, `count:${field}`, () => {
    const col = t[field];
    const size = col.dict.length;
    if (col.layout === 'single')
      return histogram(c, t, field, singleOf(c, field, col), sel).slice(0, size);
    const lists = listsOf(c, t, field);
    if (!lists) {
      const src = { layout: 'csr', offsets: col.offsets, codes: col.codes, cap: size } as const;
      return histogram(c, t, field, src, sel).slice(0, size);
    }
    // Spread each value list's count over the values it holds.
    const perList = histogram(c, t, field, lists.source, sel);
    const counts = new Uint32Array(size);
    for (let l = 0; l + 1 < lists.offsets.length; l++) {
      const n = perList[l]!;
      if (n === 0) continue;
      for (let k = lists.offsets[l]!; k < lists.offsets[l + 1]!; k++) {
        const v = lists.codes[k]!;
        counts[v] = counts[v]! + n;
      }
    }
    return counts;
  });
}

export interface YearCounts {
  readonly from: number;
  readonly to: number;
  /** Index y - from holds the selected projects (events) dated to year y. */
  readonly projects: Uint32Array;
  readonly events: Uint32Array;
}

/** Selected dated rows per year over [from, to] (integers), projects and events apart. */
export function countByYear(t: ColumnTable, sel: Bitset, from: number, to: number): YearCounts {
  checkSize(t, sel);
  if (!Number.isInteger(from) || !Number.isInteger(to))
    throw new RangeError(`countByYear needs integer bounds, got ${from}..${to}`);
  const c = cacheOf(t);
  return memo(c, sel, `year:${from}:${to}`, () => {
    const yk = yearKindOf(c, t);
    const hist = histogram(c, t, '#year-kind', yk.source, sel);
    const span = Math.max(0, to - from + 1);
    const projects = new Uint32Array(span);
    const events = new Uint32Array(span);
    for (let y = 0; y < span; y++) {
      const d = from + y - yk.base;
      if (d < 0 || d >= yk.span) continue;
      projects[y] = hist[d << 1]!;
      events[y] = hist[(d << 1) | 1]!;
    }
    return { from, to, projects, events };
  });
}

/** Row indices of the selection's rows offset .. offset + limit - 1, in row order (a table page). */
export function selectedIndices(
  t: ColumnTable,
  sel: Bitset,
  offset: number,
  limit: number,
): Uint32Array {
  checkSize(t, sel);
  const out = new Uint32Array(Math.max(0, Math.min(limit, t.length)));
  const words = sel.words;
  let skip = Math.max(0, offset);
  let n = 0;
  for (let w = 0; w < words.length && n < out.length; w++) {
    let word = words[w]! | 0;
    if (word === 0) continue;
    if (skip > 0) {
      const c = popcount32(word);
      if (c <= skip) {
        skip -= c;
        continue;
      }
      for (; skip > 0; skip--) word &= word - 1; // drop the lowest set bits still to skip
    }
    const base = w << 5;
    while (word !== 0 && n < out.length) {
      const low = word & -word;
      out[n++] = base + 31 - Math.clz32(low);
      word ^= low;
    }
  }
  return out.subarray(0, n);
}
