/**
 * The worker's logic (runImport) run in Node on Blobs and Files, message by message.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCsvRows } from '../support/csv.ts';
import { errorsToCsv } from '../../src/domain/import/errors-csv.ts';
import {
  createImportCollector,
  type ImportDone,
  type ImportFailed,
  type ImportMessage,
  type ImportOutcome,
  type ImportProgress,
} from '../../src/domain/import/import-protocol.ts';
import { firstInvalidUtf8 } from '../../src/domain/import/read-text.ts';
import {
  runImport,
  type FileLike,
  type RunImportOptions,
} from '../../src/domain/import/run-import.ts';
import { bundledJson } from '../fixtures/bundled.ts';
import type { LedgerColumns } from '../../src/domain/import/ledger-table.ts';
import { ledgerData } from '../../src/domain/import/ledger-table-records.ts';

/** The file rows of an imported ledger's records, in order. */
const rowsOf = (c: LedgerColumns) => Array.from(c.row);

const HEADER =
  'year,date,sector,type,partners,partner_country,state,site_name,latitude,longitude,amount,currency';
const SECTORS = ['semiconductors', 'ai', 'clean-energy', 'space'];
const TYPES = ['fab', 'osat', 'equipment', 'data-centre'];

/** A valid synthetic row; `i` varies every field a little. */
function row(i: number): string {
  const year = 2017 + (i % 9);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const amount = i % 3 === 0 ? `${(i * 7.5) % 100000},INR` : ',';
  return `${year},${year}-${month},${SECTORS[i % 4]},${TYPES[i % 4]},Example Co. ${i % 50}; Example Co. ${(i + 1) % 50},IN; JP,State ${i % 28},"Example Site ${i}, unit ${i % 7}",${(8 + (i % 2700) / 100).toFixed(2)},${(68 + (i % 2900) / 100).toFixed(2)},${amount}`;
}

function ledgerCsv(rows: number, eol = '\n'): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) lines.push(row(i));
  return lines.join(eol) + eol;
}

function fileOf(name: string, content: string | Uint8Array<ArrayBuffer>): File {
  return new File([content], name);
}

async function run(file: FileLike, options: RunImportOptions = {}): Promise<ImportMessage[]> {
  const messages: ImportMessage[] = [];
  await runImport(file, (m) => messages.push(m), options);
  return messages;
}

function last(messages: ImportMessage[]): ImportMessage {
  const m = messages.at(-1);
  if (!m) throw new Error('no message posted');
  return m;
}

function failed(messages: ImportMessage[]): string {
  const m = last(messages);
  if (m.type !== 'failed')
    throw new Error(`expected failed, got ${JSON.stringify(m).slice(0, 300)}`);
  return m.message;
}

function invalid(messages: ImportMessage[]): Extract<ImportDone, { ok: false }> {
  const m = last(messages);
  if (m.type !== 'done' || m.ok)
    throw new Error(`expected errors, got ${JSON.stringify(m).slice(0, 300)}`);
  return m;
}

function outcome(messages: ImportMessage[]): ImportOutcome | null {
  const collector = createImportCollector();
  let result: ImportOutcome | null = null;
  for (const m of messages) result = collector.accept(m) ?? result;
  return result;
}

