/**
 * The messages between the main thread and the import worker, and a small collector the main thread
 * feeds them to. Nothing is final before `done`: records arrive in batches first, and a cancelled
 * import (worker.terminate()) or a `failed` one leaves whatever was collected to be thrown away.
 *
 *   main → worker   ImportRequest                    once, to start
 *   worker → main   progress*  records*  (done | failed)
 *
 * Valid records stream out in `records` batches of RECORD_BATCH_SIZE while no error has been found
 * (the first error stops them), so that the main thread never deserialises a million records in one
 * task and the worker never holds a second copy. They are provisional: only a `done` with `ok: true`
 * makes them the import, and the collector checks that `recordCount` of them arrived.
 */
import type { Dataset } from '../schema.ts';
import type { LedgerRecord } from './ledger.ts';

/** Shown in the UI; the full list goes out as `errorsCsv`. */
export const MAX_ERRORS_SHOWN = 100;
/** Errors kept for the CSV download; past this only the count grows. */
export const MAX_ERRORS_KEPT = 100_000;
export const RECORD_BATCH_SIZE = 2_000;
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

export interface ImportRecords {
  type: 'records';
  records: LedgerRecord[];
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
}

export type ImportDone =
  | (DoneBase & { kind: 'dataset'; ok: true; dataset: Dataset })
  | (DoneBase & { kind: 'ledger'; ok: true; recordCount: number })
  | (DoneBase & { kind: 'dataset' | 'ledger'; ok: false } & ImportErrorSummary);

export interface ImportFailed {
  type: 'failed';
  fileName: string;
  /** What went wrong and where, in a sentence for the user. */
  message: string;
}

export type ImportMessage = ImportProgress | ImportRecords | ImportDone | ImportFailed;

export type ImportOutcome =
  | { kind: 'dataset'; dataset: Dataset; notes: string[]; fileName: string }
  | { kind: 'ledger'; records: LedgerRecord[]; notes: string[]; fileName: string }
  | { kind: 'invalid'; done: Extract<ImportDone, { ok: false }> }
  | { kind: 'failed'; message: string; fileName: string };

export interface ImportCollector {
  /** Feed every message; returns the outcome once the import is over, else null. */
  accept(message: ImportMessage): ImportOutcome | null;
  readonly progress: ImportProgress | null;
}

/** Gathers record batches on the main thread; the outcome is only produced by `done` or `failed`. */
export function createImportCollector(): ImportCollector {
  let records: LedgerRecord[] = [];
  let progress: ImportProgress | null = null;
  return {
    accept(message) {
      switch (message.type) {
        case 'progress':
          progress = message;
          return null;
        case 'records':
          for (const r of message.records) records.push(r);
          return null;
        case 'failed':
          records = [];
          return { kind: 'failed', message: message.message, fileName: message.fileName };
        case 'done': {
          const collected = records;
          records = [];
          if (!message.ok) return { kind: 'invalid', done: message };
          if (message.kind === 'dataset')
            return {
              kind: 'dataset',
              dataset: message.dataset,
              notes: message.notes,
              fileName: message.fileName,
            };
          if (collected.length !== message.recordCount)
            return {
              kind: 'failed',
              fileName: message.fileName,
              message: `${message.fileName}: ${collected.length} of ${message.recordCount} records arrived; nothing was imported.`,
            };
          return {
            kind: 'ledger',
            records: collected,
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
