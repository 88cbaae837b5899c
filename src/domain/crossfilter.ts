/**
 * The cross-filter engine, as plain functions over rows (mosaic's Selection with `cross: true`,
 * dc.js's behaviour): every view publishes at most one clause under its own id, and a view's data is
 * the rows matching every clause except its own, so the chart being clicked does not collapse onto
 * its own selection.
 *
 * Rows unify projects and events. An event takes its sectors, types and partner countries from the
 * projects it is linked to. A project is dated only by its own date: a year is never borrowed from a
 * linked event (a 2025 visit to Dholera does not date the Dholera region).
 */
import type { Dataset } from './schema.ts';
import { parsePartialDate } from './dates.ts';

export const VIEW_IDS = ['sector', 'type', 'country', 'timeline', 'site', 'table'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export const IN_FIELDS = ['sector', 'type', 'country', 'site'] as const;
export type InField = (typeof IN_FIELDS)[number];

export type Clause =
  | { kind: 'in'; field: InField; values: readonly string[] }
  | { kind: 'range'; field: 'year'; min: number; max: number }
  | { kind: 'search'; field: 'text'; query: string };

export type Clauses = Partial<Record<ViewId, Clause>>;

export interface Row {
  id: string;
  kind: 'project' | 'event';
  label: string;
  sector: readonly string[];
  type: readonly string[];
  country: readonly string[];
  site: readonly string[];
  partners: readonly string[];
  status: string | null;
  /** First year the row is dated to, or null when the articles give no date. */
  year: number | null;
  /** Lower-cased text searched by the table's search box. */
  text: string;
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

export function buildRows(d: Pick<Dataset, 'projects' | 'events'>): Row[] {
  const projectRows: Row[] = d.projects.map((p) => {
    const own = p.date ? parsePartialDate(p.date)?.startYear : undefined;
    const partners = p.partners.map((x) => x.name);
    return {
      id: p.id,
      kind: 'project',
      label: p.name,
      sector: [p.sector],
      type: [p.type],
      country: unique(p.partners.map((x) => x.country)),
      site: p.siteId ? [p.siteId] : [],
      partners,
      status: p.status,
      year: own ?? null,
      text: [p.name, ...partners, p.sector, p.type].join(' ').toLowerCase(),
    };
  });
  const byId = new Map(projectRows.map((r) => [r.id, r]));
  const eventRows: Row[] = d.events.map((e) => {
    const linked = (e.projectIds ?? []).flatMap((id) => byId.get(id) ?? []);
    const partners = unique(linked.flatMap((r) => r.partners));
    return {
      id: e.id,
      kind: 'event',
      label: e.title,
      sector: unique(linked.flatMap((r) => r.sector)),
      type: unique(linked.flatMap((r) => r.type)),
      country: unique(linked.flatMap((r) => r.country)),
      site: unique([...(e.siteId ? [e.siteId] : []), ...linked.flatMap((r) => r.site)]),
      partners,
      status: null,
      year: e.date ? (parsePartialDate(e.date)?.startYear ?? null) : null,
      text: [e.title, ...partners].join(' ').toLowerCase(),
    };
  });
  return [...projectRows, ...eventRows];
}

const wordsCache = new Map<string, string[]>();
/** A query's words, lower-cased; split once per query, not once per row. */
function searchWords(query: string): string[] {
  let words = wordsCache.get(query);
  if (!words) {
    if (wordsCache.size > 100) wordsCache.clear();
    words = query.toLowerCase().split(/\s+/).filter(Boolean);
    wordsCache.set(query, words);
  }
  return words;
}

export function matches(row: Row, clause: Clause): boolean {
  switch (clause.kind) {
    case 'in': {
      const have = row[clause.field];
      return clause.values.some((v) => have.includes(v));
    }
    case 'range':
      return row.year !== null && row.year >= clause.min && row.year <= clause.max;
    case 'search':
      return searchWords(clause.query).every((w) => row.text.includes(w));
  }
}

/** Rows matching every clause except the one published by `except` (pass null to apply all). */
export function filterRows<R extends Row>(
  rows: readonly R[],
  clauses: Clauses,
  except: ViewId | null,
): R[] {
  const active = (Object.entries(clauses) as [ViewId, Clause][]).filter(
    ([view]) => view !== except,
  );
  if (active.length === 0) return rows.slice();
  return rows.filter((row) => active.every(([, clause]) => matches(row, clause)));
}

export function activeClauseCount(clauses: Clauses): number {
  return Object.keys(clauses).length;
}

export interface Bucket {
  key: string;
  count: number;
}

/** Count rows per value of a multi-valued field; every key of `domain` appears, zero or not. */
export function countBy(
  rows: readonly Row[],
  field: InField,
  domain: readonly string[] = [],
): Bucket[] {
  const counts = new Map<string, number>(domain.map((k) => [k, 0]));
  for (const row of rows) for (const v of row[field]) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count }));
}

export interface YearBucket {
  year: number;
  projects: number;
  events: number;
}

/** Dated rows per year over [from, to], projects and events apart. */
export function countByYear(rows: readonly Row[], from: number, to: number): YearBucket[] {
  const buckets: YearBucket[] = [];
  for (let y = from; y <= to; y++) buckets.push({ year: y, projects: 0, events: 0 });
  for (const row of rows) {
    if (row.year === null || row.year < from || row.year > to) continue;
    const b = buckets[row.year - from];
    if (b) b[row.kind === 'project' ? 'projects' : 'events']++;
  }
  return buckets;
}

/** Years the dataset's dated rows span, widened to include the investment periods. */
export function yearExtent(rows: readonly Row[], extra: readonly number[] = []): [number, number] {
  // A loop, not Math.min(...years): a large ledger would overflow the call stack.
  let min = Infinity;
  let max = -Infinity;
  const see = (y: number) => {
    if (y < min) min = y;
    if (y > max) max = y;
  };
  for (const r of rows) if (r.year !== null) see(r.year);
  extra.forEach(see);
  return min === Infinity ? [2017, 2025] : [min, max];
}
