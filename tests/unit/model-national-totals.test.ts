/**
 * The view models of the two national totals (src/domain/coordinator/models): the investment
 * periods and the ISM incentives. Project filters never apply to them; a year range highlights.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  INCENTIVES_CLIENT,
  INVESTMENTS_CLIENT,
  incentivesModel,
  investmentSpans,
  investmentsModel,
  overlaps,
  pickCurrency,
} from '../../src/domain/coordinator/index.ts';
import { uniqueCitations } from '../../src/domain/citations.ts';
import { sharedCurrencies } from '../../src/domain/incentives.ts';
import { selectFiguresById } from '../../src/domain/selectors.ts';
import { bundledCopy, bundledDataset } from '../fixtures/bundled.ts';
import { modelsOf } from '../support/models.ts';

const d = bundledDataset();
const range = (min: number, max: number) => ({
  timeline: { kind: 'range' as const, field: 'year' as const, min, max },
});

describe('investments model', () => {
  const article = <S extends { series: string }>(spans: readonly S[]) =>
    spans.filter((s) => s.series === 'article');
  it('draws each period total as one span from its first year to the end of its last', () => {
    const { spans, range: r } = investmentsModel(d, {});
    // Per period, the article's count first, then JETRO's Japan-only count: never merged.
    expect(spans.map((s) => [s.series, s.start, s.end, s.x0, s.x1, s.total])).toEqual([
      ['article', 2017, 2020, 2017, 2021, 22],
      ['jetro', 2017, 2020, 2017, 2021, 1],
      ['article', 2021, 2024, 2021, 2025, 58],
      ['jetro', 2021, 2024, 2021, 2025, 8],
    ]);
    // The article's pair is contested (record D1); so is JETRO's Japan-only count.
    expect(spans.every((s) => s.contested)).toBe(true);
    expect(spans.filter((s) => s.series === 'jetro').map((s) => s.citation.item)).toEqual([
      'C13',
      'C13',
    ]);
    expect(spans.every((s) => s.highlighted === null)).toBe(true);
    expect(r).toBeNull();
  });

  it('carries the derived even spread per year, never yearly figures', () => {
    const { spans } = investmentsModel(d, {});
    // The per-year spread is derived for the article's count only.
    expect(spans.map((s) => s.average)).toEqual([5.5, null, 14.5, null]);
    for (const s of article(spans)) expect(s.average! * (s.x1 - s.x0)).toBeCloseTo(s.total);
  });

  it('highlights the periods a year range overlaps, and only those', () => {
    const at = (min: number, max: number) =>
      article(investmentsModel(d, range(min, max)).spans).map((s) => s.highlighted);
    expect(at(2022, 2023)).toEqual([false, true]);
    expect(at(2018, 2018)).toEqual([true, false]);
    expect(at(2020, 2021)).toEqual([true, true]);
    expect(at(2025, 2026)).toEqual([false, false]);
    expect(at(2000, 2016)).toEqual([false, false]);
  });

  it('ignores every project filter: only the year range reaches it', () => {
    const { coordinator, inputs } = modelsOf(d);
    const plain = coordinator.get(INVESTMENTS_CLIENT, inputs());
    const sector = { sector: { kind: 'in' as const, field: 'sector' as const, values: ['ai'] } };
    expect(coordinator.get(INVESTMENTS_CLIENT, inputs(sector))).toBe(plain);
    expect(coordinator.get(INVESTMENTS_CLIENT, inputs(range(2022, 2023)))).not.toBe(plain);
  });

  it('skips a figure without a period instead of guessing one', () => {
    const copy = bundledCopy();
    const f = copy.figures.find((x) => x.id === 'jp-investments-2017-2020')!;
    f.when = { date: '2020', stated: '2020' };
    const spans = investmentSpans(copy, null);
    expect(spans.map((s) => s.figureId)).toEqual(['jp-investments-2021-2024']);
    // One period: no growth to speak of.
    expect(investmentsModel(copy, {}).growth).toBeNull();
  });

  it('puts year ticks on every boundary the spans cover, and gives the derived growth', () => {
    const m = investmentsModel(d, {});
    expect(m.ticks).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(m.domain).toEqual([2017, 2025]);
    expect(m.growth?.value).toBeCloseTo(((58 - 22) / 22) * 100); // percent
    // Each series says its own growth: the article's +163.6%, JETRO's Japan-only +700%.
    expect(m.series.map((s) => [s.id, s.growth?.value])).toEqual([
      ['article', m.growth?.value],
      ['jetro', ((8 - 1) / 1) * 100],
    ]);
  });
});

describe('overlaps', () => {
  it('is true exactly when the inclusive spans share a year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2040 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 2000, max: 2040 }),
        fc.integer({ min: 0, max: 10 }),
        (start, len, min, width) => {
          const span = { start, end: start + len };
          const r = { min, max: min + width };
          let shared = false;
          for (let y = span.start; y <= span.end; y++) if (y >= r.min && y <= r.max) shared = true;
          expect(overlaps(span, r)).toBe(shared);
        },
      ),
    );
  });
});

describe('uniqueCitations', () => {
  it('drops repeats of the same source paragraph', () => {
    const spans = investmentSpans(d, null);
    expect(spans).toHaveLength(2);
    expect(uniqueCitations(spans.map((s) => s.citation))).toHaveLength(1);
    const a = { source: 's1', paragraph: 1 };
    const b = { source: 's1', paragraph: 2 };
    expect(uniqueCitations([a, b, { ...a }])).toEqual([a, b]);
  });
});

describe('incentives model', () => {
  const figures = selectFiguresById(d);
  const designated = figures.get('ism-incentives-designated');
  const allocated = figures.get('ism-incentives-allocated');

  it('offers the currencies both figures state, in the first one’s order', () => {
    expect(sharedCurrencies([designated, allocated])).toEqual(['INR', 'USD']);
    expect(sharedCurrencies([designated, undefined])).toEqual([]);
    expect(incentivesModel(d, 'INR').currencies).toEqual(['INR', 'USD']);
  });

  it('keeps the preferred currency when available, else falls back to the first', () => {
    expect(pickCurrency(['INR', 'USD'], 'USD')).toBe('USD');
    expect(pickCurrency(['INR', 'USD'], 'JPY')).toBe('INR');
    expect(pickCurrency([], 'INR')).toBeNull();
    expect(incentivesModel(d, 'JPY').currency).toBe('INR');
  });

  it('gives designated, allocated and the derived remainder in each currency', () => {
    const inr = incentivesModel(d, 'INR').bars;
    expect(inr.map((b) => [b.key, b.value, b.derived])).toEqual([
      ['designated', 650e9, false],
      ['allocated', 629e9, false],
      ['remainder', 21e9, true],
    ]);
    expect(inr[1]?.qualifier).toBe('nearly');
    expect(inr[2]?.qualifier).toBe('about'); // computed from a hedged figure
    expect(inr[2]?.stated).toBeNull();
    const usd = incentivesModel(d, 'USD').bars;
    expect(usd.map((b) => b.unit)).toEqual(['USD', 'USD', 'USD']);
    expect(usd[0]?.value).toBe(7.41e9);
    expect(usd[2]?.value).toBeCloseTo(0.24e9);
  });

  it('carries the derived share for the takeaway and both figures’ citations', () => {
    const m = incentivesModel(d, 'INR');
    expect(m.share?.value).toBeCloseTo((629 / 650) * 100); // percent
    expect(m.citations).toEqual([designated!.citation, allocated!.citation]);
  });

  it('draws nothing when a figure is missing, rather than half a comparison', () => {
    const copy = bundledCopy();
    copy.figures = copy.figures.filter((f) => f.id !== 'ism-incentives-allocated');
    const m = incentivesModel(copy, 'INR');
    expect(m.currencies).toEqual([]);
    expect(m.currency).toBeNull();
    expect(m.bars).toEqual([]);
  });

  it('reads only the currency: filters leave the model as it was', () => {
    const { coordinator, inputs } = modelsOf(d);
    const inr = coordinator.get(INCENTIVES_CLIENT, inputs());
    expect(coordinator.get(INCENTIVES_CLIENT, inputs(range(2020, 2021)))).toBe(inr);
    expect(coordinator.get(INCENTIVES_CLIENT, inputs({}, 'USD')).currency).toBe('USD');
  });
});
