/**
 * Sites as the map draws them: how many projects and events each holds under the other filters,
 * and the type it is drawn as. Pure; the map feature only maps this to markers.
 */
import type { Clauses, Row } from './crossfilter.ts';
import { PROJECT_TYPES, type Dataset, type Site } from './schema.ts';
import { selectRows, selectViewRows } from './selectors.ts';

/** When a site hosts several types, the most concrete one names its marker. */
export const TYPE_PRIORITY: readonly (typeof PROJECT_TYPES)[number][] = [
  'fab',
  'osat',
  'equipment',
  'data-centre',
  'energy',
  'minerals',
  'telecom',
  'space',
  'rd-education',
  'finance',
  'investment-deal',
  'government-programme',
];

export interface SiteSummary {
  site: Site;
  /** Projects and events at the site, all filters but the site's own applied. */
  matching: number;
  /** Projects at the site, unfiltered: the marker's size. */
  projects: number;
  /** The type the marker is drawn as; 'event' for a site with events only. */
  type: (typeof PROJECT_TYPES)[number] | 'event';
  rows: Row[];
  /** Ids of the projects and events at the site that the other filters leave. */
  matchingIds: ReadonlySet<string>;
}

export function primaryType(rows: readonly Row[]): SiteSummary['type'] {
  const types = new Set(rows.filter((r) => r.kind === 'project').flatMap((r) => r.type));
  return TYPE_PRIORITY.find((t) => types.has(t)) ?? 'event';
}

export function summariseSites(d: Dataset, clauses: Clauses): SiteSummary[] {
  const all = selectRows(d);
  const visible = selectViewRows(d, clauses, 'site');
  return d.sites.map((site) => {
    const rows = all.filter((r) => r.site.includes(site.id));
    const here = visible.filter((r) => r.site.includes(site.id));
    return {
      site,
      matching: here.length,
      matchingIds: new Set(here.map((r) => r.id)),
      projects: rows.filter((r) => r.kind === 'project').length,
      type: primaryType(rows),
      rows,
    };
  });
}

/** Marker radius in pixels: grows with the square root of the project count. */
export function markerRadius(projects: number, scale = 1): number {
  return Math.round((6 + 3 * Math.sqrt(Math.max(0, projects))) * scale);
}

/**
 * Whether the map fades a site: with a site selection, every site not selected (the view's own
 * selection is highlighted); otherwise every site the other filters leave empty.
 */
export function isDimmed(
  summary: Pick<SiteSummary, 'site' | 'matching'>,
  selected: readonly string[],
): boolean {
  return selected.length > 0 ? !selected.includes(summary.site.id) : summary.matching === 0;
}
