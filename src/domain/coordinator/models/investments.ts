/**
 * Japanese investments as the sources give them: period totals drawn as spans, never split into
 * invented yearly values. A national total: project filters do not apply; a year range highlights
 * the periods it overlaps.
 */
import { rangeOf, type Clauses, type YearRange } from '../../clauses.ts';
import { parsePartialDate } from '../../dates.ts';
import type { DerivedMeasure } from '../../derived.ts';
import type { Citation, Dataset } from '../../schema.ts';
import type { Unit } from '../../schema-enums.ts';
import { selectDerivedFigures, selectFiguresById } from '../../selectors.ts';

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

export interface InvestmentsModel {
  /** One span per period figure present, in time order. */
  spans: readonly PeriodSpan[];
  /** Year-boundary ticks covering every span: 2017, 2018, …, 2025 for 2017–2020 and 2021–2024. */
  ticks: readonly number[];
  domain: readonly [number, number];
  /** The timeline's year range, which the chart highlights; null when there is none. */
  range: YearRange | null;
  /** The derived growth from the first period to the second, when both are there. */
  growth: DerivedMeasure | null;
}

/** Whether the inclusive year spans [start, end] and [min, max] share at least one year. */
export function overlaps(span: { start: number; end: number }, range: YearRange): boolean {
  return span.start <= range.max && span.end >= range.min;
}

export function investmentsModel(d: Dataset, clauses: Clauses): InvestmentsModel {
  const range = rangeOf(clauses.timeline);
  const spans = investmentSpans(d, range);
  const ticks =
    spans.length === 0
      ? []
      : Array.from(
          { length: Math.max(...spans.map((s) => s.x1)) - spans[0]!.x0 + 1 },
          (_, i) => spans[0]!.x0 + i,
        );
  const growth = selectDerivedFigures(d).find((x) => x.id === 'investments-growth')?.measures[0];
  return {
    spans,
    ticks,
    domain: [ticks[0] ?? 0, ticks.at(-1) ?? 1],
    range,
    growth: spans.length >= 2 ? (growth ?? null) : null,
  };
}

/**
 * Figures without a period (`when` as YYYY/YYYY) are skipped rather than guessed. The average comes
 * from the derived per-year figure whose input is the period figure.
 */
export function investmentSpans(
  d: Dataset,
  range: YearRange | null,
  ids: readonly string[] = INVESTMENT_FIGURE_IDS,
): PeriodSpan[] {
  const figures = selectFiguresById(d);
  const derived = selectDerivedFigures(d);
  const spans: PeriodSpan[] = [];
  for (const id of ids) {
    const f = figures.get(id);
    const m = f?.measures[0];
    const period = f?.when ? parsePartialDate(f.when.date) : null;
    if (!f || !m || !period || period.precision !== 'period') continue;
    const perYear = derived.find(
      (x) => x.inputs.length === 1 && x.inputs[0] === id && x.measures[0]?.op === 'per-year',
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
