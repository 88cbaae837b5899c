/**
 * One ledger row being checked, and the primitives every field check is built from: read a cell,
 * require it, bound its length, run it through a cell parser, and record an error that names the
 * column as the file's header spells it. Shared by the record's checks (ledger.ts) and the
 * coordinate check (ledger-coordinates.ts).
 */
import {
  shorten,
  type LedgerColumnKey,
  type LedgerHeader,
  type RowError,
} from './ledger-columns.ts';

/** One row being checked: module-level helpers take it, so no closures are made per row. */
export interface RowCheck {
  fields: readonly string[];
  header: LedgerHeader;
  row: number;
  errors: RowError[];
  intern: (s: string) => string;
}

export function raw(c: RowCheck, key: LedgerColumnKey): string {
  const i = c.header.index.get(key);
  return i === undefined ? '' : (c.fields[i] ?? '');
}

export function fail(c: RowCheck, key: LedgerColumnKey, value: string, reason: string): void {
  const i = c.header.index.get(key);
  const column = i === undefined ? key : (c.header.names[i] ?? key);
  c.errors.push({ row: c.row, column, value: shorten(value), reason });
}

/** The trimmed value of a column that must not be empty; undefined (and an error) if it is. */
export function required(c: RowCheck, key: LedgerColumnKey): string | undefined {
  const value = raw(c, key);
  const v = value.trim();
  if (v === '') {
    fail(c, key, value, 'is required');
    return undefined;
  }
  return v;
}

export function text(c: RowCheck, key: LedgerColumnKey, max: number): string | undefined {
  const v = required(c, key);
  if (v !== undefined && v.length > max) {
    fail(c, key, v, `must be at most ${max} characters (it has ${v.length})`);
    return undefined;
  }
  return v;
}

/** A required cell through a parser; undefined (and an error) when empty or refused. */
export function parsed<T>(
  c: RowCheck,
  key: LedgerColumnKey,
  parse: (s: string) => { ok: true; value: T } | { ok: false; reason: string },
): T | undefined {
  const v = required(c, key);
  if (v === undefined) return undefined;
  const p = parse(v);
  if (p.ok) return p.value;
  fail(c, key, raw(c, key), p.reason);
  return undefined;
}
