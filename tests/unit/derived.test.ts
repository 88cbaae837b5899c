import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DERIVED_IDS,
  deriveFigures,
  growth,
  perYear,
  ratio,
  type DerivedFigure,
} from '../../src/domain/derived.ts';
import type { Figure } from '../../src/domain/schema.ts';
import { bundledDataset } from '../fixtures/bundled.ts';
import { synthDataset } from '../fixtures/synth-dataset.ts';

const dataset = bundledDataset();
const derived = deriveFigures(dataset);
const byId = new Map(derived.map((d) => [d.id, d]));

function get(id: string): DerivedFigure {
  const d = byId.get(id as DerivedFigure['id']);
  if (!d) throw new Error(`derived figure ${id} missing; got ${[...byId.keys()].join(', ')}`);
  return d;
}
const measure = (id: string, i = 0) => {
  const m = get(id).measures[i];
  if (!m) throw new Error(`${id} has no measure ${i}`);
  return m;
};

describe('derived figures of the bundled dataset', () => {
  it('derives every known derived figure, in DERIVED_IDS order', () => {
    expect(derived.map((d) => d.id)).toEqual([...DERIVED_IDS]);
  });

  it("JETRO's Japan-only count grows (8 − 1)/1 × 100 = 700%, a series of its own", () => {
    const m = measure('investments-growth-jetro');
    expect(m.value).toBe(700);
    expect(m.operands.map((o) => [o.figureId, o.value])).toEqual([
      ['jetro-jp-projects-2017-2020', 1],
      ['jetro-jp-projects-2021-2024', 8],
    ]);
  });

  it('incentives allocated share = 629/650 × 100 ≈ 96.77%', () => {
    const m = measure('incentives-allocated-share');
    expect(m.value).toBeCloseTo((629 / 650) * 100, 10);
    expect(m.value).toBeCloseTo(96.77, 2);
    expect(m).toMatchObject({ unit: 'percent', op: 'ratio' });
    expect(m.operands.map((o) => [o.figureId, o.value])).toEqual([
      ['ism-incentives-allocated', 629e9],
      ['ism-incentives-designated', 650e9],
    ]);
  });

  it('incentives remainder = ₹21 billion and $0.24 billion', () => {
    const d = get('incentives-remainder');
    expect(d.measures.map((m) => m.unit)).toEqual(['INR', 'USD']);
    expect(measure('incentives-remainder', 0).value).toBeCloseTo(21e9, 0);
    expect(measure('incentives-remainder', 1).value).toBeCloseTo(0.24e9, 0);
    expect(d.measures.every((m) => m.op === 'difference')).toBe(true);
  });

  it('growth in investments = (58 − 22)/22 × 100 ≈ 163.64%', () => {
    const m = measure('investments-growth');
    expect(m.value).toBeCloseTo(((58 - 22) / 22) * 100, 10);
    expect(m.value).toBeCloseTo(163.64, 2);
    expect(m.unit).toBe('percent');
  });

  it('investments per year: 5.5 over 2017–2020 and 14.5 over 2021–2024, 4 years each', () => {
    expect(measure('investments-per-year-2017-2020')).toMatchObject({
      value: 5.5,
      years: 4,
      per: 'year',
      unit: 'count',
    });
    expect(measure('investments-per-year-2021-2024')).toMatchObject({
      value: 14.5,
      years: 4,
      per: 'year',
      unit: 'count',
    });
    expect(get('investments-per-year-2017-2020').when).toBe('2017/2020');
  });

  it('investments total = 80 over 2017–2024', () => {
    expect(measure('investments-total')).toMatchObject({ value: 80, op: 'sum' });
    expect(get('investments-total').when).toBe('2017/2024');
  });

  it('ten-year target per year = ¥1 trillion and $6.8 billion', () => {
    const d = get('target-per-year');
    expect(d.measures.map((m) => m.unit)).toEqual(['JPY', 'USD']);
    expect(measure('target-per-year', 0).value).toBeCloseTo(1e12, 0);
    expect(measure('target-per-year', 1).value).toBeCloseTo(6.8e9, 0);
    expect(d.measures.every((m) => m.years === 10 && m.per === 'year')).toBe(true);
  });

  it('implied rates: ≈147.06 JPY and ≈87.72 INR per USD', () => {
    expect(measure('implied-jpy-per-usd')).toMatchObject({ unit: 'JPY', per: 'USD', op: 'rate' });
    expect(measure('implied-jpy-per-usd').value).toBeCloseTo(147.06, 2);
    expect(measure('implied-inr-per-usd')).toMatchObject({ unit: 'INR', per: 'USD', op: 'rate' });
    expect(measure('implied-inr-per-usd').value).toBeCloseTo(87.72, 2);
  });

  it('names only figures that exist as inputs and operands', () => {
    const ids = new Set(dataset.figures.map((f) => f.id));
    for (const d of derived) {
      expect(
        d.inputs.every((id) => ids.has(id)),
        d.id,
      ).toBe(true);
      for (const m of d.measures)
        expect(
          m.operands.every((o) => d.inputs.includes(o.figureId)),
          d.id,
        ).toBe(true);
    }
  });
});

