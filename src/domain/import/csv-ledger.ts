/**
 * One pass of the CSV reader over a ledger file, or over a part of one: text slices in, checked rows
 * out into typed columns (valid rows) or errors (the others), with the counts the import reports.
 * run-import.ts runs one pass over a whole file, or two at once (two halves, in two workers) and
 * joins them; either way the result is the same (tests/unit/import-parallel.test.ts).
 */
import { createCsvParser, CsvInputError } from './csv.ts';
import type { ImportError } from './import-protocol.ts';
import { validateHeader, shorten, type LedgerHeader } from './ledger-columns.ts';
import { addPlainRow, fastColumns } from './ledger-fast-row.ts';
import { LedgerColumnsBuilder } from './ledger-table-builder.ts';
import type { LedgerColumns } from './ledger-table.ts';
import { validateRecord } from './ledger.ts';
import { checkColumnCount, rowLimitMessage } from './limits.ts';
import { readUtf8, Utf8Error, type FileLike } from './read-text.ts';
import { MAX_ERRORS_KEPT } from './import-protocol.ts';

/** Stops the import with a message for the user. */
export class ImportFailure extends Error {}

export interface CsvPassOptions {
  /** The file's name, as messages give it. */
  name: string;
  sliceBytes: number;
  maxColumns: number;
  maxDataRows: number;
  /**
   * A part of a file that starts after its header: the header's cells (checked by the pass over
   * the start). Rows are then numbered from 1 at the part's start.
   */
  header?: readonly string[];
  /** The header has been read (its cells), before any data row. */
  onHeader?: (fields: readonly string[]) => void;
  /** Now and then: bytes of this file read, data rows seen. May throw to stop the pass. */
  onProgress?: (bytesRead: number, rows: number) => void;
}

export interface CsvPass {
  header: LedgerHeader | undefined;
  headerRow: number;
  /** Data rows seen (valid or not), and rows read (blank ones and the header included). */
  rows: number;
  rowsRead: number;
  emptyRows: number;
  blankLines: number;
  bomRemoved: boolean;
  /** The header was refused: `errors` say why, and nothing else was read. */
  headerRejected: boolean;
  errors: ImportError[];
  errorCount: number;
  /** The valid rows; null when there was none. */
  columns: LedgerColumnsBuilder | null;
  /** The pass ended between two rows, not inside a quoted field (checked before the reader's end). */
  endedAtRowStart: boolean;
}

class HeaderRejected extends Error {}

function isEmptyRow(fields: readonly string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}

export async function readCsvPass(file: FileLike, options: CsvPassOptions): Promise<CsvPass> {
  const { name, maxColumns, maxDataRows } = options;
  const errors: ImportError[] = [];
  const pass: CsvPass = {
    header: undefined,
    headerRow: 1,
    rows: 0,
    rowsRead: 0,
    emptyRows: 0,
    blankLines: 0,
    bomRemoved: false,
    headerRejected: false,
    errors,
    errorCount: 0,
    columns: null,
    endedAtRowStart: true,
  };
  const addError = (e: ImportError) => {
    pass.errorCount++;
    if (errors.length < MAX_ERRORS_KEPT) errors.push(e);
  };
  const builder = () => (pass.columns ??= new LedgerColumnsBuilder(16_384));
  const takeHeader = (fields: readonly string[], rowNumber: number): boolean => {
    const checked = validateHeader(fields, rowNumber);
    if ('errors' in checked) {
      checked.errors.forEach(addError);
      return false;
    }
    pass.header = checked.header;
    return true;
  };
  if (options.header && !takeHeader(options.header, 1))
    throw new Error('readCsvPass: the header given for a part is not valid');
  let fast = pass.header ? fastColumns(pass.header) : undefined;
  const countries: number[] = [];
  /** The last row the CSV reader reported an issue in (not raggedness): it is never loaded. */
  let issueRow = -1;
  let bytesRead = 0;

  const parser = createCsvParser(
    (fields, rowNumber) => {
      if (isEmptyRow(fields)) {
        pass.emptyRows++;
        return;
      }
      const header = pass.header;
      if (header === undefined) {
        pass.headerRow = rowNumber;
        const tooMany = checkColumnCount(name, fields.length, maxColumns, rowNumber);
        if (tooMany) throw new ImportFailure(tooMany);
        if (!takeHeader(fields, rowNumber)) throw new HeaderRejected();
        fast = fastColumns(pass.header!);
        options.onHeader?.(fields);
        return;
      }
      const rows = ++pass.rows;
      if (rows > maxDataRows)
        throw new ImportFailure(rowLimitMessage(name, rowNumber, maxDataRows));
      if ((rows & 1023) === 0) options.onProgress?.(bytesRead, rows);
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
      if (!flagged && fast && addPlainRow(fields, fast, rowNumber, builder(), countries)) return;
      const result = validateRecord(fields, header, rowNumber);
      if ('errors' in result) result.errors.forEach(addError);
      else if (!flagged) builder().push(result.record);
    },
    {
      onIssue: (issue) => {
        // Raggedness is checked against the header above, with the row's text.
        if (issue.kind === 'ragged-row') return;
        issueRow = issue.row;
        const column =
          issue.field === undefined
            ? '(row)'
            : (pass.header?.names[issue.field - 1] ?? `(field ${issue.field})`);
        addError({ row: issue.row, column, value: '', reason: issue.message });
      },
    },
  );
  try {
    await readUtf8(file, name, options.sliceBytes, (text, read) => {
      bytesRead = read;
      parser.push(text);
      options.onProgress?.(bytesRead, pass.rows);
    });
    pass.endedAtRowStart = parser.atRowStart;
    parser.end();
  } catch (e) {
    if (e instanceof HeaderRejected) {
      pass.headerRejected = true;
      return pass;
    }
    if (e instanceof Utf8Error) throw new ImportFailure(e.message);
    if (e instanceof CsvInputError) throw new ImportFailure(`${name}: ${e.message}`);
    throw e;
  }
  pass.rowsRead = parser.rowsRead;
  pass.blankLines = parser.blankLines;
  pass.bomRemoved = parser.bomRemoved;
  return pass;
}

/** What a pass over the second half hands back (its valid rows travel apart, as columns). */
export type PartPass = Omit<CsvPass, 'columns' | 'header'>;

/**
 * Joins the pass over a file's second half to the pass over its first, in place: the second's
 * rows are numbered after the first's, its valid rows appended to the first's columns.
 */
export function joinPasses(head: CsvPass, tail: PartPass, tailColumns: LedgerColumns | null): void {
  const offset = head.rowsRead;
  if (tailColumns) (head.columns ??= new LedgerColumnsBuilder(16)).append(tailColumns, offset);
  for (const e of tail.errors) {
    if (head.errors.length >= MAX_ERRORS_KEPT) break;
    head.errors.push({ ...e, row: e.row === null ? null : e.row + offset });
  }
  head.errorCount += tail.errorCount;
  head.rows += tail.rows;
  head.rowsRead += tail.rowsRead;
  head.emptyRows += tail.emptyRows;
  head.blankLines += tail.blankLines;
}

/** A pass without its columns and header, as a second worker posts it. */
export function partPassOf(pass: CsvPass): PartPass {
  return {
    headerRow: pass.headerRow,
    rows: pass.rows,
    rowsRead: pass.rowsRead,
    emptyRows: pass.emptyRows,
    blankLines: pass.blankLines,
    bomRemoved: pass.bomRemoved,
    headerRejected: pass.headerRejected,
    errors: pass.errors,
    errorCount: pass.errorCount,
    endedAtRowStart: pass.endedAtRowStart,
  };
}
