/**
 * A ledger's columns (import/ledger-table-builder.ts, read by ledger-table-records.ts) against a
 * naive reading of the same records: the production source over the ledger's columns must select
 * what the row-by-row oracle selects over plain rows, for any clauses, search words included (the
 * search text is split in parts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Clauses } from '../../src/domain/clauses.ts';
import { Coordinator } from '../../src/domain/coordinator/index.ts';
import { filterRows, type Row } from '../oracle/row-engine.ts';
import { LedgerColumnsBuilder } from '../../src/domain/import/ledger-table-builder.ts';
import { ledgerData } from '../../src/domain/import/ledger-table-records.ts';
import type { LedgerRecord } from '../../src/domain/import/ledger.ts';
import { mulberry32 } from '../fixtures/synth-dataset.ts';

const NAMES = ['Tata Electronics', 'Renesas', 'Tokyo Electron', 'Micron', 'CG Power', 'Kaynes'];
const SITES = ['Dholera', 'Sanand', 'Sendai', 'Hyderabad', 'Jagiroad'];
const SECTORS = ['semiconductors', 'ai', 'space'] as const;
const TYPES = ['fab', 'osat', 'equipment'] as const;
const COUNTRIES = ['IN', 'JP', 'US', 'TW'] as const;

function records(n: number, seed: number): LedgerRecord[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const year = 2015 + Math.floor(rnd() * 10);
    const site = pick(SITES);
    return {
      row: i + 2,
      date: String(year),
      year,
      sector: pick(SECTORS),
      type: pick(TYPES),
      partners: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => ({
        name: pick(NAMES),
        country: pick(COUNTRIES),
      })),
      state: site === 'Sendai' ? 'Miyagi' : 'Gujarat',
      siteName: site,
      lat: site === 'Sendai' ? 38.27 : 22.3,
      lon: site === 'Sendai' ? 140.87 : 72.1,
    };
  });
}

function build(recs: readonly LedgerRecord[]) {
  const b = new LedgerColumnsBuilder(4);
  recs.forEach((r) => b.push(r));
  return ledgerData(b.finish().columns, 'test.csv');
}

/** The same records as the row engine's rows, with the text the ledger documents. */
function naiveRows(recs: readonly LedgerRecord[], siteIdOf: (r: LedgerRecord) => string): Row[] {
  return recs.map((r) => ({
    id: `row-${r.row}`,
    kind: 'project',
    label: '',
    sector: [r.sector],
    type: [r.type],
    country: [...new Set(r.partners.map((p) => p.country))],
    site: [siteIdOf(r)],
    partners: r.partners.map((p) => p.name),
    status: 'unstated',
    year: r.year,
    text: [...r.partners.map((p) => p.name), `${r.siteName} ${r.state}`, r.sector, r.type]
      .join(' ')
      .toLowerCase(),
  }));
}

const WORDS = ['tata', 'ron', 'send', 'gujarat', 'fab', 'ai', 'o', 'zzz', 'renesas micron'];

describe('a ledger as columns', () => {
  const recs = records(600, 11);
  const { records: ledger, dataset } = build(recs);
  const t = ledger.table;
  const source = new Coordinator().source(ledger);
  const siteIdOf = (r: LedgerRecord) => {
    for (let k = 0; k < ledger.siteCount; k++)
      if (ledger.site(k).name === r.siteName) return ledger.site(k).id;
    throw new Error('no site');
  };
  const rows = naiveRows(recs, siteIdOf);

  it('keeps metadata only in its dataset, and every record in the columns', () => {
    expect(dataset.projects).toEqual([]);
    expect(dataset.sources[0]).toMatchObject({ id: 'ledger', title: 'test.csv' });
    expect(t.length).toBe(600);
    expect(ledger.siteCount).toBe(SITES.length);
    expect(ledger.detail(0)).toMatchObject({ id: 'row-2', siteIds: [siteIdOf(recs[0]!)] });
  });

  it('selects the rows the oracle selects, for any clauses (search included)', () => {
    const clause = fc.oneof(
      fc
        .record({ sector: fc.subarray([...SECTORS], { minLength: 1 }) })
        .map(({ sector }): Clauses => ({
          sector: { kind: 'in', field: 'sector', values: sector },
        })),
      fc
        .record({ q: fc.constantFrom(...WORDS) })
        .map(({ q }): Clauses => ({ table: { kind: 'search', field: 'text', query: q } })),
      fc
        .record({ c: fc.subarray([...COUNTRIES], { minLength: 1 }) })
        .map(({ c }): Clauses => ({ country: { kind: 'in', field: 'country', values: c } })),
      fc
        .record({ a: fc.integer({ min: 2014, max: 2025 }), b: fc.integer({ min: 0, max: 4 }) })
        .map(({ a, b }): Clauses => ({
          timeline: { kind: 'range', field: 'year', min: a, max: a + b },
        })),
    );
    fc.assert(
      fc.property(fc.array(clause, { maxLength: 4 }), (parts) => {
        const clauses: Clauses = Object.assign({}, ...parts) as Clauses;
        const where = { clauses, except: null };
        const expected = filterRows(rows, clauses, null).map((r) => r.id);
        const got = source
          .rows({ where, kind: 'project', orderBy: null, dir: 1, offset: 0, limit: t.length })
          .map((i) => t.id(i));
        expect(got).toEqual(expected);
        expect(source.count({ where, kind: 'project' })).toBe(expected.length);
      }),
      { numRuns: 300 },
    );
  });

  it('sorts by year (undated last), then by name, in both directions; pages walk that order', () => {
    const page = (
      clauses: Clauses,
      orderBy: 'year' | 'site',
      dir: 1 | -1,
      offset: number,
      limit: number,
    ) =>
      source.rows({
        where: { clauses, except: null },
        kind: 'project',
        orderBy,
        dir,
        offset,
        limit,
      });
    for (const dir of [1, -1] as const) {
      const years = page({}, 'year', dir, 0, t.length).map((i) => ledger.detail(i).year!);
      const sorted = [...years].sort((a, b) => (a - b) * dir);
      expect(years).toEqual(sorted);
    }
    const ai: Clauses = { sector: { kind: 'in', field: 'sector', values: ['ai'] } };
    const all = page(ai, 'site', 1, 0, t.length);
    expect(page(ai, 'site', 1, 5, 10)).toEqual(all.slice(5, 15));
    expect(all.every((i) => ledger.detail(i).sectors[0] === 'ai')).toBe(true);
    const names = all.map(
      (i) => ledger.site(t.site.layout === 'single' ? t.site.codes[i]! : 0).name,
    );
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });
});
