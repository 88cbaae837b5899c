/**
 * Parsers for the ledger's cell values. Each takes the trimmed cell text and returns the value or the
 * reason it is refused, worded for the person fixing the spreadsheet. No allocation-heavy work on the
 * common path: a million rows go through here.
 */
import { COUNTRIES, CURRENCIES, PROJECT_TYPES, SECTORS, type Currency } from '../schema-enums.ts';
import { daysInMonth, parsePartialDate } from '../dates.ts';
import { list, type Country, type ProjectType, type Sector } from './ledger-columns.ts';

/** Lower case, `&` and the word "and" dropped, anything else than letters and digits as `-`. */
function vocabularyForm(value: string): string {
  return value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/&/g, '')
    .replace(/\band\b/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function vocabulary<T extends string>(
  ids: readonly T[],
  aliases: Readonly<Record<string, T>>,
): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const id of ids) map.set(vocabularyForm(id), id);
  for (const [alias, id] of Object.entries(aliases)) map.set(vocabularyForm(alias), id);
  return map;
}

// The English labels of the message catalogue that do not reduce to their id by `vocabularyForm`.
export const SECTOR_BY_FORM = vocabulary(SECTORS, {
  'Artificial intelligence': 'ai',
  'ICT and telecom': 'ict-telecom',
});
export const TYPE_BY_FORM = vocabulary(PROJECT_TYPES, {
  'OSAT (assembly and test)': 'osat',
  'assembly and test': 'osat',
  'data center': 'data-centre',
  'government program': 'government-programme',
  'R&D': 'rd-education',
});
const COUNTRY_NAMES: ReadonlyMap<string, Country> = new Map([
  ['india', 'IN'],
  ['japan', 'JP'],
  ['taiwan', 'TW'],
  ['united-states', 'US'],
  ['usa', 'US'],
]);
const CURRENCY_SIGNS: ReadonlyMap<string, Currency> = new Map([
  ['₹', 'INR'],
  ['rs', 'INR'],
  ['rs.', 'INR'],
  ['$', 'USD'],
  ['us$', 'USD'],
  ['¥', 'JPY'],
  ['yen', 'JPY'],
  ['円', 'JPY'],
]);
const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRIES);
const CURRENCY_SET: ReadonlySet<string> = new Set(CURRENCIES);

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

function notANumberReason(s: string): string | null {
  if (/^[+-]?nan$/i.test(s)) return 'is not a number (NaN)';
  if (/^[+-]?(?:inf|infinity|∞)$/i.test(s)) return 'must be a finite number';
  return null;
}

function finite(s: string): Parsed<number> {
  const value = Number(s);
  return Number.isFinite(value)
    ? { ok: true, value }
    : { ok: false, reason: 'must be a finite number' };
}

export function parseCoordinate(s: string, what: 'latitude' | 'longitude'): Parsed<number> {
  if (DECIMAL.test(s)) return finite(s); // the common case; the rest explains refusals
  const nan = notANumberReason(s);
  if (nan) return { ok: false, reason: nan };
  if (/^[+-]?\d+,\d+$/.test(s))
    return {
      ok: false,
      reason: `use a point as the decimal separator (${s.replace(',', '.')}, not ${s})`,
    };
  const hemisphere = what === 'latitude' ? 'N/S' : 'E/W';
  return {
    ok: false,
    reason: `must be a number in decimal degrees (for example ${what === 'latitude' ? '22.3' : '72.6'}), without °, ′ or ${hemisphere}`,
  };
}

