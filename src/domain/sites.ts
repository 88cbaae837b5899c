/**
 * Sites as the map draws them: how many projects and events each holds under the other filters,
 * and the type it is drawn as. Pure; the map feature only maps this to markers.
 */
import type { Clauses, Row } from './crossfilter.ts';
import { PROJECT_TYPES, type Dataset, type Site } from './schema.ts';
import { selectRecords, siteTypeMasks } from './records.ts';
import { countByCode, projectsIn, viewSelection } from './columns/engine.ts';

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
  /** Projects and events at the site, unfiltered. */
  total: number;
  /** The type the marker is drawn as; 'event' for a site with events only. */
  type: (typeof PROJECT_TYPES)[number] | 'event';
}

export function primaryType(rows: readonly Row[]): SiteSummary['type'] {
  const types = new Set(rows.filter((r) => r.kind === 'project').flatMap((r) => r.type));
  return TYPE_PRIORITY.find((t) => types.has(t)) ?? 'event';
}

/** primaryType from a bit mask over the type column's dictionary (see siteTypeMasks). */
const maskTypes = new WeakMap<readonly string[], Map<number, SiteSummary['type']>>();

export function typeOfMask(mask: number, dict: readonly string[]): SiteSummary['type'] {
  if (mask === 0) return 'event';
  let byMask = maskTypes.get(dict);
  if (!byMask) maskTypes.set(dict, (byMask = new Map()));
  let type = byMask.get(mask);
  if (type === undefined) {
    const types = new Set(dict.filter((_, k) => k < 32 && mask & (1 << k)));
    byMask.set(mask, (type = TYPE_PRIORITY.find((t) => types.has(t)) ?? 'event'));
  }
  return type;
}

const NO_CLAUSES: Clauses = {};

export interface SiteCounts {
  /** Per site code: rows at the site under every filter but the site's own. */
  matching: Uint32Array;
  /** Per site code: projects at the site, unfiltered. */
  projects: Uint32Array;
  /** Per site code: rows at the site, unfiltered. */
  total: Uint32Array;
}

/** The engine's per-site counts (memoised by the engine per selection). */
export function siteCounts(d: Dataset, clauses: Clauses): SiteCounts {
  const t = selectRecords(d).table;
  const all = viewSelection(t, NO_CLAUSES, null);
  return {
    matching: countByCode(t, 'site', viewSelection(t, clauses, 'site')),
    projects: countByCode(t, 'site', projectsIn(t, all)),
    total: countByCode(t, 'site', all),
  };
}

function summaryOf(d: Dataset, counts: SiteCounts, k: number): SiteSummary {
  const r = selectRecords(d);
  return {
    site: r.site(k),
    matching: counts.matching[k] ?? 0,
    projects: counts.projects[k] ?? 0,
    total: counts.total[k] ?? 0,
    type: typeOfMask(siteTypeMasks(r)[k] ?? 0, r.table.type.dict),
  };
}

/** Every site with its counts, in dataset order. For many sites, see topSites. */
export function summariseSites(d: Dataset, clauses: Clauses): SiteSummary[] {
  const counts = siteCounts(d, clauses);
  return Array.from({ length: selectRecords(d).siteCount }, (_, k) => summaryOf(d, counts, k));
}

/**
 * The `limit` sites with the most matching rows (then the most projects), for a list that cannot
 * hold a hundred thousand entries; always includes the `selected` ones.
 */
export function topSites(
  d: Dataset,
  clauses: Clauses,
  limit: number,
  selected: readonly string[] = [],
): SiteSummary[] {
  const r = selectRecords(d);
  const counts = siteCounts(d, clauses);
  const { matching, projects } = counts;
  // Before: more matching rows, then more projects, then the lower index.
  const before = (a: number, b: number) =>
    matching[a]! !== matching[b]!
      ? matching[a]! > matching[b]!
      : projects[a]! !== projects[b]!
        ? projects[a]! > projects[b]!
        : a < b;
  // One pass keeping the best `limit` in order: most sites fail the first comparison with the last.
  const top: number[] = [];
  for (let k = 0; k < r.siteCount; k++) {
    if (top.length === limit && !before(k, top[limit - 1]!)) continue;
    let at = top.length;
    while (at > 0 && before(k, top[at - 1]!)) at--;
    top.splice(at, 0, k);
    if (top.length > limit) top.pop();
  }
  for (const id of selected) {
    const k = r.siteIndex(id);
    if (k !== undefined && !top.includes(k)) top.push(k);
  }
  return top.map((k) => summaryOf(d, counts, k));
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

/** The marker types the dataset's sites are drawn as (for the legend), without summarising every site. */
const typesCache = new WeakMap<object, SiteSummary['type'][]>();

export function presentTypes(d: Dataset): SiteSummary['type'][] {
  const r = selectRecords(d);
  const hit = typesCache.get(r);
  if (hit) return hit;
  const masks = siteTypeMasks(r);
  let all = 0;
  let eventsOnly = false;
  for (const m of masks) {
    all |= m;
    if (m === 0) eventsOnly = true;
  }
  const dict = r.table.type.dict;
  const types = TYPE_PRIORITY.filter((t) => {
    const k = dict.indexOf(t);
    return k >= 0 && k < 32 && all & (1 << k);
  });
  const out: SiteSummary['type'][] = eventsOnly ? [...types, 'event'] : types;
  typesCache.set(r, out);
  return out;
}
