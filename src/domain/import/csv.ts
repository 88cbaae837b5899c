/**
 * An RFC 4180 CSV reader as a resumable state machine: text goes in by chunks of any size
 * (a worker feeds it slice by slice), whole rows come out through a callback.
 *
 * - Fields are separated by commas; records by CR, LF or CRLF (a CRLF split across chunks is one break).
 * - A field in double quotes may hold commas, line breaks and `""` (one quote).
 * - A leading UTF-8 byte-order mark is removed. Lines that are entirely empty are skipped but counted,
 *   so that row numbers stay those a spreadsheet shows (header = row 1) unless a quoted field spans lines.
 * - Deviations are read leniently and reported as issues: a row whose field count differs from the
 *   first row's (ragged), a quote inside an unquoted field, text after a closing quote, a quote never
 *   closed.
 * - Binary input (NUL characters, a PNG signature) and UTF-16 read as UTF-8 are refused with a
 *   `CsvInputError` rather than read as garbage.
 */

export type CsvIssueKind =
  'ragged-row' | 'quote-in-unquoted-field' | 'text-after-closing-quote' | 'unterminated-quote';

export interface CsvIssue {
  kind: CsvIssueKind;
  /** The row, counted as a spreadsheet counts it (the first row is 1). */
  row: number;
  /** The field (from 1) where the issue is, when it concerns one field. */
  field?: number;
  message: string;
}

export interface CsvOptions {
  onIssue?: (issue: CsvIssue) => void;
}

/** Called with every non-empty row. Throwing from it stops the parser (the error propagates). */
export type CsvRowHandler = (fields: string[], rowNumber: number) => void;

export interface CsvParser {
  push(chunk: string): void;
  /** Flushes the last row; reports a quote left open. */
  end(): void;
  /** Rows passed to the row handler so far. */
  readonly rowsEmitted: number;
  /** Rows read so far, empty lines included: the number of the row being read is this + 1. */
  readonly rowsRead: number;
  /** True when a byte-order mark was removed from the start. */
  readonly bomRemoved: boolean;
  /** Entirely empty lines skipped. */
  readonly blankLines: number;
  /** Between two rows: not inside a field, a quoted one or a line break split across chunks. */
  readonly atRowStart: boolean;
}

