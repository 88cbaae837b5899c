import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IN_FIELDS,
  VIEW_IDS,
  type Clause,
  type Clauses,
  type ViewId,
} from '../../src/domain/clauses.ts';
import {
  countBy,
  countByYear as naiveCountByYear,
  filterRows,
  type Row,
} from '../oracle/row-engine.ts';
import {
  CATEGORICAL_FIELDS,
  ColumnBuilder,
  type ColumnTable,
  fromColumns,
  fromRows,
  codesAt,
  NULL_YEAR,
  type CategoricalColumn,
} from '../../src/domain/columns/columns.ts';
import {
  clauseMask,
  countByCode,
  countByYear,
  countSelected,
  selectedIndices,
  viewSelection,
  type YearCounts,
} from '../../src/domain/columns/engine.ts';
import {
  synthLedgerRecords,
  synthLedgerRows,
  synthLedgerTable,
  type LedgerRow,
} from '../../tools/lib/synth-ledger.ts';

const VOCAB = {
  sector: ['semis', 'ai', 'space', 'energy'],
  type: ['fab', 'osat', 'deal'],
  country: ['IN', 'JP', 'US', 'TW'],
  site: ['s1', 's2', 's3', 's4', 's5', 's6'],
} as const;
const WORDS = ['chip', 'fab', 'yen', 'tokyo', 'wafer', 'ai'];
const UNKNOWN = 'not-in-any-dictionary';
const EXCEPTS: (ViewId | null)[] = [...VIEW_IDS, null];

// ---- arbitraries -------------------------------------------------------------------------------

/** Rows with at most `most` values per field (1: the single-valued fast path), duplicates allowed. */
const rowArb = (most: number, years: [number, number]) =>
  fc.record({
    kind: fc.constantFrom('project' as const, 'event' as const),
    sector: fc.array(fc.constantFrom(...VOCAB.sector), { maxLength: most }),
    type: fc.array(fc.constantFrom(...VOCAB.type), { maxLength: most }),
    country: fc.array(fc.constantFrom(...VOCAB.country), { maxLength: most }),
    site: fc.array(fc.constantFrom(...VOCAB.site), { maxLength: most }),
    year: fc.option(fc.integer({ min: years[0], max: years[1] }), { nil: null, freq: 10 }),
    words: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }),
    amount: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
  });

const rowsArb = fc
  .record({
    most: fc.constantFrom(1, 3),
    // 41 distinct years use the threshold bitsets; 201 use the scan of the year column.
    years: fc.constantFrom<[number, number]>([2000, 2040], [1900, 2100]),
  })
  // size 'max': without it fast-check keeps arrays to about ten items whatever maxLength says.
  .chain(({ most, years }) => fc.array(rowArb(most, years), { maxLength: 500, size: 'max' }))
  .map((drafts) =>
    drafts.map(({ words, ...d }, i): LedgerRow => ({
      ...d,
      id: `r${i}`,
      label: `row ${i}`,
      partners: [],
      status: null,
      text: words.join(' '),
    })),
  );

const bound = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1895, max: 2105 }) },
  { weight: 1, arbitrary: fc.double({ min: 1990, max: 2050 }) }, // fractional and NaN
  { weight: 1, arbitrary: fc.constantFrom(Infinity, -Infinity) },
);
const rangeArb = fc.record({
  kind: fc.constant('range' as const),
  field: fc.constant('year' as const),
  min: bound,
  max: bound,
});
const clauseArb: fc.Arbitrary<Clause> = fc.oneof(
  fc.constantFrom(...IN_FIELDS).chain((field) =>
    fc.record({
      kind: fc.constant('in' as const),
      field: fc.constant(field),
      values: fc.array(fc.constantFrom(...VOCAB[field], UNKNOWN), { maxLength: 4 }),
    }),
  ),
  rangeArb,
  fc.record({
    kind: fc.constant('search' as const),
    field: fc.constant('text' as const),
    query: fc
      .tuple(
        fc.array(fc.constantFrom(...WORDS, 'CHIP', 'Fa', 'zzz', ''), { maxLength: 3 }),
        fc.constantFrom(' ', '  ', '\t'),
      )
      .map(([words, gap]) => words.join(gap)),
  }),
);
const clausesArb: fc.Arbitrary<Clauses> = fc.record(
  Object.fromEntries(VIEW_IDS.map((v) => [v, clauseArb])) as Record<ViewId, typeof clauseArb>,
  { requiredKeys: [] },
);
// A failure in a 500-row table can take minutes to shrink; stop shrinking after 20 s and report.
const LIMIT = { interruptAfterTimeLimit: 20_000 } as const;

