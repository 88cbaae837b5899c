/**
 * The worker's side of a ledger's columns (ledger-table.ts): valid records are pushed one at a time
 * into growing typed arrays and dictionaries, and `finish` hands the columns over once, with the
 * buffers to transfer. Separate from ledger-table-records.ts, which runs on the main thread.
 */
import { COUNTRIES, CURRENCIES, PROJECT_TYPES, SECTORS } from '../schema-enums.ts';
import type { LedgerRecord } from './ledger.ts';
import type { LedgerColumns } from './ledger-table.ts';

type Numbers = Uint32Array | Uint16Array | Uint8Array | Int16Array | Int32Array | Float64Array;

/** A copy of `a` with room for `size` values (the first `used` kept), filled with `fill` past them. */
function grown<T extends Numbers>(a: T, size: number, used: number, fill = 0): T {
  const next = new (a.constructor as new (n: number) => T)(size);
  next.set(a.subarray(0, used));
  if (fill !== 0) next.fill(fill, used);
  return next;
}

class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  code(v: string): number {
    let k = this.index.get(v);
    if (k === undefined) this.index.set(v, (k = this.values.push(v) - 1));
    return k;
  }
}

const codeMap = (values: readonly string[]) => new Map(values.map((v, i) => [v, i]));
export const SECTOR_CODE = codeMap(SECTORS);
export const TYPE_CODE = codeMap(PROJECT_TYPES);
export const COUNTRY_CODE = codeMap(COUNTRIES);
export const CURRENCY_CODE = codeMap(CURRENCIES);
/** The currency code of a record without an amount. */
export const NO_CURRENCY = 255;

/**
 * Fed one valid record at a time in the worker; `finish` hands over the columns once.
 * The columns are plain typed arrays written by index: per-row columns share one capacity, the
 * per-partner ones another, so each store is a monomorphic write and growth is rare (doubling).
 */
export class LedgerColumnsBuilder {
  private n = 0;
  private cap: number;
  private row: Uint32Array;
  private year: Int16Array;
  private date: Uint32Array;
  private sector: Uint16Array;
  private type: Uint16Array;
  private site: Uint32Array;
  private partnerOffsets: Uint32Array;
  private countryOffsets: Uint32Array;
  private amount: Float64Array | null = null;
  private currency: Uint8Array | null = null;
  /** Partner entries: codes and countries, `partnerCap` of room, `partnerN` used. */
  private partnerN = 0;
  private partnerCap: number;
  private partnerCodes: Uint32Array;
  private partnerCountry: Uint8Array;
  private countryN = 0;
  private countryCap: number;
  private countryCodes: Uint16Array;
  private siteN = 0;
  private siteLat = new Float64Array(1024);
  private siteLon = new Float64Array(1024);
  private readonly siteName: string[] = [];
  private readonly siteState: string[] = [];
  /** Sites by name: the newest of that name; siteOlder chains to the one before (-1: none). */
  private readonly siteIndex = new Map<string, number>();
  private siteOlder = new Int32Array(1024);
  private readonly dateByKey = new Map<number, number>();
  private readonly dateValues: string[] = [];
  private readonly partners = new Dictionary();
  /** Scratch space, reused from record to record. */
  private readonly scratchNames: string[] = [];
  private readonly scratchCountries: number[] = [];
  private readonly scratchCodes: number[] = [];

  constructor(capacity = 1024) {
    const cap = (this.cap = Math.max(16, capacity));
    this.row = new Uint32Array(cap);
    this.year = new Int16Array(cap);
    this.date = new Uint32Array(cap);
    this.sector = new Uint16Array(cap);
    this.type = new Uint16Array(cap);
    this.site = new Uint32Array(cap);
    this.partnerOffsets = new Uint32Array(cap + 1);
    this.countryOffsets = new Uint32Array(cap + 1);
    this.partnerCap = this.countryCap = cap * 2;
    this.partnerCodes = new Uint32Array(cap * 2);
    this.partnerCountry = new Uint8Array(cap * 2);
    this.countryCodes = new Uint16Array(cap * 2);
  }

  get length(): number {
    return this.n;
  }

  private growRows(): void {
    const n = this.n;
    const cap = (this.cap = this.cap * 2);
    this.row = grown(this.row, cap, n);
    this.year = grown(this.year, cap, n);
    this.date = grown(this.date, cap, n);
    this.sector = grown(this.sector, cap, n);
    this.type = grown(this.type, cap, n);
    this.site = grown(this.site, cap, n);
    this.partnerOffsets = grown(this.partnerOffsets, cap + 1, n + 1);
    this.countryOffsets = grown(this.countryOffsets, cap + 1, n + 1);
    if (this.amount) this.amount = grown(this.amount, cap, n, NaN);
    if (this.currency) this.currency = grown(this.currency, cap, n, NO_CURRENCY);
  }

