import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRows, filterRows, type Row } from '../../src/domain/crossfilter.ts';
import { selectDerivedFigures, selectFiguresById, selectRows } from '../../src/domain/selectors.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { categoryTakeaway, nameList, wrapWords } from '../../src/features/charts/labels.ts';
import {
  categoryBuckets,
  categoryDomain,
  incentiveSeries,
  leaders,
  indexesToClause,
  investmentSpans,
  overlaps,
  pickCurrency,
  rangeOf,
  rangeToIndexes,
  selectedValues,
  sharedCurrencies,
  spanTicks,
  timelineSeries,
  uniqueCitations,
  yearRangeClause,
} from '../../src/features/charts/series.ts';
import { bundledCopy, bundledDataset } from '../fixtures/bundled.ts';
import { synthDataset } from '../fixtures/synth-dataset.ts';

const d = bundledDataset();
const figures = selectFiguresById(d);
const derived = selectDerivedFigures(d);

describe('investmentSpans', () => {
  it('draws each period total as one span from its first year to the end of its last', () => {
    const spans = investmentSpans(figures, derived, null);
    expect(spans.map((s) => [s.start, s.end, s.x0, s.x1, s.total])).toEqual([
      [2017, 2020, 2017, 2021, 22],
      [2021, 2024, 2021, 2025, 58],
    ]);
    expect(spans.every((s) => s.highlighted === null)).toBe(true);
  });

  it('carries the derived even spread per year, never yearly figures', () => {
    const spans = investmentSpans(figures, derived, null);
    expect(spans.map((s) => s.average)).toEqual([5.5, 14.5]);
    for (const s of spans) expect(s.average! * (s.x1 - s.x0)).toBeCloseTo(s.total);
  });

  it('highlights the periods a year range overlaps, and only those', () => {
    const at = (min: number, max: number) =>
      investmentSpans(figures, derived, { min, max }).map((s) => s.highlighted);
    expect(at(2022, 2023)).toEqual([false, true]);
    expect(at(2018, 2018)).toEqual([true, false]);
    expect(at(2020, 2021)).toEqual([true, true]);
    expect(at(2025, 2026)).toEqual([false, false]);
    expect(at(2000, 2016)).toEqual([false, false]);
  });

  it('skips a figure without a period instead of guessing one', () => {
    const copy = bundledCopy();
    const f = copy.figures.find((x) => x.id === 'jp-investments-2017-2020')!;
    f.when = { date: '2020', stated: '2020' };
    const spans = investmentSpans(selectFiguresById(copy), selectDerivedFigures(copy), null);
    expect(spans.map((s) => s.figureId)).toEqual(['jp-investments-2021-2024']);
  });

  it('puts year ticks on every boundary the spans cover', () => {
    expect(spanTicks(investmentSpans(figures, derived, null))).toEqual([
      2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    expect(spanTicks([])).toEqual([]);
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
          const range = { min, max: min + width };
          let shared = false;
          for (let y = span.start; y <= span.end; y++)
            if (y >= range.min && y <= range.max) shared = true;
          expect(overlaps(span, range)).toBe(shared);
        },
      ),
    );
  });
});

describe('uniqueCitations', () => {
  it('drops repeats of the same source paragraph', () => {
    const spans = investmentSpans(figures, derived, null);
    expect(uniqueCitations(spans.map((s) => s.citation))).toHaveLength(1);
    const a = { source: 's1', paragraph: 1 };
    const b = { source: 's1', paragraph: 2 };
    expect(uniqueCitations([a, b, { ...a }])).toEqual([a, b]);
  });
});

describe('incentives', () => {
  const designated = figures.get('ism-incentives-designated');
  const allocated = figures.get('ism-incentives-allocated');

  it('offers the currencies both figures state, in the first one’s order', () => {
    expect(sharedCurrencies([designated, allocated])).toEqual(['INR', 'USD']);
    expect(sharedCurrencies([designated, undefined])).toEqual([]);
  });

  it('keeps the store currency when available, else falls back to the first', () => {
    expect(pickCurrency(['INR', 'USD'], 'USD')).toBe('USD');
    expect(pickCurrency(['INR', 'USD'], 'JPY')).toBe('INR');
    expect(pickCurrency([], 'INR')).toBeNull();
  });

  it('gives designated, allocated and the derived remainder in each currency', () => {
    const inr = incentiveSeries(figures, derived, 'INR');
    expect(inr.map((b) => [b.key, b.value, b.derived])).toEqual([
      ['designated', 650e9, false],
      ['allocated', 629e9, false],
      ['remainder', 21e9, true],
    ]);
    expect(inr[1]?.qualifier).toBe('nearly');
    expect(inr[2]?.stated).toBeNull();
    const usd = incentiveSeries(figures, derived, 'USD');
    expect(usd.map((b) => b.unit)).toEqual(['USD', 'USD', 'USD']);
    expect(usd[0]?.value).toBe(7.41e9);
    expect(usd[2]?.value).toBeCloseTo(0.24e9);
    expect(incentiveSeries(figures, derived, 'JPY')).toEqual([]);
  });
});

