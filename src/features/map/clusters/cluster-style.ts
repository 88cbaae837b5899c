/** Sizes and number text for the cluster layer. Pure. */

const CLUSTER_MIN_PX = 13;
const CLUSTER_MAX_PX = 28;

/**
 * A cluster's radius in pixels: its area grows with its matching rows, relative to the heaviest
 * cluster in view (a proportional-symbol scale), between a size that holds the count and one that
 * stays inside the clustering radius.
 */
export function clusterRadius(weight: number, maxWeight: number): number {
  if (!(maxWeight > 0)) return CLUSTER_MIN_PX;
  const share = Math.sqrt(Math.max(0, Math.min(1, weight / maxWeight)));
  return Math.round(CLUSTER_MIN_PX + (CLUSTER_MAX_PX - CLUSTER_MIN_PX) * share);
}

/** A single site's radius in pixels: small, growing with the square root of its projects. */
export function pointRadius(projects: number): number {
  return Math.round(Math.min(9, 4 + 0.8 * Math.sqrt(Math.max(0, projects))));
}

const formats = new Map<string, { compact: Intl.NumberFormat; full: Intl.NumberFormat }>();
function formatsFor(locale: string) {
  let f = formats.get(locale);
  if (!f) {
    f = {
      compact: new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }),
      full: new Intl.NumberFormat(locale),
    };
    formats.set(locale, f);
  }
  return f;
}

/** The count drawn inside a cluster: short enough for the circle (1.2K, 35K). */
export const compactCount = (n: number, locale: string): string =>
  formatsFor(locale).compact.format(n);
/** The count read out in a label: exact, grouped (12,345). */
export const fullCount = (n: number, locale: string): string => formatsFor(locale).full.format(n);
