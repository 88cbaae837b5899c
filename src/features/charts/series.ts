/**
 * Chart series as pure functions (no React, no store): what each chart draws, computed from the
 * dataset, the cross-filter rows and the clauses. The chart components only map these to recharts
 * elements and turn gestures into store actions (OWID grapher's state/drawing split).
 */
import type { Citation, Currency, Figure, Measure, Unit } from '../../domain/schema.ts';
import { parsePartialDate } from '../../domain/dates.ts';
import { INCENTIVE_FIGURE_IDS } from '../../domain/incentives.ts';
import { isApproximate, type DerivedFigure } from '../../domain/derived.ts';
import {
  countBy,
  countByYear,
  type Clause,
  type InField,
  type Row,
  type YearBucket,
} from '../../domain/crossfilter.ts';

export interface YearRange {
  min: number;
  max: number;
}

/** The year range a timeline clause selects, or null when there is none. */
export function rangeOf(clause: Clause | undefined): YearRange | null {
  return clause?.kind === 'range' ? { min: clause.min, max: clause.max } : null;
}

/** Whether the inclusive year spans [start, end] and [min, max] share at least one year. */
export function overlaps(span: { start: number; end: number }, range: YearRange): boolean {
  return span.start <= range.max && span.end >= range.min;
}

/** Citations without repeats (same source and paragraph), in first-seen order. */
export { uniqueCitations } from '../../domain/citations.ts';

// ---------------------------------------------------------------------------------------------
// Investments: period totals drawn as spans, never split into invented yearly values.

export const INVESTMENT_FIGURE_IDS = ['jp-investments-2017-2020', 'jp-investments-2021-2024'];

export interface PeriodSpan {
  figureId: string;
  /** First and last calendar year of the period (inclusive): 2017 and 2020. */
  start: number;
  end: number;
  /** Where the span sits on a continuous year axis: from the start of `start` to the end of `end`. */
  x0: number;
  x1: number;
  /** The period total as the source states it. */
  total: number;
  unit: Unit;
  /** The derived even spread per year (total ÷ years), or null when it was not derived. */
  average: number | null;
  /** null when no year range is selected; otherwise whether the span overlaps it. */
  highlighted: boolean | null;
  citation: Citation;
}

/**
 * One span per period figure present, in time order. Figures without a period (`when` as YYYY/YYYY)
 * are skipped rather than guessed. The average comes from the derived per-year figure whose input
 * is the period figure.
 */