describe('categoryBuckets', () => {
  const all = selectRows(d);
  const label = (k: string) => k;

  it('keeps every category of the dataset, at zero when the filters leave it empty', () => {
    const domain = categoryDomain(all, 'sector');
    const rows = filterRows(
      all,
      { type: { kind: 'in', field: 'type', values: ['fab'] } },
      'sector',
    );
    const buckets = categoryBuckets(rows, 'sector', all, label);
    expect(buckets.map((b) => b.key).sort()).toEqual([...domain].sort());
    expect(buckets.filter((b) => b.count > 0).map((b) => b.key)).toEqual(['semiconductors']);
    expect(buckets.filter((b) => b.count === 0)).toHaveLength(domain.length - 1);
  });

  it('counts projects only and sorts by the whole dataset’s count, then label', () => {
    const buckets = categoryBuckets(all, 'sector', all, label);
    const projects = all.filter((r) => r.kind === 'project');
    expect(buckets.reduce((n, b) => n + b.count, 0)).toBe(projects.length);
    expect(buckets.every((b) => b.count === b.overall)).toBe(true);
    for (let i = 1; i < buckets.length; i++) {
      const [a, b] = [buckets[i - 1]!, buckets[i]!];
      expect(
        a.overall > b.overall || (a.overall === b.overall && a.label.localeCompare(b.label) <= 0),
      ).toBe(true);
    }
    expect(buckets[0]).toMatchObject({ key: 'semiconductors', count: 10, overall: 10 });
  });

  it('keeps its order under any filter: filtering changes lengths, not positions', () => {
    for (const field of ['sector', 'type', 'country'] as const) {
      const order = categoryBuckets(all, field, all, label).map((b) => b.key);
      for (const clause of [
        { kind: 'in', field: 'type', values: ['government-programme'] },
        { kind: 'in', field: 'sector', values: ['critical-minerals'] },
        { kind: 'in', field: 'site', values: ['dholera'] },
        { kind: 'range', field: 'year', min: 2024, max: 2025 },
      ] as const) {
        const rows = filterRows(all, { table: clause }, null);
        const buckets = categoryBuckets(rows, field, all, label);
        expect(buckets.map((b) => b.key)).toEqual(order);
      }
    }
  });

  it('keeps the whole-dataset order on synthesized datasets under any clause', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom('ai', 'semiconductors', 'space', 'critical-minerals'),
        (seed, sector) => {
          const rows: Row[] = buildRows(synthDataset(seed));
          const some = filterRows(
            rows,
            { sector: { kind: 'in', field: 'sector', values: [sector] } },
            'type',
          );
          const whole = categoryBuckets(rows, 'type', rows, label);
          const filtered = categoryBuckets(some, 'type', rows, label);
          expect(filtered.map((b) => b.key)).toEqual(whole.map((b) => b.key));
          expect(filtered.map((b) => b.overall)).toEqual(whole.map((b) => b.count));
          expect(filtered.every((b) => b.count <= b.overall)).toBe(true);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('takes its domain from projects, so partner countries nobody has are not bars', () => {
    expect(categoryDomain(all, 'country').sort()).toEqual(['IN', 'JP', 'TW']);
  });

  it('marks the view’s own selection', () => {
    const clause = { kind: 'in', field: 'sector', values: ['ai'] } as const;
    expect(selectedValues(clause, 'sector')).toEqual(['ai']);
    expect(selectedValues(clause, 'type')).toEqual([]);
    expect(selectedValues(undefined, 'sector')).toEqual([]);
    const buckets = categoryBuckets(all, 'sector', all, label, ['ai']);
    expect(buckets.filter((b) => b.selected).map((b) => b.key)).toEqual(['ai']);
  });

  it('keeps the whole domain on synthesized datasets under any clause', () => {
    for (const seed of [3, 5, 8]) {
      const rows: Row[] = buildRows(synthDataset(seed));
      const domain = categoryDomain(rows, 'type');
      const some = filterRows(
        rows,
        { sector: { kind: 'in', field: 'sector', values: ['ai'] } },
        'type',
      );
      expect(categoryBuckets(some, 'type', rows, label)).toHaveLength(domain.length);
    }
  });
});

describe('leaders and the category takeaway', () => {
  const t = translator('en');
  const bucket = (key: string, count: number) => ({
    key,
    label: key,
    count,
    overall: 5,
    selected: false,
  });

  it('finds every category sharing the top count, none when all are zero', () => {
    expect(leaders([bucket('a', 1), bucket('b', 3), bucket('c', 3)]).map((b) => b.key)).toEqual([
      'b',
      'c',
    ]);
    expect(leaders([bucket('a', 0), bucket('b', 0)])).toEqual([]);
    expect(leaders([])).toEqual([]);
  });

  it('names a single leader, with the plural that fits the total', () => {
    expect(categoryTakeaway(t, 'en', [bucket('A', 2), bucket('B', 1)], 3)).toBe(
      'A leads with 2 of 3 projects.',
    );
    expect(categoryTakeaway(t, 'en', [bucket('A', 1), bucket('B', 0)], 1)).toBe(
      'A leads with 1 of 1 project.',
    );
  });

  it('says a shared top count is a tie, never a lead', () => {
    expect(categoryTakeaway(t, 'en', [bucket('A', 1), bucket('B', 1), bucket('C', 1)], 3)).toBe(
      'A, B, and C tie with 1 each, of 3 projects.',
    );
    expect(categoryTakeaway(t, 'en', [bucket('A', 1), bucket('B', 1)], 1)).toBe(
      'A and B tie with 1 each, of 1 project.',
    );
  });

  it('lists up to three names and counts the rest', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F'];
    expect(nameList(t, 'en', names)).toBe('A, B, C, and 3 more');
    expect(nameList(t, 'en', names.slice(0, 4))).toBe('A, B, C, and D');
    expect(nameList(t, 'en', ['A'])).toBe('A');
  });

  it('says when nothing matches', () => {
    expect(categoryTakeaway(t, 'en', [bucket('A', 0)], 0)).toBe(
      'No projects match the other filters.',
    );
  });
});

describe('wrapWords', () => {
  it('fills lines up to the width and never splits a word', () => {
    expect(wrapWords('Derived average', 200, 6.8)).toEqual(['Derived average']);
    expect(wrapWords('Derived average', 60, 6.8)).toEqual(['Derived', 'average']);
    expect(wrapWords('14.5 a year', 30, 6.8)).toEqual(['14.5', 'a', 'year']);
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 12 }),
        fc.integer({ min: 10, max: 300 }),
        (words, max) => {
          const lines = wrapWords(words.join(' '), max, 6.8);
          expect(lines.join(' ')).toBe(words.join(' '));
          for (const line of lines)
            expect(line.length * 6.8 <= max || !line.includes(' ')).toBe(true);
        },
      ),
    );
  });
});

