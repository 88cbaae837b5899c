/**
 * Fixed-size bitsets over row indices: bit i of `words[i >>> 5]` is row i. Bits past `size` in the
 * last word are always zero, so counting and AND-ing never need to mask the tail.
 *
 * Masks and selections handed out by the engine are shared and cached: treat them as read-only.
 */
export interface Bitset {
  readonly words: Uint32Array;
  /** Number of rows the bitset covers. */
  readonly size: number;
}

export const wordCount = (size: number): number => (size + 31) >>> 5;

export function emptyBitset(size: number): Bitset {
  return { words: new Uint32Array(wordCount(size)), size };
}

export function fullBitset(size: number): Bitset {
  const words = new Uint32Array(wordCount(size)).fill(0xffffffff);
  clearTail(words, size);
  return { words, size };
}

/** Zero the bits past `size` in the last word (the invariant every constructor keeps). */
export function clearTail(words: Uint32Array, size: number): void {
  const rest = size & 31;
  if (rest !== 0 && words.length > 0) {
    const last = words.length - 1;
    words[last] = words[last]! & ((1 << rest) - 1);
  }
}

/** AND of one or more bitsets of the same size, into a new bitset. */
export function intersect(sets: readonly Bitset[]): Bitset {
  const first = sets[0];
  if (first === undefined) throw new RangeError('intersect needs at least one bitset');
  const out = first.words.slice();
  for (let s = 1; s < sets.length; s++) {
    const w = sets[s]!.words;
    for (let i = 0; i < out.length; i++) out[i] = out[i]! & w[i]!;
  }
  return { words: out, size: first.size };
}

/** Bits set in either set (a new bitset). */
export function union(a: Bitset, b: Bitset): Bitset {
  if (a.size !== b.size) throw new RangeError(`bitsets of ${a.size} and ${b.size} rows`);
  const out = emptyBitset(a.size);
  for (let w = 0; w < out.words.length; w++) out.words[w] = a.words[w]! | b.words[w]!;
  return out;
}

export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function popcount(set: Bitset): number {
  const w = set.words;
  let n = 0;
  for (let i = 0; i < w.length; i++) n += popcount32(w[i]!);
  return n;
}

/** Number of rows in exactly one of two same-size bitsets. */
export function popcountXor(a: Bitset, b: Bitset): number {
  const x = a.words;
  const y = b.words;
  let n = 0;
  for (let i = 0; i < x.length; i++) n += popcount32(x[i]! ^ y[i]!);
  return n;
}
