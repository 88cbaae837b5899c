/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies). Colour never carries meaning
 * alone here: selection also shows as an outline and aria-pressed, derived values as a dashed or
 * hatched mark with a "derived" label, and series by name in the legend and table.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** The app's ink and its colour for derived values (src/app/styles.css: --ink, --derived). */
export const INK = '#14213d';
export const MUTED = '#5b6478';
export const GRID = '#e6e9ef';
export const DERIVED = '#5b3f9e';
/** Opacity of what is outside the current selection. */
export const DIMMED = 0.35;

/** An id usable in SVG `url(#…)` references, from React's useId (which may contain colons). */
export const svgId = (reactId: string, name: string): string =>
  `${name}-${reactId.replace(/[^A-Za-z0-9_-]/g, '')}`;