  /** A record from the checks of ledger.ts (the path for rows the fast path leaves to them). */
  push(r: LedgerRecord): void {
    const names = this.scratchNames;
    const countries = this.scratchCountries;
    names.length = countries.length = 0;
    for (const p of r.partners) {
      names.push(p.name);
      countries.push(COUNTRY_CODE.get(p.country)!);
    }
    this.add(
      r.row,
      r.year,
      r.date,
      SECTOR_CODE.get(r.sector)!,
      TYPE_CODE.get(r.type)!,
      names,
      countries,
      r.state,
      r.siteName,
      r.lat,
      r.lon,
      r.amount ? r.amount.value : NaN,
      r.amount ? CURRENCY_CODE.get(r.amount.currency)! : NO_CURRENCY,
    );
  }

  /**
   * One valid record as plain values, no object: codes into SECTORS, PROJECT_TYPES, COUNTRIES and
   * CURRENCIES; partner names with their country codes, aligned; NaN and NO_CURRENCY for no amount.
   */
  add(
    row: number,
    year: number,
    date: string,
    sector: number,
    type: number,
    partnerNames: readonly string[],
    partnerCountries: readonly number[],
    state: string,
    siteName: string,
    lat: number,
    lon: number,
    amount: number,
    currency: number,
  ): void {
    const codes = this.scratchCodes;
    codes.length = 0;
    for (let i = 0; i < partnerNames.length; i++)
      codes.push(this.partners.code(partnerNames[i] ?? ''));
    this.put(
      row,
      year,
      this.dateCode(date),
      sector,
      type,
      codes,
      partnerCountries,
      this.siteOf(siteName, state, lat, lon),
      amount,
      currency,
    );
  }

  /** One record as codes into this builder's dictionaries (dates, partners, sites). */
  private put(
    row: number,
    year: number,
    date: number,
    sector: number,
    type: number,
    partnerCodes: readonly number[],
    partnerCountries: ArrayLike<number>,
    site: number,
    amount: number,
    currency: number,
  ): void {
    if (this.n === this.cap) this.growRows();
    const n = this.n;
    this.row[n] = row;
    this.year[n] = year;
    this.date[n] = date;
    this.sector[n] = sector;
    this.type[n] = type;
    const count = partnerCodes.length;
    if (this.partnerN + count > this.partnerCap) {
      this.partnerCap = this.partnerCap * 2 + count;
      this.partnerCodes = grown(this.partnerCodes, this.partnerCap, this.partnerN);
      this.partnerCountry = grown(this.partnerCountry, this.partnerCap, this.partnerN);
    }
    if (this.countryN + count > this.countryCap) {
      this.countryCap = this.countryCap * 2 + count;
      this.countryCodes = grown(this.countryCodes, this.countryCap, this.countryN);
    }
    let seen = 0; // bit per country code: the row's distinct countries
    for (let i = 0; i < count; i++) {
      const c = partnerCountries[i] ?? 0;
      this.partnerCodes[this.partnerN] = partnerCodes[i] ?? 0;
      this.partnerCountry[this.partnerN++] = c;
      if (!(seen & (1 << c))) {
        seen |= 1 << c;
        this.countryCodes[this.countryN++] = c;
      }
    }
    this.partnerOffsets[n + 1] = this.partnerN;
    this.countryOffsets[n + 1] = this.countryN;
    this.site[n] = site;
    if (currency !== NO_CURRENCY && !this.amount) {
      this.amount = new Float64Array(this.cap).fill(NaN);
      this.currency = new Uint8Array(this.cap).fill(NO_CURRENCY);
    }
    if (this.amount && this.currency) {
      this.amount[n] = amount;
      this.currency[n] = currency;
    }
    this.n = n + 1;
  }

