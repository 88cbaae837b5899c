/**
 * A dataset's projects and events as flat rows, the form its column table is built from
 * (records.ts). Rows unify projects and events. An event takes its sectors, types and partner
 * countries from the projects it is linked to. A project is dated only by its own date: a year is
 * never borrowed from a linked event (a 2025 visit to Dholera does not date the Dholera region).
 */
import type { Dataset } from './schema.ts';
import { parsePartialDate } from './dates.ts';

export interface DatasetRow {
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

export function datasetRows(d: Pick<Dataset, 'projects' | 'events'>): DatasetRow[] {
  const projectRows: DatasetRow[] = d.projects.map((p) => {
    const own = p.date ? parsePartialDate(p.date)?.startYear : undefined;
    const partners = p.partners.map((x) => x.name);
    return {
      id: p.id,
      kind: 'project',
      label: p.name,
      sector: [p.sector],
      type: [p.type],
      country: unique(p.partners.flatMap((x) => (x.country ? [x.country] : []))),
      site: p.siteId ? [p.siteId] : [],
      partners,
      status: p.status,
      year: own ?? null,
      text: [p.name, ...partners, p.sector, p.type].join(' ').toLowerCase(),
    };
  });
  const byId = new Map(projectRows.map((r) => [r.id, r]));
  const eventRows: DatasetRow[] = d.events.map((e) => {
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
