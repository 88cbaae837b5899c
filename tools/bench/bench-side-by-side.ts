/**
 * Merges the figures of two builds measured in one run (`--baseline=<ref>`) into one tree of the
 * same shape: every number becomes { before, after, ratio: after / before }; what both builds
 * report alike (the method notes, option values) stays as it is; anything else that differs (a
 * measurement that failed on one side, a list, a text) becomes { before, after }, a side that has
 * no such figure being left out.
 */

export interface Compared {
  before: number;
  after: number;
  /** after / before, to 3 decimals; null when before is 0 (and after is not). */
  ratio: number | null;
}

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const isError = (x: unknown): boolean => isObject(x) && 'error' in x;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function ratio(before: number, after: number): number | null {
  if (before === 0) return after === 0 ? 1 : null;
  return Math.round((after / before) * 1000) / 1000;
}

export function sideBySide(before: unknown, after: unknown): unknown {
  if (typeof before === 'number' && typeof after === 'number')
    return { before, after, ratio: ratio(before, after) } satisfies Compared;
  if (isObject(before) && isObject(after) && !isError(before) && !isError(after)) {
    const out: Json = {};
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (!(k in after)) out[k] = { before: before[k] };
      else if (!(k in before)) out[k] = { after: after[k] };
      else out[k] = sideBySide(before[k], after[k]);
    }
    return out;
  }
  if (same(before, after)) return after;
  return {
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  };
}
