/** Colours for project types on the map: Okabe–Ito and Paul Tol's sets, safe for colour-blind readers. */
import type { SiteSummary } from '../../domain/sites.ts';

export const TYPE_COLOURS: Record<SiteSummary['type'], string> = {
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
  'government-programme': '#1f2f4f',
  event: '#8a8a8a',
};

/** Radius in metres of the shaded area drawn for a place known only to the city or the state. */
export const PRECISION_RADIUS_M = { site: 0, city: 15_000, state: 140_000 } as const;
