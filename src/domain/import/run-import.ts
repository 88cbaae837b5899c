/**
 * The import, from a file to messages, as a plain async function: the worker only wires it to
 * `postMessage`, and tests run it in Node with a Blob or any object that can be sliced.
 *
 * The file is read in slices and decoded as UTF-8 (invalid bytes are reported with their offset).
 * A .csv file streams through the CSV reader and row checks (csv-ledger.ts); a large one is read in
 * two halves at once when the caller can run a second reader (`partReader`: the worker starts a
 * second worker), and the halves are joined. A .json file is read whole, then is
 * either a dataset (an object with `schemaVersion`, checked by schema.ts) or an array of ledger records.
 */
import { parseDataset } from '../parse-dataset.ts';
import {
  ImportFailure,
  joinPasses,
  partPassOf,
  readCsvPass,
  type CsvPass,
  type PartPass,
} from './csv-ledger.ts';
import { errorsToCsv } from './errors-csv.ts';
import { Utf8Error, readUtf8, type FileLike } from './read-text.ts';
import {
  MAX_ERRORS_KEPT,
  MAX_ERRORS_SHOWN,
  PROGRESS_INTERVAL_MS,
  type ImportError,
  type ImportMessage,
  type ImportPhase,
} from './import-protocol.ts';
import type { HeaderResult } from './ledger-columns.ts';
import type { RecordResult } from './ledger.ts';
import { LedgerColumnsBuilder } from './ledger-table-builder.ts';
import type { LedgerColumns } from './ledger-table.ts';
import { validateJsonRecord } from './ledger-json.ts';
import { IMPORT_LIMITS, checkFileBeforeParse, formatCount } from './limits.ts';

export interface RunImportOptions {
  /** Bytes per read (default 4 MB). */
  sliceBytes?: number;
  /** Stops quietly (nothing more is posted) once aborted; the worker itself is simply terminated. */
  signal?: AbortSignal;
  now?: () => number;
  /** Lower limits, for tests; the defaults are IMPORT_LIMITS. */
  limits?: { maxBytes?: number; maxColumns?: number; maxDataRows?: number };
  /**
   * Reads the second half of a large CSV file at the same time, elsewhere (the worker starts a
   * second worker): see PartReader. Without it, one pass reads the whole file.
   */
  partReader?: PartReader;
  /** Files from this size on are read in two halves when a partReader is given (default 8 MB). */
  parallelFromBytes?: number;
}

/** What a second reader is asked: the file from byte `start` on, under the header's cells. */
export interface PartRequest {
  start: number;
  header: readonly string[];
  sliceBytes: number;
}

/** What it answers: the pass over its part, its valid rows as finished columns. */
export interface PartResult {
  pass: PartPass;
  columns: LedgerColumns | null;
}

/**
 * Runs a pass over a part of the file elsewhere and reports the bytes it has read; `cancel` stops it.
 * The result rejects when the part could not be read (the import then reads the file in one pass).
 */
export type PartReader = (
  request: PartRequest,
  onBytes: (bytesRead: number) => void,
) => { result: Promise<PartResult>; cancel: () => void };

/** The part of the file from `start` to `end`, as a file of its own. */
export function filePart(file: FileLike, start: number, end: number): FileLike {
  return {
    name: file.name,
    size: end - start,
    slice: (a, b) => file.slice(start + a, start + Math.min(b, end - start)),
  };
}

export type Post = (message: ImportMessage, transfer?: Transferable[]) => void;
export type { FileLike };

class Aborted extends Error {}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * What a second reader runs: one pass over the file from `request.start` to its end, under the
 * header's cells, rows numbered from 1 there; its valid rows as finished columns (with the buffers
 * to transfer). The row limit is left to the first reader, which sees both halves.
 */
export async function readPart(
  file: FileLike,
  request: PartRequest,
  onBytes?: (bytesRead: number) => void,
): Promise<{ result: PartResult; transfer: ArrayBuffer[] }> {
  const pass = await readCsvPass(filePart(file, request.start, file.size), {
    name: file.name,
    sliceBytes: request.sliceBytes,
    maxColumns: Infinity,
    maxDataRows: Infinity,
    header: request.header,
    ...(onBytes ? { onProgress: (read: number) => onBytes(read) } : {}),
  });
  const built = pass.columns?.finish() ?? null;
  return {
    result: { pass: partPassOf(pass), columns: built?.columns ?? null },
    transfer: built?.transfer ?? [],
  };
}

