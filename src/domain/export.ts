/**
 * CSV and JSON exports of records. CSV cells that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) are prefixed with an apostrophe (OWASP's advice).
 */

export type Cell = string | number | boolean | null | undefined | readonly (string | number)[];

export interface Column<R> {
  key: string;
  header: string;
  value: (row: R) => Cell;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCsvCell(cell: Cell): string {
  let s: string;
  if (cell === null || cell === undefined) s = '';
  else if (Array.isArray(cell)) s = cell.join('; ');
  else s = String(cell);
  if (typeof cell === 'string' || Array.isArray(cell)) {
    if (FORMULA_START.test(s)) s = `'${s}`;
  }
  return /[",\r\n]/.test(s) || s.startsWith("'") ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A byte-order mark, so that spreadsheet programs read the file as UTF-8 ("2017–2020", "¥"). */
export const UTF8_BOM = '\uFEFF';

export function toCsv<R>(rows: readonly R[], columns: readonly Column<R>[]): string {
  const lines = [columns.map((c) => escapeCsvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => escapeCsvCell(c.value(row))).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

export function toJson<R>(rows: readonly R[], columns: readonly Column<R>[]): string {
  const records = rows.map((row) =>
    Object.fromEntries(columns.map((c) => [c.key, c.value(row) ?? null])),
  );
  return `${JSON.stringify(records, null, 2)}\n`;
}

/** A file name safe on every OS: letters, digits, dashes; never empty. */
export function safeFileName(base: string, extension: string): string {
  const stem = base
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${stem === '' ? 'export' : stem}.${extension}`;
}
