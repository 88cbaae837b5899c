/**
 * The view models of the category charts and the timeline (src/domain/coordinator/models), and the
 * words the charts make of them (labels.ts). Counts are checked against the row-by-row oracle.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rangeOf, selectedValues, type Clauses } from '../../src/domain/clauses.ts';
import {
  categoryModel,
  indexesToClause,
  rangeToIndexes,
  timelineModel,
  yearRangeClause,
  type CategoryModel,
} from '../../src/domain/coordinator/index.ts';
import { datasetRows } from '../../src/domain/dataset-rows.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { categoryTakeaway, nameList, wrapWords } from '../../src/features/charts/labels.ts';
import { bundledDataset } from '../fixtures/bundled.ts';
import { synthDataset } from '../fixtures/synth-dataset.ts';
import { countBy, filterRows } from '../oracle/row-engine.ts';
import { modelsOf } from '../support/models.ts';

const d = bundledDataset();
const { source } = modelsOf(d);
const rows = datasetRows(d);
const inClause = (field: 'sector' | 'type' | 'country' | 'site', ...values: string[]) => ({
  kind: 'in' as const,
  field,
  values,
});

describe('category model', () => {
  it('keeps every category of the dataset, at zero when the filters leave it empty', () => {
    const m = categoryModel(source(), { type: inClause('type', 'fab') }, 'sector');
    const domain = [
      ...countBy(
        rows.filter((r) => r.kind === 'project'),
        'sector',
      ).keys(),
    ];
    expect(m.bars.map((b) => b.key).sort()).toEqual(domain.sort());
    expect(m.bars.filter((b) => b.count > 0).map((b) => b.key)).toEqual(['semiconductors']);
    expect(m.bars.filter((b) => b.count === 0)).toHaveLength(domain.length - 1);
  });

  it('counts projects only, as the oracle does, most projects overall first, then by key', () => {
    const m = categoryModel(source(), {}, 'sector');
    const projects = rows.filter((r) => r.kind === 'project');
    const want = countBy(projects, 'sector');
    for (const b of m.bars) expect(b.count, b.key).toBe(want.get(b.key));
    expect(m.total).toBe(projects.length);
    expect(m.bars.every((b) => b.count === b.overall)).toBe(true);
    for (let i = 1; i < m.bars.length; i++) {
      const [a, b] = [m.bars[i - 1]!, m.bars[i]!];
      expect(a.overall > b.overall || (a.overall === b.overall && a.key < b.key)).toBe(true);
    }
    expect(m.bars[0]).toMatchObject({ key: 'semiconductors', count: 17, overall: 17 });
  });

  it('keeps its order under any filter: filtering changes lengths, not positions', () => {
    for (const field of ['sector', 'type', 'country'] as const) {
      const order = categoryModel(source(), {}, field).bars.map((b) => b.key);
      for (const clause of [
        inClause('type', 'government-programme'),
        inClause('sector', 'critical-minerals'),
        inClause('site', 'dholera'),
        { kind: 'range', field: 'year', min: 2024, max: 2025 },
      ] as const) {
        const m = categoryModel(source(), { table: clause }, field);
        expect(m.bars.map((b) => b.key)).toEqual(order);
      }
    }
  });

  it('equals the oracle and keeps the whole-dataset order on synthesized datasets (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom('ai', 'semiconductors', 'space', 'critical-minerals'),
        (seed, sector) => {
          const synth = synthDataset(seed);
          const src = modelsOf(synth).source();
          const clauses: Clauses = { sector: inClause('sector', sector) };
          const whole = categoryModel(src, {}, 'type');
          const filtered = categoryModel(src, clauses, 'type');
          expect(filtered.bars.map((b) => b.key)).toEqual(whole.bars.map((b) => b.key));
          expect(filtered.bars.map((b) => b.overall)).toEqual(whole.bars.map((b) => b.count));
          const oracle = countBy(
            filterRows(datasetRows(synth), clauses, 'type').filter((r) => r.kind === 'project'),
            'type',
          );
          for (const b of filtered.bars) expect(b.count).toBe(oracle.get(b.key) ?? 0);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('takes its values from projects, so partner countries nobody has are not bars', () => {
    expect(
      categoryModel(source(), {}, 'country')
        .bars.map((b) => b.key)
        .sort(),
    ).toEqual(['GB', 'IN', 'JP', 'KR', 'TH', 'TW', 'US']);
  });

  it('marks the view’s own selection and ignores its own clause when counting', () => {
    const clause = inClause('sector', 'ai');
    expect(selectedValues(clause, 'sector')).toEqual(['ai']);
    expect(selectedValues(clause, 'type')).toEqual([]);
    expect(selectedValues(undefined, 'sector')).toEqual([]);
    const m = categoryModel(source(), { sector: clause }, 'sector');
    expect(m.bars.filter((b) => b.selected).map((b) => b.key)).toEqual(['ai']);
    expect(m.hasSelection).toBe(true);
    expect(m.bars.map((b) => b.count)).toEqual(
      categoryModel(source(), {}, 'sector').bars.map((b) => b.count),
    );
  });

  it('names the leaders: every category sharing the top count, none when all are zero', () => {
    const m = categoryModel(source(), {}, 'country');
    expect(m.leaders).toEqual(['IN']);
    const tie = categoryModel(
      source(),
      { sector: inClause('sector', 'economic-security') },
      'country',
    );
    expect(tie.leaders).toEqual(['IN', 'JP']);
    const none = categoryModel(
      source(),
      { sector: inClause('sector', 'space'), site: inClause('site', 'dholera') },
      'type',
    );
    expect(none).toMatchObject({ leaders: [], top: 0, total: 0 });
  });
});

describe('the category takeaway', () => {
  const t = translator('en');
  const model = (leaders: string[], top: number, total: number) =>
    ({ field: 'sector', leaders, top, total }) as Pick<
      CategoryModel,
      'field' | 'leaders' | 'top' | 'total'
    >;

  it('names a single leader in the reader’s words, with the plural that fits the total', () => {
    expect(categoryTakeaway(t, 'en', model(['ai'], 2, 3))).toBe(
      'Artificial intelligence leads with 2 of 3 projects.',
    );
    expect(categoryTakeaway(t, 'en', model(['space'], 1, 1))).toBe(
      'Space leads with 1 of 1 project.',
    );
  });

  it('says a shared top count is a tie, never a lead', () => {
    expect(categoryTakeaway(t, 'en', model(['ai', 'space', 'digital'], 1, 3))).toBe(
      'Artificial intelligence, Space, and Digital tie with 1 each, of 3 projects.',
    );
  });

  it('lists up to three names and counts the rest', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F'];
    expect(nameList(t, 'en', names)).toBe('A, B, C, and 3 more');
    expect(nameList(t, 'en', names.slice(0, 4))).toBe('A, B, C, and D');
    expect(nameList(t, 'en', ['A'])).toBe('A');
  });

  it('says when nothing matches', () => {
    expect(categoryTakeaway(t, 'en', model([], 0, 0))).toBe('No projects match the other filters.');
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

describe('timeline model', () => {
  const extent = [2017, 2025] as const;

  it('counts dated projects and events per year, the undated apart, as the oracle', () => {
    // The bundled data runs to 2026 (Micron's plant opened in February 2026).
    const m = timelineModel(source(), {}, [2017, 2026]);
    expect(m.buckets.map((b) => b.year)).toEqual([
      2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(m.datedProjects + m.datedEvents + m.undated).toBe(rows.length);
    expect(m.undated).toBe(rows.filter((r) => r.year === null).length);
    expect(m.rows).toBe(rows.length);
    expect(m.peak).toBe(Math.max(...m.buckets.map((b) => b.projects + b.events)));
    expect(m.buckets.find((b) => b.year === 2023)).toEqual({ year: 2023, projects: 2, events: 2 });
  });

  it('ignores its own range when counting, and gives the brush its ends', () => {
    const clauses = {
      timeline: { kind: 'range' as const, field: 'year' as const, min: 2022, max: 2023 },
    };
    const m = timelineModel(source(), clauses, extent);
    expect(m.buckets).toEqual(timelineModel(source(), {}, extent).buckets);
    expect(m.range).toEqual({ min: 2022, max: 2023 });
    expect([m.startIndex, m.endIndex]).toEqual([5, 6]);
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
