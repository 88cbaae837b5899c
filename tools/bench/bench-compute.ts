/**
 * Compute-only figures for `npm run bench`: the same ledger file the browser imports, read in Node by
 * the app's import pipeline (run-import.ts, as the worker runs it), turned into the app's Records, then the bench's brushes
 * replayed as range clauses through the app's coordinator. Each brush times every view's finished
 * model, as the page asks for them (src/domain/coordinator). No React, no DOM: the floor under the
 * browser's brush-to-paint time.
 */
import { openAsBlob } from 'node:fs';
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
import { ledgerData } from '../../src/domain/import/ledger-table-records.ts';
import type { ImportMessage } from '../../src/domain/import/import-protocol.ts';
import { runImport } from '../../src/domain/import/run-import.ts';
import type { BrushStep } from './bench-brushes.ts';
import { ms, percentiles } from './bench-stats.ts';

/** The very data the views use: the worker's pipeline (run-import.ts), then ledgerData. */
async function ledgerInputs(path: string): Promise<ModelInputs> {
  const blob = await openAsBlob(path);
  let done: ImportMessage | undefined;
  await runImport(
    { name: 'bench.csv', size: blob.size, slice: (a, b) => blob.slice(a, b) },
    (m) => {
      if (m.type !== 'progress') done = m;
    },
  );
  if (done?.type !== 'done' || !done.ok || done.kind !== 'ledger')
    throw new Error(`${path}: ${JSON.stringify(done).slice(0, 300)}`);
  const ledger = ledgerData(done.columns, 'bench.csv');
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

/** The model inputs, and the time to import the file and build the records. */
async function loadTable(path: string) {
  const t0 = performance.now();
  const inputs = await ledgerInputs(path);
  return { inputs, importMs: performance.now() - t0 };
}

// gc() without a command-line flag, so the import's garbage is collected before brushing.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;

export async function computeOnly(path: string, plan: readonly BrushStep[]) {
  // Only the table stays alive while brushing: the records go with loadTable's scope, and their
  // collection is not charged to the first brushes.
  const { inputs, importMs } = await loadTable(path);
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
    nodeImportMs: Math.round(importMs),
    tableBuiltWith:
      'runImport + ledgerData (src/domain/import/run-import.ts, ledger-table-records.ts), as in the app',
    modelsComputed: coordinator.computed,
    firstViewMs: ms(firstViewMs),
    brushMs: percentiles(brushes),
  };
}
