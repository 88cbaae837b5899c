import { describe, expect, it } from 'vitest';
import {
  IMPORT_LIMITS,
  checkColumnCount,
  checkFileBeforeParse,
  extensionOf,
  rowLimitMessage,
  sniffBytes,
} from '../../src/domain/import/limits.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => new TextEncoder().encode(s);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48);

function utf16le(s: string, bom: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
  let at = 0;
  if (bom) {
    out[at++] = 0xff;
    out[at++] = 0xfe;
  }
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out[at++] = c & 0xff;
    out[at++] = c >> 8;
  }
  return out;
}

describe('limits chosen', () => {
  it('are 200 MB, 40 columns, 1,000,000 data rows', () => {
    expect(IMPORT_LIMITS).toMatchObject({
      maxBytes: 200 * 1024 * 1024,
      maxColumns: 40,
      maxDataRows: 1_000_000,
    });
  });
});

describe('checkFileBeforeParse', () => {
  const csv = ascii('year,sector\n2024,ai\n');
  const message = (r: ReturnType<typeof checkFileBeforeParse>) => (r.ok ? '' : r.message);

  it('accepts .csv and .json text, in any letter case, and notes a UTF-8 BOM', () => {
    expect(checkFileBeforeParse({ name: 'a.csv', size: csv.length }, csv)).toEqual({
      ok: true,
      format: 'csv',
      bom: false,
    });
    expect(checkFileBeforeParse({ name: 'B.JSON', size: 2 }, ascii('[]'))).toMatchObject({
      ok: true,
      format: 'json',
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...csv]);
    expect(checkFileBeforeParse({ name: 'a.csv', size: withBom.length }, withBom)).toMatchObject({
      ok: true,
      bom: true,
    });
  });

  it.each([
    [
      'notes.txt',
      10,
      csv,
      'notes.txt cannot be imported: only .csv and .json files are accepted (this one ends in .txt).',
    ],
    [
      'ledger',
      10,
      csv,
      'ledger cannot be imported: only .csv and .json files are accepted (this one ends in no extension).',
    ],
    ['empty.csv', 0, bytes(), 'empty.csv is empty (0 bytes).'],
    [
      'bom-only.csv',
      3,
      bytes(0xef, 0xbb, 0xbf),
      'bom-only.csv is empty (it holds only a byte-order mark).',
    ],
    [
      'big.csv',
      250 * 1024 * 1024,
      csv,
      'big.csv is 250.0 MB; the limit is 200.0 MB. Split it into smaller files.',
    ],
    [
      'photo.csv',
      5000,
      PNG,
      'photo.csv is not a text file: its first bytes say it is a PNG image.',
    ],
    [
      'book.csv',
      5000,
      bytes(0x50, 0x4b, 0x03, 0x04, 1, 2),
      'book.csv is not a text file: its first bytes say it is a ZIP archive or an Excel workbook (.xlsx); save it as "CSV UTF-8" first.',
    ],
    [
      'u16.csv',
      100,
      utf16le('year,sector', true),
      'u16.csv is UTF-16 text (little-endian, with a byte-order mark); save it as UTF-8 (in Excel: "CSV UTF-8") and import it again.',
    ],
    [
      'u16be.csv',
      100,
      bytes(0xfe, 0xff, 0, 0x79),
      'u16be.csv is UTF-16 text (big-endian, with a byte-order mark); save it as UTF-8 (in Excel: "CSV UTF-8") and import it again.',
    ],
    [
      'u16nobom.csv',
      100,
      utf16le('year,sector,type', false),
      'u16nobom.csv is UTF-16 text (little-endian); save it as UTF-8 (in Excel: "CSV UTF-8") and import it again.',
    ],
    [
      'bin.json',
      100,
      bytes(1, 2, 0, 7, 0, 0, 0, 9, 8),
      'bin.json is not a text file: its first bytes say it is a binary file (it contains NUL bytes).',
    ],
  ])(
    '%s: a message naming the file, the limit and the actual value',
    (name, size, first, expected) => {
      expect(message(checkFileBeforeParse({ name, size }, first))).toBe(expected);
    },
  );

  it('uses the limit it is given', () => {
    expect(message(checkFileBeforeParse({ name: 'a.csv', size: 2048 }, csv, 1024))).toBe(
      'a.csv is 2.0 KB; the limit is 1.0 KB. Split it into smaller files.',
    );
  });
});

describe('sniffBytes', () => {
  it('tells text, UTF-16 with and without BOM, UTF-32 and binary apart', () => {
    expect(sniffBytes(ascii('plain, text'))).toEqual({ kind: 'text', bom: false });
    expect(sniffBytes(utf16le('abc', true))).toEqual({ kind: 'utf16', endian: 'LE', bom: true });
    expect(sniffBytes(utf16le('abcdef', false))).toEqual({
      kind: 'utf16',
      endian: 'LE',
      bom: false,
    });
    expect(sniffBytes(bytes(0xff, 0xfe, 0, 0, 0x61, 0, 0, 0))).toEqual({ kind: 'utf32' });
    expect(sniffBytes(PNG)).toEqual({ kind: 'binary', what: 'a PNG image' });
  });
});

describe('limits found while reading', () => {
  it('column count', () => {
    expect(checkColumnCount('wide.csv', 40)).toBeNull();
    expect(checkColumnCount('wide.csv', 57)).toBe(
      'wide.csv has 57 columns in its header (row 1); the limit is 40.',
    );
  });

  it('row count', () => {
    expect(rowLimitMessage('long.csv', 1_000_002)).toBe(
      'long.csv has more than 1,000,000 data rows (the limit); reading stopped at row 1,000,002. Split it into smaller files.',
    );
  });

  it('extensionOf', () => {
    expect(extensionOf('a.b.CSV')).toBe('csv');
    expect(extensionOf('.csv')).toBe('');
    expect(extensionOf('x.')).toBe('');
  });
});
