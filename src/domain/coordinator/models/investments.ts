/**
 * Investments in India's chip sector as the sources give them: period totals drawn as spans, never
 * split into invented yearly values. Two series that are never merged: the count article 002 calls
 * Japanese (22 → 58), and JETRO's count of Japan's own projects (1 → 8, public record C13); the
 * record reads the article's numbers as all-country counts, so the pair is contested. National
 * totals: project filters do not apply; a year range highlights the periods it overlaps.
 */
import { rangeOf, type Clauses, type YearRange } from '../../clauses.ts';
import { parsePartialDate } from '../../dates.ts';
import type { DerivedMeasure } from '../../derived.ts';
import type { Citation, Dataset } from '../../schema.ts';
import type { Unit } from '../../schema-enums.ts';
import { selectDerivedFigures, selectFiguresById } from '../../selectors.ts';

export const INVESTMENT_FIGURE_IDS = ['jp-investments-2017-2020', 'jp-investments-2021-2024'];
export const JETRO_FIGURE_IDS = ['jetro-jp-projects-2017-2020', 'jetro-jp-projects-2021-2024'];

/** Which source's count a span belongs to. */
export type InvestmentSeries = 'article' | 'jetro';
export const INVESTMENT_SERIES: readonly {
  id: InvestmentSeries;
  figureIds: readonly string[];
  growthId: string;
}[] = [
  { id: 'article', figureIds: INVESTMENT_FIGURE_IDS, growthId: 'investments-growth' },
  { id: 'jetro', figureIds: JETRO_FIGURE_IDS, growthId: 'investments-growth-jetro' },
];

export interface PeriodSpan {
  figureId: string;
  series: InvestmentSeries;
  /** Whether a contest in the dataset names this figure (two sources state it differently). */
  contested: boolean;
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
  /** One span per period figure present, in time order; within a period, the article's first. */
  spans: readonly PeriodSpan[];
  /** The series present, in drawing order, each with its derived growth when both periods are. */
  series: readonly { id: InvestmentSeries; growth: DerivedMeasure | null }[];
  /** Year-boundary ticks covering every span: 2017, 2018, …, 2025 for 2017–2020 and 2021–2024. */
  ticks: readonly number[];
  domain: readonly [number, number];
  /** The timeline's year range, which the chart highlights; null when there is none. */
  range: YearRange | null;
  /** The article series' derived growth (the first series'), kept for the takeaway. */
  growth: DerivedMeasure | null;
}

/** Whether the inclusive year spans [start, end] and [min, max] share at least one year. */
export function overlaps(span: { start: number; end: number }, range: YearRange): boolean {
  return span.start <= range.max && span.end >= range.min;
}

export function investmentsModel(d: Dataset, clauses: Clauses): InvestmentsModel {
  const range = rangeOf(clauses.timeline);
  const derived = selectDerivedFigures(d);
  const perSeries = INVESTMENT_SERIES.map((s) => ({
    id: s.id,
    spans: investmentSpans(d, range, s.figureIds, s.id),
    growth: derived.find((x) => x.id === s.growthId)?.measures[0] ?? null,
  })).filter((s) => s.spans.length > 0);
  const spans = perSeries
    .flatMap((s) => s.spans)
    .sort((a, b) => a.start - b.start || seriesRank(a.series) - seriesRank(b.series));
  const ticks =
    spans.length === 0
      ? []
      : Array.from(
          { length: Math.max(...spans.map((s) => s.x1)) - spans[0]!.x0 + 1 },
          (_, i) => spans[0]!.x0 + i,
        );
  const series = perSeries.map((s) => ({
    id: s.id,
    growth: s.spans.length >= 2 ? s.growth : null,
  }));
  return {
    spans,
    series,
    ticks,
    domain: [ticks[0] ?? 0, ticks.at(-1) ?? 1],
    range,
    growth: series.find((s) => s.id === 'article')?.growth ?? null,
  };
}

const seriesRank = (s: InvestmentSeries) => (s === 'article' ? 0 : 1);

/**
 * Figures without a period (`when` as YYYY/YYYY) are skipped rather than guessed. The average comes
 * from the derived per-year figure whose input is the period figure.
 */
export function investmentSpans(
  d: Dataset,
  range: YearRange | null,
  ids: readonly string[] = INVESTMENT_FIGURE_IDS,
  series: InvestmentSeries = 'article',
): PeriodSpan[] {
  const figures = selectFiguresById(d);
  const derived = selectDerivedFigures(d);
  const contested = new Set(d.contests.flatMap((c) => c.figureIds));
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
      series,
      contested: contested.has(id),
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
