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

/**
 * The app's ink, grid and colour for derived values, as the theme's custom properties
 * (src/app/styles.css), so charts follow light and dark without re-rendering. Chromium, Firefox and
 * Safari resolve var() in SVG presentation attributes; the PNG export inlines computed colours.
 */
export const INK = 'var(--ink)';
export const MUTED = 'var(--muted)';
export const GRID = 'var(--grid)';
export const DERIVED = 'var(--derived)';
/** Text drawn on a dark bar, and the background of the hatch for derived values. */
export const ON_BAR = 'var(--on-bar)';
export const DERIVED_BG = 'var(--derived-bg)';
/** The background of the hatch for events (orange stripes) in the timeline. */
export const EVENTS_BG = 'var(--events-bg)';
/** Opacity of what is outside the current selection. */
export const DIMMED = 0.35;

/** An id usable in SVG `url(#…)` references, from React's useId (which may contain colons). */
export const svgId = (reactId: string, name: string): string =>
  `${name}-${reactId.replace(/[^A-Za-z0-9_-]/g, '')}`;