/** The input is not CSV text at all: binary, or UTF-16 decoded as UTF-8. */
export class CsvInputError extends Error {
  override readonly name = 'CsvInputError';
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

// States of the machine.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Inside a quoted field, just after a quote: `"` continues the field, anything else closes it. */
const QUOTED_QUOTE = 3;
type State = typeof FIELD_START | typeof UNQUOTED | typeof QUOTED | typeof QUOTED_QUOTE;

/** Describes why text that came out of a UTF-8 decoder is not CSV; null when it may be. */
export function sniffDecodedText(start: string): string | null {
  if (start.startsWith('\uFFFDPNG')) return 'it is a PNG image, not CSV text';
  if (start.startsWith('\uFFFD\uFFFD') || start.startsWith('\uFFFE'))
    return 'it looks like UTF-16 text; save it as UTF-8 (in Excel: "CSV UTF-8")';
  return null;
}

function nulMessage(text: string, at: number): string {
  // UTF-16 without a byte-order mark read as UTF-8 puts a NUL after (or before) every ASCII letter.
  const sample = text.slice(Math.max(0, at - 8), at + 8);
  let nuls = 0;
  for (let k = 0; k < sample.length; k++) if (sample.charCodeAt(k) === 0) nuls++;
  return nuls * 3 >= sample.length
    ? 'it contains NUL characters every other byte: it looks like UTF-16 text; save it as UTF-8'
    : 'it contains NUL characters: it looks like a binary file, not CSV text';
}

export function createCsvParser(onRow: CsvRowHandler, options: CsvOptions = {}): CsvParser {
  const onIssue = options.onIssue;
  let state: State = FIELD_START;
  let field = '';
  let fields: string[] = [];
  /** Number of rows finished (emitted or blank). */
  let rowsRead = 0;
  let rowsEmitted = 0;
  let blankLines = 0;
  let expectedFields = -1;
  let started = false;
  let bomRemoved = false;
  /** The previous chunk ended with CR: a LF opening the next one belongs to it. */
  let pendingCR = false;
  /** The field being read started with a quote (so an empty line with `""` is a row). */
  let fieldQuoted = false;
  let strayQuoteReported = false;
  let ended = false;

  const issue = (kind: CsvIssueKind, message: string, fieldNo?: number) => {
    if (!onIssue) return;
    const row = rowsRead + 1;
    onIssue(
      fieldNo === undefined ? { kind, row, message } : { kind, row, field: fieldNo, message },
    );
  };

  const endField = () => {
    fields.push(field);
    field = '';
    fieldQuoted = false;
    strayQuoteReported = false;
  };

  const endRow = () => {
    if (fields.length === 0 && field === '' && !fieldQuoted) {
      rowsRead++;
      blankLines++;
      return;
    }
    endField();
    const row = fields;
    fields = [];
    if (expectedFields < 0) expectedFields = row.length;
    else if (row.length !== expectedFields)
      issue(
        'ragged-row',
        `has ${row.length} field${row.length === 1 ? '' : 's'}; the first row has ${expectedFields}`,
      );
    rowsRead++;
    rowsEmitted++;
    onRow(row, rowsRead);
  };

  const push = (input: string) => {
    if (ended) throw new Error('createCsvParser: push() after end()');
    let chunk = input;
    if (!started) {
      if (chunk.length === 0) return;
      started = true;
      if (chunk.charCodeAt(0) === 0xfeff) {
        chunk = chunk.slice(1);
        bomRemoved = true;
      }
      const sniffed = sniffDecodedText(chunk);
      if (sniffed) throw new CsvInputError(`The file cannot be read as CSV: ${sniffed}.`);
    }
    const nul = chunk.indexOf('\u0000');
    if (nul !== -1)
      throw new CsvInputError(
        `The file cannot be read as CSV: ${nulMessage(chunk, nul)} (row ${rowsRead + 1}).`,
      );

    const n = chunk.length;
    if (n === 0) return;
    let i = 0;
    if (pendingCR) {
      pendingCR = false;
      if (n > 0 && chunk.charCodeAt(0) === LF) i = 1;
    }
    /** Start of the not yet copied part of the current field in this chunk. */
    let seg = i;
    // Where the next quote, LF and CR are (-1: none left in this chunk), for the fast path below.
    let nextQuote = chunk.indexOf('"', i);
    let nextLf = chunk.indexOf('\n', i);
    let nextCr = chunk.indexOf('\r', i);

    // Fastest path: no quote and no CR anywhere in the chunk, at the start of a row. Whole lines
    // are split at LF, then at commas (as papaparse's fast mode does); the last, unfinished line is
    // left to the state machine below, which carries it over to the next chunk.
    if (
      nextQuote === -1 &&
      nextCr === -1 &&
      nextLf !== -1 &&
      state === FIELD_START &&
      fields.length === 0 &&
      field === '' &&
      !fieldQuoted
    ) {
      const lastLf = chunk.lastIndexOf('\n');
      const lines = chunk.slice(i, lastLf).split('\n');
      for (let k = 0; k < lines.length; k++) {
        fields = (lines[k] ?? '').split(',');
        field = fields.pop() ?? '';
        endRow();
      }
      i = lastLf + 1;
      nextLf = chunk.indexOf('\n', i);
    }

    // Ends a row at a CR or LF found at position i; returns the position after the line break.
    const lineBreak = (at: number): number => {
      endRow();
      if (chunk.charCodeAt(at) === CR) {
        if (at + 1 < n) return chunk.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
        pendingCR = true;
      }
      return at + 1;
    };

    while (i < n) {
      switch (state) {
        case FIELD_START: {
          // Fast path: a whole line, at the start of a row, with no quote in it, is split in one go
          // (most ledgers are quote-free). Anything else goes through the state machine below.
          if (fields.length === 0 && field === '' && !fieldQuoted) {
            if (nextLf !== -1 && nextLf < i) nextLf = chunk.indexOf('\n', i);
            if (nextCr !== -1 && nextCr < i) nextCr = chunk.indexOf('\r', i);
            if (nextQuote !== -1 && nextQuote < i) nextQuote = chunk.indexOf('"', i);
            const lineEnd = nextCr === -1 || (nextLf !== -1 && nextLf < nextCr) ? nextLf : nextCr;
            if (lineEnd > i && (nextQuote === -1 || nextQuote > lineEnd)) {
              let from = i;
              for (let comma = chunk.indexOf(',', i); comma !== -1 && comma < lineEnd;) {
                fields.push(chunk.slice(from, comma));
                from = comma + 1;
                comma = chunk.indexOf(',', from);
              }
              field = chunk.slice(from, lineEnd);
              i = lineBreak(lineEnd);
              break;
            }
          }
          const c = chunk.charCodeAt(i);
          if (c === QUOTE) {
            state = QUOTED;
            fieldQuoted = true;
            i++;
            seg = i;
          } else if (c === COMMA) {
            endField();
            i++;
          } else if (c === CR || c === LF) {
            i = lineBreak(i);
          } else {
            state = UNQUOTED;
            seg = i;
          }
          break;
        }
        case UNQUOTED: {
          // Fast path: scan to the next delimiter without copying.
          let c = 0;
          while (i < n) {
            c = chunk.charCodeAt(i);
            if (c === COMMA || c === CR || c === LF) break;
            if (c === QUOTE && !strayQuoteReported) {
              strayQuoteReported = true;
              issue(
                'quote-in-unquoted-field',
                'has a double quote inside a field that does not start with one; it is kept as a character (quote the whole field and double the quote: "a ""b"" c")',
                fields.length + 1,
              );
            }
            i++;
          }
          if (i === n) {
            field += chunk.slice(seg, n);
            break;
          }
          field += chunk.slice(seg, i);
          state = FIELD_START;
          if (c === COMMA) {
            endField();
            i++;
          } else {
            i = lineBreak(i);
          }
          break;
        }
        case QUOTED: {
          const q = chunk.indexOf('"', i);
          if (q === -1) {
            field += chunk.slice(i, n);
            i = n;
          } else {
            field += chunk.slice(i, q);
            state = QUOTED_QUOTE;
            i = q + 1;
          }
          break;
        }
        case QUOTED_QUOTE: {
          const c = chunk.charCodeAt(i);
          if (c === QUOTE) {
            field += '"';
            state = QUOTED;
            i++;
          } else if (c === COMMA) {
            state = FIELD_START;
            endField();
            i++;
          } else if (c === CR || c === LF) {
            state = FIELD_START;
            i = lineBreak(i);
          } else {
            issue(
              'text-after-closing-quote',
              'has text after the closing quote of a field; it is kept (quote the whole field)',
              fields.length + 1,
            );
            strayQuoteReported = true;
            state = UNQUOTED;
            seg = i;
          }
          break;
        }
      }
    }
  };

  const end = () => {
    if (ended) return;
    ended = true;
    if (state === QUOTED) {
      issue(
        'unterminated-quote',
        'has a quote that is never closed; the rest of the file was read as one field',
        fields.length + 1,
      );
    }
    state = FIELD_START;
    pendingCR = false;
    if (fields.length > 0 || field !== '' || fieldQuoted) endRow();
  };

  return {
    push,
    end,
    get rowsEmitted() {
      return rowsEmitted;
    },
    get rowsRead() {
      return rowsRead;
    },
    get bomRemoved() {
      return bomRemoved;
    },
    get blankLines() {
      return blankLines;
    },
    get atRowStart() {
      return (
        state === FIELD_START && fields.length === 0 && field === '' && !fieldQuoted && !pendingCR
      );
    },
  };
}
