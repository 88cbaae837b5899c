/**
 * Derived figures: shares, growth, per-year averages, remainders and implied exchange rates,
 * computed from sourced figures and never stored. Each carries its formula so the UI can show
 * the arithmetic next to the result.
 */
import type { Dataset, Figure, Measure } from './schema.ts';
import type { Currency, Unit } from './schema-enums.ts';
import { parsePartialDate, yearsCovered } from './dates.ts';

/** 'percent-of': a percentage of an amount (the scheme's 50% of a unit's cost). */
export type Operation =
  'ratio' | 'difference' | 'growth' | 'per-year' | 'sum' | 'rate' | 'percent-of';

export interface Operand {
  figureId: string;
  value: number;
  unit: Unit;
  /** The source's hedge on this value ("nearly", "approximately"), if any. */
  qualifier?: Measure['qualifier'];
}

export interface DerivedMeasure {
  value: number;
  /** 'percent' for ratios and growth; the operands' unit otherwise; for rates, the numerator. */
  unit: Unit;
  /** A rate's denominator currency, or 'year' for per-year averages. */
  per?: Currency | 'year';
  op: Operation;
  operands: Operand[];
  /** For per-year averages: the number of years divided by. */
  years?: number;
}

export const DERIVED_IDS = [
  'incentives-allocated-share',
  'incentives-remainder',
  'investments-growth',
  'investments-total',
  'investments-growth-jetro',
  'investments-per-year-2017-2020',
  'investments-per-year-2021-2024',
  'target-per-year',
  'implied-jpy-per-usd',
  'implied-inr-per-usd',
] as const;
export type DerivedId = (typeof DERIVED_IDS)[number];

export interface DerivedFigure {
  id: DerivedId;
  inputs: string[];
  measures: DerivedMeasure[];
  when?: string;
  /** A sourced figure stating the same quantity in the article's own rounding, shown beside ours. */
  statedAs?: string;
}

export const operand = (f: Figure, m: Measure): Operand => ({
  figureId: f.id,
  value: m.value,
  unit: m.unit,
  ...(m.qualifier ? { qualifier: m.qualifier } : {}),
});

/** A result computed from a hedged value ("nearly INR 629 billion") is itself approximate. */
export function isApproximate(m: Pick<DerivedMeasure, 'operands'>): boolean {
  return m.operands.some((o) => o.qualifier !== undefined);
}

function measureIn(f: Figure, unit: Unit): Measure | undefined {
  return f.measures.find((m) => m.unit === unit);
}

/** Measures two figures share a unit in, in the order the first figure states them. */
function pairs(a: Figure, b: Figure): [Measure, Measure][] {
  return a.measures.flatMap((ma) => {
    const mb = measureIn(b, ma.unit);
    return mb ? [[ma, mb] as [Measure, Measure]] : [];
  });
}

export function ratio(part: number, whole: number): number {
  return (part / whole) * 100;
}
export function growth(from: number, to: number): number {
  return ((to - from) / from) * 100;
}
export function perYear(total: number, years: number): number {
  return total / years;
}
export function percentOf(percent: number, amount: number): number {
  return (percent / 100) * amount;
}

function perYearOverPeriod(id: DerivedId, f: Figure | undefined): DerivedFigure | null {
  if (!f?.when) return null;
  const period = parsePartialDate(f.when.date);
  if (!period || period.precision !== 'period') return null;
  const years = yearsCovered(period);
  const m = f.measures[0];
  if (!m) return null;
  return {
    id,
    inputs: [f.id],
    when: f.when.date,
    measures: [
      {
        value: perYear(m.value, years),
        unit: m.unit,
        per: 'year',
        op: 'per-year',
        operands: [operand(f, m)],
        years,
      },
    ],
  };
}

function impliedRate(id: DerivedId, f: Figure | undefined, from: Currency): DerivedFigure | null {
  const num = f && measureIn(f, from);
  const den = f && measureIn(f, 'USD');
  if (!f || !num || !den) return null;
  return {
    id,
    inputs: [f.id],
    measures: [
      {
        value: num.value / den.value,
        unit: from,
        per: 'USD',
        op: 'rate',
        operands: [operand(f, num), operand(f, den)],
      },
    ],
  };
}

