/**
 * The ledger's columns: their documentation (LEDGER_COLUMNS) and the check of a header row (CSV) or of
 * the keys of one record (JSON). Header names map to columns through a `Map`, never through object
 * keys, so `__proto__` or `constructor` in a file is an unknown column and nothing more.
 */
import { COUNTRIES, CURRENCIES, PROJECT_TYPES, SECTORS } from '../schema-enums.ts';

export type Sector = (typeof SECTORS)[number];
export type ProjectType = (typeof PROJECT_TYPES)[number];
export type Country = (typeof COUNTRIES)[number];

export type LedgerColumnKey =
  | 'year'
  | 'date'
  | 'sector'
  | 'type'
  | 'partners'
  | 'partner_country'
  | 'state'
  | 'site_name'
  | 'latitude'
  | 'longitude'
  | 'amount'
  | 'currency';

export interface LedgerColumn {
  key: LedgerColumnKey;
  /** Other header names read as this column (compared after lower-casing, spaces and hyphens as `_`). */
  aliases: readonly string[];
  /** 'year-or-date': at least one of `year` and `date` must be present. */
  presence: 'required' | 'optional' | 'year-or-date';
  description: string;
  example: string;
}

export const list = (items: readonly string[]) => items.join(', ');

/** The documented columns, in the order a template lists them. */
export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  {
    key: 'year',
    aliases: [],
    presence: 'year-or-date',
    description:
      'The year the record belongs to, as YYYY (1900–2100). Give a year, a date or both; when both, they must agree.',
    example: '2024',
  },
  {
    key: 'date',
    aliases: [],
    presence: 'year-or-date',
    description:
      'The date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD. Only real dates (no 2023-02-30).',
    example: '2024-03',
  },
  {
    key: 'sector',
    aliases: [],
    presence: 'required',
    description: `One of: ${list(SECTORS)}. Labels such as "Clean energy" or "clean_energy" are read too.`,
    example: 'semiconductors',
  },
  {
    key: 'type',
    aliases: ['project_type'],
    presence: 'required',
    description: `One of: ${list(PROJECT_TYPES)}. Labels such as "Data centre" or "R&D and education" are read too.`,
    example: 'osat',
  },
  {
    key: 'partners',
    aliases: ['partner'],
    presence: 'required',
    description: 'Partner names, separated by ";" (at most 120 characters each).',
    example: 'Example Co. A; Example Co. B',
  },
  {
    key: 'partner_country',
    aliases: ['partner_countries'],
    presence: 'required',
    description: `ISO 3166 two-letter codes, separated by ";": one per partner, in the same order, or one for all. Known: ${list(COUNTRIES)}.`,
    example: 'IN; JP',
  },
  {
    key: 'state',
    aliases: ['prefecture', 'state_or_prefecture'],
    presence: 'required',
    description: 'The state (India) or prefecture (Japan) of the site, at most 80 characters.',
    example: 'Gujarat',
  },
  {
    key: 'site_name',
    aliases: ['site'],
    presence: 'required',
    description: 'The name of the site, at most 120 characters.',
    example: 'Example Site 1',
  },
  {
    key: 'latitude',
    aliases: ['lat'],
    presence: 'required',
    description: 'Decimal degrees, -90 to 90, with a point as decimal separator (north positive).',
    example: '22.3',
  },
  {
    key: 'longitude',
    aliases: ['lon', 'lng', 'long'],
    presence: 'required',
    description: 'Decimal degrees, -180 to 180, with a point as decimal separator (east positive).',
    example: '72.6',
  },
  {
    key: 'amount',
    aliases: [],
    presence: 'optional',
    description:
      'A plain decimal number, not negative, without thousands separators or currency signs (1234.5, not 1,234.5).',
    example: '1500',
  },
  {
    key: 'currency',
    aliases: [],
    presence: 'optional',
    description: `${list(CURRENCIES)}. Required when an amount is given.`,
    example: 'INR',
  },
];

export interface RowError {
  /** CSV: the row as a spreadsheet numbers it (header = 1). JSON: the record's position in the array, from 1. */
  row: number;
  /** The column as the file names it (several names when the error is about several). */
  column: string;
  /** The offending value, shortened to 80 characters. */
  value: string;
  reason: string;
}

export interface LedgerHeader {
  /** The header cells as written. */
  readonly names: readonly string[];
  /** Where each known column stands. */
  readonly index: ReadonlyMap<LedgerColumnKey, number>;
}

export type HeaderResult = { header: LedgerHeader } | { errors: RowError[] };

const MAX_VALUE_SHOWN = 80;

/** A value as errors show it: as written, shortened to 80 characters. */
export function shorten(value: string): string {
  return value.length > MAX_VALUE_SHOWN ? `${value.slice(0, MAX_VALUE_SHOWN - 3)}...` : value;
}

export function normalizeHeaderName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const COLUMN_BY_NAME: ReadonlyMap<string, LedgerColumnKey> = new Map(
  LEDGER_COLUMNS.flatMap((c) => [c.key, ...c.aliases].map((n) => [n, c.key] as const)),
);

/** The column a header name stands for, or undefined. */
export function columnKeyOf(name: string): LedgerColumnKey | undefined {
  return COLUMN_BY_NAME.get(normalizeHeaderName(name));
}

/**
 * Checks a header row (CSV) or the keys of one record (JSON, `noun` = 'key'): every name known,
 * none twice, the required ones present.
 */
export function validateHeader(
  names: readonly string[],
  row = 1,
  noun: 'column' | 'key' = 'column',
): HeaderResult {
  const errors: RowError[] = [];
  const index = new Map<LedgerColumnKey, number>();
  const unknown: string[] = [];
  names.forEach((name, i) => {
    if (name.trim() === '') {
      errors.push({
        row,
        column: `(${noun} ${i + 1})`,
        value: '',
        reason: `${noun} ${i + 1} has no name (a trailing comma in the header?)`,
      });
      return;
    }
    const key = COLUMN_BY_NAME.get(normalizeHeaderName(name));
    if (key === undefined) {
      unknown.push(name);
      return;
    }
    const earlier = index.get(key);
    if (earlier !== undefined) {
      errors.push({
        row,
        column: name,
        value: shorten(name),
        reason: `${noun} ${key} is given twice (as "${names[earlier] ?? ''}" and "${name}")`,
      });
      return;
    }
    index.set(key, i);
  });
  if (unknown.length > 0) {
    const shown = unknown.map((u) => JSON.stringify(u)).join(', ');
    errors.push({
      row,
      column: shorten(unknown.join(', ')),
      value: shorten(shown),
      reason: `unknown ${noun}${unknown.length === 1 ? '' : 's'} ${shown}; the ${noun}s are: ${list(LEDGER_COLUMNS.map((c) => c.key))}`,
    });
  }
  if (!index.has('year') && !index.has('date'))
    errors.push({
      row,
      column: 'year, date',
      value: '',
      reason: `a year or a date ${noun} is required (or both)`,
    });
  for (const c of LEDGER_COLUMNS)
    if (c.presence === 'required' && !index.has(c.key))
      errors.push({
        row,
        column: c.key,
        value: '',
        reason: `required ${noun} ${c.key} is missing`,
      });
  if (index.has('amount') && !index.has('currency'))
    errors.push({
      row,
      column: 'currency',
      value: '',
      reason: `an amount ${noun} needs a currency ${noun}`,
    });
  return errors.length > 0 ? { errors } : { header: { names: names.map((n) => n.trim()), index } };
}
