/**
 * What a view model asks of the data: plain values, never functions, each in a shape a SQL engine
 * could answer (uwdata/mosaic's clients issue SQL queries the same way). The columnar source
 * (columnar-source.ts) answers them in the browser from bitsets; a DuckDB-backed source could
 * answer the same requests for ledgers past one browser's memory, with the SQL given on each type.
 *
 * The table is `records` (one row per project or event) with the categorical columns sector, type,
 * country and site (a row may carry several values of a field: `UNNEST` in SQL), `kind` ('project'
 * or 'event') and `year` (NULL when undated).
 */
import type { Clause, Clauses, ViewId } from '../clauses.ts';
import type { SortKey } from '../records.ts';

/**
 * WHERE: every clause but the one `except` published (the cross-filter rule), AND `and` when given.
 * A clause `in` is `field IN (values)`, `range` is `year BETWEEN min AND max`, `search` is one
 * `text LIKE '%word%'` per word.
 */
export interface Filter {
  readonly clauses: Clauses;
  readonly except: ViewId | null;
  readonly and?: Clause;
}

/** Only projects (`AND kind = 'project'`), or projects and events alike. */
export type KindFilter = 'project' | 'all';

export type GroupField = 'sector' | 'type' | 'country' | 'site';

/** `SELECT count(*) FROM records WHERE <where> [AND kind = 'project']` */
export interface CountRequest {
  readonly where: Filter;
  readonly kind: KindFilter;
}

/** `SELECT <groupBy>, count(*) FROM records, UNNEST(<groupBy>) WHERE … GROUP BY <groupBy>` */
export interface GroupRequest extends CountRequest {
  readonly groupBy: GroupField;
}

/**
 * `SELECT year, kind, count(*) FROM records WHERE <where> AND year BETWEEN <from> AND <to>
 *  GROUP BY year, kind`
 */
export interface YearRequest {
  readonly where: Filter;
  readonly from: number;
  readonly to: number;
}

/**
 * `SELECT row FROM records WHERE … ORDER BY <orderBy> <dir>, name LIMIT <limit> OFFSET <offset>`;
 * orderBy null keeps the records' own order.
 */
export interface RowsRequest extends CountRequest {
  readonly orderBy: SortKey | null;
  readonly dir: 1 | -1;
  readonly offset: number;
  readonly limit: number;
}

/** Counts per value of a field: counts[k] counts keys[k] (the field's dictionary). */
export interface GroupCounts {
  readonly keys: readonly string[];
  readonly counts: Uint32Array;
}

/** Dated rows per year over [from, to]: index y - from holds year y's projects (events). */
export interface YearCounts {
  readonly from: number;
  readonly to: number;
  readonly projects: Uint32Array;
  readonly events: Uint32Array;
}

/**
 * Answers requests. Results are shared with the source's caches: read them, never write them.
 * `typesPerSite` is `SELECT site, array_agg(DISTINCT type) … WHERE kind = 'project' GROUP BY site`,
 * as one bit mask per site over the type dictionary (bit k: type k; types past 31 are not tracked).
 */
export interface Source {
  count(request: CountRequest): number;
  groups(request: GroupRequest): GroupCounts;
  years(request: YearRequest): YearCounts;
  rows(request: RowsRequest): readonly number[];
  typesPerSite(): { readonly masks: Uint32Array; readonly types: readonly string[] };
}

export const NO_FILTER: Filter = { clauses: {}, except: null };