const yearWindow = fc
  .tuple(fc.integer({ min: 1995, max: 2045 }), fc.integer({ min: -3, max: 30 }))
  .map(([from, width]) => [from, from + width] as const);

const valuesAt = (c: CategoricalColumn, i: number) => codesAt(c, i).map((k) => c.dict[k]!);
const yearAt = (t: ColumnTable, i: number) => (t.year[i] === NULL_YEAR ? null : t.year[i]!);

/** Counts per dictionary entry as a Map (the oracle's shape), in dictionary order. */
const toBuckets = (t: ColumnTable, field: (typeof IN_FIELDS)[number], counts: Uint32Array) =>
  new Map(t[field].dict.map((key, k) => [key, counts[k] ?? 0]));
const toYearBuckets = (c: YearCounts) =>
  Array.from(c.projects, (projects, y) => ({
    year: c.from + y,
    projects,
    events: c.events[y] ?? 0,
  }));

// ---- the equivalence checked everywhere ---------------------------------------------------------

/** Every aggregate of every view, from the columns and from the rows, must agree. */
function expectSameAsNaive(
  t: ColumnTable,
  rows: readonly LedgerRow[],
  clauses: Clauses,
  [from, to]: readonly [number, number],
) {
  const index = new Map(rows.map((r, i) => [r, i]));
  for (const except of EXCEPTS) {
    const expected = filterRows(rows, clauses, except);
    const sel = viewSelection(t, clauses, except);
    const where = { except, clauses };
    expect({ ...where, rows: [...selectedIndices(t, sel, 0, t.length)] }).toEqual({
      ...where,
      rows: expected.map((r) => index.get(r)),
    });
    expect(countSelected(sel)).toBe(expected.length);
    for (const field of IN_FIELDS)
      expect(toBuckets(t, field, countByCode(t, field, sel))).toEqual(
        countBy(expected, field, t[field].dict),
      );
    const kinds = countByCode(t, 'kind', sel);
    expect([kinds[0], kinds[1]]).toEqual([
      expected.filter((r) => r.kind === 'project').length,
      expected.filter((r) => r.kind === 'event').length,
    ]);
    expect(toYearBuckets(countByYear(t, sel, from, to))).toEqual(
      naiveCountByYear(expected, from, to),
    );
  }
}

const decoded = (t: ColumnTable) =>
  Array.from({ length: t.length }, (_, i) => ({
    ...Object.fromEntries(CATEGORICAL_FIELDS.map((f) => [f, valuesAt(t[f], i)])),
    year: yearAt(t, i),
    amount: t.amount ? t.amount[i] : undefined,
    text: t.text.map((part) => valuesAt(part, i).join(' ')).join(' '),
    id: t.id(i),
    label: t.label(i),
  }));

// ---- tests ---------------------------------------------------------------------------------------

