import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  VIEW_IDS,
  buildRows,
  countBy,
  countByYear,
  filterRows,
  matches,
  type Clause,
  type Clauses,
  type Row,
  type ViewId,
} from '../../src/domain/crossfilter.ts';
import { bundledDataset } from '../fixtures/bundled.ts';

const dataset = bundledDataset();
const rows = buildRows(dataset);
const byId = (id: string) => {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};
const sector = (...values: string[]): Clause => ({ kind: 'in', field: 'sector', values });

describe('buildRows', () => {
  it('has one row per project and per event', () => {
    expect(rows.filter((r) => r.kind === 'project')).toHaveLength(dataset.projects.length);
    expect(rows.filter((r) => r.kind === 'event')).toHaveLength(dataset.events.length);
  });

  it('dates a project by its own date only, never by a linked event', () => {
    expect(byId('terrier-cyber-quest').year).toBe(2025); // own date
    expect(byId('dholera-sir').year).toBeNull(); // the 2025 delegation visit does not date the region
    expect(byId('semiconductor-supply-chain-moc').year).toBe(2023); // its own date, cited
    expect(byId('tokyo-electron-tata').year).toBeNull(); // no date anywhere in the sources
  });

  it('gives an event the sectors, countries and sites of the projects it is linked to', () => {
    const tour = byId('tel-miyagi-tour');
    expect(tour.sector).toEqual(['semiconductors']);
    expect(tour.country).toEqual(['JP']);
    expect(tour.site).toEqual(['sendai']);
    expect(byId('year-of-sti-2025').sector).toEqual([]);
  });
});

describe('filterRows', () => {
  it('skips the clause of the view asking, and applies every other', () => {
    const clauses: Clauses = {
      sector: sector('ai', 'semiconductors'),
      country: { kind: 'in', field: 'country', values: ['TW'] },
    };
    const forSector = filterRows(rows, clauses, 'sector');
    expect(forSector.every((r) => r.country.includes('TW'))).toBe(true);
    const forCountry = filterRows(rows, clauses, 'country');
    expect(
      forCountry.every((r) => r.sector.includes('ai') || r.sector.includes('semiconductors')),
    ).toBe(true);
    expect(forCountry.some((r) => !r.country.includes('TW'))).toBe(true); // own clause not applied
    expect(forCountry.some((r) => r.sector.includes('ai'))).toBe(true);
    const all = filterRows(rows, clauses, null);
    expect(all.map((r) => r.id).sort()).toEqual(['foxconn-plant', 'tata-psmc-dholera-fab']);
  });

  it('combines an in, a range and a search clause', () => {
    const clauses: Clauses = {
      sector: sector('semiconductors'),
      timeline: { kind: 'range', field: 'year', min: 2023, max: 2025 },
      table: { kind: 'search', field: 'text', query: 'meity' },
    };
    expect(
      filterRows(rows, clauses, null)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['moc-signed-2023', 'semiconductor-supply-chain-moc']);
  });

  it('returns nothing, not everything, when clauses exclude each other', () => {
    const clauses: Clauses = {
      sector: sector('space'),
      site: { kind: 'in', field: 'site', values: ['dholera'] },
    };
    expect(filterRows(rows, clauses, null)).toEqual([]);
  });

  it('drops undated rows under a year range', () => {
    const out = filterRows(
      rows,
      { timeline: { kind: 'range', field: 'year', min: 1900, max: 2100 } },
      null,
    );
    expect(out.every((r) => r.year !== null)).toBe(true);
    expect(out.length).toBeLessThan(rows.length);
  });

  it('matches search words in any order, case-insensitively', () => {
    const r = byId('nec-jio-open-ran');
    expect(matches(r, { kind: 'search', field: 'text', query: 'JIO nec' })).toBe(true);
    expect(matches(r, { kind: 'search', field: 'text', query: 'jio toyota' })).toBe(false);
  });

  const arbClause: fc.Arbitrary<Clause> = fc.oneof(
    fc.record({
      kind: fc.constant('in' as const),
      field: fc.constantFrom('sector', 'type', 'country', 'site' as const),
      values: fc.array(
        fc.constantFrom(
          'semiconductors',
          'ai',
          'osat',
          'fab',
          'JP',
          'IN',
          'TW',
          'dholera',
          'sendai',
        ),
        {
          minLength: 1,
          maxLength: 3,
        },
      ),
    }),
    fc
      .tuple(fc.integer({ min: 2015, max: 2027 }), fc.integer({ min: 0, max: 6 }))
      .map(([min, span]) => ({
        kind: 'range' as const,
        field: 'year' as const,
        min,
        max: min + span,
      })),
    fc
      .constantFrom('jio', 'tata', 'government', 'x')
      .map((query) => ({ kind: 'search' as const, field: 'text' as const, query })),
  );
  const arbClauses: fc.Arbitrary<Clauses> = fc.dictionary(
    fc.constantFrom(...VIEW_IDS),
    arbClause,
  ) as fc.Arbitrary<Clauses>;

  it('equals the naive definition for any clauses and any view (property)', () => {
    fc.assert(
      fc.property(
        arbClauses,
        fc.constantFrom<ViewId | null>(...VIEW_IDS, null),
        (clauses, view) => {
          const naive = rows.filter((r) =>
            Object.entries(clauses).every(([v, c]) => v === view || matches(r, c as Clause)),
          );
          expect(filterRows(rows, clauses, view)).toEqual(naive);
        },
      ),
    );
  });

  it('never shows a view fewer rows than the full filter does (property)', () => {
    fc.assert(
      fc.property(arbClauses, fc.constantFrom(...VIEW_IDS), (clauses, view) => {
        const all = new Set(filterRows(rows, clauses, null));
        const own = filterRows(rows, clauses, view);
        expect([...all].every((r) => own.includes(r))).toBe(true);
      }),
    );
  });
});

describe('aggregates', () => {
  it('countBy counts every value of a multi-valued field and keeps zero buckets of the domain', () => {
    const projects = rows.filter((r) => r.kind === 'project');
    const buckets = countBy(projects, 'country', ['IN', 'JP', 'TW', 'US']);
    const get = (k: string) => buckets.find((b) => b.key === k)?.count;
    expect(get('US')).toBe(0);
    expect(get('TW')).toBe(2); // PSMC and Foxconn
    expect(get('IN')).toBe(projects.filter((r) => r.country.includes('IN')).length);
  });

  it('countByYear splits projects and events and ignores undated rows', () => {
    const buckets = countByYear(rows, 2017, 2025);
    expect(buckets.map((b) => b.year)).toEqual([
      2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    const y2023 = buckets.find((b) => b.year === 2023);
    expect(y2023).toEqual({ year: 2023, projects: 1, events: 1 });
    const total = buckets.reduce((n, b) => n + b.projects + b.events, 0);
    expect(total).toBe(rows.filter((r: Row) => r.year !== null).length);
  });
});