describe('missing inputs are skipped, not guessed', () => {
  const without = (...ids: string[]) => ({
    figures: dataset.figures.filter((f) => !ids.includes(f.id)),
  });
  const idsOf = (figures: { figures: Figure[] }) => deriveFigures(figures).map((d) => d.id);

  it('no figures → no derived figures', () => {
    expect(deriveFigures({ figures: [] })).toEqual([]);
  });

  it('synthesized datasets (no known ids) derive nothing', () => {
    for (const seed of [1, 2, 3, 4, 5]) expect(deriveFigures(synthDataset(seed))).toEqual([]);
  });

  it('without the allocated incentives: no share or remainder, but the INR rate stays', () => {
    const ids = idsOf(without('ism-incentives-allocated'));
    expect(ids).not.toContain('incentives-allocated-share');
    expect(ids).not.toContain('incentives-remainder');
    expect(ids).toContain('implied-inr-per-usd');
  });

  it('without the 2021–2024 investments: no growth or total, but 2017–2020 per year stays', () => {
    const ids = idsOf(without('jp-investments-2021-2024'));
    expect(ids).not.toContain('investments-growth');
    expect(ids).not.toContain('investments-total');
    expect(ids).not.toContain('investments-per-year-2021-2024');
    expect(ids).toContain('investments-per-year-2017-2020');
  });

  it('without the ten-year target: no per-year target and no JPY rate', () => {
    const ids = idsOf(without('jp-ten-year-target'));
    expect(ids).not.toContain('target-per-year');
    expect(ids).not.toContain('implied-jpy-per-usd');
  });

  it('a target without its USD measure gives no JPY rate; a period-less figure no per-year', () => {
    const figures = dataset.figures.map((f) => {
      if (f.id === 'jp-ten-year-target')
        return { ...f, measures: f.measures.filter((m) => m.unit !== 'USD') };
      if (f.id === 'jp-investments-2017-2020' && f.when)
        return { ...f, when: { ...f.when, date: '2020' } };
      return f;
    });
    const ids = idsOf({ figures });
    expect(ids).not.toContain('implied-jpy-per-usd');
    expect(ids).not.toContain('investments-per-year-2017-2020');
    expect(ids).toContain('target-per-year');
  });
});

describe('arithmetic properties', () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 });
  const nonZero = finite.filter((x) => x !== 0);

  it('ratio(a, a) = 100', () => {
    fc.assert(fc.property(nonZero, (a) => ratio(a, a) === 100));
  });

  it('growth(x, x) = 0', () => {
    fc.assert(fc.property(nonZero, (x) => growth(x, x) === 0));
  });

  it('perYear(total, n) × n ≈ total', () => {
    fc.assert(
      fc.property(finite, fc.integer({ min: 1, max: 1000 }), (total, n) => {
        expect(Math.abs(perYear(total, n) * n - total)).toBeLessThanOrEqual(
          1e-12 * Math.abs(total) + 1e-300,
        );
      }),
    );
  });

  it('ratio and growth agree: growth(a, b) = ratio(b, a) − 100', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (a, b) => {
          const r = ratio(b, a) - 100;
          expect(Math.abs(growth(a, b) - r)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(r)));
        },
      ),
    );
  });
});