export function investmentSpans(
  figures: ReadonlyMap<string, Figure>,
  derived: readonly DerivedFigure[],
  range: YearRange | null,
  ids: readonly string[] = INVESTMENT_FIGURE_IDS,
): PeriodSpan[] {
  const spans: PeriodSpan[] = [];
  for (const id of ids) {
    const f = figures.get(id);
    const m = f?.measures[0];
    const period = f?.when ? parsePartialDate(f.when.date) : null;
    if (!f || !m || !period || period.precision !== 'period') continue;
    const perYear = derived.find(
      (d) => d.inputs.length === 1 && d.inputs[0] === id && d.measures[0]?.op === 'per-year',
    );
    const span = { start: period.startYear, end: period.endYear };
    spans.push({
      figureId: id,
      ...span,
      x0: span.start,
      x1: span.end + 1,
      total: m.value,
      unit: m.unit,
      average: perYear?.measures[0]?.value ?? null,
      highlighted: range ? overlaps(span, range) : null,
      citation: f.citation,
    });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Year-boundary ticks covering every span: 2017, 2018, …, 2025 for 2017–2020 and 2021–2024. */
export function spanTicks(spans: readonly PeriodSpan[]): number[] {
  if (spans.length === 0) return [];
  const from = Math.min(...spans.map((s) => s.x0));
  const to = Math.max(...spans.map((s) => s.x1));
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

// ---------------------------------------------------------------------------------------------
// Incentives: designated, allocated and the derived remainder, in one currency.

export { INCENTIVE_FIGURE_IDS, sharedCurrencies } from '../../domain/incentives.ts';

export type IncentiveKey = 'designated' | 'allocated' | 'remainder';

export interface IncentiveBar {
  key: IncentiveKey;
  value: number;
  unit: Currency;
  /** Computed in the dashboard, not stated by a source. */
  derived: boolean;
  qualifier: Measure['qualifier'] | null;
  /** The source's own wording of a stated value; null for derived ones. */
  stated: string | null;
}

/** The preferred currency when it is available, else the first available one (null if none). */
export function pickCurrency(available: readonly Currency[], preferred: string): Currency | null {
  return available.find((c) => c === preferred) ?? available[0] ?? null;
}

export function incentiveSeries(
  figures: ReadonlyMap<string, Figure>,
  derived: readonly DerivedFigure[],
  currency: Currency,
): IncentiveBar[] {
  const bars: IncentiveBar[] = [];
  for (const key of ['designated', 'allocated'] as const) {
    const m = figures.get(INCENTIVE_FIGURE_IDS[key])?.measures.find((x) => x.unit === currency);
    if (m)
      bars.push({
        key,
        value: m.value,
        unit: currency,
        derived: false,
        qualifier: m.qualifier ?? null,
        stated: m.stated,
      });
  }
  const remainder = derived
    .find((d) => d.id === 'incentives-remainder')
    ?.measures.find((m) => m.unit === currency);
  if (remainder)
    bars.push({
      key: 'remainder',
      value: remainder.value,
      unit: currency,
      derived: true,
      // Computed from a hedged figure ("nearly"), so hedged too.
      qualifier: isApproximate(remainder) ? 'about' : null,
      stated: null,
    });
  return bars;
}

// ---------------------------------------------------------------------------------------------
// Categories: projects per sector, type or partner country.

export interface CategoryBucket {
  key: string;
  label: string;
  /** Projects of the view's rows (under every filter but the view's own). */
  count: number;
  /** Projects of the whole dataset: fixes the order, so filtering changes lengths, not positions. */
  overall: number;
  /** Part of this view's own selection. */
  selected: boolean;
}

export const projectRowsOf = (rows: readonly Row[]): Row[] =>
  rows.filter((r) => r.kind === 'project');

/** Every value of `field` that any project in the dataset carries, in first-seen order. */
export function categoryDomain(allRows: readonly Row[], field: InField): string[] {
  return [...new Set(projectRowsOf(allRows).flatMap((r) => r[field]))];
}

/** The values a view's own clause selects for `field`; empty when it has none. */
export function selectedValues(clause: Clause | undefined, field: InField): readonly string[] {
  return clause?.kind === 'in' && clause.field === field ? clause.values : [];
}

/**
 * Projects per category over the view's rows (events are not counted). Every category of the
 * dataset stays, at zero if need be, so bars go to zero instead of vanishing. The order comes from
 * the whole dataset (most projects first, then by label), never from the filtered counts: a bar or
 * button the user is looking at, or has selected, does not jump when another filter applies.
 */
export function categoryBuckets(
  viewRows: readonly Row[],
  field: InField,
  allRows: readonly Row[],
  labelOf: (key: string) => string,
  selected: readonly string[] = [],
): CategoryBucket[] {
  const domain = categoryDomain(allRows, field);
  const counted = (rows: readonly Row[]) =>
    Uint32Array.from(countBy(projectRowsOf(rows), field, domain), (b) => b.count);
  return bucketsFromCounts(
    { keys: domain, counts: counted(viewRows), overall: counted(allRows) },
    labelOf,
    selected,
  );
}

/**
 * categoryBuckets from the engine's counts (index k counts keys[k]): the same buckets, in the same
 * order, without rows. Keys no project carries are left out.
 */
export function bucketsFromCounts(
  c: { keys: readonly string[]; counts: Uint32Array; overall: Uint32Array },
  labelOf: (key: string) => string,
  selected: readonly string[] = [],
): CategoryBucket[] {
  const out: CategoryBucket[] = [];
  c.keys.forEach((key, k) => {
    const overall = c.overall[k] ?? 0;
    if (overall === 0) return;
    out.push({
      key,
      label: labelOf(key),
      count: c.counts[k] ?? 0,
      overall,
      selected: selected.includes(key),
    });
  });
  return out.sort((a, b) => b.overall - a.overall || a.label.localeCompare(b.label));
}

/** The buckets sharing the largest non-zero count, in bucket order; empty when every count is 0. */
export function leaders(buckets: readonly CategoryBucket[]): CategoryBucket[] {
  const top = Math.max(0, ...buckets.map((b) => b.count));
  return top === 0 ? [] : buckets.filter((b) => b.count === top);
}

// ---------------------------------------------------------------------------------------------
// Timeline: dated projects and events per year, and the mapping between brush and clause.

export interface TimelineSeries {
  buckets: YearBucket[];
  datedProjects: number;
  datedEvents: number;
  /** Rows of the view that carry no year: never on the axis, hidden by any year range. */
  undated: number;
}

export function timelineSeries(
  viewRows: readonly Row[],
  extent: readonly [number, number],
): TimelineSeries {
  return seriesOfBuckets(
    countByYear(viewRows, extent[0], extent[1]),
    viewRows.filter((r) => r.year === null).length,
  );
}

/** The timeline series from year buckets and the undated count (the engine's aggregates). */
export function seriesOfBuckets(buckets: YearBucket[], undated: number): TimelineSeries {
  return {
    buckets,
    datedProjects: buckets.reduce((n, b) => n + b.projects, 0),
    datedEvents: buckets.reduce((n, b) => n + b.events, 0),
    undated,
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