export async function runImport(
  file: FileLike,
  post: Post,
  options: RunImportOptions = {},
): Promise<void> {
  const now = options.now ?? (() => performance.now());
  const limits = { ...IMPORT_LIMITS, ...options.limits };
  const sliceBytes = options.sliceBytes ?? 4 * 1024 * 1024;
  const started = now();
  const name = file.name === '' ? '(unnamed file)' : file.name;
  const total = file.size;
  const signal = options.signal;

  let lastProgress = -Infinity;
  let bytesRead = 0;
  let rows = 0;
  const progress = (phase: ImportPhase, done: number, of: number, force = false) => {
    if (signal?.aborted) throw new Aborted();
    const t = now();
    if (!force && t - lastProgress < PROGRESS_INTERVAL_MS) return;
    lastProgress = t;
    post({ type: 'progress', phase, done, total: of, rows });
  };

  let errors: ImportError[] = [];
  let errorCount = 0;
  const addError = (e: ImportError) => {
    errorCount++;
    if (errors.length < MAX_ERRORS_KEPT) errors.push(e);
  };
  const notes: string[] = [];

  // Valid records go straight into columns (no object is kept per record), also after an error:
  // a ledger with bad rows can then be loaded without them, if the user chooses to.
  let columns: LedgerColumnsBuilder | null = null;
  const builder = () => (columns ??= new LedgerColumnsBuilder(16_384));

  const finishWithErrors = (kind: 'dataset' | 'ledger') => {
    // The valid rows of a ledger travel with the refusal (their buffers moved, not copied).
    const built = kind === 'ledger' && columns && columns.length > 0 ? columns.finish() : null;
    columns = null;
    post(
      {
        type: 'done',
        kind,
        ok: false,
        fileName: name,
        rows,
        notes,
        elapsedMs: now() - started,
        errors: errors.slice(0, MAX_ERRORS_SHOWN),
        errorCount,
        moreErrors: errorCount > MAX_ERRORS_SHOWN,
        errorsCsv: errorsToCsv(errors, errorCount),
        ...(built
          ? {
              partial: {
                recordCount: built.columns.length,
                skippedRows: rows - built.columns.length,
                columns: built.columns,
              },
            }
          : {}),
      },
      built?.transfer,
    );
  };

  /** A row through the full checks: its errors reported, or its record kept (unless `flagged`). */
  const addResult = (result: RecordResult, flagged = false) => {
    if ('errors' in result) for (const e of result.errors) addError(e);
    else if (!flagged) builder().push(result.record);
  };

  const finishLedger = () => {
    if (errorCount > 0 || !columns) return finishWithErrors('ledger');
    const built = columns.finish();
    columns = null;
    post(
      {
        type: 'done',
        kind: 'ledger',
        ok: true,
        fileName: name,
        rows,
        recordCount: built.columns.length,
        columns: built.columns,
        notes,
        elapsedMs: now() - started,
      },
      built.transfer,
    );
  };

  const readText = (consume: (text: string) => void) =>
    readUtf8(file, name, sliceBytes, (text, read) => {
      bytesRead = read;
      consume(text);
      progress('reading', bytesRead, total);
    }).catch((e: unknown) => {
      throw e instanceof Utf8Error ? new ImportFailure(e.message) : e;
    });

  const passOptions = {
    name,
    sliceBytes,
    maxColumns: limits.maxColumns,
    maxDataRows: limits.maxDataRows,
  };

  /** One pass over the whole file. */
  const wholePass = () =>
    readCsvPass(file, {
      ...passOptions,
      onProgress: (read, seen) => {
        bytesRead = read;
        rows = seen;
        progress('reading', read, total);
      },
    });

  /**
   * The file in two halves read at once, the second by `partReader`, then joined; null when the
   * halves cannot stand for one pass (the cut fell inside a quoted field, the second reader failed,
   * or the row limit is passed: the whole-file pass then gives the exact message).
   */
  const twoHalves = async (partReader: PartReader): Promise<CsvPass | null> => {
    const mid = Math.floor(total / 2);
    const window = new Uint8Array(
      await file.slice(mid, Math.min(total, mid + 1_048_576)).arrayBuffer(),
    );
    const lf = window.indexOf(10);
    if (lf < 0 || mid + lf + 1 >= total) return null;
    const cut = mid + lf + 1;
    const second: { reader: ReturnType<PartReader> | null } = { reader: null };
    let headRead = 0;
    let partRead = 0;
    const report = () => {
      bytesRead = headRead + partRead;
      progress('reading', bytesRead, total);
    };
    try {
      const head = await readCsvPass(filePart(file, 0, cut), {
        ...passOptions,
        onHeader: (header) => {
          second.reader = partReader({ start: cut, header: [...header], sliceBytes }, (read) => {
            partRead = read;
            try {
              report();
            } catch {
              // aborted: the head's own progress stops the import
            }
          });
          // Its failure is handled where its result is awaited; once cancelled, nowhere.
          second.reader.result.catch(() => undefined);
        },
        onProgress: (read, seen) => {
          headRead = read;
          rows = seen;
          report();
        },
      });
      const started = second.reader;
      if (!started) return head; // no header in the first half: the whole file has none
      if (head.headerRejected) {
        started.cancel();
        return head;
      }
      if (!head.endedAtRowStart) {
        started.cancel();
        return null;
      }
      const tail = await started.result.catch(() => null);
      if (!tail || head.rows + tail.pass.rows > limits.maxDataRows) return null;
      joinPasses(head, tail.pass, tail.columns);
      return head;
    } catch (e) {
      second.reader?.cancel();
      throw e;
    }
  };

  const importCsv = async (bom: boolean) => {
    const partReader =
      total >= (options.parallelFromBytes ?? 8 * 1024 * 1024) ? options.partReader : undefined;
    const pass = (partReader ? await twoHalves(partReader) : null) ?? (await wholePass());
    rows = pass.rows;
    errorCount = pass.errorCount;
    errors = pass.errors;
    columns = pass.columns;
    if (pass.headerRejected) return finishWithErrors('ledger');
    if (bom || pass.bomRemoved)
      notes.push('A UTF-8 byte-order mark at the start of the file was removed.');
    const skipped = pass.blankLines + pass.emptyRows;
    if (skipped > 0)
      notes.push(`${formatCount(skipped)} empty row${skipped === 1 ? ' was' : 's were'} skipped.`);
    if (pass.header === undefined)
      throw new ImportFailure(`${name} holds no rows with content (no header, no data).`);
    if (rows === 0 && errorCount === 0)
      throw new ImportFailure(`${name} has a header (row ${pass.headerRow}) but no data rows.`);
    progress('reading', total, total, true);
    finishLedger();
  };

  const importJson = async (bom: boolean) => {
    const parts: string[] = [];
    await readText((text) => parts.push(text));
    const text = parts.join('');
    parts.length = 0;
    if (bom) notes.push('A UTF-8 byte-order mark at the start of the file was removed.');
    if (text.trim() === '') throw new ImportFailure(`${name} holds only white space.`);
    progress('parsing', total, total, true);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      throw new ImportFailure(`${name} is not valid JSON: ${reason}`);
    }
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
      if (!Object.hasOwn(json, 'schemaVersion'))
        throw new ImportFailure(
          `${name} is neither a dataset (an object with "schemaVersion") nor a ledger (an array of records): it is an object without "schemaVersion".`,
        );
      const result = parseDataset(json);
      if (!result.ok) {
        for (const e of result.errors)
          addError({ row: null, column: e.path, value: e.value, reason: e.reason });
        return finishWithErrors('dataset');
      }
      post({
        type: 'done',
        kind: 'dataset',
        ok: true,
        fileName: name,
        rows: 0,
        notes,
        elapsedMs: now() - started,
        dataset: result.dataset,
      });
      return;
    }
    if (!Array.isArray(json))
      throw new ImportFailure(
        `${name} is neither a dataset (an object with "schemaVersion") nor a ledger (an array of records): it is ${kindOf(json)}.`,
      );
    const items: unknown[] = json;
    if (items.length === 0) throw new ImportFailure(`${name} is an empty array: no records.`);
    if (items.length > limits.maxDataRows)
      throw new ImportFailure(
        `${name} has ${formatCount(items.length)} records; the limit is ${formatCount(limits.maxDataRows)}. Split it into smaller files.`,
      );
    const headers = new Map<string, HeaderResult>();
    for (let i = 0; i < items.length; i++) {
      rows = i + 1;
      if ((i & 1023) === 0) progress('validating', i, items.length);
      addResult(validateJsonRecord(items[i], i + 1, headers, limits.maxColumns));
    }
    progress('validating', items.length, items.length, true);
    finishLedger();
  };

  try {
    if (signal?.aborted) return;
    const head = new Uint8Array(
      await file.slice(0, Math.min(total, IMPORT_LIMITS.sniffBytes)).arrayBuffer(),
    );
    const checked = checkFileBeforeParse(
      { name: file.name, size: total, ...(file.type === undefined ? {} : { type: file.type }) },
      head,
      limits.maxBytes,
    );
    if (!checked.ok) throw new ImportFailure(checked.message);
    progress('reading', 0, total, true);
    if (checked.format === 'csv') await importCsv(checked.bom);
    else await importJson(checked.bom);
  } catch (e) {
    if (e instanceof Aborted || signal?.aborted) return;
    const message =
      e instanceof ImportFailure
        ? e.message
        : `${name} could not be imported: ${e instanceof Error ? e.message : String(e)}`;
    post({ type: 'failed', fileName: name, message });
  }
}
