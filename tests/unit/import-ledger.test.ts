import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCsvRows } from '../support/csv.ts';
import {
  LEDGER_COLUMNS,
  validateHeader,
  type LedgerColumnKey,
  type LedgerHeader,
  type RowError,
} from '../../src/domain/import/ledger-columns.ts';
import { validateRecord, type RecordResult } from '../../src/domain/import/ledger.ts';
import { validateJsonRecord } from '../../src/domain/import/ledger-json.ts';
import { VALID_LEDGER_ROW } from '../fixtures/ledger-row.ts';

const BASE: Record<LedgerColumnKey, string> = VALID_LEDGER_ROW;
const KEYS = Object.keys(BASE) as LedgerColumnKey[];

function headerOf(names: readonly string[] = KEYS): LedgerHeader {
  const h = validateHeader(names);
  if ('errors' in h) throw new Error(JSON.stringify(h.errors));
  return h.header;
}

function check(overrides: Partial<Record<LedgerColumnKey, string>>, row = 7): RecordResult {
  const values = { ...BASE, ...overrides };
  return validateRecord(
    KEYS.map((k) => values[k]),
    headerOf(),
    row,
  );
}

function errorsOf(result: RecordResult): RowError[] {
  if ('record' in result) throw new Error('expected errors, but the row validated');
  return result.errors;
}

describe('LEDGER_COLUMNS', () => {
  it('documents every column with a description and an example that validates', () => {
    expect(LEDGER_COLUMNS.map((c) => c.key)).toEqual(KEYS);
    for (const c of LEDGER_COLUMNS) expect(c.description.length).toBeGreaterThan(10);
    const example = validateRecord(
      LEDGER_COLUMNS.map((c) => c.example),
      headerOf(),
      2,
    );
    expect('record' in example ? [] : example.errors).toEqual([]);
  });
});

describe('a valid row', () => {
  it('becomes a typed record', () => {
    const result = check({ partners: 'Example Co. A; Example Co. B', partner_country: 'in; jp' });
    expect(result).toEqual({
      record: {
        row: 7,
        date: '2023-05-01',
        year: 2023,
        sector: 'semiconductors',
        type: 'fab',
        partners: [
          { name: 'Example Co. A', country: 'IN' },
          { name: 'Example Co. B', country: 'JP' },
        ],
        state: 'Gujarat',
        siteName: 'Example Site 1',
        lat: 22.3,
        lon: 72.6,
        amount: { value: 100, currency: 'USD' },
      },
    });
  });

  it('accepts labels and their lower-case/hyphen forms for sector and type', () => {
    const pairs: [string, string, string, string][] = [
      ['Clean energy', 'clean-energy', 'R&D and education', 'rd-education'],
      ['clean_energy', 'clean-energy', 'Data centre', 'data-centre'],
      ['ICT and telecom', 'ict-telecom', 'OSAT (assembly and test)', 'osat'],
      ['Artificial intelligence', 'ai', 'GOVERNMENT-PROGRAMME', 'government-programme'],
      [' Semiconductors ', 'semiconductors', 'Investment deal', 'investment-deal'],
    ];
    for (const [sector, sectorId, type, typeId] of pairs) {
      const result = check({ sector, type });
      expect('record' in result && [result.record.sector, result.record.type]).toEqual([
        sectorId,
        typeId,
      ]);
    }
  });

  it('takes the year alone, the date alone, one country for all partners, no amount', () => {
    const r = check({
      date: '',
      partners: 'A; B; C',
      partner_country: 'JP',
      amount: '',
      currency: '',
    });
    expect('record' in r && r.record).toMatchObject({
      date: '2023',
      partners: [
        { name: 'A', country: 'JP' },
        { name: 'B', country: 'JP' },
        { name: 'C', country: 'JP' },
      ],
    });
    expect('record' in r && 'amount' in r.record).toBe(false);
    const byDate = check({ year: '', date: '2024-02-29' });
    expect('record' in byDate && [byDate.record.date, byDate.record.year]).toEqual([
      '2024-02-29',
      2024,
    ]);
  });
});

