/**
 * The records every view reads: one columnar table (columns/) for the cross-filter, plus what a view
 * needs to show one record or one site. The bundled dataset and an imported ledger both become
 * Records, so charts, table, map and counts have one code path whatever the size:
 *
 *   bundled dataset ──recordsOfDataset──▶ Records ◀──ledgerData (import/ledger-table-records.ts)── worker
 *
 * The store holds the Records beside their dataset (a ledger's dataset holds only its metadata:
 * title, source), and loading replaces both at once.
 */
import type { Citation, Dataset, Site } from './schema.ts';
import { datasetRows, type DatasetRow } from './dataset-rows.ts';
import { type ColumnTable, fromRows, NULL_YEAR } from './columns/columns.ts';
import { yearSpan } from './columns/indexes.ts';

export interface RecordPartner {
  name: string;
  /** ISO code, when the record says which partner it is. */
  country: string | null;
}

/** One record as the table and the exports show it. */
export interface RecordDetail {
  id: string;
  label: string;
  kind: 'project' | 'event';
  partners: RecordPartner[];
  countries: string[];
  sectors: string[];
  types: string[];
  siteIds: string[];
  year: number | null;
  /** The date at the precision known (YYYY, YYYY-MM, YYYY-MM-DD, or a period), if any. */
  date: string | null;
  status: string | null;
  scope: string | null;
  citations: Citation[];
}

export interface SiteColumns {
  ids: readonly string[];
  names: readonly string[];
  lat: Float64Array;
  lon: Float64Array;
}

export type SortKey = 'name' | 'sector' | 'type' | 'status' | 'site' | 'year' | 'country';

/**
 * A sort key as per-row ranks, most significant first. Rank `size` marks an empty cell (last in
 * either direction); ranks below it order the values ascending.
 */
export interface RankKey {
  ranks: Uint32Array;
  size: number;
}

export interface Records {
  readonly table: ColumnTable;
  /** Where this came from: the bundled/imported dataset, or a ledger of `rows` records. */
  readonly origin: 'dataset' | 'ledger';
  detail(i: number): RecordDetail;
  /** Site k is the site column's dictionary entry k. */
  readonly siteCount: number;
  site(k: number): Site;
  siteIndex(id: string): number | undefined;
  /** Every site's id, name and coordinates as columns (no Site object per site). */
  siteColumns(): SiteColumns;
  /** Ranks for sorting by `key` (see RankKey); memoised by the implementation. */
  rankKeys(key: SortKey): readonly RankKey[];
  /** Every dated year's min and max, or null when no row is dated. */
  readonly years: readonly [number, number] | null;
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

/** Rank of each string among `values` (localeCompare order); equal strings share a rank. */
export function rankStrings(values: readonly string[]): { rank: Uint32Array; size: number } {
  const order = values.map((_, i) => i).sort((a, b) => values[a]!.localeCompare(values[b]!));
  const rank = new Uint32Array(values.length);
  let r = -1;
  let prev: string | undefined;
  for (const i of order) {
    if (r < 0 || values[i] !== prev) r++;
    rank[i] = r;
    prev = values[i];
  }
  return { rank, size: r + 1 };
}

/** The ranks of a string computed per row, deduplicating equal strings first. */
export function rankPerRow(n: number, text: (i: number) => string): RankKey {
  const index = new Map<string, number>();
  const distinct: string[] = [];
  const codes = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const s = text(i);
    let k = index.get(s);
    if (k === undefined) index.set(s, (k = distinct.push(s) - 1));
    codes[i] = k;
  }
  const nonEmpty = distinct.filter((s) => s !== '');
  const { rank, size } = rankStrings(nonEmpty);
  const byDistinct = new Uint32Array(distinct.length);
  let j = 0;
  distinct.forEach((s, k) => (byDistinct[k] = s === '' ? size : rank[j++]!));
  for (let i = 0; i < n; i++) codes[i] = byDistinct[codes[i]!]!;
  return { ranks: codes, size };
}

export function yearRanks(t: ColumnTable): RankKey {
  const years = yearSpan(t);
  const min = years?.[0] ?? 0;
  const size = years ? years[1] - years[0] + 1 : 0;
  const ranks = new Uint32Array(t.length);
  for (let i = 0; i < t.length; i++) {
    const y = t.year[i]!;
    ranks[i] = y === NULL_YEAR ? size : y - min;
  }
  return { ranks, size };
}

/**
 * Row order for a sort: stable LSD counting sort over the rank keys (least significant first), so
 * a million rows sort in a few passes of O(n + ranks), with no string comparison per row.
 * `dir` -1 reverses the values; empty cells (rank `size`) stay last either way; ties keep row order.
 */
