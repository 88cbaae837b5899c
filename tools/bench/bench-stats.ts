/** Small number helpers shared by the bench scripts (Node only). */

/** The q-quantile by the nearest-rank method (p95 of 100 values is the 95th smallest). */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/** Milliseconds rounded to 0.01. */
export const ms = (x: number): number => Math.round(x * 100) / 100;

/** Bytes as MB (2^20), rounded to 0.1. */
export const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;

export const percentiles = (xs: readonly number[]) => ({
  p50: ms(quantile(xs, 0.5)),
  p95: ms(quantile(xs, 0.95)),
  max: ms(Math.max(...xs)),
  n: xs.length,
});

/** An Error's message, or the thrown value as text. */
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
