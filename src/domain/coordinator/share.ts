/**
 * Structural sharing (TanStack Query's replaceEqualDeep): `next`, except that every part of it equal
 * to the same part of `prev` is `prev`'s object. A model recomputed after a gesture that did not
 * change it comes back as the very object the view already holds, so a memoised view skips, and a
 * chart whose bars did not change keeps its data array while its selection marks move.
 *
 * Plain objects and arrays are compared member by member, typed arrays element by element; any
 * other object (a Site, a Records, a bitset) is equal only to itself.
 */
export function replaceEqualDeep<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return next;
  if (Array.isArray(prev) && Array.isArray(next)) {
    let same = prev.length === next.length;
    const out = next.map((v, i) => {
      const shared = replaceEqualDeep(prev[i], v);
      if (shared !== prev[i]) same = false;
      return shared;
    });
    return (same ? prev : out) as T;
  }
  if (ArrayBuffer.isView(prev) && ArrayBuffer.isView(next))
    return (sameTypedArray(prev, next) ? prev : next) as T;
  if (isPlain(prev) && isPlain(next)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(prev).length;
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const had = Object.hasOwn(prev, k);
      const shared = had ? replaceEqualDeep(prev[k], next[k]) : next[k];
      if (!had || shared !== prev[k]) same = false;
      out[k] = shared;
    }
    return (same ? prev : out) as T;
  }
  return next;
}

function isPlain(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

function sameTypedArray(a: ArrayBufferView, b: ArrayBufferView): boolean {
  if (a.constructor !== b.constructor || a.byteLength !== b.byteLength) return false;
  if (a instanceof DataView || b instanceof DataView) return false;
  const x = a as unknown as ArrayLike<number>;
  const y = b as unknown as ArrayLike<number>;
  for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
  return true;
}
