/**
 * The models of the projects table, the filters bar (chips, live count, print line) and the
 * selected site's card (src/domain/coordinator/models), against the row-by-row oracle.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VIEW_IDS, type Clause, type Clauses } from '../../src/domain/clauses.ts';
import {
  SITE_RECORDS_LISTED,
  filtersModel,
  siteDetailModel,
  tableModel,
  tablePage,
} from '../../src/domain/coordinator/index.ts';
import { datasetRows } from '../../src/domain/dataset-rows.ts';
import { bundledDataset } from '../fixtures/bundled.ts';
import { filterRows } from '../oracle/row-engine.ts';
import { inputsFor, modelsOf } from '../support/models.ts';

const d = bundledDataset();
const rows = datasetRows(d);
const projects = rows.filter((r) => r.kind === 'project');
const records = inputsFor(d).records;
const { source } = modelsOf(d);
const sector = (...values: string[]): Clause => ({ kind: 'in', field: 'sector', values });

describe('filters model', () => {
  it('lists the clauses in the views’ order and counts the projects every one leaves', () => {
    const clauses: Clauses = {
      table: { kind: 'search', field: 'text', query: 'tata' },
      sector: sector('semiconductors'),
    };
    const m = filtersModel(source(), clauses);
    expect(m.entries.map(([view]) => view)).toEqual(['sector', 'table']);
    expect(m.entries[0]![1]).toBe(clauses.sector);
    expect(m.total).toBe(projects.length);
    expect(m.shown).toBe(filterRows(projects, clauses, null).length);
    expect(filtersModel(source(), {})).toEqual({
      entries: [],
      shown: projects.length,
      total: projects.length,
    });
  });
});

describe('table model and pages', () => {
  it('sorts the bundled dataset by name unless asked otherwise', () => {
    const m = tableModel(source(), records, {}, { key: null, dir: 1 });
    const n = d.projects.length;
    expect(m).toEqual({ shown: n, total: n, sort: { key: 'name', dir: 1 } });
    const page = tablePage(source(), records, {}, m.sort, 0, n);
    expect(page).toHaveLength(n);
    const names = page.map((r) => r.label);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(page.every((r) => r.kind === 'project')).toBe(true);
  });

  it('pages through what every clause leaves, in order, like slicing the oracle’s rows', () => {
    const clauseArb = fc.oneof(
      fc.constantFrom('semiconductors', 'ai', 'space').map((v) => sector(v)),
      fc
        .constantFrom('JP', 'IN', 'TW')
        .map((v): Clause => ({ kind: 'in', field: 'country', values: [v] })),
      fc
        .constantFrom('tata', 'jio', 'x')
        .map((query): Clause => ({ kind: 'search', field: 'text', query })),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...VIEW_IDS), clauseArb) as fc.Arbitrary<Clauses>,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom<1 | -1>(1, -1),
        (clauses, first, count, dir) => {
          const sort = { key: 'year' as const, dir };
          const all = tablePage(source(), records, clauses, sort, 0, 1000);
          const want = filterRows(projects, clauses, null).map((r) => r.id);
          expect(all.map((r) => r.id).sort()).toEqual([...want].sort());
          expect(tablePage(source(), records, clauses, sort, first, count)).toEqual(
            all.slice(first, first + count),
          );
          // Years in order (either way), undated last either way.
          const years = all.map((r) => r.year);
          const dated = years.filter((y): y is number => y !== null);
          expect(years.slice(0, dated.length)).toEqual(dated);
          expect(dated).toEqual([...dated].sort((a, b) => (a - b) * dir));
        },
      ),
    );
  });

  it('gives the same record object for the same row, so an unchanged row is not drawn again', () => {
    const sort = { key: 'name' as const, dir: 1 as const };
    const n = d.projects.length;
    const a = tablePage(source(), records, {}, sort, 0, n);
    const b = tablePage(source(), records, { sector: sector('semiconductors') }, sort, 0, n);
    expect(b.length).toBeGreaterThan(10);
    for (const r of b) expect(a).toContain(r);
  });
});

describe('site detail model', () => {
  it('lists what the other filters leave at the site, not its own selection of sites', () => {
    const clauses: Clauses = {
      site: { kind: 'in', field: 'site', values: ['sendai'] },
      country: { kind: 'in', field: 'country', values: ['JP'] },
    };
    const m = siteDetailModel(source(), records, clauses, 'dholera');
    const here = filterRows(rows, clauses, 'site').filter((r) => r.site.includes('dholera'));
    expect([...m.projects, ...m.events].map((r) => r.id)).toEqual(here.map((r) => r.id));
    expect(m.total).toBe(here.length);
    const all = siteDetailModel(source(), records, {}, 'dholera');
    expect(all.projects.map((r) => r.id).sort()).toEqual(
      ['dholera-sir', 'tata-psmc-dholera-fab'].sort(),
    );
    // The 2025 delegations (article 002, record C16), the foundation stone and JBIC's review.
    expect(all.events).toHaveLength(4);
    expect(all.total).toBe(6);
    expect(SITE_RECORDS_LISTED).toBe(50);
  });
});
