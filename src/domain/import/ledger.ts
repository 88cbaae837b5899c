/**
 * The ledger: one record per partnership, site and date, as people keep it in a spreadsheet.
 * Rows (from CSV, or keys and values from a JSON array) become typed records, or errors that name the
 * row, the column, the value and the reason.
 *
 * Rows are validated by hand rather than by zod: a million rows must pass in seconds, and each
 * reason is worded for the person fixing the spreadsheet. This file holds the record and its field
 * checks; the header is checked, and the columns documented, in ledger-columns.ts; a row's cells are
 * read through ledger-row-check.ts and parsed by ledger-values.ts; the coordinates, with their swap
 * check, are ledger-coordinates.ts. The vocabularies come from schema-enums.ts.
 * Records are object literals with fixed keys: no name from the file ever becomes a key.
 */
import type { Currency } from '../schema-enums.ts';
import type { Country, LedgerHeader, ProjectType, RowError, Sector } from './ledger-columns.ts';
import {
  parseAmount,
  parseCountries,
  parseCurrency,
  parseDate,
  parseSector,
  parseType,
  parseYear,
  splitList,
} from './ledger-values.ts';
import { fail, parsed, raw, required, text, type RowCheck } from './ledger-row-check.ts';
import { coordinates } from './ledger-coordinates.ts';

export interface LedgerPartner {
  name: string;
  country: Country;
}

export interface LedgerRecord {
  /** Where the record came from (see `RowError.row`). */
  row: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD: the `date` column, or else the `year`. */
  date: string;
  year: number;
  sector: Sector;
  type: ProjectType;
  partners: LedgerPartner[];
  state: string;
  siteName: string;
  lat: number;
  lon: number;
  amount?: { value: number; currency: Currency };
}

export type RecordResult = { record: LedgerRecord } | { errors: RowError[] };

/** The longest partner name, state and site name a ledger may give (characters, trimmed). */
export const MAX_PARTNER = 120;
export const MAX_STATE = 80;
export const MAX_SITE = 120;

/** The default interner: keeps every string as it is. */
export const noInterning = (s: string): string => s;

/**
 * A string pool for one import: ledgers repeat partners, states, sites and dates on many rows, and
 * a million records keep a million copies alive otherwise. Bounded, so unique values cannot grow it
 * without limit.
 */
export function createInterner(maxSize = 200_000): (s: string) => string {
  const pool = new Map<string, string>();
  return (s) => {
    const hit = pool.get(s);
    if (hit !== undefined) return hit;
    if (pool.size < maxSize) pool.set(s, s);
    return s;
  };
}

/** The date if given, else the year; both must agree. */
function when(c: RowCheck): { date: string; year: number } | undefined {
  const yearRaw = raw(c, 'year').trim();
  const dateRaw = raw(c, 'date').trim();
  if (yearRaw === '' && dateRaw === '') {
    const both = c.header.index.has('date') && c.header.index.has('year');
    fail(
      c,
      c.header.index.has('date') ? 'date' : 'year',
      '',
      both ? 'a year or a date is required' : 'is required',
    );
    return undefined;
  }
  let year: number | undefined;
  if (yearRaw !== '') {
    const y = parseYear(yearRaw);
    if (!y.ok) {
      fail(c, 'year', raw(c, 'year'), y.reason);
      return undefined;
    }
    year = y.value;
  }
  if (dateRaw === '') return year === undefined ? undefined : { date: String(year), year };
  const d = parseDate(dateRaw);
  if (!d.ok) {
    fail(c, 'date', raw(c, 'date'), d.reason);
    return undefined;
  }
  if (year !== undefined && d.value.year !== year) {
    fail(c, 'year', raw(c, 'year'), `does not match the date ${dateRaw} (year ${d.value.year})`);
    return undefined;
  }
  return d.value;
}

/** Partner names and their countries, matched by position (or one country for all). */
function partnersOf(c: RowCheck): LedgerPartner[] | undefined {
  const partnersRaw = required(c, 'partners');
  const countries = parsed(c, 'partner_country', parseCountries);
  if (partnersRaw === undefined) return undefined;
  const names = splitList(partnersRaw);
  for (let i = 0; i < names.length; i++) {
    const name = names[i] ?? '';
    if (name === '') {
      fail(
        c,
        'partners',
        raw(c, 'partners'),
        `partner ${i + 1} is empty (two ";" in a row, or one at the end?)`,
      );
      return undefined;
    }
    if (name.length > MAX_PARTNER) {
      fail(
        c,
        'partners',
        name,
        `a partner name must be at most ${MAX_PARTNER} characters (this one has ${name.length})`,
      );
      return undefined;
    }
  }
  if (countries === undefined) return undefined;
  if (countries.length !== names.length && countries.length !== 1) {
    fail(
      c,
      'partner_country',
      raw(c, 'partner_country'),
      `gives ${countries.length} countries for ${names.length} partner${names.length === 1 ? '' : 's'}; give one per partner, in the same order, or one for all`,
    );
    return undefined;
  }
  const partners: LedgerPartner[] = [];
  for (let i = 0; i < names.length; i++) {
    const country = countries.length === 1 ? countries[0] : countries[i];
    if (country !== undefined) partners.push({ name: c.intern(names[i] ?? ''), country });
  }
  return partners;
}

/** Amount and currency go together; undefined when neither is given, null when refused. */
function amountOf(c: RowCheck): LedgerRecord['amount'] | null {
  const amountRaw = raw(c, 'amount').trim();
  const currencyRaw = raw(c, 'currency').trim();
  if (amountRaw === '' && currencyRaw === '') return undefined;
  let currency: Currency | undefined;
  if (currencyRaw !== '') {
    const p = parseCurrency(currencyRaw);
    if (p.ok) currency = p.value;
    else fail(c, 'currency', raw(c, 'currency'), p.reason);
  }
  if (amountRaw === '') {
    fail(c, 'currency', raw(c, 'currency'), 'is given without an amount');
    return null;
  }
  const a = parseAmount(amountRaw);
  if (!a.ok) fail(c, 'amount', raw(c, 'amount'), a.reason);
  if (currencyRaw === '') fail(c, 'currency', '', 'is required when an amount is given');
  return a.ok && currency !== undefined ? { value: a.value, currency } : null;
}

/**
 * Validates one data row against a checked header. `fields` must have one entry per header cell
 * (a ragged row is reported as such by the caller and not validated). Every error of the row is
 * reported, not only the first.
 */
export function validateRecord(
  fields: readonly string[],
  header: LedgerHeader,
  rowNumber: number,
  intern: (s: string) => string = noInterning,
): RecordResult {
  const c: RowCheck = { fields, header, row: rowNumber, errors: [], intern };
  const date = when(c);
  const sector = parsed(c, 'sector', parseSector);
  const type = parsed(c, 'type', parseType);
  const partners = partnersOf(c);
  const state = text(c, 'state', MAX_STATE);
  const siteName = text(c, 'site_name', MAX_SITE);
  const place = coordinates(c);
  const amount = amountOf(c);
  if (
    c.errors.length > 0 ||
    date === undefined ||
    sector === undefined ||
    type === undefined ||
    partners === undefined ||
    state === undefined ||
    siteName === undefined ||
    place === undefined ||
    amount === null
  )
    return { errors: c.errors };
  const record: LedgerRecord = {
    row: rowNumber,
    date: intern(date.date),
    year: date.year,
    sector,
    type,
    partners,
    state: intern(state),
    siteName: intern(siteName),
    lat: place.lat,
    lon: place.lon,
  };
  if (amount) record.amount = amount;
  return { record };
}