describe('columnar engine ≡ the row-by-row oracle (tests/oracle)', () => {
  it('selects the same rows and counts the same for every view, any clauses', () => {
    fc.assert(
      fc.property(rowsArb, clausesArb, yearWindow, (rows, clauses, window) => {
        const t = fromRows(rows);
        expectSameAsNaive(t, rows, clauses, window);
      }),
      { ...LIMIT, numRuns: 200 },
    );
  });

  it('stays right as one table goes through many filter states (cached masks and histograms)', () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.array(clausesArb, { minLength: 1, maxLength: 8 }),
        yearWindow,
        (rows, states, window) => {
          const t = fromRows(rows);
          for (const clauses of states) expectSameAsNaive(t, rows, clauses, window);
        },
      ),
      { ...LIMIT, numRuns: 60 },
    );
  });

  it('after brushes that change only the range clause, equals a from-scratch computation', () => {
    fc.assert(
      fc.property(
        rowsArb,
        clausesArb,
        fc.constantFrom<ViewId>(...VIEW_IDS),
        fc.array(rangeArb, { minLength: 1, maxLength: 8 }),
        yearWindow,
        (rows, base, brushed, ranges, [from, to]) => {
          const t = fromRows(rows);
          const all = (tb: ColumnTable, c: Clauses) =>
            EXCEPTS.map((e) => {
              const sel = viewSelection(tb, c, e);
              return {
                rows: [...selectedIndices(tb, sel, 0, tb.length)],
                counts: IN_FIELDS.map((f) => [...countByCode(tb, f, sel)]),
                years: toYearBuckets(countByYear(tb, sel, from, to)),
              };
            });
          all(t, base); // warm every cache with the state before the brushes
          for (const range of ranges) {
            const clauses = { ...base, [brushed]: range };
            const fresh = fromRows(rows); // no cache at all
            expect(all(t, clauses)).toEqual(all(fresh, clauses));
            expectSameAsNaive(t, rows, clauses, [from, to]);
          }
        },
      ),
      { ...LIMIT, numRuns: 100 },
    );
  });

  it('pages through a selection like slicing the filtered rows', () => {
    fc.assert(
      fc.property(
        rowsArb,
        clausesArb,
        fc.integer({ min: -5, max: 600 }),
        fc.integer({ min: -5, max: 100 }),
        (rows, clauses, offset, limit) => {
          const t = fromRows(rows);
          const index = new Map(rows.map((r, i) => [r, i]));
          const expected = filterRows(rows, clauses, 'sector')
            .slice(Math.max(0, offset))
            .slice(0, Math.max(0, limit))
            .map((r) => index.get(r));
          const sel = viewSelection(t, clauses, 'sector');
          expect([...selectedIndices(t, sel, offset, limit)]).toEqual(expected);
        },
      ),
      LIMIT,
    );
  });

  it('handles dictionaries past Uint16 and value lists past the list index (CSR fallback)', () => {
    const n = 70_000;
    const rows: Row[] = Array.from({ length: n }, (_, i) => ({
      id: `r${i}`,
      kind: i % 3 === 0 ? 'event' : 'project',
      label: '',
      sector: [`sector-${i}`], // 70,000 values: Uint32 codes, single layout
      type: i % 7 === 0 ? [] : [`type-${i % 5}`],
      country: [`c-${i % 300}`, `c-${(i * 7) % 301}`], // > 65,535 distinct lists: CSR
      site: i % 2 ? [`site-${i}`] : [],
      partners: [],
      status: null,
      year: i % 11 === 0 ? null : 2000 + (i % 30),
      text: `row ${i}`,
    }));
    const t = fromRows(rows);
    expect(t.sector.codes).toBeInstanceOf(Uint32Array);
    expect(t.country.layout).toBe('multi');
    const clauses: Clauses = {
      sector: { kind: 'in', field: 'sector', values: ['sector-5', 'sector-69999', UNKNOWN] },
      country: { kind: 'in', field: 'country', values: ['c-3', 'c-17'] },
      timeline: { kind: 'range', field: 'year', min: 2005, max: 2020 },
      site: { kind: 'in', field: 'site', values: ['site-1', 'site-3', 'site-5001'] },
    };
    for (const except of EXCEPTS) {
      const expected = filterRows(rows, clauses, except);
      const sel = viewSelection(t, clauses, except);
      expect(countSelected(sel)).toBe(expected.length);
      for (const field of IN_FIELDS) {
        const got = [...toBuckets(t, field, countByCode(t, field, sel))].filter(([, n]) => n > 0);
        const want = [...countBy(expected, field)].sort(
          ([a], [b]) => t[field].dict.indexOf(a) - t[field].dict.indexOf(b),
        );
        expect(got).toEqual(want);
      }
      expect(toYearBuckets(countByYear(t, sel, 1999, 2031))).toEqual(
        naiveCountByYear(expected, 1999, 2031),
      );
    }
  });
});

