/**
 * The import, from a file to messages, as a plain async function: the worker only wires it to
 * `postMessage`, and tests run it in Node with a Blob or any object that can be sliced.
 *
 * The file is read in slices and decoded as UTF-8 (invalid bytes are reported with their offset).
 * A .csv file streams through the CSV reader and row validation; a .json file is read whole, then is
 * either a dataset (an object with `schemaVersion`, checked by schema.ts) or an array of ledger records.
 */
import { parseDataset } from '../parse-dataset.ts';
import { CsvInputError, createCsvParser } from './csv.ts';
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
import { validateHeader, shorten, type HeaderResult, type LedgerHeader } from './ledger-columns.ts';
import { validateRecord, type RecordResult } from './ledger.ts';
import { addPlainRow, fastColumns, type FastColumns } from './ledger-fast-row.ts';
import { LedgerColumnsBuilder } from './ledger-table-builder.ts';
import { validateJsonRecord } from './ledger-json.ts';
import {
  IMPORT_LIMITS,
  checkColumnCount,
  checkFileBeforeParse,
  formatCount,
  rowLimitMessage,
} from './limits.ts';

export interface RunImportOptions {
  /** Bytes per read (default 4 MB). */
  sliceBytes?: number;
  /** Stops quietly (nothing more is posted) once aborted; the worker itself is simply terminated. */
  signal?: AbortSignal;
  now?: () => number;
  /** Lower limits, for tests; the defaults are IMPORT_LIMITS. */
  limits?: { maxBytes?: number; maxColumns?: number; maxDataRows?: number };
}

export type Post = (message: ImportMessage, transfer?: Transferable[]) => void;
export type { FileLike };

/** Thrown inside the pipeline to stop with a message for the user. */
class ImportFailure extends Error {}
/** Thrown to stop reading once the header is known to be wrong. */
class HeaderRejected extends Error {}
class Aborted extends Error {}

function isEmptyRow(fields: readonly string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
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

  const errors: ImportError[] = [];
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

  const importCsv = async (bom: boolean) => {
    let header: LedgerHeader | undefined;
    let fast: FastColumns | undefined;
    const names: string[] = [];
    const countries: number[] = [];
    let headerRow = 1;
    /** The last row the CSV reader reported an issue in: that row is never loaded. */
    let issueRow = -1;
    /** Rows whose cells are all empty or blank (spreadsheets export them as ",,,,"): skipped. */
    let emptyRows = 0;
    const parser = createCsvParser(
      (fields, rowNumber) => {
        if (isEmptyRow(fields)) {
          emptyRows++;
          return;
        }
        if (header === undefined) {
          headerRow = rowNumber;
          const tooMany = checkColumnCount(name, fields.length, limits.maxColumns, rowNumber);
          if (tooMany) throw new ImportFailure(tooMany);
          const checked = validateHeader(fields, rowNumber);
          if ('errors' in checked) {
            checked.errors.forEach(addError);
            throw new HeaderRejected();
          }
          header = checked.header;
          fast = fastColumns(header);
          return;
        }
        rows++;
        if (rows > limits.maxDataRows)
          throw new ImportFailure(rowLimitMessage(name, rowNumber, limits.maxDataRows));
        if ((rows & 1023) === 0) progress('reading', bytesRead, total);
        if (fields.length !== header.names.length) {
          addError({
            row: rowNumber,
            column: '(row)',
            value: shorten(fields.join(',')),
            reason: `has ${fields.length} field${fields.length === 1 ? '' : 's'}; the header has ${header.names.length}`,
          });
          return;
        }
        const flagged = issueRow === rowNumber;
        if (!flagged && fast && addPlainRow(fields, fast, rowNumber, builder(), names, countries))
          return;
        addResult(validateRecord(fields, header, rowNumber), flagged);
      },
      {
        onIssue: (issue) => {
          issueRow = issue.row;
          if (issue.kind === 'ragged-row') return; // reported above, with the row's text
          const column =
            issue.field === undefined
              ? '(row)'
              : (header?.names[issue.field - 1] ?? `(field ${issue.field})`);
          addError({ row: issue.row, column, value: '', reason: issue.message });
        },
      },
    );
    try {
      await readText((text) => parser.push(text));
      parser.end();
    } catch (e) {
      if (e instanceof HeaderRejected) return finishWithErrors('ledger');
      if (e instanceof CsvInputError) throw new ImportFailure(`${name}: ${e.message}`);
      throw e;
    }
    if (bom || parser.bomRemoved)
      notes.push('A UTF-8 byte-order mark at the start of the file was removed.');
    const skipped = parser.blankLines + emptyRows;
    if (skipped > 0)
      notes.push(`${formatCount(skipped)} empty row${skipped === 1 ? ' was' : 's were'} skipped.`);
    if (header === undefined)
      throw new ImportFailure(`${name} holds no rows with content (no header, no data).`);
    if (rows === 0 && errorCount === 0)
      throw new ImportFailure(`${name} has a header (row ${headerRow}) but no data rows.`);
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
