/**
 * One bitset per clause (the row-by-row reference these must agree with is tests/oracle):
 *   in      the row carries at least one of the values (none: no row; unknown values match nothing)
 *   range   the row is dated and min <= year <= max (undated rows never match)
 *   search  every whitespace-separated word of the lower-cased query occurs in the row's text
 * `clauseKey` names what a clause selects, so equal clauses share one cached mask.
 */
import type { Clause, InField } from '../clauses.ts';
import { type Bitset, emptyBitset, fullBitset, intersect, union } from './bitset.ts';
import { type TableCache, dictIndex, listsOf, thresholdsOf } from './cache.ts';
import {
  type CategoricalColumn,
  type Codes,
  type ColumnTable,
  MAX_YEAR,
  MIN_YEAR,
} from './columns.ts';
import { thresholdRange } from './indexes.ts';

export const searchWords = (query: string): string[] =>
  query.toLowerCase().split(/\s+/).filter(Boolean);

/** Inclusive integer year bounds a range clause admits, or null when it admits none. */
export function yearBounds(min: number, max: number): [number, number] | null {
  const lo = Math.max(Math.ceil(min), MIN_YEAR);
  const hi = Math.min(Math.floor(max), MAX_YEAR);
  return lo <= hi ? [lo, hi] : null; // false for NaN too
}

/** Two clauses with the same key select the same rows of any table. */
export function clauseKey(clause: Clause): string {
  switch (clause.kind) {
    case 'in':
      return JSON.stringify(['in', clause.field, [...new Set(clause.values)].sort()]);
    case 'range':
      return `range:${yearBounds(clause.min, clause.max)?.join(':') ?? 'none'}`;
    case 'search':
      return JSON.stringify(['search', searchWords(clause.query)]);
  }
}

/** Bit i set when want[codes[i]] (clamped to cap, whose entry is 0) is 1. */
function maskFromCodes(codes: Codes, want: Uint8Array, cap: number, n: number): Bitset {
  const out = emptyBitset(n);
  const words = out.words;
  for (let i = 0; i < n; i++) {
    const k = codes[i]!;
    words[i >>> 5] = words[i >>> 5]! | (want[k < cap ? k : cap]! << (i & 31));
  }
  return out;
}

function inMask(c: TableCache, t: ColumnTable, field: InField, values: readonly string[]): Bitset {
  const col = t[field];
  const index = dictIndex(c, t, field);
  const size = col.dict.length;
  const want = new Uint8Array(size + 1); // want[size] stays 0: "no value"
  let any = false;
  for (const v of values) {
    const k = index.get(v);
    if (k !== undefined) {
      want[k] = 1;
      any = true;
    }
  }
  if (!any) return emptyBitset(t.length);
  if (col.layout === 'single') return maskFromCodes(col.codes, want, size, t.length);
  const lists = listsOf(c, t, field);
  if (lists) {
    // A value list is wanted when any of its values is; then each row is one lookup.
    const count = lists.offsets.length - 1;
    const wantList = new Uint8Array(count + 1);
    for (let l = 0; l < count; l++)
      for (let k = lists.offsets[l]!; k < lists.offsets[l + 1]!; k++)
        if (want[lists.codes[k]!]) wantList[l] = 1;
    return maskFromCodes(lists.source.codes, wantList, count, t.length);
  }
  const out = emptyBitset(t.length);
  const { offsets, codes } = col;
  const words = out.words;
  for (let i = 0; i < t.length; i++) {
    let hit = 0;
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) hit |= want[codes[k]!]!;
    words[i >>> 5] = words[i >>> 5]! | (hit << (i & 31));
  }
  return out;
}

function rangeMask(c: TableCache, t: ColumnTable, min: number, max: number): Bitset {
  const bounds = yearBounds(min, max);
  if (!bounds) return emptyBitset(t.length);
  const [lo, hi] = bounds;
  const th = thresholdsOf(c, t);
  if (th) return thresholdRange(th, t.length, lo, hi);
  // Too many distinct years for threshold bitsets: scan. Branch-free: y is in [lo, hi] exactly
  // when (y - lo) and (hi - y) are both non-negative; NULL_YEAR lies below every lo.
  const out = emptyBitset(t.length);
  const { year } = t;
  const words = out.words;
  for (let i = 0; i < t.length; i++) {
    const y = year[i]!;
    words[i >>> 5] = words[i >>> 5]! | ((~((y - lo) | (hi - y)) >>> 31) << (i & 31));
  }
  return out;
}

/** Rows whose value (any value, for a multi column) has want[code] set. */
function maskOfColumn(col: CategoricalColumn, want: Uint8Array, n: number): Bitset {
  if (col.layout === 'single') return maskFromCodes(col.codes, want, col.dict.length, n);
  const out = emptyBitset(n);
  const { offsets, codes } = col;
  const words = out.words;
  for (let i = 0; i < n; i++) {
    let hit = 0;
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) hit |= want[codes[k]!]!;
    words[i >>> 5] = words[i >>> 5]! | (hit << (i & 31));
  }
  return out;
}

/**
 * Every word occurs in the row's text. Each word is looked for once per distinct value of each text
 * part; a row matches a word when one of its parts' values holds it.
 */
function searchMask(t: ColumnTable, query: string): Bitset {
  const words = searchWords(query);
  if (words.length === 0) return fullBitset(t.length);
  let result: Bitset | null = null;
  for (const word of words) {
    let any: Bitset | null = null;
    for (const part of t.text) {
      const want = new Uint8Array(part.dict.length + 1);
      let hits = 0;
      part.dict.forEach((v, k) => {
        if (v.includes(word)) {
          want[k] = 1;
          hits++;
        }
      });
      if (hits === 0) continue;
      const m = maskOfColumn(part, want, t.length);
      any = any ? union(any, m) : m;
    }
    if (!any) return emptyBitset(t.length);
    result = result ? intersect([result, any]) : any;
  }
  return result ?? fullBitset(t.length);
}

export function computeMask(c: TableCache, t: ColumnTable, clause: Clause): Bitset {
  switch (clause.kind) {
    case 'in':
      return inMask(c, t, clause.field, clause.values);
    case 'range':
      return rangeMask(c, t, clause.min, clause.max);
    case 'search':
      return searchMask(t, clause.query);
  }
}
