import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvInputError, createCsvParser, type CsvIssue } from '../../src/domain/import/csv.ts';
import { parseCsv, readCsvRows } from '../support/csv.ts';
import { UTF8_BOM, toCsv, type Column } from '../../src/domain/export.ts';

/** A plain RFC 4180 writer: quotes what needs quoting, and a lone empty field so its row is not blank. */
function writeCsv(rows: readonly (readonly string[])[], eol: string): string {
  const cell = (s: string, alone: boolean) =>
    /[",\r\n]/.test(s) || s.startsWith('\uFEFF') || (alone && s === '')
      ? `"${s.replace(/"/g, '""')}"`
      : s;
  return rows.map((r) => r.map((s) => cell(s, r.length === 1)).join(',')).join(eol) + eol;
}

interface Parsed {
  rows: { fields: string[]; row: number }[];
  issues: CsvIssue[];
}

function parseInChunks(text: string, cuts: readonly number[]): Parsed {
  const out: Parsed = { rows: [], issues: [] };
  const parser = createCsvParser((fields, row) => out.rows.push({ fields, row }), {
    onIssue: (i) => out.issues.push(i),
  });
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    parser.push(text.slice(at, cut));
    at = cut;
  }
  parser.push(text.slice(at));
  parser.end();
  return out;
}

const tricky = fc.constantFrom('a', 'b', ',', '"', '\r', '\n', ' ', 'é', '\uFEFF', '💡', '=', "'");
const cellArb = fc.oneof(
  fc.string({ unit: tricky, maxLength: 8 }),
  // NUL and a leading U+FFFD U+FFFD or U+FFFE are refused as binary or UTF-16 (tested below).
  fc.string({ unit: 'binary', maxLength: 8 }).map((s) =>
    s
      .replace(/[\uFFFD\uFFFE]/g, '')
      .split('\u0000')
      .join(''),
  ),
);
const tableArb = fc.array(fc.array(cellArb, { minLength: 1, maxLength: 5 }), {
  minLength: 1,
  maxLength: 12,
});