describe('each broken value gives one precise error (row, column, value, reason)', () => {
  const cases: [
    string,
    Partial<Record<LedgerColumnKey, string>>,
    LedgerColumnKey,
    string,
    RegExp,
  ][] = [
    ['NaN latitude', { latitude: 'NaN' }, 'latitude', 'NaN', /not a number \(NaN\)/],
    ['Infinity longitude', { longitude: 'Infinity' }, 'longitude', 'Infinity', /finite/],
    ['-Infinity amount', { amount: '-Infinity' }, 'amount', '-Infinity', /finite/],
    ['1e400 latitude', { latitude: '1e400' }, 'latitude', '1e400', /finite/],
    ['empty sector', { sector: '' }, 'sector', '', /^is required$/],
    ['blank partners', { partners: '   ' }, 'partners', '   ', /^is required$/],
    ['empty site name', { site_name: '' }, 'site_name', '', /^is required$/],
    ['empty latitude', { latitude: '' }, 'latitude', '', /^is required$/],
    [
      '"1,234" amount',
      { amount: '1,234' },
      'amount',
      '1,234',
      /remove the thousands separators \(1234, not 1,234\)/,
    ],
    [
      '"1,234,567.5" amount',
      { amount: '1,234,567.5' },
      'amount',
      '1,234,567.5',
      /thousands separators/,
    ],
    ['decimal-comma amount', { amount: '12,5' }, 'amount', '12,5', /point as decimal separator/],
    ['negative amount', { amount: '-5' }, 'amount', '-5', /not be negative/],
    [
      'exponent amount',
      { amount: '1.5e6' },
      'amount',
      '1.5e6',
      /plain decimal, without an exponent/,
    ],
    ['amount with currency', { amount: '1500 USD' }, 'amount', '1500 USD', /currency column/],
    ['amount word', { amount: 'lots' }, 'amount', 'lots', /plain decimal number/],
    [
      '2023-02-30',
      { date: '2023-02-30' },
      'date',
      '2023-02-30',
      /not a real date: February 2023 has 28 days/,
    ],
    ['2023-13', { date: '2023-13' }, 'date', '2023-13', /month 13 is not 01–12/],
    ['30/02/2023', { date: '30/02/2023' }, 'date', '30/02/2023', /YYYY, YYYY-MM or YYYY-MM-DD/],
    ['a period as date', { date: '2017/2020' }, 'date', '2017/2020', /YYYY, YYYY-MM or YYYY-MM-DD/],
    ['two-digit year', { year: '23', date: '' }, 'year', '23', /four-digit year/],
    ['year 1066', { year: '1066', date: '' }, 'year', '1066', /between 1900 and 2100/],
    [
      'year and date disagree',
      { year: '2024' },
      'year',
      '2024',
      /does not match the date 2023-05-01/,
    ],
    ['no year nor date', { year: '', date: '' }, 'date', '', /a year or a date is required/],
    [
      'latitude 91',
      { latitude: '91', longitude: '139.7' },
      'latitude',
      '91',
      /^must be between -90 and 90$/,
    ],
    [
      'latitude 91 with a longitude valid as latitude',
      { latitude: '91' },
      'latitude',
      '91',
      /between -90 and 90; are latitude and longitude swapped\? \(72\.6 would be a valid latitude/,
    ],
    [
      'latitude -120',
      { latitude: '-120', longitude: '100' },
      'latitude',
      '-120',
      /^must be between -90 and 90$/,
    ],
    ['longitude 540', { longitude: '540' }, 'longitude', '540', /between -180 and 180/],
    [
      'swapped coordinates',
      { latitude: '139.7', longitude: '35.6' },
      'latitude',
      '139.7',
      /swapped/,
    ],
    [
      'decimal-comma latitude',
      { latitude: '22,3' },
      'latitude',
      '22,3',
      /point as the decimal separator \(22\.3, not 22,3\)/,
    ],
    ['degrees sign', { latitude: '22.3°N' }, 'latitude', '22.3°N', /decimal degrees.*N\/S/],
    [
      'unknown sector',
      { sector: 'quantum' },
      'sector',
      'quantum',
      /not a known sector; use one of: semiconductors/,
    ],
    ['unknown type', { type: 'factory' }, 'type', 'factory', /not a known project type/],
    [
      'unknown country code',
      { partner_country: 'XX' },
      'partner_country',
      'XX',
      /"XX" is not a known country code/,
    ],
    ['country name', { partner_country: 'India' }, 'partner_country', 'India', /ISO 3166 code IN/],
    [
      'too many countries',
      { partner_country: 'IN; JP; TW' },
      'partner_country',
      'IN; JP; TW',
      /3 countries for 1 partner/,
    ],
    [
      'empty partner',
      { partners: 'A;;B', partner_country: 'IN' },
      'partners',
      'A;;B',
      /partner 2 is empty/,
    ],
    [
      'amount without currency',
      { currency: '' },
      'currency',
      '',
      /required when an amount is given/,
    ],
    [
      'unknown currency',
      { currency: 'EUR' },
      'currency',
      'EUR',
      /not a known currency; use one of: INR, USD, JPY/,
    ],
    ['currency sign', { currency: '¥' }, 'currency', '¥', /code JPY/],
    ['currency without amount', { amount: '' }, 'currency', 'USD', /without an amount/],
    [
      'long state',
      { state: 'x'.repeat(81) },
      'state',
      `${'x'.repeat(77)}...`,
      /at most 80 characters \(it has 81\)/,
    ],
  ];
  it.each(cases)('%s', (_name, overrides, column, value, reason) => {
    const errors = errorsOf(check(overrides, 12));
    expect(errors).toHaveLength(1);
    const [e] = errors;
    expect(e).toMatchObject({ row: 12, column, value });
    expect(e?.reason).toMatch(reason);
  });

  it('names the column as the file writes it', () => {
    const names = KEYS.map((k) => (k === 'latitude' ? 'Lat' : k.toUpperCase()));
    const result = validateRecord(
      KEYS.map((k) => (k === 'longitude' ? '195' : BASE[k])),
      headerOf(names),
      3,
    );
    expect(errorsOf(result)).toEqual([
      { row: 3, column: 'LONGITUDE', value: '195', reason: 'must be between -180 and 180' },
    ]);
  });

  it('collects every error of a row, not only the first', () => {
    const errors = errorsOf(check({ sector: '', latitude: 'x', amount: '1,000' }));
    expect(errors.map((e) => e.column)).toEqual(['sector', 'latitude', 'amount']);
  });

  it('shortens long values to 80 characters', () => {
    const [e] = errorsOf(check({ sector: 'q'.repeat(500) }));
    expect(e?.value).toHaveLength(80);
    expect(e?.value.endsWith('...')).toBe(true);
  });
});

describe('the header', () => {
  it('matches names case-insensitively, with spaces or hyphens for underscores, and aliases', () => {
    const h = headerOf([
      'Year',
      'SECTOR',
      'Type',
      'Partners',
      'Partner Country',
      'Prefecture',
      'site-name',
      'lat',
      'lng',
    ]);
    expect([...h.index.keys()]).toEqual([
      'year',
      'sector',
      'type',
      'partners',
      'partner_country',
      'state',
      'site_name',
      'latitude',
      'longitude',
    ]);
  });

  it('names all unknown columns in one error on row 1', () => {
    const result = validateHeader([...KEYS, 'notes', 'Colour']);
    expect('errors' in result && result.errors).toEqual([
      {
        row: 1,
        column: 'notes, Colour',
        value: '"notes", "Colour"',
        reason: expect.stringMatching(
          /^unknown columns "notes", "Colour"; the columns are: year, date/,
        ),
      },
    ]);
  });

  it('reports missing, doubled and unnamed columns', () => {
    const result = validateHeader(['sector', 'lat', 'latitude', '', 'amount']);
    const errors = 'errors' in result ? result.errors : [];
    expect(errors.map((e) => e.reason)).toEqual([
      'column latitude is given twice (as "lat" and "latitude")',
      'column 4 has no name (a trailing comma in the header?)',
      'a year or a date column is required (or both)',
      'required column type is missing',
      'required column partners is missing',
      'required column partner_country is missing',
      'required column state is missing',
      'required column site_name is missing',
      'required column longitude is missing',
      'an amount column needs a currency column',
    ]);
  });
});

describe('prototype pollution', () => {
  const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort();

  it('"__proto__", "constructor" and "prototype" columns are unknown columns and pollute nothing', () => {
    const before = protoNames();
    const result = validateHeader([...KEYS, '__proto__', 'constructor', 'prototype']);
    expect('errors' in result && result.errors[0]?.reason).toMatch(
      /unknown columns "__proto__", "constructor", "prototype"/,
    );
    expect(protoNames()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('"__proto__" and "constructor" as values are plain text', () => {
    const before = protoNames();
    const rows = readCsvRows(
      `${KEYS.join(',')}\n2023,,__proto__,constructor,__proto__,IN,constructor,__proto__,1,2,,\n`,
    );
    const [head, row] = rows;
    const result = validateRecord(row ?? [], headerOf(head), 2);
    expect(errorsOf(result).map((e) => e.column)).toEqual(['sector', 'type']);
    const ok = validateRecord(
      (row ?? []).map((v, i) => (i === 2 ? 'ai' : i === 3 ? 'fab' : v)),
      headerOf(head),
      2,
    );
    expect('record' in ok && ok.record.siteName).toBe('__proto__');
    expect('record' in ok && Object.getPrototypeOf(ok.record.partners[0])).toBe(Object.prototype);
    expect(protoNames()).toEqual(before);
  });

  it('a JSON record with a "__proto__" key is refused and pollutes nothing', () => {
    const before = protoNames();
    const parsed: unknown = JSON.parse(
      `[{"__proto__":{"polluted":"yes"},${KEYS.map((k) => `"${k}":"${BASE[k]}"`).join(',')}}]`,
    );
    const [item] = parsed as unknown[];
    const result = validateJsonRecord(item, 1);
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({
        row: 1,
        column: '__proto__',
        reason: expect.stringMatching(/unknown key "__proto__"/),
      }),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(protoNames()).toEqual(before);
  });

  it('a JSON record never reads inherited keys such as "constructor"', () => {
    const item = Object.fromEntries(KEYS.filter((k) => k !== 'state').map((k) => [k, BASE[k]]));
    const errors = errorsOf(validateJsonRecord(item, 4));
    expect(errors).toEqual([
      { row: 4, column: 'state', value: '', reason: 'required key state is missing' },
    ]);
  });
});

describe('JSON ledger records', () => {
  it('take numbers, null and arrays where they make sense', () => {
    const result = validateJsonRecord(
      {
        year: 2024,
        date: null,
        sector: 'ai',
        type: 'data-centre',
        partners: ['Example Co. A', 'Example Co. B'],
        partner_country: ['IN', 'JP'],
        state: 'Tokyo',
        site_name: 'Example Site 2',
        latitude: 35.68,
        longitude: 139.69,
      },
      2,
    );
    expect('record' in result && result.record).toMatchObject({
      date: '2024',
      lat: 35.68,
      partners: [
        { name: 'Example Co. A', country: 'IN' },
        { name: 'Example Co. B', country: 'JP' },
      ],
    });
  });

  it('refuse objects, booleans and non-object records precisely', () => {
    const item = { ...BASE, state: { a: 1 }, latitude: true };
    expect(errorsOf(validateJsonRecord(item, 5))).toEqual([
      { row: 5, column: 'state', value: '{"a":1}', reason: 'must be text or a number' },
      { row: 5, column: 'latitude', value: 'true', reason: 'must be text or a number' },
    ]);
    expect(errorsOf(validateJsonRecord([1, 2], 6))[0]).toMatchObject({
      row: 6,
      column: '(record)',
      reason: 'must be an object whose keys are the ledger columns',
    });
    expect(errorsOf(validateJsonRecord(null, 7))[0]?.value).toBe('null');
  });

  it('null in a required key is "is required"', () => {
    expect(errorsOf(validateJsonRecord({ ...BASE, sector: null }, 3))).toEqual([
      { row: 3, column: 'sector', value: '', reason: 'is required' },
    ]);
  });
});

describe('data/sample-ledger.csv', () => {
  it('validates row by row', () => {
    const path = fileURLToPath(new URL('../../data/sample-ledger.csv', import.meta.url));
    const [head, ...rows] = readCsvRows(readFileSync(path, 'utf8'));
    const header = headerOf(head);
    const errors = rows.flatMap((r, i) => {
      const result = validateRecord(r, header, i + 2);
      return 'errors' in result ? result.errors : [];
    });
    expect(errors).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rows.length).toBeLessThanOrEqual(20);
  });
});
