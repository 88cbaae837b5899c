/**
 * Broken data through the whole import (runImport, as the worker runs it), on both paths: a dataset
 * in our schema (.json, checked by schema.ts) and a ledger (.csv, checked row by row). Every case
 * yields a precise error (dataset: JSON path, value, reason; ledger: row, column, value, reason),
 * a file-level refusal that says why, or a note; nothing pollutes Object.prototype.
 *
 * One table, one row per kind of breakage, one column per path. Where a kind does not exist on a
 * path (a ragged row in JSON), the path's nearest equivalent is used and named.
 *
 * What cannot be checked by range: coordinates swapped inside the valid ranges (see the todos).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportError, ImportMessage } from '../../src/domain/import/import-protocol.ts';
import { runImport } from '../../src/domain/import/run-import.ts';
import { bundledJson } from '../fixtures/bundled.ts';
import { VALID_LEDGER_ROW } from '../fixtures/ledger-row.ts';

type Expected =
  | { error: { row: number | null; column: string; value: string | RegExp; reason: RegExp } }
  | { failed: RegExp }
  | { note: RegExp };

interface Input {
  /** What this path's version of the breakage is, when it differs from the row's name. */
  as?: string;
  name: string;
  content: string | Uint8Array<ArrayBuffer>;
  expected: Expected;
}

// ---------------------------------------------------------------------------------------------
// The dataset path: the bundled dataset, broken in one place.

interface Doc {
  sites: { id: string; name: unknown; lat: unknown; lon: unknown; country: string }[];
  projects: { id: unknown; name: unknown; date?: unknown }[];
  figures: { measures: { value: unknown }[] }[];
  [key: string]: unknown;
}
const doc = (): Doc => JSON.parse(JSON.stringify(bundledJson)) as Doc;
const text = (mutate: (d: Doc) => void = () => undefined) => {
  const d = doc();
  mutate(d);
  return JSON.stringify(d);
};
const siteIndex = (id: string) => doc().sites.findIndex((s) => s.id === id);
const SENDAI = siteIndex('sendai');
const DHOLERA = siteIndex('dholera');
const firstProjectId = doc().projects[0]!.id as string;

const dataset = (name: string, content: Input['content'], expected: Expected, as?: string) =>
  ({ name, content, expected, ...(as ? { as } : {}) }) satisfies Input;
const pathError = (column: string, value: string | RegExp, reason: RegExp): Expected => ({
  error: { row: null, column, value, reason },
});

// ---------------------------------------------------------------------------------------------
// The ledger path: a valid CSV, broken in one cell (or its header, or its bytes).

const HEADER =
  'year,date,sector,type,partners,partner_country,state,site_name,latitude,longitude,amount,currency';
const ROW = VALID_LEDGER_ROW;
type Column = keyof typeof ROW;
const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csvRow = (cells: Partial<Record<Column, string>> = {}) =>
  Object.keys(ROW)
    .map((k) => quote({ ...ROW, ...cells }[k as Column]))
    .join(',');
/** The header, a good row (row 2), then the broken one (row 3). */
const csv = (cells: Partial<Record<Column, string>>) =>
  `${HEADER}\n${csvRow()}\n${csvRow(cells)}\n`;
const ledger = (name: string, content: Input['content'], expected: Expected, as?: string) =>
  ({ name, content, expected, ...(as ? { as } : {}) }) satisfies Input;
const cellError = (column: Column | '(row)', value: string | RegExp, reason: RegExp, row = 3) => ({
  error: { row, column, value, reason },
});