describe('mask cache', () => {
  const rows = synthLedgerRows(300, 1);
  const t = fromRows(rows);

  it('returns the cached mask for the same clause, and for an equal clause made anew', () => {
    const a: Clause = { kind: 'in', field: 'country', values: ['JP', 'US'] };
    const b: Clause = { kind: 'in', field: 'country', values: ['US', 'JP', 'US'] };
    expect(clauseMask(t, a)).toBe(clauseMask(t, a));
    expect(clauseMask(t, b)).toBe(clauseMask(t, a));
    const r1: Clause = { kind: 'range', field: 'year', min: 2014.2, max: 2020.9 };
    const r2: Clause = { kind: 'range', field: 'year', min: 2015, max: 2020 };
    expect(clauseMask(t, r1)).toBe(clauseMask(t, r2));
  });

  it('keeps the masks of unchanged clauses when a brush replaces the range clause', () => {
    const sector: Clause = { kind: 'in', field: 'sector', values: ['ai'] };
    const before = clauseMask(t, { kind: 'range', field: 'year', min: 2012, max: 2018 });
    const after = clauseMask(t, { kind: 'range', field: 'year', min: 2013, max: 2018 });
    expect(clauseMask(t, { ...sector })).toBe(clauseMask(t, sector));
    expect(after).not.toBe(before);
    // A view whose selection does not involve the brushed clause keeps its selection object.
    const clauses = (min: number): Clauses => ({
      sector,
      timeline: { kind: 'range', field: 'year', min, max: 2030 },
    });
    expect(viewSelection(t, clauses(2011), 'timeline')).toBe(
      viewSelection(t, clauses(2016), 'timeline'),
    );
  });
});

describe('ColumnTable construction', () => {
  it('the synthesizer is deterministic, and its three shapes hold the same ledger', () => {
    const rows = synthLedgerRows(2000, 42);
    expect(synthLedgerRows(2000, 42)).toEqual(rows);
    expect(synthLedgerRows(2000, 43)).not.toEqual(rows);
    const direct = synthLedgerTable(2000, 42);
    const builder = new ColumnBuilder({ capacity: 16 }); // grows past its capacity
    synthLedgerRecords(2000, 42, (r) => builder.push(r));
    const built = builder.finish();
    const viaRows = fromRows(rows);
    expect(decoded(direct)).toEqual(decoded(viaRows));
    expect(decoded(built)).toEqual(decoded(viaRows));
    expect(direct.sector.layout).toBe('single');
    expect(direct.country.layout).toBe('multi');
  });

  it('has realistic cardinalities', () => {
    const t = synthLedgerTable(20_000, 7);
    expect(t.sector.dict).toHaveLength(13);
    expect(t.type.dict).toHaveLength(13);
    expect(t.country.dict).toHaveLength(6);
    expect(t.site.dict).toHaveLength(2000);
    const undated = t.year.filter((y) => y === -32768).length / t.length;
    expect(undated).toBeGreaterThan(0.03);
    expect(undated).toBeLessThan(0.07);
    const years = [...t.year].filter((y) => y !== -32768);
    expect(Math.min(...years)).toBe(2010);
    expect(Math.max(...years)).toBe(2030);
    for (let i = 0; i < t.length; i += 97) {
      const n = valuesAt(t.country, i).length;
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(3);
    }
  });

  it('rejects what it cannot store or what breaks an invariant', () => {
    const b = new ColumnBuilder();
    const rec = { id: 'x', label: 'x', kind: 'project', text: '' } as const;
    expect(() => b.push({ ...rec, year: 2020.5 })).toThrow(RangeError);
    expect(() => b.push({ ...rec, year: 40_000 })).toThrow(RangeError);
    b.push({ ...rec, year: null, sector: 'ai' });
    b.finish();
    expect(() => b.push({ ...rec, year: null })).toThrow();

    const good = synthLedgerTable(10, 1);
    expect(fromColumns(good).length).toBe(10);
    const badCodes = { ...good, sector: { ...good.sector, codes: new Uint16Array(10).fill(99) } };
    expect(() => fromColumns(badCodes as typeof good)).toThrow(/outside the dictionary/);
    const country = good.country;
    if (country.layout !== 'multi') throw new Error('country should be multi-valued');
    const offsets = country.offsets.slice();
    offsets[3] = 0;
    expect(() => fromColumns({ ...good, country: { ...country, offsets } })).toThrow(/offsets/);
    expect(() => fromColumns({ ...good, text: [] })).toThrow(/text/);
  });
});
