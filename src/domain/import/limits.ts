/**
 * What an imported file may be, checked before any parsing: its size, its name, its first bytes.
 * Limits that need the content (columns, rows) are checked as soon as it is known, while streaming.
 * Every message says what, where (the file name, the row) and by how much (limit and actual value).
 */
import { formatCount as formatCountIn } from '../format.ts';

export const IMPORT_LIMITS = {
  /** Larger files are refused before they are read. */
  maxBytes: 200 * 1024 * 1024,
  /** Columns in a CSV header, or keys in one JSON ledger record. */
  maxColumns: 40,
  /** Data rows (the header not counted) in a CSV file, or records in a JSON ledger. */
  maxDataRows: 1_000_000,
  /** How many leading bytes `checkFileBeforeParse` wants to see. */
  sniffBytes: 4096,
} as const;

export type ImportFormat = 'csv' | 'json';

export interface FileFacts {
  name: string;
  size: number;
  /** The MIME type the browser guessed; informative only (browsers disagree about CSV). */
  type?: string;
}

export type PreParseCheck =
  { ok: true; format: ImportFormat; bom: boolean } | { ok: false; message: string };

/** Counts in messages from the import (English, like the rest of its messages). */
export const formatCount = (n: number): string => formatCountIn(n, 'en-US');

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.length <= bytes.length && signature.every((b, i) => bytes[i] === b);

/** Signatures of files people pick by mistake, and what to say about them. */
const SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'a ZIP archive or an Excel workbook (.xlsx); save it as "CSV UTF-8" first',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'an old Excel workbook (.xls); save it as "CSV UTF-8" first',
  },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive; decompress it first' },
];

export type ByteSniff =
  | { kind: 'text'; bom: boolean }
  | { kind: 'utf16'; endian: 'LE' | 'BE'; bom: boolean }
  | { kind: 'utf32' }
  | { kind: 'binary'; what: string };

/** What the first bytes of a file say about its encoding, before anything is decoded. */
export function sniffBytes(bytes: Uint8Array): ByteSniff {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff]))
    return { kind: 'utf32' };
  if (startsWith(bytes, [0xff, 0xfe])) return { kind: 'utf16', endian: 'LE', bom: true };
  if (startsWith(bytes, [0xfe, 0xff])) return { kind: 'utf16', endian: 'BE', bom: true };
  for (const s of SIGNATURES)
    if (startsWith(bytes, s.bytes)) return { kind: 'binary', what: s.what };
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    }
  }
  const nuls = nulEven + nulOdd;
  if (nuls > 0) {
    // ASCII text in UTF-16 without a byte-order mark: a NUL in every other byte, on one side.
    const half = bytes.length / 2;
    if (nulOdd >= half * 0.6 && nulEven === 0) return { kind: 'utf16', endian: 'LE', bom: false };
    if (nulEven >= half * 0.6 && nulOdd === 0) return { kind: 'utf16', endian: 'BE', bom: false };
    return { kind: 'binary', what: 'a binary file (it contains NUL bytes)' };
  }
  return { kind: 'text', bom: startsWith(bytes, [0xef, 0xbb, 0xbf]) };
}

/** The extension, lower-cased, without the dot ('' when there is none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 || dot === name.length - 1 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Checks what can be checked before parsing: the extension, the size and the first bytes
 * (at least `IMPORT_LIMITS.sniffBytes` of them, or the whole file when it is smaller).
 */
export function checkFileBeforeParse(
  file: FileFacts,
  firstBytes: Uint8Array,
  maxBytes: number = IMPORT_LIMITS.maxBytes,
): PreParseCheck {
  const name = file.name === '' ? '(unnamed file)' : file.name;
  const fail = (message: string): PreParseCheck => ({ ok: false, message });
  const ext = extensionOf(file.name);
  if (ext !== 'csv' && ext !== 'json')
    return fail(
      `${name} cannot be imported: only .csv and .json files are accepted (this one ends in ${ext === '' ? 'no extension' : `.${ext}`}).`,
    );
  if (file.size === 0) return fail(`${name} is empty (0 bytes).`);
  if (file.size > maxBytes)
    return fail(
      `${name} is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}. Split it into smaller files.`,
    );
  const sniff = sniffBytes(firstBytes);
  switch (sniff.kind) {
    case 'binary':
      return fail(`${name} is not a text file: its first bytes say it is ${sniff.what}.`);
    case 'utf32':
      return fail(`${name} is UTF-32 text; save it as UTF-8 and import it again.`);
    case 'utf16':
      return fail(
        `${name} is UTF-16 text (${sniff.endian === 'LE' ? 'little' : 'big'}-endian${sniff.bom ? ', with a byte-order mark' : ''}); save it as UTF-8 (in Excel: "CSV UTF-8") and import it again.`,
      );
    case 'text': {
      const onlyBom = sniff.bom && file.size === 3;
      if (onlyBom) return fail(`${name} is empty (it holds only a byte-order mark).`);
      return { ok: true, format: ext, bom: sniff.bom };
    }
  }
}

/** null when the header is within the column limit, else the message. */
export function checkColumnCount(
  fileName: string,
  columns: number,
  maxColumns: number = IMPORT_LIMITS.maxColumns,
  headerRow = 1,
): string | null {
  if (columns <= maxColumns) return null;
  return `${fileName} has ${formatCount(columns)} columns in its header (row ${formatCount(headerRow)}); the limit is ${formatCount(maxColumns)}.`;
}

/** The message when a file goes past the row limit; `stoppedAtRow` is the row being read. */
export function rowLimitMessage(
  fileName: string,
  stoppedAtRow: number,
  maxDataRows: number = IMPORT_LIMITS.maxDataRows,
): string {
  return `${fileName} has more than ${formatCount(maxDataRows)} data rows (the limit); reading stopped at row ${formatCount(stoppedAtRow)}. Split it into smaller files.`;
}
