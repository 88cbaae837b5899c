/**
 * The fast path of a ledger row (ledger-fast-row.ts) against the full checks (ledger.ts): on any
 * row, the fast path either declines or writes exactly what the full checks would, so the columns
 * built either way are the same. Cells are drawn from values near every rule's edge.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LEDGER_COLUMNS,
  validateHeader,
  type LedgerHeader,
} from '../../src/domain/import/ledger-columns.ts';
import { addPlainRow, fastColumns } from '../../src/domain/import/ledger-fast-row.ts';
import { LedgerColumnsBuilder } from '../../src/domain/import/ledger-table-builder.ts';
import { validateRecord } from '../../src/domain/import/ledger.ts';

/** Every ledger column, in the documented order. */
const HEADER: readonly string[] = LEDGER_COLUMNS.map((c) => c.key);

const CELLS: Record<string, string[]> = {
  year: ['', '2024', '2023', ' 2024 ', '1899', '2101', '1900', '2100', '24', '2024.0', 'abcd'],
  date: [
    '',
    '2024',
    '2024-02',
    '2024-02-29',
    '2023-02-29',
    '2024-13',
    '2024-00',
    '2024-1-5',
    '2024-04-31',
    '2024-12-31',
    ' 2024-06 ',
    '2100-01',
    '1899-12',
    '2024/06',
    '2024-06-00',
  ],
  sector: [
    'semiconductors',
    'ai',
    'AI',
    'Artificial intelligence',
    'ict-telecom',
    ' space ',
    'chips',
    '',
  ],
  type: ['fab', 'osat', 'OSAT (assembly and test)', 'data-centre', 'data center', 'R&D', 'x', ''],
  partners: [
    'Tata',
    'Tata; Renesas',
    'Tata;Renesas',
    ' Tata ; PSMC ',
    'Tata;',
    ';',
    '',
    'A'.repeat(121),
    'A'.repeat(120),
    'Tata; Tata',
  ],
  partner_country: [
    'IN',
    'JP',
    'IN; JP',
    'IN;JP',
    'jp',
    'in; jp',
    'XX',
    '',
    'IN;',
    'Japan',
    ' TW ',
    'US; US',
  ],
  state: ['Gujarat', ' Assam ', '', 'S'.repeat(80), 'S'.repeat(81), 'Miyagi'],
  site_name: ['Dholera', 'Sanand works 1', '', 'N'.repeat(120), 'N'.repeat(121), ' Sendai '],
  latitude: [
    '22.3',
    '38.26',
    '-0',
    '0',
    '90',
    '90.5',
    '-91',
    '72.6',
    '22,3',
    '1e1',
    '.5',
    '22.',
    '+22.3',
    'NaN',
    '',
    ' 23.1 ',
  ],
  longitude: [
    '72.6',
    '140.87',
    '180',
    '-180',
    '181',
    '22.3',
    '72,6',
    '-77.0',
    '',
    ' 88.4 ',
    'Infinity',
  ],
  amount: [
    '',
    '1500',
    '1234.5',
    '0',
    '1,500',
    '-5',
    '1.5e6',
    '+7',
    '1500.',
    '₹1500',
    'NaN',
    ' 12 ',
  ],
  currency: ['', 'INR', 'USD', 'JPY', 'inr', '₹', 'EUR', ' USD '],
};

/** Plainly valid values, drawn most of the time so that many rows are valid as a whole. */
const PLAIN: Record<string, string[]> = {
  year: ['2024', ''],
  date: ['2024-02-29', '2024', ''],
  sector: ['semiconductors', 'ai'],
  type: ['fab', 'osat'],
  partners: ['Tata', 'Tata; Renesas'],
  partner_country: ['IN', 'JP', 'IN; JP'],
  state: ['Gujarat'],
  site_name: ['Dholera', 'Sanand works 1'],
  latitude: ['22.3', '38.26'],
  longitude: ['72.6', '140.87'],
  amount: ['', '1500'],
  currency: ['', 'INR'],
};