describe('runImport: a valid CSV ledger', () => {
  it('posts progress, then done with the records as columns; nothing before done is final', async () => {
    const messages = await run(fileOf('ledger.csv', ledgerCsv(12_000, '\r\n')), {
      sliceBytes: 64 * 1024,
    });
    const types = messages.map((m) => m.type);
    expect(types[0]).toBe('progress');
    expect(new Set(types.slice(0, -1))).toEqual(new Set(['progress']));
    expect(types.at(-1)).toBe('done');
    const done = last(messages);
    expect(done).toMatchObject({
      type: 'done',
      kind: 'ledger',
      ok: true,
      rows: 12_000,
      recordCount: 12_000,
    });
    const result = outcome(messages);
    expect(result?.kind).toBe('ledger');
    if (result?.kind !== 'ledger') return;
    expect(result.columns.length).toBe(12_000);
    const rows = rowsOf(result.columns);
    expect([rows[0], rows.at(-1)]).toEqual([2, 12_001]);
    const { records } = ledgerData(result.columns, 'ledger.csv');
    expect(
      records.site(records.table.site.layout === 'single' ? records.table.site.codes[0]! : 0).name,
    ).toBe('Example Site 0, unit 0');
    expect(records.detail(0)).toMatchObject({
      id: 'row-2',
      partners: [
        { name: 'Example Co. 0', country: 'IN' },
        { name: 'Example Co. 1', country: 'JP' },
      ],
      sectors: ['semiconductors'],
      types: ['fab'],
      year: 2017,
      scope: 'bilateral',
    });
  });

  it('an error after many valid rows: refused (the collector loads nothing), its valid rows offered apart', async () => {
    const text = `${ledgerCsv(12_000)}${row(1).replace('IN; JP', 'IN; XX')}\n${row(2)}\n`;
    const messages = await run(fileOf('late.csv', text), { sliceBytes: 64 * 1024 });
    expect(messages.filter((m) => m.type === 'done')).toHaveLength(1);
    const done = invalid(messages);
    expect(done.errors).toEqual([
      expect.objectContaining({ row: 12_002, column: 'partner_country', value: 'IN; XX' }),
    ]);
    expect(outcome(messages)).toMatchObject({ kind: 'invalid' });
    // The rows before and after the bad one, and not the bad one.
    expect(done.partial).toMatchObject({ recordCount: 12_001, skippedRows: 1 });
    const rows = rowsOf(done.partial!.columns);
    expect(rows.length).toBe(12_001);
    expect(rows.at(-2)).toBe(12_001);
    expect(rows.at(-1)).toBe(12_003);
  });

  it('a partial ledger leaves out every row with a problem: cell errors, ragged rows, CSV quote issues', async () => {
    const bad = [
      row(8).replace('semiconductors', 'chips'), // a cell error
      `${row(4)},extra`, // ragged
      row(5).replace('Example Co. 5;', 'Example "Co." 5;'), // a quote inside an unquoted field
      row(6).replace(/^2023,2023-07/, '2023,2023-02-30'), // a date that does not exist
    ];
    const text = [HEADER, row(0), ...bad, row(1), ''].join('\n');
    const done = invalid(await run(fileOf('mixed.csv', text)));
    expect(new Set(done.errors.map((e) => e.row))).toEqual(new Set([3, 4, 5, 6]));
    expect(done.partial).toMatchObject({ recordCount: 2, skippedRows: 4 });
    expect(rowsOf(done.partial!.columns)).toEqual([2, 7]);
    const { records } = ledgerData(done.partial!.columns, 'mixed.csv');
    expect(records.table.length).toBe(2);
    expect(records.detail(1).id).toBe('row-7');
  });

  it('no partial ledger when no row is valid, or when the header is wrong', async () => {
    const allBad = [HEADER, row(0).replace('semiconductors', 'chips'), ''].join('\n');
    expect(invalid(await run(fileOf('bad.csv', allBad))).partial).toBeUndefined();
    const badHeader = ['year,nope', '2020,1', ''].join('\n');
    expect(invalid(await run(fileOf('header.csv', badHeader))).partial).toBeUndefined();
  });

  it('imports data/sample-ledger.csv', async () => {
    const path = fileURLToPath(new URL('../../data/sample-ledger.csv', import.meta.url));
    const messages = await run(fileOf('sample-ledger.csv', readFileSync(path)));
    expect(last(messages)).toMatchObject({ type: 'done', kind: 'ledger', ok: true, notes: [] });
  });

  it('removes a BOM and skips empty lines, with a note for each', async () => {
    const text = `\uFEFF${HEADER}\n\n${row(1)}\n\n\n${row(2)}\n`;
    const messages = await run(fileOf('bom.csv', text));
    expect(last(messages)).toMatchObject({
      ok: true,
      recordCount: 2,
      notes: [
        'A UTF-8 byte-order mark at the start of the file was removed.',
        '3 empty rows were skipped.',
      ],
    });
    const result = outcome(messages);
    expect(result?.kind === 'ledger' && rowsOf(result.columns)).toEqual([3, 6]);
  });

  it('gives the same result whatever the slice size (multi-byte characters cut in two)', async () => {
    const text = `${HEADER}\n${row(1).replace('Example Site 1', 'Sité 💡 一')}\n${row(2)}\n`;
    const whole = outcome(await run(fileOf('u.csv', text)));
    for (const sliceBytes of [1, 2, 3, 5, 7]) {
      expect(outcome(await run(fileOf('u.csv', text), { sliceBytes }))).toEqual(whole);
    }
    expect(whole?.kind === 'ledger' && whole.columns.siteName[0]).toBe('Sité 💡 一, unit 1');
  });
});