/** Growth from one period's figure to the next's, when both are there. */
function growthBetween(
  id: DerivedId,
  early: Figure | undefined,
  late: Figure | undefined,
): DerivedFigure | null {
  const e = early?.measures[0];
  const l = late?.measures[0];
  if (!early || !late || !e || !l) return null;
  return {
    id,
    inputs: [early.id, late.id],
    measures: [
      {
        value: growth(e.value, l.value),
        unit: 'percent',
        op: 'growth',
        operands: [operand(early, e), operand(late, l)],
      },
    ],
  };
}

/** The period from the start of `a`'s period to the end of `b`'s, when both are periods. */
function spanOf(a: Figure, b: Figure): { when?: string } {
  const pa = a.when ? parsePartialDate(a.when.date) : null;
  const pb = b.when ? parsePartialDate(b.when.date) : null;
  return pa && pb ? { when: `${pa.startYear}/${pb.endYear}` } : {};
}

/** Every derived figure whose inputs the dataset holds; the rest are skipped, not guessed. */
export function deriveFigures(dataset: Pick<Dataset, 'figures'>): DerivedFigure[] {
  const byId = new Map(dataset.figures.map((f) => [f.id, f]));
  const out: (DerivedFigure | null)[] = [];
  const allocated = byId.get('ism-incentives-allocated');
  const designated = byId.get('ism-incentives-designated');
  if (allocated && designated) {
    const ps = pairs(allocated, designated);
    const first = ps[0];
    if (first) {
      const [a, d] = first;
      out.push({
        id: 'incentives-allocated-share',
        inputs: [allocated.id, designated.id],
        ...(byId.has('ism-incentives-share-stated')
          ? { statedAs: 'ism-incentives-share-stated' }
          : {}),
        measures: [
          {
            value: ratio(a.value, d.value),
            unit: 'percent',
            op: 'ratio',
            operands: [operand(allocated, a), operand(designated, d)],
          },
        ],
      });
      out.push({
        id: 'incentives-remainder',
        inputs: [designated.id, allocated.id],
        measures: ps.map(([a2, d2]) => ({
          value: d2.value - a2.value,
          unit: d2.unit,
          op: 'difference' as const,
          operands: [operand(designated, d2), operand(allocated, a2)],
        })),
      });
    }
  }
  const early = byId.get('jp-investments-2017-2020');
  const late = byId.get('jp-investments-2021-2024');
  const e = early?.measures[0];
  const l = late?.measures[0];
  out.push(growthBetween('investments-growth', early, late));
  if (early && late && e && l) {
    out.push({
      id: 'investments-total',
      inputs: [early.id, late.id],
      ...spanOf(early, late),
      measures: [
        {
          value: e.value + l.value,
          unit: e.unit,
          op: 'sum',
          operands: [operand(early, e), operand(late, l)],
        },
      ],
    });
  }
  // The record's Japan-only count (JETRO, public record C13): its own series, its own growth.
  out.push(
    growthBetween(
      'investments-growth-jetro',
      byId.get('jetro-jp-projects-2017-2020'),
      byId.get('jetro-jp-projects-2021-2024'),
    ),
  );
  out.push(perYearOverPeriod('investments-per-year-2017-2020', early));
  out.push(perYearOverPeriod('investments-per-year-2021-2024', late));
  const target = byId.get('jp-ten-year-target');
  if (target?.duration) {
    const years = target.duration.years;
    out.push({
      id: 'target-per-year',
      inputs: [target.id],
      measures: target.measures.map((m) => ({
        value: perYear(m.value, years),
        unit: m.unit,
        per: 'year' as const,
        op: 'per-year' as const,
        operands: [operand(target, m)],
        years,
      })),
    });
  }
  out.push(impliedRate('implied-jpy-per-usd', target, 'JPY'));
  out.push(impliedRate('implied-inr-per-usd', designated, 'INR'));
  return out.filter((d): d is DerivedFigure => d !== null);
}