describe('timeline', () => {
  const all = selectRows(d);
  const extent = [2017, 2025] as const;

  it('counts dated projects and events per year and the undated apart', () => {
    const s = timelineSeries(all, extent);
    expect(s.buckets.map((b) => b.year)).toEqual([
      2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    expect(s.datedProjects + s.datedEvents + s.undated).toBe(all.length);
    expect(s.undated).toBe(all.filter((r) => r.year === null).length);
  });

  it('turns a chosen range into a clause: ordered, clamped, none for the full extent', () => {
    expect(yearRangeClause(2023, 2021, extent)).toEqual({
      kind: 'range',
      field: 'year',
      min: 2021,
      max: 2023,
    });
    expect(yearRangeClause(2010, 2020, extent)).toEqual({
      kind: 'range',
      field: 'year',
      min: 2017,
      max: 2020,
    });
    expect(yearRangeClause(2017, 2025, extent)).toBeNull();
    expect(yearRangeClause(2000, 2030, extent)).toBeNull();
  });

  it('maps clauses to brush indexes and back', () => {
    expect(rangeToIndexes(null, extent)).toEqual({ startIndex: 0, endIndex: 8 });
    expect(rangeToIndexes({ min: 2022, max: 2023 }, extent)).toEqual({
      startIndex: 5,
      endIndex: 6,
    });
    expect(rangeToIndexes({ min: 2010, max: 2040 }, extent)).toEqual({
      startIndex: 0,
      endIndex: 8,
    });
    expect(indexesToClause(0, 8, extent)).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }), (a, b) => {
        const [i, j] = a <= b ? [a, b] : [b, a];
        const clause = indexesToClause(i, j, extent);
        const back = rangeToIndexes(rangeOf(clause ?? undefined), extent);
        expect(back).toEqual({ startIndex: i, endIndex: j });
      }),
    );
  });
});
