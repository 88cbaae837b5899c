/**
 * Sites as the map, its site list and the printed map draw them: one model for all three. How many
 * projects and events each site holds under the other filters, the type it is drawn as, which sites
 * are faded, which matter most (labels go to those) and the order to draw them in. Pure; the views
 * only map this to markers, list items or SVG.
 */
import { selectedValues, type Clauses } from '../../clauses.ts';
import type { Records } from '../../records.ts';
import type { Site } from '../../schema.ts';
import { PROJECT_TYPES } from '../../schema-enums.ts';
import type { SitePoints } from '../../site-points.ts';
import { NO_FILTER, type Source } from '../requests.ts';

/** When a site hosts several types, the most concrete one names its marker. */
export const TYPE_PRIORITY: readonly (typeof PROJECT_TYPES)[number][] = [
  'fab',
  'osat',
  'discrete',
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

export type MarkerType = (typeof PROJECT_TYPES)[number] | 'event';

/**
 * Above this many sites the map clusters them in a worker instead of drawing one marker per site,
 * and the list and the printed map name only the busiest. One marker per site re-renders on every
 * brush: at 1,000 sites that cost ~250 ms a brush (bench), so clustering starts well before.
 */
export const CLUSTER_THRESHOLD = 250;
export const shouldCluster = (sites: number): boolean => sites > CLUSTER_THRESHOLD;
/** Sites listed (and drawn as markers on paper) when there are too many to list them all. */
export const LISTED_SITES = 100;

/** Drawing order by precision: wide state and city areas first, exact sites on top of them. */
export const PRECISION_RANK = { state: 0, city: 1, site: 2 } as const;

export interface SiteSummary {
  site: Site;
  /** Projects and events at the site, all filters but the site's own applied. */
  matching: number;
  /** Projects at the site, unfiltered: the marker's size. */
  projects: number;
  /** Projects and events at the site, unfiltered. */
  total: number;
  /** The type the marker is drawn as; 'event' for a site with events only. */
  type: MarkerType;
  /** Part of the map's own selection. */
  selected: boolean;
  /** Faded: not selected while sites are selected, or left empty by the other filters. */
  dimmed: boolean;
}

export interface SitesModel {
  /** More than CLUSTER_THRESHOLD sites: clusters on the map, the busiest sites in the list. */
  many: boolean;
  /** Every site in dataset order; when `many`, the LISTED_SITES busiest (and every selected one). */
  summaries: readonly SiteSummary[];
  /** The map's own selection (site ids). */
  selected: readonly string[];
  /** Ids of `summaries`, most important first: selected, then matching, then the busiest. */
  order: readonly string[];
  /** Ids of `summaries` in drawing order: state areas, then cities, exact sites last (on top). */
  drawOrder: readonly string[];
  /** Sites with at least one record under the other filters, and all sites. */
  matchingSites: number;
  totalSites: number;
  /**
   * The legend's types, in TYPE_PRIORITY order with events last: the types the markers are drawn
   * as; when `many`, every type found at any site (no marker per site to read them from).
   */
  types: readonly MarkerType[];
  /** When `many`: every site as columns with its matching rows, for the cluster layer. */
  cluster: { readonly points: SitePoints; readonly matching: Uint32Array } | null;
}

export function sitesModel(source: Source, records: Records, clauses: Clauses): SitesModel {
  const matching = source.groups({
    where: { clauses, except: 'site' },
    kind: 'all',
    groupBy: 'site',
  }).counts;
  const projects = source.groups({ where: NO_FILTER, kind: 'project', groupBy: 'site' }).counts;
  const total = source.groups({ where: NO_FILTER, kind: 'all', groupBy: 'site' }).counts;
  const selected = selectedValues(clauses.site, 'site');
  const { masks, types: typeDict } = source.typesPerSite();
  const many = shouldCluster(records.siteCount);

  let matchingSites = 0;
  for (let k = 0; k < records.siteCount; k++) if (matching[k]! > 0) matchingSites++;

  const summary = (k: number): SiteSummary => {
    const site = records.site(k);
    const m = matching[k] ?? 0;
    const isSelected = selected.includes(site.id);
    return {
      site,
      matching: m,
      projects: projects[k] ?? 0,
      total: total[k] ?? 0,
      type: typeOfMask(masks[k] ?? 0, typeDict),
      selected: isSelected,
      dimmed: selected.length > 0 ? !isSelected : m === 0,
    };
  };
  const codes = many
    ? busiest(records, matching, projects, LISTED_SITES, selected)
    : Array.from({ length: records.siteCount }, (_, k) => k);
  const summaries = codes.map(summary);

  const order = [...summaries]
    .sort(
      (a, b) =>
        Number(b.selected) - Number(a.selected) ||
        Number(b.matching > 0) - Number(a.matching > 0) ||
        b.projects - a.projects ||
        b.total - a.total,
    )
    .map((s) => s.site.id);
  const drawOrder = [...summaries]
    .sort((a, b) => PRECISION_RANK[a.site.precision] - PRECISION_RANK[b.site.precision])
    .map((s) => s.site.id);

  return {
    many,
    summaries,
    selected,
    order,
    drawOrder,
    matchingSites,
    totalSites: records.siteCount,
    types: many ? presentTypes(masks, typeDict) : markerTypes(summaries),
    cluster: many ? { points: sitePoints(records, projects), matching } : null,
  };
}

const maskTypes = new WeakMap<readonly string[], Map<number, MarkerType>>();

/** The marker type of a bit mask over the type dictionary: the most concrete type present. */
export function typeOfMask(mask: number, dict: readonly string[]): MarkerType {
  if (mask === 0) return 'event';
  let byMask = maskTypes.get(dict);
  if (!byMask) maskTypes.set(dict, (byMask = new Map()));
  let type = byMask.get(mask);
  if (type === undefined) {
    type = TYPE_PRIORITY.find((t) => {
      const k = dict.indexOf(t);
      return k >= 0 && k < 32 && (mask & (1 << k)) !== 0;
    });
    byMask.set(mask, (type ??= 'event'));
  }
  return type;
}

function markerTypes(summaries: readonly SiteSummary[]): MarkerType[] {
  const drawn = new Set(summaries.map((s) => s.type));
  const types: MarkerType[] = TYPE_PRIORITY.filter((type) => drawn.has(type));
  return drawn.has('event') ? [...types, 'event'] : types;
}

const present = new WeakMap<Uint32Array, MarkerType[]>();

/**
 * Every type found at any site (for the legend of a clustered map), in TYPE_PRIORITY order: once per
 * records (the masks are the source's, computed once).
 */
function presentTypes(masks: Uint32Array, dict: readonly string[]): MarkerType[] {
  let types = present.get(masks);
  if (!types) present.set(masks, (types = scanTypes(masks, dict)));
  return types;
}

function scanTypes(masks: Uint32Array, dict: readonly string[]): MarkerType[] {
  let all = 0;
  let eventsOnly = false;
  for (const m of masks) {
    all |= m;
    if (m === 0) eventsOnly = true;
  }
  const types: MarkerType[] = TYPE_PRIORITY.filter((type) => {
    const k = dict.indexOf(type);
    return k >= 0 && k < 32 && all & (1 << k);
  });
  return eventsOnly ? [...types, 'event'] : types;
}

/**
 * The `limit` sites with the most matching rows (then the most projects, then the lower index),
 * plus every selected site: a list that cannot hold a hundred thousand entries.
 */
function busiest(
  records: Records,
  matching: Uint32Array,
  projects: Uint32Array,
  limit: number,
  selected: readonly string[],
): number[] {
  const before = (a: number, b: number) =>
    matching[a]! !== matching[b]!
      ? matching[a]! > matching[b]!
      : projects[a]! !== projects[b]!
        ? projects[a]! > projects[b]!
        : a < b;
  // One pass keeping the best `limit` in order: most sites fail the first comparison with the last.
  const top: number[] = [];
  for (let k = 0; k < records.siteCount; k++) {
    if (top.length === limit && !before(k, top[limit - 1]!)) continue;
    let at = top.length;
    while (at > 0 && before(k, top[at - 1]!)) at--;
    top.splice(at, 0, k);
    if (top.length > limit) top.pop();
  }
  for (const id of selected) {
    const k = records.siteIndex(id);
    if (k !== undefined && !top.includes(k)) top.push(k);
  }
  return top;
}

const pointsCache = new WeakMap<Records, SitePoints>();

/** Every site as columns (index = site code), with its unfiltered project count. */
function sitePoints(r: Records, projectsPerSite: Uint32Array): SitePoints {
  let p = pointsCache.get(r);
  if (!p) {
    const { ids, names, lat, lon } = r.siteColumns();
    p = {
      length: r.siteCount,
      ids,
      names,
      lat,
      lon,
      projects: projectsPerSite.slice(0, r.siteCount),
    };
    pointsCache.set(r, p);
  }
  return p;
}

/** Marker radius in pixels: grows with the square root of the project count. */
export function markerRadius(projects: number, scale = 1): number {
  return Math.round((6 + 3 * Math.sqrt(Math.max(0, projects))) * scale);
}
