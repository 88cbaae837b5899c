/**
 * How a site is drawn, on the live map and the printed one: colours for project types (Okabe–Ito
 * and Paul Tol's sets, safe for colour-blind readers) and the size of a vague place's area.
 */
import type { MarkerType } from '../domain/coordinator/index.ts';

export const TYPE_COLOURS: Record<MarkerType, string> = {
  fab: '#0072B2',
  osat: '#D55E00',
  equipment: '#009E73',
  'data-centre': '#CC79A7',
  energy: '#E69F00',
  minerals: '#882255',
  telecom: '#56B4E9',
  space: '#332288',
  'rd-education': '#44AA99',
  finance: '#999933',
  'investment-deal': '#6b6b6b',
  discrete: '#117733',
  'government-programme': '#1f2f4f',
  event: '#8a8a8a',
};

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/**
 * Types whose colour has less than 3:1 against the dark theme's land (#263144): their rings and
 * areas carry the class `site-deep`, which gives them a light halo in the dark theme (styles.css).
 * Exact sites need none: their dot has a rim in the theme's --map-rim.
 */
export const DEEP_TYPES: ReadonlySet<MarkerType> = new Set(
  (Object.keys(TYPE_COLOURS) as MarkerType[]).filter(
    (type) => (luminance(TYPE_COLOURS[type]) + 0.05) / (luminance('#263144') + 0.05) < 3,
  ),
);

/** Radius in metres of the shaded area drawn for a place known only to the city or the state. */
export const PRECISION_RADIUS_M = { site: 0, city: 15_000, state: 140_000 } as const;
