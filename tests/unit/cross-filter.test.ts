import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
/**
 * The cross-filter's rules on the bundled dataset, asked of what production runs (the coordinator's
 * columnar source), and the row-by-row oracle (tests/oracle) held to the same rules.
 */
import { VIEW_IDS, type Clause, type Clauses, type ViewId } from '../../src/domain/clauses.ts';
import { datasetRows } from '../../src/domain/dataset-rows.ts';
import { recordsOfDataset } from '../../src/domain/records.ts';
import { Coordinator } from '../../src/domain/coordinator/index.ts';
import { countBy, countByYear, filterRows, matches, type Row } from '../oracle/row-engine.ts';
import { bundledDataset } from '../fixtures/bundled.ts';

const dataset = bundledDataset();
const rows = datasetRows(dataset);
const records = recordsOfDataset(dataset, rows);
const source = new Coordinator().source(records);

/** The rows production selects for a view (every clause but its own), as row objects. */
function selected(clauses: Clauses, except: ViewId | null): Row[] {
  const where = { clauses, except };
  return source
    .rows({ where, kind: 'all', orderBy: null, dir: 1, offset: 0, limit: rows.length })
    .map((i) => rows[i]!);
}
const byId = (id: string) => {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};
const sector = (...values: string[]): Clause => ({ kind: 'in', field: 'sector', values });

describe('datasetRows', () => {
  it('has one row per project and per event', () => {
    expect(rows.filter((r) => r.kind === 'project')).toHaveLength(dataset.projects.length);
    expect(rows.filter((r) => r.kind === 'event')).toHaveLength(dataset.events.length);
  });

  it('dates a project by its own date only, never by a linked event', () => {
    expect(byId('terrier-cyber-quest').year).toBe(2025); // own date
    expect(byId('dholera-sir').year).toBeNull(); // the 2025 delegation visit does not date the region
    expect(byId('semiconductor-supply-chain-moc').year).toBe(2023); // its own date, cited
    expect(byId('tokyo-electron-tata').year).toBe(2024); // its own date: the MoU's signing (record C6)
    expect(byId('india-semiconductor-mission').year).toBeNull(); // its 2021 notification is an event
  });

  it('gives an event the sectors, countries and sites of the projects it is linked to', () => {
    const pilot = byId('cg-semi-pilot-line');
    expect(pilot.sector).toEqual(['semiconductors']);
    expect(pilot.country).toEqual(['IN', 'JP', 'TH']);
    expect(pilot.site).toEqual(['sanand']);
    // A partner whose country no source states adds no country.
    expect(byId('micron-inaugurated').country).toEqual([]);
    expect(byId('year-of-sti-2025').sector).toEqual([]);
  });
});

describe('the cross-filter (production source)', () => {
  it('skips the clause of the view asking, and applies every other', () => {
    const clauses: Clauses = {
      sector: sector('ai', 'semiconductors'),
      country: { kind: 'in', field: 'country', values: ['TW'] },
    };
    const forSector = selected(clauses, 'sector');
    expect(forSector.every((r) => r.country.includes('TW'))).toBe(true);
    const forCountry = selected(clauses, 'country');
    expect(
      forCountry.every((r) => r.sector.includes('ai') || r.sector.includes('semiconductors')),
    ).toBe(true);
    expect(forCountry.some((r) => !r.country.includes('TW'))).toBe(true); // own clause not applied
    expect(forCountry.some((r) => r.sector.includes('ai'))).toBe(true);
    const all = selected(clauses, null);
    // Foxconn's country is not stated, so only the Tata–PSMC fab and its event have a TW partner.
    expect(all.map((r) => r.id).sort()).toEqual([
      'tata-psmc-dholera-fab',
      'tata-psmc-foundation-stone',
    ]);
  });

  it('combines an in, a range and a search clause', () => {
    const clauses: Clauses = {
      sector: sector('semiconductors'),
      timeline: { kind: 'range', field: 'year', min: 2023, max: 2025 },
      table: { kind: 'search', field: 'text', query: 'meity' },
    };
    expect(
      selected(clauses, null)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['cabinet-apprised', 'moc-signed-2023', 'semiconductor-supply-chain-moc']);
  });

  it('returns nothing, not everything, when clauses exclude each other', () => {
    const clauses: Clauses = {
      sector: sector('space'),
      site: { kind: 'in', field: 'site', values: ['dholera'] },
    };
    expect(selected(clauses, null)).toEqual([]);
  });

  it('drops undated rows under a year range', () => {
    const out = selected(
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

  it('equals the oracle, and the oracle the definition, for any clauses and any view (property)', () => {
    fc.assert(
      fc.property(
        arbClauses,
        fc.constantFrom<ViewId | null>(...VIEW_IDS, null),
        (clauses, view) => {
          const naive = rows.filter((r) =>
            Object.entries(clauses).every(([v, c]) => v === view || matches(r, c as Clause)),
          );
          expect(filterRows(rows, clauses, view)).toEqual(naive);
          expect(selected(clauses, view)).toEqual(naive);
        },
      ),
    );
  });

  it('never shows a view fewer rows than the full filter does (property)', () => {
    fc.assert(
      fc.property(arbClauses, fc.constantFrom(...VIEW_IDS), (clauses, view) => {
        const all = new Set(selected(clauses, null));
        const own = selected(clauses, view);
        expect([...all].every((r) => own.includes(r))).toBe(true);
      }),
    );
  });
});

describe('aggregates (production source, checked against the oracle)', () => {
  const none = { clauses: {}, except: null };
  it('counts every value of a multi-valued field, one count per value', () => {
    const projects = rows.filter((r) => r.kind === 'project');
    const { keys, counts } = source.groups({ where: none, kind: 'project', groupBy: 'country' });
    const get = (k: string) => counts[keys.indexOf(k)] ?? 0;
    expect(get('US')).toBe(1); // 3D Glass Solutions
    expect(get('TW')).toBe(1); // PSMC; Foxconn's country is not stated
    expect(get('IN')).toBe(projects.filter((r) => r.country.includes('IN')).length);
    for (const [k, n] of countBy(projects, 'country')) expect(get(k), k).toBe(n);
  });

  it('splits projects and events per year and ignores undated rows', () => {
    const c = source.years({ where: none, from: 2017, to: 2026 });
    const buckets = Array.from(c.projects, (projects, i) => ({
      year: 2017 + i,
      projects,
      events: c.events[i]!,
    }));
    expect(buckets).toEqual(countByYear(rows, 2017, 2026));
    expect(buckets.map((b) => b.year)).toEqual([
      2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    // 2023: the MoC and Micron's approval; the MoC's signing and the Cabinet's briefing.
    const y2023 = buckets.find((b) => b.year === 2023);
    expect(y2023).toEqual({ year: 2023, projects: 2, events: 2 });
    const total = buckets.reduce((n, b) => n + b.projects + b.events, 0);
    expect(total).toBe(rows.filter((r: Row) => r.year !== null).length);
  });
});