export function parseAmount(s: string): Parsed<number> {
  if (PLAIN_DECIMAL.test(s)) return finite(s); // the common case; the rest explains refusals
  const nan = notANumberReason(s);
  if (nan) return { ok: false, reason: nan };
  if (THOUSANDS.test(s))
    return {
      ok: false,
      reason: `remove the thousands separators (${s.replace(/,/g, '')}, not ${s})`,
    };
  if (s.includes(','))
    return {
      ok: false,
      reason: 'must be a plain decimal: a point as decimal separator and no thousands separators',
    };
  if (s.startsWith('-') && DECIMAL.test(s)) return { ok: false, reason: 'must not be negative' };
  if (/[eE]/.test(s) && DECIMAL.test(s))
    return {
      ok: false,
      reason: 'write it as a plain decimal, without an exponent (1500000, not 1.5e6)',
    };
  if (/[^\d.+\s]/.test(s) && /\d/.test(s))
    return {
      ok: false,
      reason:
        'must be a plain number; put the currency in the currency column, without words or signs',
    };
  if (s.startsWith('+') && PLAIN_DECIMAL.test(s.slice(1))) return finite(s.slice(1));
  return { ok: false, reason: 'must be a plain decimal number such as 1500 or 1234.5' };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** The years a ledger's dates may have. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function parseYear(s: string): Parsed<number> {
  if (!/^\d{4}$/.test(s)) return { ok: false, reason: 'must be a four-digit year (YYYY)' };
  const year = Number(s);
  if (year < MIN_YEAR || year > MAX_YEAR)
    return { ok: false, reason: `must be between ${MIN_YEAR} and ${MAX_YEAR}` };
  return { ok: true, value: year };
}

export function parseDate(s: string): Parsed<{ date: string; year: number }> {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m)
    return {
      ok: false,
      reason: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2024-03-15)',
    };
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR)
    return { ok: false, reason: `the year must be between ${MIN_YEAR} and ${MAX_YEAR}` };
  if (parsePartialDate(s) === null) {
    const month = Number(m[2]);
    if (month < 1 || month > 12)
      return { ok: false, reason: `is not a real date: month ${m[2] ?? ''} is not 01–12` };
    const days = daysInMonth(year, month);
    return {
      ok: false,
      reason: `is not a real date: ${MONTHS[month - 1] ?? ''} ${year} has ${days} days`,
    };
  }
  return { ok: true, value: { date: s, year } };
}

/** Items separated by ";", trimmed. */
export function splitList(s: string): string[] {
  if (!s.includes(';')) return [s.trim()];
  const parts = s.split(';');
  for (let i = 0; i < parts.length; i++) parts[i] = (parts[i] ?? '').trim();
  return parts;
}

/** Exact id first (the common case), then the forgiving form of labels. */
function lookup<T>(map: ReadonlyMap<string, T>, s: string): T | undefined {
  return map.get(s) ?? map.get(vocabularyForm(s));
}

export function parseSector(s: string): Parsed<Sector> {
  const value = lookup(SECTOR_BY_FORM, s);
  return value === undefined
    ? { ok: false, reason: `is not a known sector; use one of: ${list(SECTORS)}` }
    : { ok: true, value };
}

export function parseType(s: string): Parsed<ProjectType> {
  const value = lookup(TYPE_BY_FORM, s);
  return value === undefined
    ? { ok: false, reason: `is not a known project type; use one of: ${list(PROJECT_TYPES)}` }
    : { ok: true, value };
}

/** ISO 3166 alpha-2 codes separated by ";", in any letter case. */
export function parseCountries(s: string): Parsed<Country[]> {
  const codes = splitList(s);
  const out: Country[] = [];
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? '';
    const upper = code.toUpperCase();
    if (COUNTRY_SET.has(upper)) {
      out.push(upper as Country);
      continue;
    }
    const named = COUNTRY_NAMES.get(vocabularyForm(code));
    const reason =
      code === ''
        ? `country ${i + 1} is empty (two ";" in a row, or one at the end?)`
        : named
          ? `"${code}" must be written as its ISO 3166 code ${named}`
          : `"${code}" is not a known country code; use one of: ${list(COUNTRIES)} (ISO 3166 alpha-2)`;
    return { ok: false, reason };
  }
  return { ok: true, value: out };
}

export function parseCurrency(s: string): Parsed<Currency> {
  const upper = s.toUpperCase();
  if (CURRENCY_SET.has(upper)) return { ok: true, value: upper as Currency };
  const sign = CURRENCY_SIGNS.get(s.toLowerCase());
  return {
    ok: false,
    reason: sign
      ? `write the currency as its code ${sign}`
      : `is not a known currency; use one of: ${list(CURRENCIES)}`,
  };
}