  /**
   * A site is a name, a state and coordinates. Looked up by name (the newest site of that name),
   * then along the chain of older sites with the same name, comparing the state and the coordinates
   * as numbers: no key string is built and no number turned into text per record.
   */
  private siteOf(name: string, state: string, lat: number, lon: number): number {
    const newest = this.siteIndex.get(name);
    for (let s = newest ?? -1; s >= 0; s = this.siteOlder[s] ?? -1)
      if (this.siteLat[s] === lat && this.siteLon[s] === lon && this.siteState[s] === state)
        return s;
    const s = this.siteN++;
    this.siteName.push(name);
    this.siteState.push(state);
    if (s === this.siteLat.length) {
      this.siteLat = grown(this.siteLat, s * 2, s);
      this.siteLon = grown(this.siteLon, s * 2, s);
      this.siteOlder = grown(this.siteOlder, s * 2, s);
    }
    this.siteLat[s] = lat;
    this.siteLon[s] = lon;
    this.siteOlder[s] = newest ?? -1;
    this.siteIndex.set(name, s);
    return s;
  }

  /**
   * A date's code. Dates are YYYY, YYYY-MM or YYYY-MM-DD (checked before they get here), so their
   * digits make a number key, and no string is hashed per record.
   */
  private dateCode(date: string): number {
    const n = date.length;
    const d = (i: number) => date.charCodeAt(i) - 48;
    const key =
      (d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3)) * 10000 +
      (n >= 7 ? (d(5) * 10 + d(6)) * 100 : 0) +
      (n >= 10 ? d(8) * 10 + d(9) : 0);
    let code = this.dateByKey.get(key);
    if (code === undefined) this.dateByKey.set(key, (code = this.dateValues.push(date) - 1));
    return code;
  }

  /**
   * Appends the columns another builder made (the second half of a file, read in another worker),
   * its rows renumbered by `rowOffset`. Dates, partners and sites are matched through remap tables,
   * one entry per dictionary value: no string is hashed per record.
   */
  append(other: LedgerColumns, rowOffset: number): void {
    const dateCode = other.dateDict.map((d) => this.dateCode(d));
    const partnerCode = other.partnerNames.map((p) => this.partners.code(p));
    const siteCode = other.siteName.map((name, s) =>
      this.siteOf(name, other.siteState[s] ?? '', other.siteLat[s] ?? NaN, other.siteLon[s] ?? NaN),
    );
    const codes: number[] = [];
    const countries: number[] = [];
    for (let i = 0; i < other.length; i++) {
      codes.length = countries.length = 0;
      for (let k = other.partnerOffsets[i]!; k < other.partnerOffsets[i + 1]!; k++) {
        codes.push(partnerCode[other.partnerCodes[k]!]!);
        countries.push(other.partnerCountry[k]!);
      }
      this.put(
        other.row[i]! + rowOffset,
        other.year[i]!,
        dateCode[other.date[i]!]!,
        other.sector[i]!,
        other.type[i]!,
        codes,
        countries,
        siteCode[other.site[i]!]!,
        other.amount ? other.amount[i]! : NaN,
        other.currency ? other.currency[i]! : NO_CURRENCY,
      );
    }
  }

  /** The columns, and the buffers to transfer with them. */
  finish(): { columns: LedgerColumns; transfer: ArrayBuffer[] } {
    const n = this.n;
    const columns: LedgerColumns = {
      length: n,
      row: this.row.slice(0, n),
      year: this.year.slice(0, n),
      dateDict: this.dateValues,
      date: this.date.slice(0, n),
      sector: this.sector.slice(0, n),
      type: this.type.slice(0, n),
      partnerNames: this.partners.values,
      partnerOffsets: this.partnerOffsets.slice(0, n + 1),
      partnerCodes: this.partnerCodes.slice(0, this.partnerN),
      partnerCountry: this.partnerCountry.slice(0, this.partnerN),
      countryOffsets: this.countryOffsets.slice(0, n + 1),
      countryCodes: this.countryCodes.slice(0, this.countryN),
      site: this.site.slice(0, n),
      siteName: this.siteName,
      siteState: this.siteState,
      siteLat: this.siteLat.slice(0, this.siteN),
      siteLon: this.siteLon.slice(0, this.siteN),
      amount: this.amount?.slice(0, n) ?? null,
      currency: this.currency?.slice(0, n) ?? null,
    };
    const transfer = [
      columns.row,
      columns.year,
      columns.date,
      columns.sector,
      columns.type,
      columns.partnerOffsets,
      columns.partnerCodes,
      columns.partnerCountry,
      columns.countryOffsets,
      columns.countryCodes,
      columns.site,
      columns.siteLat,
      columns.siteLon,
      ...(columns.amount ? [columns.amount] : []),
      ...(columns.currency ? [columns.currency] : []),
    ].map((a) => a.buffer as ArrayBuffer);
    return { columns, transfer };
  }
}