const cellArb = (key: string) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...(PLAIN[key] ?? [''])), weight: 8 },
    { arbitrary: fc.constantFrom(...(CELLS[key] ?? [''])), weight: 1 },
  );
const rowArb = fc.tuple(...HEADER.map(cellArb));

function header(names: readonly string[]): LedgerHeader {
  const checked = validateHeader(names, 1);
  if ('errors' in checked) throw new Error(JSON.stringify(checked.errors));
  return checked.header;
}

/** Builds columns from rows both ways: fast path first (as runImport does), and full checks only. */
function bothWays(h: LedgerHeader, rows: readonly (readonly string[])[]) {
  const fast = new LedgerColumnsBuilder(16);
  const full = new LedgerColumnsBuilder(16);
  const col = fastColumns(h);
  const countries: number[] = [];
  let accepted = 0;
  rows.forEach((fields, i) => {
    const row = i + 2;
    const result = validateRecord(fields, h, row);
    if ('record' in result) full.push(result.record);
    if (addPlainRow(fields, col, row, fast, countries)) {
      accepted++;
      // What the fast path takes, the full checks take too.
      expect('record' in result).toBe(true);
    } else if ('record' in result) fast.push(result.record);
  });
  return { fast: fast.finish().columns, full: full.finish().columns, accepted };
}

describe('ledger rows: the fast path writes what the full checks would, or declines', () => {
  it('on rows of edge values, the columns built either way are equal', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 40 }), (rows) => {
        const r = bothWays(header(HEADER), rows);
        accepted += r.accepted;
        expect(r.fast).toEqual(r.full);
      }),
      { numRuns: 300 },
    );
    // The fast path does take rows (else this test would prove nothing).
    expect(accepted).toBeGreaterThan(0);
  });

  it('reads decimals of any length to the same double as the full checks (Number)', () => {
    const decimal = (maxInt: number) =>
      fc
        .tuple(
          fc.boolean(),
          fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: maxInt }),
          fc.option(
            fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 0, maxLength: 18 }),
          ),
        )
        .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}`);
    const h = header(HEADER);
    fc.assert(
      fc.property(decimal(2), decimal(3), decimal(20), (lat, lon, amount) => {
        const row = [
          '2024',
          '',
          'ai',
          'fab',
          'Tata',
          'IN',
          'Gujarat',
          'Dholera',
          lat,
          lon,
          amount,
          'INR',
        ];
        const r = bothWays(h, [row]);
        expect(r.fast).toEqual(r.full);
      }),
      { numRuns: 2000 },
    );
  });

  it('with columns missing or in another order', () => {
    const names = [
      'site_name',
      'latitude',
      'longitude',
      'state',
      'partner_country',
      'partners',
      'type',
      'sector',
      'year',
    ];
    const order = names.map((n) => HEADER.indexOf(n));
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 20 }), (rows) => {
        const r = bothWays(
          header(names),
          rows.map((row) => order.map((i) => row[i] ?? '')),
        );
        expect(r.fast).toEqual(r.full);
      }),
      { numRuns: 200 },
    );
  });

  it('takes a plain valid row, and declines a label it leaves to the full checks', () => {
    const h = header(HEADER);
    const plain = [
      '2024',
      '2024-03',
      'semiconductors',
      'fab',
      'Tata; PSMC',
      'IN; TW',
      'Gujarat',
      'Dholera',
      '22.25',
      '72.11',
      '910000',
      'INR',
    ];
    const b = new LedgerColumnsBuilder(16);
    expect(addPlainRow(plain, fastColumns(h), 2, b, [])).toBe(true);
    const label = [...plain];
    label[3] = 'OSAT (assembly and test)';
    expect(addPlainRow(label, fastColumns(h), 3, b, [])).toBe(false);
    expect(b.length).toBe(1);
  });
});
