/**
 * The test oracle: the cross-filter written the slow, obvious way, one row at a time. Production
 * answers every request from bitsets (src/domain/columns, through src/domain/coordinator); property
 * tests compare it with this on random tables and clauses. Never imported by src/ or tools/.
 */
import type { Clause, Clauses, InField, ViewId } from '../../src/domain/clauses.ts';
import type { DatasetRow } from '../../src/domain/dataset-rows.ts';

export type Row = DatasetRow;

/** A query's words, lower-cased. */
const searchWords = (query: string): string[] => query.toLowerCase().split(/\s+/).filter(Boolean);

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
  const active = (Object.entries(clauses) as [ViewId, Clause | undefined][]).filter(
    (e): e is [ViewId, Clause] => e[1] !== undefined && e[0] !== except,
  );
  return rows.filter((row) => active.every(([, clause]) => matches(row, clause)));
}

/** Rows per value of a multi-valued field; every key of `domain` appears, zero or not. */
export function countBy(
  rows: readonly Row[],
  field: InField,
  domain: readonly string[] = [],
): Map<string, number> {
  const counts = new Map<string, number>(domain.map((k) => [k, 0]));
  for (const row of rows) for (const v of row[field]) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

export interface YearCount {
  year: number;
  projects: number;
  events: number;
}

/** Dated rows per year over [from, to], projects and events apart. */
export function countByYear(rows: readonly Row[], from: number, to: number): YearCount[] {
  const buckets: YearCount[] = [];
  for (let y = from; y <= to; y++) buckets.push({ year: y, projects: 0, events: 0 });
  for (const row of rows) {
    if (row.year === null || row.year < from || row.year > to) continue;
    const b = buckets[row.year - from];
    if (b) b[row.kind === 'project' ? 'projects' : 'events']++;
  }
  return buckets;
}
