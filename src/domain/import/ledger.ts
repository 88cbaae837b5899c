/**
 * The ledger: one record per partnership, site and date, as people keep it in a spreadsheet.
 * Rows (from CSV, or keys and values from a JSON array) become typed records, or errors that name the
 * row, the column, the value and the reason.
 *
 * Rows are validated by hand rather than by zod: a million rows must pass in seconds, and each
 * reason is worded for the person fixing the spreadsheet. The vocabularies come from
 * schema-enums.ts; the columns are documented in ledger-columns.ts, the cell parsers are in
 * ledger-values.ts.
 * Records are object literals with fixed keys: no name from the file ever becomes a key.
 */
import type { Currency } from '../schema-enums.ts';
import {
  shorten,
  type Country,
  type LedgerColumnKey,
  type LedgerHeader,
  type ProjectType,
  type RowError,
  type Sector,
} from './ledger-columns.ts';
import {
  parseAmount,
  parseCoordinate,
  parseCountries,
  parseCurrency,
  parseDate,
  parseSector,
  parseType,
  parseYear,
  splitList,
} from './ledger-values.ts';

export {
  LEDGER_COLUMNS,
  columnKeyOf,
  normalizeHeaderName,
  shorten,
  validateHeader,
  type Country,
  type HeaderResult,
  type LedgerColumn,
  type LedgerColumnKey,
  type LedgerHeader,
  type ProjectType,
  type RowError,
  type Sector,
} from './ledger-columns.ts';

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

/** One row being checked: module-level helpers take it, so no closures are made per row. */
interface RowCheck {
  fields: readonly string[];
  header: LedgerHeader;
  row: number;
  errors: RowError[];
  intern: (s: string) => string;
}

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

function raw(c: RowCheck, key: LedgerColumnKey): string {
  const i = c.header.index.get(key);
  return i === undefined ? '' : (c.fields[i] ?? '');
}

function fail(c: RowCheck, key: LedgerColumnKey, value: string, reason: string): void {
  const i = c.header.index.get(key);
  const column = i === undefined ? key : (c.header.names[i] ?? key);
  c.errors.push({ row: c.row, column, value: shorten(value), reason });
}

/** The trimmed value of a column that must not be empty; undefined (and an error) if it is. */
function required(c: RowCheck, key: LedgerColumnKey): string | undefined {
  const value = raw(c, key);
  const v = value.trim();
  if (v === '') {
    fail(c, key, value, 'is required');
    return undefined;
  }
  return v;
}

function text(c: RowCheck, key: LedgerColumnKey, max: number): string | undefined {
  const v = required(c, key);
  if (v !== undefined && v.length > max) {
    fail(c, key, v, `must be at most ${max} characters (it has ${v.length})`);
    return undefined;
  }
  return v;
}

/** A required cell through a parser; undefined (and an error) when empty or refused. */
function parsed<T>(
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
    if (name.length > 120) {
      fail(
        c,
        'partners',
        name,
        `a partner name must be at most 120 characters (this one has ${name.length})`,
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

/**
 * Generous boxes around the partner countries a ledger may name (IN, JP, TW, US with Alaska and
 * Hawaii): used only to recognise coordinates given the wrong way round, never to refuse a place.
 */
const PARTNER_BOXES: readonly (readonly [number, number, number, number])[] = [
  [6, 37.5, 68, 97.5], // India: lat min, lat max, lon min, lon max
  [24, 46, 122, 154], // Japan
  [21.5, 25.5, 119, 122.5], // Taiwan
  [18, 72, -180, -65], // United States
];
const inPartnerBox = (lat: number, lon: number) =>
  PARTNER_BOXES.some(([a, b, c, d]) => lat >= a && lat <= b && lon >= c && lon <= d);

const inLatRange = (v: number) => v >= -90 && v <= 90;
const inLonRange = (v: number) => v >= -180 && v <= 180;

/** Both coordinates, in range; a latitude that only fits as a longitude (and back) is called a swap. */
function coordinates(c: RowCheck): { lat: number; lon: number } | undefined {
  const lat = parsed(c, 'latitude', (s) => parseCoordinate(s, 'latitude'));
  const lon = parsed(c, 'longitude', (s) => parseCoordinate(s, 'longitude'));
  let ok = true;
  if (lat !== undefined && !inLatRange(lat)) {
    ok = false;
    const swapped = lon !== undefined && inLonRange(lat) && inLatRange(lon);
    fail(
      c,
      'latitude',
      raw(c, 'latitude'),
      swapped
        ? `must be between -90 and 90; are latitude and longitude swapped? (${raw(c, 'longitude').trim()} would be a valid latitude and ${raw(c, 'latitude').trim()} a valid longitude)`
        : 'must be between -90 and 90',
    );
  }
  if (lon !== undefined && !inLonRange(lon)) {
    ok = false;
    fail(c, 'longitude', raw(c, 'longitude'), 'must be between -180 and 180');
  }
  // Both in range, yet the point lies outside every partner country and would fall inside one
  // the other way round (an Indian site given as 77.6, 12.9 lands in the Arctic): a swap.
  if (
    ok &&
    lat !== undefined &&
    lon !== undefined &&
    !inPartnerBox(lat, lon) &&
    inPartnerBox(lon, lat)
  ) {
    ok = false;
    fail(
      c,
      'latitude',
      raw(c, 'latitude'),
      `with longitude ${raw(c, 'longitude').trim()} lies outside India, Japan, Taiwan and the United States, but inside them the other way round: are latitude and longitude swapped?`,
    );
  }
  return ok && lat !== undefined && lon !== undefined ? { lat, lon } : undefined;
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
  const state = text(c, 'state', 80);
  const siteName = text(c, 'site_name', 120);
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
