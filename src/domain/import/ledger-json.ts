/**
 * A JSON ledger: an array of objects whose keys are the column names. Each record goes through the
 * same checks as a CSV row. Only own keys are read (JSON.parse makes "__proto__" an own key, which is
 * then an unknown key like any other), and no key from the file is ever written anywhere.
 */
import {
  columnKeyOf,
  shorten,
  validateHeader,
  type HeaderResult,
  type LedgerColumnKey,
  type RowError,
} from './ledger-columns.ts';
import { noInterning, validateRecord, type RecordResult } from './ledger.ts';

/** Turns one JSON value of a cell into the text a CSV cell would hold; null when it cannot be one. */
function cellText(value: unknown, key: LedgerColumnKey | undefined): string | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (
    Array.isArray(value) &&
    (key === 'partners' || key === 'partner_country') &&
    value.every((v) => typeof v === 'string')
  )
    return value.join(';');
  return null;
}

/**
 * Validates one record of a JSON ledger (an array of objects whose keys are the column names).
 * `headers` caches header checks by key list, since records usually share their keys.
 */
export function validateJsonRecord(
  value: unknown,
  rowNumber: number,
  headers: Map<string, HeaderResult> = new Map(),
  maxKeys = Infinity,
  intern: (s: string) => string = noInterning,
): RecordResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      errors: [
        {
          row: rowNumber,
          column: '(record)',
          value: shorten(JSON.stringify(value) ?? String(value)),
          reason: 'must be an object whose keys are the ledger columns',
        },
      ],
    };
  // Own enumerable keys only: JSON.parse makes "__proto__" an own key, and inherited ones are never read.
  const keys = Object.keys(value);
  if (keys.length > maxKeys)
    return {
      errors: [
        {
          row: rowNumber,
          column: '(record)',
          value: String(keys.length),
          reason: `has ${keys.length} keys; the limit is ${maxKeys}`,
        },
      ],
    };
  const signature = keys.join('\u0000');
  let checked = headers.get(signature);
  if (!checked) {
    checked = validateHeader(keys, 0, 'key');
    headers.set(signature, checked);
  }
  if ('errors' in checked) return { errors: checked.errors.map((e) => ({ ...e, row: rowNumber })) };
  const header = checked.header;
  const fields: string[] = [];
  const errors: RowError[] = [];
  for (const [i, k] of keys.entries()) {
    const key = columnKeyOf(k);
    const cell = cellText(Object.getOwnPropertyDescriptor(value, k)?.value, key);
    if (cell === null)
      errors.push({
        row: rowNumber,
        column: k,
        value: shorten(JSON.stringify(Object.getOwnPropertyDescriptor(value, k)?.value) ?? ''),
        reason:
          key === 'partners' || key === 'partner_country'
            ? 'must be text, or an array of texts'
            : 'must be text or a number',
      });
    fields[i] = cell ?? '';
  }
  if (errors.length > 0) return { errors };
  return validateRecord(fields, header, rowNumber, intern);
}
