/**
 * The cross-filter's vocabulary (mosaic's Selection with `cross: true`, dc.js's behaviour): every
 * view publishes at most one clause under its own id, and a view's data is the records matching
 * every clause except its own, so the chart being clicked does not collapse onto its own selection.
 *
 * Clauses are immutable values: the store replaces a clause, it never edits one.
 */

export const VIEW_IDS = ['sector', 'type', 'country', 'timeline', 'site', 'table'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export const IN_FIELDS = ['sector', 'type', 'country', 'site'] as const;
export type InField = (typeof IN_FIELDS)[number];

export type Clause =
  | { kind: 'in'; field: InField; values: readonly string[] }
  | { kind: 'range'; field: 'year'; min: number; max: number }
  | { kind: 'search'; field: 'text'; query: string };

export type Clauses = Partial<Record<ViewId, Clause>>;

/** The clauses that filter a view: all of them but the one `except` published (null: all). */
export function activeClauses(
  clauses: Clauses,
  except: ViewId | null = null,
): readonly [ViewId, Clause][] {
  const out: [ViewId, Clause][] = [];
  for (const view of VIEW_IDS) {
    const clause = clauses[view];
    if (clause !== undefined && view !== except) out.push([view, clause]);
  }
  return out;
}

/** The values a view's own clause selects for `field`; empty when it has none. */
export function selectedValues(clause: Clause | undefined, field: InField): readonly string[] {
  return clause?.kind === 'in' && clause.field === field ? clause.values : NONE;
}

const NONE: readonly string[] = [];

export interface YearRange {
  min: number;
  max: number;
}

/** The year range a timeline clause selects, or null when there is none. */
export function rangeOf(clause: Clause | undefined): YearRange | null {
  return clause?.kind === 'range' ? { min: clause.min, max: clause.max } : null;
}