describe('runImport: errors are precise, the first 100 shown, all downloadable', () => {
  it('250 bad rows: 100 shown, the count, a flag, and a CSV of all 250', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 300; i++)
      lines.push(i % 6 === 5 ? row(i) : row(i).replace(/,(\d+\.\d+),(\d+\.\d+),/, ',$1,540,'));
    const done = invalid(await run(fileOf('bad.csv', lines.join('\n'))));
    expect(done.errors).toHaveLength(100);
    expect(done.errorCount).toBe(250);
    expect(done.moreErrors).toBe(true);
    expect(done.errors[0]).toEqual({
      row: 2,
      column: 'longitude',
      value: '540',
      reason: 'must be between -180 and 180',
    });
    const csvRows = readCsvRows(done.errorsCsv);
    expect(csvRows[0]).toEqual(['row', 'column', 'value', 'reason']);
    expect(csvRows).toHaveLength(251);
    expect(csvRows.at(-1)?.[0]).toBe('300');
  });

  it('escapes formula-looking values in the error CSV', async () => {
    const text = `${HEADER}\n${row(1).replace(',ai,', ',"=HYPERLINK(""x"")",')}\n`;
    const done = invalid(await run(fileOf('f.csv', text)));
    expect(done.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'sector', value: '=HYPERLINK("x")' }),
    ]);
    expect(done.errorsCsv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('ragged rows: row, and the row text as value', async () => {
    const text = `${HEADER}\n${row(1)}\n2024,ai,fab\n${row(3)},extra\n`;
    const done = invalid(await run(fileOf('ragged.csv', text)));
    expect(done.errors).toEqual([
      { row: 3, column: '(row)', value: '2024,ai,fab', reason: 'has 3 fields; the header has 12' },
      expect.objectContaining({
        row: 4,
        column: '(row)',
        reason: 'has 13 fields; the header has 12',
      }),
    ]);
  });

  it('a quote never closed names the row and column where it opened', async () => {
    const text = `${HEADER}\n${row(1)}\n${row(2)}\n${row(3).replace('unit 3"', 'unit 3')}\n`;
    const done = invalid(await run(fileOf('q.csv', text)));
    expect(done.errors).toContainEqual(
      expect.objectContaining({
        row: 4,
        column: 'site_name',
        reason: expect.stringMatching(/quote that is never closed/),
      }),
    );
  });

  it('a wrong header stops at row 1 with one error naming the unknown columns', async () => {
    const text = `${HEADER},__proto__,constructor\n${row(1)},x,y\n`;
    const done = invalid(await run(fileOf('h.csv', text)));
    expect(done.errorCount).toBe(1);
    expect(done.errors[0]).toMatchObject({ row: 1, column: '__proto__, constructor' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('runImport: files refused with a clear message', () => {
  const PNG = new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
  ]);
  it.each([
    ['an empty file', fileOf('empty.csv', ''), 'empty.csv is empty (0 bytes).'],
    [
      'a PNG renamed .csv',
      fileOf('chart.csv', PNG),
      'chart.csv is not a text file: its first bytes say it is a PNG image.',
    ],
    [
      'a UTF-16 file',
      fileOf('u16.csv', new Uint8Array([0xff, 0xfe, 0x79, 0, 0x65, 0])),
      /u16\.csv is UTF-16 text \(little-endian, with a byte-order mark\); save it as UTF-8/,
    ],
    [
      'white space only',
      fileOf('blank.csv', '\n\n  \n'),
      'blank.csv holds no rows with content (no header, no data).',
    ],
    [
      'only blank lines and empty cells',
      fileOf('blank2.csv', '\n\r\n,, ,\n'),
      'blank2.csv holds no rows with content (no header, no data).',
    ],
    [
      'a header only',
      fileOf('head.csv', `${HEADER}\n`),
      'head.csv has a header (row 1) but no data rows.',
    ],
    ['a .txt file', fileOf('ledger.txt', 'a'), /only \.csv and \.json/],
    [
      'too many columns',
      fileOf('wide.csv', `${Array.from({ length: 41 }, (_, i) => `c${i}`).join(',')}\n1\n`),
      'wide.csv has 41 columns in its header (row 1); the limit is 40.',
    ],
    [
      'Latin-1 text',
      fileOf(
        'latin1.csv',
        new Uint8Array([...new TextEncoder().encode(`${HEADER}\nS`), 0xe9, 0x0a]),
      ),
      new RegExp(
        `latin1\\.csv is not valid UTF-8 text: byte ${HEADER.length + 3} \\(line 2\\) is 0xE9\\. Save the file as UTF-8`,
      ),
    ],
    [
      'a truncated UTF-8 character',
      fileOf('cut.csv', new Uint8Array([...new TextEncoder().encode(`${HEADER}\nS`), 0xe2, 0x82])),
      /cut\.csv is not valid UTF-8 text: it ends in the middle of a character \(line 2\)/,
    ],
    [
      'JSON that does not parse',
      fileOf('x.json', '{"schemaVersion": 1,'),
      /^x\.json is not valid JSON: /,
    ],
    [
      'JSON of the wrong shape',
      fileOf('x.json', '"hello"'),
      'x.json is neither a dataset (an object with "schemaVersion") nor a ledger (an array of records): it is a string.',
    ],
    [
      'an object without schemaVersion',
      fileOf('x.json', '{"title":"t"}'),
      /an object without "schemaVersion"/,
    ],
    ['an empty JSON array', fileOf('x.json', '[]'), 'x.json is an empty array: no records.'],
  ])('%s', async (_name, file, expected) => {
    const message = failed(await run(file));
    if (typeof expected === 'string') expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });

  it('the size limit, before reading', async () => {
    expect(
      failed(await run(fileOf('a.csv', ledgerCsv(10)), { limits: { maxBytes: 100 } })),
    ).toMatch(/^a\.csv is 1\.\d KB; the limit is 100 bytes\./);
  });

  it('the row limit, while streaming: stops at the first row past it', async () => {
    const messages = await run(fileOf('long.csv', ledgerCsv(20)), { limits: { maxDataRows: 5 } });
    expect(failed(messages)).toBe(
      'long.csv has more than 5 data rows (the limit); reading stopped at row 7. Split it into smaller files.',
    );
    expect(messages.some((m) => m.type === 'done')).toBe(false);
  });

  it('the row limit for a JSON ledger', async () => {
    const items = JSON.stringify(Array.from({ length: 6 }, () => ({})));
    expect(failed(await run(fileOf('l.json', items), { limits: { maxDataRows: 5 } }))).toBe(
      'l.json has 6 records; the limit is 5. Split it into smaller files.',
    );
  });
});

describe('runImport: JSON', () => {
  it('a dataset (it has schemaVersion) is validated by schema.ts', async () => {
    const messages = await run(fileOf('dataset.json', JSON.stringify(bundledJson)));
    const done = last(messages);
    expect(done).toMatchObject({ type: 'done', kind: 'dataset', ok: true });
    expect(done.type === 'done' && done.ok && done.kind === 'dataset' && done.dataset.title).toBe(
      (bundledJson as { title: string }).title,
    );
    expect(outcome(messages)?.kind).toBe('dataset');
  });

  it('a dataset with a duplicate id and a "__proto__" key: precise path errors, no pollution', async () => {
    const data = JSON.parse(JSON.stringify(bundledJson)) as { projects: unknown[] };
    data.projects.push(data.projects[0]);
    const text = JSON.stringify(data).replace(/^\{/, '{"__proto__":{"polluted":"yes"},');
    const done = invalid(await run(fileOf('d.json', text)));
    expect(done.kind).toBe('dataset');
    expect(done.errors).toContainEqual({
      row: null,
      column: '(root)',
      value: expect.any(String),
      reason: 'Unrecognized key: "__proto__"',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(readCsvRows(done.errorsCsv)[1]?.[0]).toBe('');
  });

  it('a ledger array gets the same row validation as CSV, rows numbered from 1', async () => {
    const good = {
      year: 2024,
      sector: 'ai',
      type: 'data-centre',
      partners: ['Example Co. A'],
      partner_country: 'JP',
      state: 'Tokyo',
      site_name: 'Example Site',
      latitude: 35.6,
      longitude: 139.7,
    };
    const ok = await run(fileOf('l.json', JSON.stringify([good, good])));
    expect(last(ok)).toMatchObject({ kind: 'ledger', ok: true, recordCount: 2 });
    const bad = [
      good,
      { ...good, latitude: 139.7, longitude: 35.6 },
      { ...good, amount: '1,234', currency: 'INR' },
    ];
    const done = invalid(await run(fileOf('l.json', `\uFEFF${JSON.stringify(bad)}`)));
    expect(done.notes).toEqual(['A UTF-8 byte-order mark at the start of the file was removed.']);
    expect(done.errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'latitude',
        reason: expect.stringMatching(/swapped/),
      }),
      expect.objectContaining({ row: 3, column: 'amount', value: '1,234' }),
    ]);
  });

  it('JSON numbers too large for a double arrive as Infinity and are refused', async () => {
    const text = `[{"year":2024,"sector":"ai","type":"fab","partners":"A","partner_country":"IN","state":"S","site_name":"X","latitude":1e400,"longitude":10}]`;
    expect(invalid(await run(fileOf('inf.json', text))).errors[0]).toMatchObject({
      row: 1,
      column: 'latitude',
      value: 'Infinity',
      reason: 'must be a finite number',
    });
  });
});

describe('runImport: progress and cancel', () => {
  it('posts progress at most every 50 ms (by the clock it is given)', async () => {
    let t = 0;
    const times: number[] = [];
    const messages: ImportMessage[] = [];
    await runImport(
      fileOf('p.csv', ledgerCsv(20_000)),
      (m) => {
        messages.push(m);
        if (m.type === 'progress') times.push(t);
      },
      { sliceBytes: 16 * 1024, now: () => (t += 3) },
    );
    const gaps = times.slice(1, -1).map((x, i) => x - (times[i] ?? 0));
    expect(times.length).toBeGreaterThan(5);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(50);
    const progress = messages.filter((m): m is ImportProgress => m.type === 'progress');
    expect(progress.at(-1)).toMatchObject({ done: progress.at(-1)?.total, rows: 20_000 });
  });

  it('once aborted, posts nothing more (and the collector never yields an outcome)', async () => {
    const controller = new AbortController();
    const messages: ImportMessage[] = [];
    let abortedAt = -1;
    await runImport(
      fileOf('c.csv', ledgerCsv(20_000)),
      (m) => {
        messages.push(m);
        if (abortedAt < 0 && m.type === 'progress' && m.rows > 0) {
          abortedAt = messages.length;
          controller.abort();
        }
      },
      { sliceBytes: 16 * 1024, signal: controller.signal },
    );
    expect(abortedAt).toBeGreaterThan(0);
    expect(messages).toHaveLength(abortedAt);
    expect(outcome(messages)).toBeNull();
  });

  it('the collector yields nothing before done or failed', () => {
    const collector = createImportCollector();
    expect(
      collector.accept({ type: 'progress', phase: 'reading', done: 1, total: 2, rows: 1 }),
    ).toBeNull();
    const fail: ImportFailed = { type: 'failed', fileName: 'f.csv', message: 'boom' };
    expect(collector.accept(fail)).toEqual({ kind: 'failed', fileName: 'f.csv', message: 'boom' });
  });
});

describe('errorsToCsv', () => {
  it('writes row, column, value, reason, and says how many are not listed', () => {
    const csv = errorsToCsv(
      [{ row: 2, column: 'amount', value: '-5', reason: 'must not be negative' }],
      3,
    );
    expect(readCsvRows(csv)).toEqual([
      ['row', 'column', 'value', 'reason'],
      ['2', 'amount', "'-5", 'must not be negative'],
      ['', '', '', '2 further errors are not listed'],
    ]);
  });
});

describe('firstInvalidUtf8', () => {
  it('finds the first bad byte; a sequence cut at the end is not bad', () => {
    const enc = new TextEncoder();
    expect(firstInvalidUtf8(enc.encode('aé💡'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe9, 0x62]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xf0, 0x9f]))).toBe(-1);
  });
});

describe('a synthetic 100,000-row CSV', () => {
  it('parses and validates (the time is printed, not asserted)', async () => {
    const text = ledgerCsv(100_000);
    const file = fileOf('big.csv', text);
    const t0 = performance.now();
    const messages = await run(file);
    const ms = performance.now() - t0;
    expect(last(messages)).toMatchObject({ ok: true, recordCount: 100_000 });
    console.log(
      JSON.stringify({
        bench: 'import 100k-row CSV (read + decode + parse + validate + batches)',
        rows: 100_000,
        bytes: file.size,
        ms: Math.round(ms),
        rowsPerSecond: Math.round(100_000 / (ms / 1000)),
      }),
    );
  });
});
