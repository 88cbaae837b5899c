/**
 * Histogram kernels. Each adds `delta` to hist[slot(row)] for every row set in `a & ~b` (just `a`
 * when b is null), so one kernel serves three strategies (see engine.ts):
 *   from nothing       a = selection                       delta +1
 *   from all rows      a = all rows, b = selection         delta -1   (dense selections)
 *   from the last one  a = new, b = old (+1); a = old, b = new (-1)  (brushes that move a little)
 * Words are read as int32: a full word is -1. Set bits are walked lowest first (x & -x, clz32).
 */
import type { Codes } from './columns.ts';
import type { HistogramSource } from './indexes.ts';

// Every code is at most the source's cap (the histogram's last slot), so no branch on the code.
function accumulateCodes(
  codes: Codes,
  hist: Uint32Array,
  a: Uint32Array,
  b: Uint32Array | null,
  delta: number,
): void {
  for (let w = 0; w < a.length; w++) {
    let word = b === null ? a[w]! | 0 : a[w]! & ~b[w]!;
    if (word === 0) continue;
    const base = w << 5;
    if (word === -1) {
      for (let i = base; i < base + 32; i++) {
        const k = codes[i]!;
        hist[k] = hist[k]! + delta;
      }
      continue;
    }
    do {
      const low = word & -word;
      const k = codes[base + 31 - Math.clz32(low)]!;
      hist[k] = hist[k]! + delta;
      word ^= low;
    } while (word !== 0);
  }
}

function accumulateCsr(
  offsets: Uint32Array,
  codes: Codes,
  hist: Uint32Array,
  a: Uint32Array,
  b: Uint32Array | null,
  delta: number,
): void {
  for (let w = 0; w < a.length; w++) {
    let word = b === null ? a[w]! | 0 : a[w]! & ~b[w]!;
    const base = w << 5;
    while (word !== 0) {
      const low = word & -word;
      const i = base + 31 - Math.clz32(low);
      for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
        const c = codes[k]!;
        hist[c] = hist[c]! + delta;
      }
      word ^= low;
    }
  }
}

/** Histogram length for a source: one slot per code plus the discarded one. */
export const slotsOf = (src: HistogramSource): number => src.cap + 1;

export function accumulate(
  src: HistogramSource,
  hist: Uint32Array,
  a: Uint32Array,
  b: Uint32Array | null,
  delta: 1 | -1,
): void {
  if (src.layout === 'csr') accumulateCsr(src.offsets, src.codes, hist, a, b, delta);
  else accumulateCodes(src.codes, hist, a, b, delta);
}