// ---------------------------------------------------------------------------------------------
// Files that are not what their name says.

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72]);
const utf16le = (s: string) =>
  new Uint8Array([
    0xff,
    0xfe,
    ...[...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
  ]);

const CASES: [kind: string, dataset: Input, ledger: Input][] = [
  [
    'NaN',
    dataset(
      'nan.json',
      text().replace(/"lat":\s*22\.25/, '"lat":NaN'),
      { failed: /^nan\.json is not valid JSON: Unexpected token 'N'.*"lat":NaN/ },
      'NaN is not JSON: the file is refused with the spot',
    ),
    ledger(
      'nan.csv',
      csv({ latitude: 'NaN' }),
      cellError('latitude', 'NaN', /not a number \(NaN\)/),
    ),
  ],
  [
    'NaN as a string',
    dataset(
      'nan-string.json',
      text((d) => (d.sites[DHOLERA]!.lat = 'NaN')),
      pathError(`sites[${DHOLERA}].lat`, '"NaN"', /expected number, received string/),
    ),
    ledger('nan-2.csv', csv({ amount: 'nan' }), cellError('amount', 'nan', /not a number \(NaN\)/)),
  ],
  [
    'Infinity',
    dataset(
      'inf.json',
      text().replace(/"lat":\s*22\.25/, '"lat":1e400'),
      pathError(`sites[${DHOLERA}].lat`, 'Infinity', /received Infinity/),
      '1e400 parses to Infinity',
    ),
    ledger(
      'inf.csv',
      csv({ longitude: 'Infinity' }),
      cellError('longitude', 'Infinity', /must be a finite number/),
    ),
  ],
  [
    'null',
    dataset(
      'null.json',
      text((d) => (d.sites[0]!.name = null)),
      pathError('sites[0].name', 'null', /expected string, received null/),
    ),
    ledger(
      'null.csv',
      csv({ latitude: 'null' }),
      cellError('latitude', 'null', /must be a number in decimal degrees/),
      'the word null in a cell (CSV has no null)',
    ),
  ],
  [
    'empty string',
    dataset(
      'empty-string.json',
      text((d) => (d.projects[0]!.name = '')),
      pathError('projects[0].name', '""', /must not be empty/),
    ),
    ledger('empty-cell.csv', csv({ site_name: '' }), cellError('site_name', '', /^is required$/)),
  ],
  [
    '"1,234"',
    dataset(
      'thousands.json',
      text((d) => (d.figures[0]!.measures[0]!.value = '1,234')),
      pathError('figures[0].measures[0].value', '"1,234"', /expected number, received string/),
    ),
    ledger(
      'thousands.csv',
      csv({ amount: '1,234' }),
      cellError('amount', '1,234', /remove the thousands separators \(1234, not 1,234\)/),
    ),
  ],
  [
    '2023-02-30',
    dataset(
      'feb-30.json',
      text((d) => (d.projects[0]!.date = '2023-02-30')),
      pathError('projects[0].date', '"2023-02-30"', /must be a real date/),
    ),
    ledger(
      'feb-30.csv',
      csv({ date: '2023-02-30' }),
      cellError('date', '2023-02-30', /not a real date: February 2023 has 28 days/),
    ),
  ],
  [
    'latitude 91',
    dataset(
      'lat-91.json',
      text((d) => (d.sites[0]!.lat = 91)),
      pathError('sites[0].lat', '91', /<=90/),
    ),
    ledger(
      'lat-91.csv',
      csv({ latitude: '91', longitude: '139.7' }),
      cellError('latitude', '91', /^must be between -90 and 90$/),
    ),
  ],
  [
    'longitude 540',
    dataset(
      'lon-540.json',
      text((d) => (d.sites[0]!.lon = 540)),
      pathError('sites[0].lon', '540', /<=180/),
    ),
    ledger(
      'lon-540.csv',
      csv({ longitude: '540' }),
      cellError('longitude', '540', /must be between -180 and 180/),
    ),
  ],
  [
    'swapped coordinates, Japan (always out of range)',
    dataset(
      'swap-jp.json',
      text((d) => {
        const s = d.sites[SENDAI]!;
        [s.lat, s.lon] = [s.lon, s.lat];
      }),
      pathError(`sites[${SENDAI}].lat`, /^140\.\d+$/, /<=90/),
      'Sendai with lat and lon exchanged',
    ),
    ledger(
      'swap-jp.csv',
      csv({ latitude: '140.87', longitude: '38.27' }),
      cellError('latitude', '140.87', /are latitude and longitude swapped\?/),
    ),
  ],
  [
    'swapped coordinates, north-east India (longitude over 90)',
    dataset(
      'swap-ne-india.json',
      text((d) => {
        d.sites[DHOLERA]!.lat = 91.74; // Guwahati is 26.14 N, 91.74 E
        d.sites[DHOLERA]!.lon = 26.14;
      }),
      pathError(`sites[${DHOLERA}].lat`, '91.74', /<=90/),
    ),
    ledger(
      'swap-ne-india.csv',
      csv({ latitude: '91.74', longitude: '26.14' }),
      cellError('latitude', '91.74', /swapped/),
    ),
  ],
  [
    'duplicate ids',
    dataset(
      'duplicate.json',
      text((d) => d.projects.push({ ...d.projects[0]! })),
      pathError(
        `projects[${doc().projects.length}].id`,
        `"${firstProjectId}"`,
        /duplicate id in projects/,
      ),
    ),
    ledger(
      'duplicate-column.csv',
      `${HEADER},Latitude\n${csvRow()},1\n`,
      {
        error: { row: 1, column: 'Latitude', value: 'Latitude', reason: /latitude is given twice/ },
      },
      'a ledger has no ids: a column named twice',
    ),
  ],
  [
    'unknown key',
    dataset(
      'unknown-key.json',
      text((d) => ((d.sites[0] as Record<string, unknown>)['colour'] = 'red')),
      pathError('sites[0]', /"id":"dholera"/, /Unrecognized key: "colour"/),
    ),
    ledger('unknown-column.csv', `${HEADER},colour\n${csvRow()},red\n`, {
      error: { row: 1, column: 'colour', value: /colour/, reason: /not a ledger column|unknown/i },
    }),
  ],
  [
    '__proto__ key',
    dataset(
      'proto.json',
      text().replace('"sites":[{', '"sites":[{"__proto__":{"polluted":"yes"},'),
      pathError('sites[0]', /"__proto__":\{"polluted":"yes"\}/, /Unrecognized key: "__proto__"/),
    ),
    ledger('proto.csv', `${HEADER},__proto__\n${csvRow()},{"polluted":"yes"}\n`, {
      error: {
        row: 1,
        column: '__proto__',
        value: '"__proto__"',
        reason: /^unknown column "__proto__"/,
      },
    }),
  ],
  [
    'constructor key',
    dataset(
      'constructor.json',
      text().replace(/^\{/, '{"constructor":{"prototype":{"polluted":"yes"}},'),
      pathError('(root)', /"constructor"/, /Unrecognized key: "constructor"/),
    ),
    ledger('constructor.csv', `constructor,${HEADER}\nx,${csvRow()}\n`, {
      error: {
        row: 1,
        column: 'constructor',
        value: '"constructor"',
        reason: /^unknown column "constructor"/,
      },
    }),
  ],
  [
    'empty file',
    dataset('empty.json', '', { failed: /^empty\.json is empty \(0 bytes\)\.$/ }),
    ledger('empty.csv', '', { failed: /^empty\.csv is empty \(0 bytes\)\.$/ }),
  ],
  [
    'a PNG renamed',
    dataset('chart.json', PNG, { failed: /^chart\.json is not a text file: .*a PNG image\.$/ }),
    ledger('chart.csv', PNG, { failed: /^chart\.csv is not a text file: .*a PNG image\.$/ }),
  ],
  [
    'a UTF-8 byte-order mark',
    dataset('bom.json', `\uFEFF${text()}`, { note: /byte-order mark .* was removed/ }),
    ledger('bom.csv', `\uFEFF${csv({})}`, { note: /byte-order mark .* was removed/ }),
  ],
  [
    'a byte-order mark and nothing else',
    dataset('only-bom.json', '\uFEFF', { failed: /holds only a byte-order mark/ }),
    ledger('only-bom.csv', '\uFEFF', { failed: /holds only a byte-order mark/ }),
  ],
  [
    'UTF-16',
    dataset('u16.json', utf16le(text()), {
      failed: /^u16\.json is UTF-16 text .*save it as UTF-8/,
    }),
    ledger('u16.csv', utf16le(csv({})), { failed: /^u16\.csv is UTF-16 text .*save it as UTF-8/ }),
  ],
  [
    'ragged rows',
    dataset(
      'truncated.json',
      text().slice(0, 400),
      { failed: /^truncated\.json is not valid JSON: .*position 400/ },
      'JSON has no rows: a file cut short',
    ),
    ledger(
      'ragged.csv',
      `${HEADER}\n${csvRow()}\n2024,ai,fab\n`,
      cellError('(row)', '2024,ai,fab', /has 3 fields; the header has 12/),
    ),
  ],
];

// ---------------------------------------------------------------------------------------------

async function run(input: Input): Promise<ImportMessage> {
  const messages: ImportMessage[] = [];
  await runImport(new File([input.content], input.name), (m) => messages.push(m));
  const last = messages.at(-1);
  if (!last) throw new Error('no message posted');
  return last;
}

function check(last: ImportMessage, expected: Expected): void {
  const summary = JSON.stringify(last).slice(0, 600);
  if ('failed' in expected) {
    expect(last.type, summary).toBe('failed');
    if (last.type === 'failed') expect(last.message).toMatch(expected.failed);
    return;
  }
  expect(last.type, summary).toBe('done');
  if (last.type !== 'done') return;
  if ('note' in expected) {
    expect(last.ok, summary).toBe(true);
    expect(last.notes.join(' ')).toMatch(expected.note);
    return;
  }
  expect(last.ok, summary).toBe(false);
  if (last.ok) return;
  const { row, column, value, reason } = expected.error;
  const match = (e: ImportError) =>
    e.row === row &&
    (e.column === column || e.column.split(', ').includes(column)) &&
    (typeof value === 'string' ? e.value === value : value.test(e.value)) &&
    reason.test(e.reason);
  expect(last.errors.filter(match), `errors: ${JSON.stringify(last.errors)}`).toHaveLength(1);
  expect(last.errorCount).toBe(last.errors.length); // exactly the breakage, nothing else
}

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

describe('broken data, through runImport, on both paths', () => {
  for (const [kind, onDataset, onLedger] of CASES) {
    it(`${kind} — dataset JSON${onDataset.as ? ` (${onDataset.as})` : ''}`, async () => {
      check(await run(onDataset), onDataset.expected);
    });
    it(`${kind} — CSV ledger${onLedger.as ? ` (${onLedger.as})` : ''}`, async () => {
      check(await run(onLedger), onLedger.expected);
    });
  }

  afterAll(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('what range checks cannot see', () => {
  // A site in mainland India (8–37 N, 68–90 E) with its coordinates exchanged lands at 68–90 N,
  // 8–37 E (the Arctic above Europe): inside both ranges, so both paths accept it today. A site's
  // country is known on the dataset path (sites[].country) and can be checked against a box per
  // country; the ledger names only a state, so there the check can only be "outside every known
  // country, but inside one once swapped". See the report for where the check belongs.
  it.todo('dataset: a site whose country is IN but whose point lies outside India is refused');
  it('ledger: a point outside IN/JP/TW/US that falls inside one once swapped is flagged', async () => {
    const header = 'year,sector,type,partners,partner_country,state,site_name,latitude,longitude';
    const rows = [
      '2024,semiconductors,fab,Tata,IN,Karnataka,Bengaluru,77.59,12.97', // swapped: refused
      '2024,semiconductors,fab,Tata,IN,Karnataka,Bengaluru,12.97,77.59', // right: kept
      '2024,semiconductors,fab,Infineon,US,Bavaria,Munich,48.14,11.58', // abroad, not a swap: kept
    ];
    const messages: ImportMessage[] = [];
    await runImport(new File([[header, ...rows].join('\n')], 'swap.csv'), (m) => messages.push(m));
    const done = messages.at(-1);
    if (done?.type !== 'done' || done.ok) throw new Error('expected errors');
    expect(done.errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'latitude',
        value: '77.59',
        reason: expect.stringContaining('are latitude and longitude swapped?') as unknown,
      }),
    ]);
  });
  // A ledger has no ids: two identical rows are two records, and no note says so.
  it.todo('ledger: rows identical in every column are reported (or noted) as duplicates');
});
