/**
 * Compute-only figures for `npm run bench`: the same ledger file the browser imports, read in Node by
 * the app's own CSV reader and row validator, turned into a ColumnTable, then the bench's brushes
 * replayed as range clauses through the columnar engine. Each brush times what every view needs
 * after a brush: the view selections, the sector/type/country/site counts, the year counts and the
 * table's count. No React, no DOM: the floor under the browser's brush-to-paint time.
 */
import { createReadStream } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Clauses } from '../../src/domain/crossfilter.ts';
import type { ColumnTable } from '../../src/domain/columns/columns.ts';
import { LedgerColumnsBuilder, ledgerData } from '../../src/domain/import/ledger-table.ts';
import {
  countByCode,
  countByYear,
  countSelected,
  viewSelections,
} from '../../src/domain/columns/engine.ts';
import { createCsvParser } from '../../src/domain/import/csv.ts';
import {
  createInterner,
  validateHeader,
  validateRecord,
  type LedgerHeader,
  type LedgerRecord,
} from '../../src/domain/import/ledger.ts';
import type { BrushStep } from './bench-brushes.ts';
import { ms, percentiles } from './bench-stats.ts';

/**
 * The ledger's records as the app's worker validates them: its CSV reader, header check and row
 * validator, fed from a file stream (a 1M-row ledger is ~120 MB). Throws at the first problem: the
 * bench's ledgers are valid by construction.
 */
export async function readLedger(path: string): Promise<LedgerRecord[]> {
  const records: LedgerRecord[] = [];
  const intern = createInterner();
  let header: LedgerHeader | null = null;
  const parser = createCsvParser(
    (fields, row) => {
      if (header === null) {
        const h = validateHeader(fields, row);
        if ('errors' in h) throw new Error(`${path}: ${JSON.stringify(h.errors[0])}`);
        header = h.header;
        return;
      }
      const r = validateRecord(fields, header, row, intern);
      if ('errors' in r) throw new Error(`${path}: ${JSON.stringify(r.errors[0])}`);
      records.push(r.record);
    },
    {
      onIssue: (issue) => {
        throw new Error(`${path}: ${issue.message} (row ${issue.row})`);
      },
    },
  );
  for await (const chunk of createReadStream(path, { encoding: 'utf8' }))
    parser.push(chunk as string);
  parser.end();
  return records;
}

/** The very table the views use: the worker's column builder, then the main thread's conversion. */
export function ledgerColumnTable(records: readonly LedgerRecord[]): ColumnTable {
  const b = new LedgerColumnsBuilder(records.length);
  for (const r of records) b.push(r);
  return ledgerData(b.finish().columns, 'bench.csv').records.table;
}

const FIELDS = ['sector', 'type', 'country', 'site'] as const;

/** Every view's filter and aggregate for one filter state. */
function computeViews(t: ColumnTable, clauses: Clauses, from: number, to: number): number {
  const sel = viewSelections(t, clauses);
  let check = 0;
  for (const f of FIELDS) check += countByCode(t, f, sel[f]).length;
  check += countByYear(t, sel.timeline, from, to).projects.length;
  return check + countSelected(sel.table);
}

const time = (f: () => unknown): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

/** The table, its year span, and the times to read the file and to build the table. */
async function loadTable(path: string) {
  const t0 = performance.now();
  const records = await readLedger(path);
  const readMs = performance.now() - t0;
  let from = Infinity;
  let to = -Infinity;
  for (const r of records) {
    if (r.year < from) from = r.year;
    if (r.year > to) to = r.year;
  }
  const t1 = performance.now();
  const table = ledgerColumnTable(records);
  return { table, from, to, readMs, buildMs: performance.now() - t1 };
}

// gc() without a command-line flag, so the import's garbage is collected before brushing.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;

export async function computeOnly(path: string, plan: readonly BrushStep[]) {
  // Only the table stays alive while brushing: the records go with loadTable's scope, and their
  // collection is not charged to the first brushes.
  const { table, from, to, readMs, buildMs } = await loadTable(path);
  gc?.();
  const firstViewMs = time(() => computeViews(table, {}, from, to));
  const brushes = plan.map((step) => {
    const [min, max] = step.range;
    // A new clause object per brush, as the store makes.
    return time(() =>
      computeViews(table, { timeline: { kind: 'range', field: 'year', min, max } }, from, to),
    );
  });
  return {
    what: 'per brush: viewSelections + countByCode(sector, type, country, site) + countByYear + countSelected(table), ms',
    nodeImportMs: Math.round(readMs),
    tableBuildMs: Math.round(buildMs),
    tableBuiltWith:
      'LedgerColumnsBuilder + ledgerData (src/domain/import/ledger-table.ts), as in the app',
    firstViewMs: ms(firstViewMs),
    brushMs: percentiles(brushes),
  };
}