export function sortOrder(n: number, keys: readonly RankKey[], dir: 1 | -1): Uint32Array {
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  for (let k = keys.length - 1; k >= 0; k--) {
    const { ranks, size } = keys[k]!;
    // Only the first key follows the direction; tie-breakers (the name) stay ascending.
    const flip = k === 0 && dir === -1;
    const bucketOf = (r: number) => (r >= size ? size : flip ? size - 1 - r : r);
    const counts = new Uint32Array(size + 2);
    for (let i = 0; i < n; i++) counts[bucketOf(ranks[order[i]!]!) + 1]!++;
    for (let b = 1; b < counts.length; b++) counts[b]! += counts[b - 1]!;
    for (let i = 0; i < n; i++) {
      const row = order[i]!;
      next[counts[bucketOf(ranks[row]!)]!++] = row;
    }
    [order, next] = [next, order];
  }
  return order;
}

/**
 * A record's detail, built once and then the same object while it is kept (so a table row that did
 * not change is not drawn again). A million-row ledger keeps only the last few thousand asked for.
 */
export function memoDetails(detail: (i: number) => RecordDetail): (i: number) => RecordDetail {
  const kept = new Map<number, RecordDetail>();
  return (i) => {
    let d = kept.get(i);
    if (!d) {
      if (kept.size >= 5000) kept.clear();
      kept.set(i, (d = detail(i)));
    }
    return d;
  };
}

/** A value computed on first use, then kept. */
export function lazy<T>(compute: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: compute() }).v;
}

/** Rank keys per sort key, each computed on first use (sorting is rare, building ranks is not free). */
export function memoKeys(compute: (key: SortKey) => readonly RankKey[]) {
  const cache = new Map<SortKey, readonly RankKey[]>();
  return (key: SortKey) => {
    let keys = cache.get(key);
    if (!keys) cache.set(key, (keys = compute(key)));
    return keys;
  };
}

// ---------------------------------------------------------------------------------------------
// The bundled (or an imported) dataset

export function recordsOfDataset(
  d: Dataset,
  rows: readonly DatasetRow[] = datasetRows(d),
): Records {
  const siteIds = d.sites.map((s) => s.id);
  const table = fromRows(rows, { dictionaries: { site: siteIds } });
  const projects = new Map(d.projects.map((p) => [p.id, p]));
  const events = new Map(d.events.map((e) => [e.id, e]));
  const siteIndex = new Map(siteIds.map((id, k) => [id, k]));
  const nameKey = lazy(() => rankPerRow(rows.length, (i) => rows[i]!.label));
  const rankKeys = memoKeys((key): RankKey[] => {
    const name = nameKey();
    const joined = (f: 'sector' | 'type' | 'country' | 'site') =>
      rankPerRow(rows.length, (i) => rows[i]![f].join(','));
    switch (key) {
      case 'name':
        return [name];
      case 'year':
        return [yearRanks(table), name];
      case 'status':
        return [rankPerRow(rows.length, (i) => rows[i]!.status ?? ''), name];
      default:
        return [joined(key), name];
    }
  });
  return {
    table,
    origin: 'dataset',
    siteCount: d.sites.length,
    site: (k) => d.sites[k]!,
    siteIndex: (id) => siteIndex.get(id),
    siteColumns: () => ({
      ids: siteIds,
      names: d.sites.map((x) => x.name),
      lat: Float64Array.from(d.sites, (x) => x.lat),
      lon: Float64Array.from(d.sites, (x) => x.lon),
    }),
    years: yearSpan(table),
    rankKeys,
    detail: memoDetails((i) => {
      const r = rows[i]!;
      const project = r.kind === 'project' ? projects.get(r.id) : undefined;
      const event = r.kind === 'event' ? events.get(r.id) : undefined;
      return {
        id: r.id,
        label: r.label,
        kind: r.kind,
        partners: project
          ? project.partners.map((p) => ({ name: p.name, country: p.country ?? null }))
          : r.partners.map((name) => ({ name, country: null })),
        countries: [...r.country],
        sectors: [...r.sector],
        types: [...r.type],
        siteIds: [...r.site],
        year: r.year,
        date: project?.date ?? event?.date ?? null,
        status: r.status,
        scope: project?.scope ?? null,
        citations: project?.citations ?? event?.citations ?? [],
      };
    }),
  };
}

/** The name of a site by id. */
export function siteName(r: Records, id: string): string | undefined {
  const k = r.siteIndex(id);
  return k === undefined ? undefined : r.site(k).name;
}
