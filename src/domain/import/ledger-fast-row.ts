/**
 * The fast path of a ledger row: the cells of a row that is plainly valid, checked by character scans
 * and map lookups and written straight into the columns, with no record object, no closure and no
 * regular expression per row. It accepts only what the full checks (ledger.ts) accept, and with the
 * same values; anything else (an error, a label for an id, a comma as decimal separator, a lone
 * country for several partners …) is left to them, so every reason a user reads comes from one place.
 * The property test in tests/unit/ledger-fast-row.test.ts holds the two paths to the same columns.
 */
import { daysInMonth } from '../dates.ts';
import type { LedgerColumnKey, LedgerHeader } from './ledger-columns.ts';
import { MAX_PARTNER, MAX_SITE, MAX_STATE } from './ledger.ts';
import { inLatRange, inLonRange, inPartnerBox } from './ledger-coordinates.ts';
import {
  COUNTRY_CODE,
  CURRENCY_CODE,
  NO_CURRENCY,
  SECTOR_CODE,
  TYPE_CODE,
  type LedgerColumnsBuilder,
} from './ledger-table-builder.ts';
import { MAX_YEAR, MIN_YEAR, SECTOR_BY_FORM, TYPE_BY_FORM, splitList } from './ledger-values.ts';

const DASH = 45; // also the minus sign
const DOT = 46;

/** The code of what the full checks read from a cell, by the exact (trimmed) text only. */
function codesOf(forms: ReadonlyMap<string, string>, codes: ReadonlyMap<string, number>) {
  const out = new Map<string, number>();
  for (const [form, id] of forms) {
    const code = codes.get(id);
    if (code !== undefined) out.set(form, code);
  }
  return out;
}
const SECTOR_FAST = codesOf(SECTOR_BY_FORM, SECTOR_CODE);
const TYPE_FAST = codesOf(TYPE_BY_FORM, TYPE_CODE);

/** The digits of s from `from` to `to` (exclusive) as a number; -1 when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** YYYY, YYYY-MM or YYYY-MM-DD, a real date in range: its year, or -1. */
function dateYear(s: string): number {
  const n = s.length;
  if (n !== 4 && n !== 7 && n !== 10) return -1;
  const year = digits(s, 0, 4);
  if (year < MIN_YEAR || year > MAX_YEAR) return -1;
  if (n === 4) return year;
  if (s.charCodeAt(4) !== DASH) return -1;
  const month = digits(s, 5, 7);
  if (month < 1 || month > 12) return -1;
  if (n === 7) return year;
  if (s.charCodeAt(7) !== DASH) return -1;
  const day = digits(s, 8, 10);
  return day >= 1 && day <= daysInMonth(year, month) ? year : -1;
}

/**
 * A plain decimal: digits, optionally a point and more digits (a leading minus when `signed`).
 * The full checks' patterns accept more (exponents, a leading point); those rows take the long way.
 */
function plainDecimal(s: string, signed: boolean): number {
  const n = s.length;
  const negative = signed && n > 0 && s.charCodeAt(0) === DASH;
  let i = negative ? 1 : 0;
  let mantissa = 0;
  let digitCount = 0;
  let fraction = -1; // digits after the point; -1: no point
  for (; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      digitCount++;
      if (fraction >= 0) fraction++;
    } else if (d === DOT - 48 && fraction < 0 && digitCount > 0) fraction = 0;
    else return NaN;
  }
  if (digitCount === 0 || fraction === 0) return NaN;
  // Up to 15 digits the mantissa and the power of ten are exact doubles, so one division is
  // correctly rounded: the same double as Number(s). Longer numbers are left to Number.
  const v =
    digitCount <= 15
      ? mantissa / (POW10[fraction < 0 ? 0 : fraction] ?? NaN)
      : Number(negative ? s.slice(1) : s);
  if (!Number.isFinite(v)) return NaN;
  return negative ? -v : v;
}

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** The column positions of a checked header; -1 for a column the file does not have. */
export interface FastColumns {
  year: number;
  date: number;
  sector: number;
  type: number;
  partners: number;
  country: number;
  state: number;
  site: number;
  lat: number;
  lon: number;
  amount: number;
  currency: number;
}

export function fastColumns(header: LedgerHeader): FastColumns {
  const at = (key: LedgerColumnKey) => header.index.get(key) ?? -1;
  return {
    year: at('year'),
    date: at('date'),
    sector: at('sector'),
    type: at('type'),
    partners: at('partners'),
    country: at('partner_country'),
    state: at('state'),
    site: at('site_name'),
    lat: at('latitude'),
    lon: at('longitude'),
    amount: at('amount'),
    currency: at('currency'),
  };
}

const cell = (fields: readonly string[], i: number): string =>
  i < 0 ? '' : (fields[i] ?? '').trim();

/**
 * Writes the row into `out` and returns true when it is plainly valid; returns false, writing
 * nothing, when the full checks must look at it (it may still be valid). `countries` is scratch
 * space, reused from row to row.
 */
export function addPlainRow(
  fields: readonly string[],
  col: FastColumns,
  row: number,
  out: LedgerColumnsBuilder,
  countries: number[],
): boolean {
  // When: a date, or a year, or both agreeing.
  const yearText = cell(fields, col.year);
  const dateText = cell(fields, col.date);
  let year: number;
  let date: string;
  if (dateText !== '') {
    year = dateYear(dateText);
    if (year < 0) return false;
    if (yearText !== '' && (yearText.length !== 4 || digits(yearText, 0, 4) !== year)) return false;
    date = dateText;
  } else {
    if (yearText.length !== 4) return false;
    year = digits(yearText, 0, 4);
    if (year < MIN_YEAR || year > MAX_YEAR) return false;
    date = yearText;
  }
  const sector = SECTOR_FAST.get(cell(fields, col.sector));
  const type = TYPE_FAST.get(cell(fields, col.type));
  if (sector === undefined || type === undefined) return false;

  // Partners and their countries, one country per partner.
  const partnerText = cell(fields, col.partners);
  const countryText = cell(fields, col.country);
  if (partnerText === '' || countryText === '') return false;
  const names = splitList(partnerText);
  for (const name of names) if (name === '' || name.length > MAX_PARTNER) return false;
  const codes = splitList(countryText);
  if (codes.length !== names.length) return false;
  countries.length = 0;
  for (const code of codes) {
    const c = COUNTRY_CODE.get(code);
    if (c === undefined) return false;
    countries.push(c);
  }

  const state = cell(fields, col.state);
  const site = cell(fields, col.site);
  if (state === '' || state.length > MAX_STATE || site === '' || site.length > MAX_SITE)
    return false;

  const lat = plainDecimal(cell(fields, col.lat), true);
  const lon = plainDecimal(cell(fields, col.lon), true);
  if (!inLatRange(lat) || !inLonRange(lon)) return false; // NaN is in no range
  if (!inPartnerBox(lat, lon) && inPartnerBox(lon, lat)) return false; // a swap, to be explained

  const amountText = cell(fields, col.amount);
  const currencyText = cell(fields, col.currency);
  let amount = NaN;
  let currency = NO_CURRENCY;
  if (amountText !== '' || currencyText !== '') {
    amount = plainDecimal(amountText, false);
    const code = CURRENCY_CODE.get(currencyText);
    if (Number.isNaN(amount) || code === undefined) return false;
    currency = code;
  }
  out.add(row, year, date, sector, type, names, countries, state, site, lat, lon, amount, currency);
  return true;
}