describe('CSV reader: round trip (property)', () => {
  it('reads back any table written by an RFC 4180 writer, with any line ending', () => {
    fc.assert(
      fc.property(tableArb, fc.constantFrom('\n', '\r\n', '\r'), (table, eol) => {
        expect(readCsvRows(writeCsv(table, eol))).toEqual(table);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same rows, row numbers and issues wherever the chunks are cut', () => {
    fc.assert(
      fc.property(
        tableArb,
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.nat(), { maxLength: 6 }),
        (table, eol, rawCuts) => {
          const text = UTF8_BOM + writeCsv(table, eol);
          const cuts = rawCuts.map((c) => c % (text.length + 1));
          const whole = parseInChunks(text, []);
          expect(parseInChunks(text, cuts)).toEqual(whole);
          expect(whole.rows.map((r) => r.fields)).toEqual(table);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('cut into one-character chunks, a file with every construct reads the same', () => {
    const text = '\uFEFFa,"b ""q"", c",d\r\n"multi\r\nline",,\n\n"x"\ry,z,"w"';
    const whole = parseInChunks(text, []);
    const cuts = Array.from({ length: text.length }, (_, i) => i);
    expect(parseInChunks(text, cuts)).toEqual(whole);
    expect(whole.rows).toEqual([
      { fields: ['a', 'b "q", c', 'd'], row: 1 },
      { fields: ['multi\r\nline', '', ''], row: 2 },
      { fields: ['x'], row: 4 },
      { fields: ['y', 'z', 'w'], row: 5 },
    ]);
  });

  it("reads back export.ts's toCsv output (its BOM removed, formula cells with their apostrophe)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cellArb, cellArb), { minLength: 1, maxLength: 10 }),
        (pairs) => {
          const columns: Column<readonly [string, string]>[] = [
            { key: 'a', header: 'A', value: (r) => r[0] },
            { key: 'b', header: 'B', value: (r) => r[1] },
          ];
          const expected = pairs.map((p) => p.map((s) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s)));
          expect(readCsvRows(toCsv(pairs, columns))).toEqual([['A', 'B'], ...expected]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('CSV reader: details', () => {
  it('strips one leading BOM and says so', () => {
    const rows: string[][] = [];
    const p = parseCsv('\uFEFFyear,sector\n2024,ai\n', (f) => rows.push(f));
    expect(rows).toEqual([
      ['year', 'sector'],
      ['2024', 'ai'],
    ]);
    expect(p.bomRemoved).toBe(true);
  });

  it('skips empty lines but counts them, so row numbers stay those of a spreadsheet', () => {
    const seen: number[] = [];
    const p = parseCsv('h\n\na\r\n\r\nb', (_f, row) => seen.push(row));
    expect(seen).toEqual([1, 3, 5]);
    expect(p.blankLines).toBe(2);
  });

  it('a CRLF cut between two chunks is one line break', () => {
    const seen: number[] = [];
    const parser = createCsvParser((_f, row) => seen.push(row));
    parser.push('a,b\r');
    parser.push('');
    parser.push('\nc,d\r\n');
    parser.end();
    expect(seen).toEqual([1, 2]);
  });

  it('reports ragged rows with their number, and still passes them on', () => {
    const issues: CsvIssue[] = [];
    const rows = readCsvRows('a,b,c\n1,2\n1,2,3\n1,2,3,4\n', { onIssue: (i) => issues.push(i) });
    expect(rows).toHaveLength(4);
    expect(issues).toEqual([
      expect.objectContaining({
        kind: 'ragged-row',
        row: 2,
        message: 'has 2 fields; the first row has 3',
      }),
      expect.objectContaining({
        kind: 'ragged-row',
        row: 4,
        message: 'has 4 fields; the first row has 3',
      }),
    ]);
  });

  it('reports stray quotes, text after a closing quote and an unclosed quote, leniently', () => {
    const issues: CsvIssue[] = [];
    const rows = readCsvRows('a,b\nx"y,"q"z\n"open,1\n2', { onIssue: (i) => issues.push(i) });
    expect(rows[1]).toEqual(['x"y', 'qz']);
    expect(rows[2]).toEqual(['open,1\n2']);
    expect(issues.map((i) => [i.kind, i.row, i.field])).toEqual([
      ['quote-in-unquoted-field', 2, 1],
      ['text-after-closing-quote', 2, 2],
      ['unterminated-quote', 3, 1],
      ['ragged-row', 3, undefined],
    ]);
  });

  it('an empty input gives no rows; a lone quoted empty field is a row', () => {
    expect(readCsvRows('')).toEqual([]);
    expect(readCsvRows('\n\r\n')).toEqual([]);
    expect(readCsvRows('""')).toEqual([['']]);
    expect(readCsvRows('a,')).toEqual([['a', '']]);
  });

  it.each([
    ['NUL bytes (binary)', 'a,b\n\u0001\u0000\u0000\u0003xyz\u0000\u0000', /binary file/],
    ['a PNG read as UTF-8', '\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', /PNG image/],
    ['a UTF-16 LE BOM read as UTF-8', '\uFFFD\uFFFDy\u0000e\u0000a\u0000r\u0000', /UTF-16/],
    ['UTF-16 without BOM read as UTF-8', 'y\u0000e\u0000a\u0000r\u0000,\u0000s\u0000', /UTF-16/],
  ])('refuses %s with a clear message', (_name, text, message) => {
    expect(() => readCsvRows(text)).toThrow(CsvInputError);
    expect(() => readCsvRows(text)).toThrow(message);
  });

  it('a NUL in a later chunk names the row it is in', () => {
    const parser = createCsvParser(() => {});
    parser.push('a,b\n1,2\n');
    expect(() => parser.push('3,\u00004\n')).toThrow(/row 3/);
  });

  it('a handler that throws stops the reader', () => {
    let seen = 0;
    expect(() =>
      parseCsv('a\nb\nc\nd', () => {
        seen++;
        if (seen === 2) throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(seen).toBe(2);
  });
});
