/**
 * Compute-only figures for `npm run bench`: the same ledger file the browser imports, read in Node by
 * the app's own CSV reader and row validator, turned into the app's Records, then the bench's brushes
 * replayed as range clauses through the app's coordinator. Each brush times every view's finished
 * model, as the page asks for them (src/domain/coordinator). No React, no DOM: the floor under the
 * browser's brush-to-paint time.
 */
import { createReadStream } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Clauses } from '../../src/domain/clauses.ts';
import {
  CATEGORY_CLIENTS,
  Coordinator,
  FILTERS_CLIENT,
  INVESTMENTS_CLIENT,
  SITES_CLIENT,
  TABLE_CLIENT,
  TABLE_PAGE_CLIENT,
  TIMELINE_CLIENT,
  type ModelInputs,
} from '../../src/domain/coordinator/index.ts';
import { LedgerColumnsBuilder } from '../../src/domain/import/ledger-table-builder.ts';
import { ledgerData } from '../../src/domain/import/ledger-table-records.ts';
import { createCsvParser } from '../../src/domain/import/csv.ts';
import { validateHeader, type LedgerHeader } from '../../src/domain/import/ledger-columns.ts';
import {
  createInterner,
  validateRecord,
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

/** The very data the views use: the worker's column builder, then the main thread's conversion. */
export function ledgerInputs(records: readonly LedgerRecord[]): ModelInputs {
  const b = new LedgerColumnsBuilder(records.length);
  for (const r of records) b.push(r);
  const ledger = ledgerData(b.finish().columns, 'bench.csv');
  return { dataset: ledger.dataset, records: ledger.records, clauses: {}, currency: 'INR' };
}

const SORT = { key: null, dir: 1 } as const;

/** Every view's model for one filter state, as the page asks for them after a brush. */
function computeViews(coordinator: Coordinator, inputs: ModelInputs, clauses: Clauses): void {
  const at = { ...inputs, clauses };
  for (const client of Object.values(CATEGORY_CLIENTS)) coordinator.get(client, at);
  coordinator.get(TIMELINE_CLIENT, at);
  coordinator.get(INVESTMENTS_CLIENT, at);
  coordinator.get(SITES_CLIENT, at);
  coordinator.get(FILTERS_CLIENT, at);
  const table = coordinator.get(TABLE_CLIENT, at, SORT);
  coordinator.get(TABLE_PAGE_CLIENT, at, { sort: table.sort, first: 0, count: 36 });
}

const time = (f: () => unknown): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

/** The model inputs, and the times to read the file and to build the records. */
async function loadTable(path: string) {
  const t0 = performance.now();
  const records = await readLedger(path);
  const readMs = performance.now() - t0;
  const t1 = performance.now();
  const inputs = ledgerInputs(records);
  return { inputs, readMs, buildMs: performance.now() - t1 };
}

// gc() without a command-line flag, so the import's garbage is collected before brushing.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;

export async function computeOnly(path: string, plan: readonly BrushStep[]) {
  // Only the table stays alive while brushing: the records go with loadTable's scope, and their
  // collection is not charged to the first brushes.
  const { inputs, readMs, buildMs } = await loadTable(path);
  gc?.();
  const coordinator = new Coordinator();
  const firstViewMs = time(() => computeViews(coordinator, inputs, {}));
  const brushes = plan.map((step) => {
    const [min, max] = step.range;
    // A new clause object per brush, as the store makes.
    return time(() =>
      computeViews(coordinator, inputs, {
        timeline: { kind: 'range', field: 'year', min, max },
      }),
    );
  });
  return {
    what: 'per brush: every view model through the coordinator (3 category charts, timeline, investments, sites, filters, table and its first page), ms',
    nodeImportMs: Math.round(readMs),
    tableBuildMs: Math.round(buildMs),
    tableBuiltWith:
      'LedgerColumnsBuilder + ledgerData (src/domain/import/ledger-table-builder.ts, ledger-table-records.ts), as in the app',
    modelsComputed: coordinator.computed,
    firstViewMs: ms(firstViewMs),
    brushMs: percentiles(brushes),
  };
}
