/**
 * The messages between the main thread and the import worker, and a small collector the main thread
 * feeds them to. Nothing is final before `done`; a cancelled import (worker.terminate()) or a
 * `failed` one leaves nothing behind.
 *
 *   main → worker   ImportRequest                    once, to start
 *   worker → main   progress*  (done | failed)
 *
 * A valid ledger arrives with `done` as columns (ledger-table.ts): typed arrays whose buffers are
 * transferred, so a million records cost the main thread no deserialisation of per-record objects.
 */
import type { Dataset } from '../schema.ts';
import type { LedgerColumns } from './ledger-table.ts';

/** Shown in the UI; the full list goes out as `errorsCsv`. */
export const MAX_ERRORS_SHOWN = 100;
/** Errors kept for the CSV download; past this only the count grows. */
export const MAX_ERRORS_KEPT = 100_000;
export const PROGRESS_INTERVAL_MS = 50;

export type ImportRequest =
  { type: 'start'; file: File } | { type: 'start'; buffer: ArrayBuffer; name: string };

export interface ImportError {
  /** Ledger: the row (CSV, header = 1) or record position (JSON, from 1). Dataset or whole file: null. */
  row: number | null;
  /** Ledger: the column as the file names it. Dataset: the path, like `projects[3].siteId`. */
  column: string;
  /** The offending value, shortened to 80 characters. */
  value: string;
  reason: string;
}

export type ImportPhase = 'reading' | 'parsing' | 'validating';

export interface ImportProgress {
  type: 'progress';
  phase: ImportPhase;
  /** Bytes read while reading; records checked while validating a JSON ledger. */
  done: number;
  total: number;
  /** Data rows (or records) seen so far. */
  rows: number;
}

interface DoneBase {
  type: 'done';
  fileName: string;
  /** Data rows (CSV) or records (JSON ledger) read; 0 for a dataset. */
  rows: number;
  /** Things worth telling that are not errors: a byte-order mark removed, empty lines skipped. */
  notes: string[];
  elapsedMs: number;
}

export interface ImportErrorSummary {
  /** The first `MAX_ERRORS_SHOWN` errors. */
  errors: ImportError[];
  errorCount: number;
  /** True when errorCount > errors.length. */
  moreErrors: boolean;
  /** Every kept error as CSV (row, column, value, reason), formula-escaped, for download. */
  errorsCsv: string;
  /**
   * A ledger only: its valid records, which the user may choose to load without the rows in
   * `errorsCsv`. `skippedRows` counts the data rows left out (a row may have several errors).
   */
  partial?: PartialLedger;
}

export interface PartialLedger {
  recordCount: number;
  skippedRows: number;
  columns: LedgerColumns;
}

export type ImportDone =
  | (DoneBase & { kind: 'dataset'; ok: true; dataset: Dataset })
  | (DoneBase & { kind: 'ledger'; ok: true; recordCount: number; columns: LedgerColumns })
  | (DoneBase & { kind: 'dataset' | 'ledger'; ok: false } & ImportErrorSummary);

export interface ImportFailed {
  type: 'failed';
  fileName: string;
  /** What went wrong and where, in a sentence for the user. */
  message: string;
}

export type ImportMessage = ImportProgress | ImportDone | ImportFailed;

export type ImportOutcome =
  | { kind: 'dataset'; dataset: Dataset; notes: string[]; fileName: string }
  | { kind: 'ledger'; columns: LedgerColumns; notes: string[]; fileName: string }
  | { kind: 'invalid'; done: Extract<ImportDone, { ok: false }> }
  | { kind: 'failed'; message: string; fileName: string };

export interface ImportCollector {
  /** Feed every message; returns the outcome once the import is over, else null. */
  accept(message: ImportMessage): ImportOutcome | null;
  readonly progress: ImportProgress | null;
}

/** Follows the messages of one import; the outcome is only produced by `done` or `failed`. */
export function createImportCollector(): ImportCollector {
  let progress: ImportProgress | null = null;
  return {
    accept(message) {
      switch (message.type) {
        case 'progress':
          progress = message;
          return null;
        case 'failed':
          return { kind: 'failed', message: message.message, fileName: message.fileName };
        case 'done': {
          if (!message.ok) {
            const partial = message.partial;
            // A partial ledger that did not arrive whole is not offered at all.
            if (partial && partial.columns.length !== partial.recordCount) {
              const rest = { ...message };
              delete rest.partial;
              return { kind: 'invalid', done: rest };
            }
            return { kind: 'invalid', done: message };
          }
          if (message.kind === 'dataset')
            return {
              kind: 'dataset',
              dataset: message.dataset,
              notes: message.notes,
              fileName: message.fileName,
            };
          if (message.columns.length !== message.recordCount)
            return {
              kind: 'failed',
              fileName: message.fileName,
              message: `${message.fileName}: ${message.columns.length} of ${message.recordCount} records arrived; nothing was imported.`,
            };
          return {
            kind: 'ledger',
            columns: message.columns,
            notes: message.notes,
            fileName: message.fileName,
          };
        }
      }
    },
    get progress() {
      return progress;
    },
  };
}
