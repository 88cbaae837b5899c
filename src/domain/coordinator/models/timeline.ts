/**
 * Dated projects and events per year, the timeline's own year range, and the mapping between its
 * brush (indexes into the extent's years) and its clause.
 */
import { rangeOf, type Clause, type Clauses, type YearRange } from '../../clauses.ts';
import type { Source } from '../requests.ts';

export interface YearBucket {
  year: number;
  projects: number;
  events: number;
}

export interface TimelineModel {
  /** The years on the axis (every dated record, widened to the investment periods). */
  extent: readonly [number, number];
  /** One bucket per year of the extent, under every filter but the timeline's own. */
  buckets: readonly YearBucket[];
  datedProjects: number;
  datedEvents: number;
  /** Rows of the view that carry no year: never on the axis, hidden by any year range. */
  undated: number;
  /** Rows of the view, dated or not. */
  rows: number;
  /** The largest bucket (projects + events), for the axis. */
  peak: number;
  /** The timeline's own selection, or null. */
  range: YearRange | null;
  /** The brush's ends: indexes into the extent's years (the whole extent when there is no range). */
  startIndex: number;
  endIndex: number;
}

export function timelineModel(
  source: Source,
  clauses: Clauses,
  extent: readonly [number, number],
): TimelineModel {
  const where = { clauses, except: 'timeline' as const };
  const c = source.years({ where, from: extent[0], to: extent[1] });
  const buckets: YearBucket[] = Array.from(c.projects, (projects, i) => ({
    year: extent[0] + i,
    projects,
    events: c.events[i] ?? 0,
  }));
  let datedProjects = 0;
  let datedEvents = 0;
  let peak = 0;
  for (const b of buckets) {
    datedProjects += b.projects;
    datedEvents += b.events;
    peak = Math.max(peak, b.projects + b.events);
  }
  const rows = source.count({ where, kind: 'all' });
  const range = rangeOf(clauses.timeline);
  return {
    extent,
    buckets,
    datedProjects,
    datedEvents,
    // Every dated row's year lies in the extent (the extent is taken from the rows): the rest is undated.
    undated: rows - datedProjects - datedEvents,
    rows,
    peak,
    range,
    ...rangeToIndexes(range, extent),
  };
}

/**
 * The timeline clause for a chosen year range: bounds put in order and clamped to the extent;
 * null (no clause) when the range covers the whole extent, since that selects nothing.
 */
export function yearRangeClause(
  a: number,
  b: number,
  extent: readonly [number, number],
): Clause | null {
  const [from, to] = extent;
  const min = Math.max(from, Math.min(a, b));
  const max = Math.min(to, Math.max(a, b));
  if (min <= from && max >= to) return null;
  return { kind: 'range', field: 'year', min, max };
}

/** Brush indexes (into the extent's years) for a range; the whole extent when there is none. */
export function rangeToIndexes(
  range: YearRange | null,
  extent: readonly [number, number],
): { startIndex: number; endIndex: number } {
  const [from, to] = extent;
  const last = to - from;
  if (!range) return { startIndex: 0, endIndex: last };
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  return { startIndex: clamp(range.min - from), endIndex: clamp(range.max - from) };
}

/** The clause a brush position stands for (inverse of rangeToIndexes). */
export function indexesToClause(
  startIndex: number,
  endIndex: number,
  extent: readonly [number, number],
): Clause | null {
  return yearRangeClause(extent[0] + startIndex, extent[0] + endIndex, extent);
}
