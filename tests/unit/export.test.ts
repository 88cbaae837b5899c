import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeCsvCell,
  safeFileName,
  toCsv,
  toJson,
  type Column,
} from '../../src/domain/export.ts';

interface R {
  name: string;
  n: number | null;
  tags: string[];
}
const columns: Column<R>[] = [
  { key: 'name', header: 'Name', value: (r) => r.name },
  { key: 'n', header: 'N', value: (r) => r.n },
  { key: 'tags', header: 'Tags', value: (r) => r.tags },
];

/** A small RFC 4180 reader, to check that what we write reads back as written. */
function parseCsv(withBom: string): string[][] {
  const text = withBom.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx'])(
    'neutralises a formula-looking cell %j',
    (cell) => {
      const out = escapeCsvCell(cell);
      expect(out.startsWith('"\'')).toBe(true);
      expect(parseCsv(`${out}\r\n`)[0]?.[0]).toBe(`'${cell}`);
    },
  );

  it('leaves numbers, including negative ones, as numbers', () => {
    expect(escapeCsvCell(-21)).toBe('-21');
    expect(escapeCsvCell(7.41e9)).toBe('7410000000');
    expect(escapeCsvCell(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks, and joins lists', () => {
    const csv = toCsv([{ name: 'Tata, "PSMC"\nfab', n: 1, tags: ['a', 'b'] }], columns);
    expect(parseCsv(csv)).toEqual([
      ['Name', 'N', 'Tags'],
      ['Tata, "PSMC"\nfab', '1', 'a; b'],
    ]);
  });

  it('round-trips any text, with formula starts prefixed by an apostrophe (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 5 }), (names) => {
        const rows = names.map((name) => ({ name, n: null, tags: [] }));
        const parsed = parseCsv(toCsv(rows, columns)).slice(1);
        expect(parsed.map((r) => r[0])).toEqual(
          names.map((n) => (/^[=+\-@\t\r]/.test(n) ? `'${n}` : n)),
        );
      }),
    );
  });
});

it('starts a CSV file with a UTF-8 byte-order mark', () => {
  expect(toCsv([], columns).startsWith('\uFEFFName,')).toBe(true);
});

describe('JSON export and file names', () => {
  it('writes one object per row keyed by column', () => {
    expect(JSON.parse(toJson([{ name: '=x', n: 2, tags: ['t'] }], columns))).toEqual([
      { name: '=x', n: 2, tags: ['t'] },
    ]);
  });

  it('makes safe file names', () => {
    expect(safeFileName('category-sector-2026-11-22', 'csv')).toBe(
      'category-sector-2026-11-22.csv',
    );
    expect(safeFileName('../../etc/passwd', 'png')).toBe('etc-passwd.png');
    expect(safeFileName('<script>', 'json')).toBe('script.json');
    expect(safeFileName('', 'csv')).toBe('export.csv');
  });
});
