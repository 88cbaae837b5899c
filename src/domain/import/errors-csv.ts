/** Import errors as a CSV download: row, column, value, reason; cells a spreadsheet would run are escaped. */
import { toCsv, type Column } from '../export.ts';
import type { ImportError } from './import-protocol.ts';

const COLUMNS: readonly Column<ImportError>[] = [
  { key: 'row', header: 'row', value: (e) => e.row },
  { key: 'column', header: 'column', value: (e) => e.column },
  { key: 'value', header: 'value', value: (e) => e.value },
  { key: 'reason', header: 'reason', value: (e) => e.reason },
];

/**
 * `totalCount` is the number of errors found, when more were found than are passed in:
 * a last line then says how many are not listed.
 */
export function errorsToCsv(errors: readonly ImportError[], totalCount = errors.length): string {
  const missing = totalCount - errors.length;
  const rows =
    missing > 0
      ? [
          ...errors,
          {
            row: null,
            column: '',
            value: '',
            reason: `${missing} further error${missing === 1 ? ' is' : 's are'} not listed`,
          },
        ]
      : errors;
  return toCsv(rows, COLUMNS);
}
