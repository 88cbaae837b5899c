/**
 * The worker's side of a ledger's columns (ledger-table.ts): valid records are pushed one at a time
 * into growing typed arrays and dictionaries, and `finish` hands the columns over once, with the
 * buffers to transfer. Separate from ledger-table-records.ts, which runs on the main thread.
 */
import { COUNTRIES, CURRENCIES, PROJECT_TYPES, SECTORS } from '../schema-enums.ts';
import type { LedgerRecord } from './ledger.ts';
import type { LedgerColumns } from './ledger-table.ts';

interface Growable<T extends Uint32Array | Uint16Array | Uint8Array | Int16Array | Float64Array> {
  data: T;
  length: number;
  push(v: number): void;
  done(): T;
}

/**
 * A growing typed array. Each call makes its own class, so every column's push stays monomorphic
 * (one shared class would see five array types and slow every store down).
 */
function growable<T extends Uint32Array | Uint16Array | Uint8Array | Int16Array | Float64Array>(
  initial: T,
): Growable<T> {
  const Make = class {
    data: T = initial;
    length = 0;
    push(v: number): void {
      if (this.length === this.data.length) {
        const next = new (this.data.constructor as new (n: number) => T)(this.data.length * 2 + 16);
        next.set(this.data);
        this.data = next;
      }
      this.data[this.length++] = v;
    }
    done(): T {
      return this.data.slice(0, this.length) as T;
    }
  };
  return new Make();
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
const SECTOR_CODE = codeMap(SECTORS);
const TYPE_CODE = codeMap(PROJECT_TYPES);
const COUNTRY_CODE = codeMap(COUNTRIES);
const CURRENCY_CODE = codeMap(CURRENCIES);
const NO_CURRENCY = 255;

/** Fed one valid record at a time in the worker; `finish` hands over the columns once. */
export class LedgerColumnsBuilder {
  private readonly row: Growable<Uint32Array>;
  private readonly year: Growable<Int16Array>;
  private readonly date: Growable<Uint32Array>;
  private readonly sector: Growable<Uint16Array>;
  private readonly type: Growable<Uint16Array>;
  private readonly partnerOffsets: Growable<Uint32Array>;
  private readonly partnerCodes: Growable<Uint32Array>;
  private readonly partnerCountry: Growable<Uint8Array>;
  private readonly countryOffsets: Growable<Uint32Array>;
  private readonly countryCodes: Growable<Uint16Array>;
  private readonly site: Growable<Uint32Array>;
  private readonly siteLat = growable(new Float64Array(1024));
  private readonly siteLon = growable(new Float64Array(1024));
  private readonly siteName: string[] = [];
  private readonly siteState: string[] = [];
  /** Sites by name: one index, or several when the same name has several states or points. */
  private readonly siteIndex = new Map<string, number | number[]>();
  private amount: Growable<Float64Array> | null = null;
  private currency: Growable<Uint8Array> | null = null;
  private readonly dates = new Dictionary();
  private readonly partners = new Dictionary();
  private n = 0;

  constructor(capacity = 1024) {
    const cap = Math.max(16, capacity);
    this.row = growable(new Uint32Array(cap));
    this.year = growable(new Int16Array(cap));
    this.date = growable(new Uint32Array(cap));
    this.sector = growable(new Uint16Array(cap));
    this.type = growable(new Uint16Array(cap));
    this.partnerOffsets = growable(new Uint32Array(cap + 1));
    this.partnerCodes = growable(new Uint32Array(cap * 2));
    this.partnerCountry = growable(new Uint8Array(cap * 2));
    this.countryOffsets = growable(new Uint32Array(cap + 1));
    this.countryCodes = growable(new Uint16Array(cap * 2));
    this.site = growable(new Uint32Array(cap));
    this.partnerOffsets.push(0);
    this.countryOffsets.push(0);
  }

  get length(): number {
    return this.n;
  }

  push(r: LedgerRecord): void {
    this.row.push(r.row);
    this.year.push(r.year);
    this.date.push(this.dates.code(r.date));
    this.sector.push(SECTOR_CODE.get(r.sector)!);
    this.type.push(TYPE_CODE.get(r.type)!);
    let seen = 0; // bit per country code: the row's distinct countries
    for (const p of r.partners) {
      const c = COUNTRY_CODE.get(p.country)!;
      this.partnerCodes.push(this.partners.code(p.name));
      this.partnerCountry.push(c);
      if (!(seen & (1 << c))) {
        seen |= 1 << c;
        this.countryCodes.push(c);
      }
    }
    this.partnerOffsets.push(this.partnerCodes.length);
    this.countryOffsets.push(this.countryCodes.length);
    this.site.push(this.siteOf(r));
    if (r.amount || this.amount) {
      if (!this.amount || !this.currency) {
        this.amount = growable(new Float64Array(Math.max(16, this.row.data.length)).fill(NaN));
        this.currency = growable(new Uint8Array(this.amount.data.length).fill(NO_CURRENCY));
        this.amount.length = this.currency.length = this.n;
      }
      this.amount.push(r.amount ? r.amount.value : NaN);
      this.currency.push(r.amount ? CURRENCY_CODE.get(r.amount.currency)! : NO_CURRENCY);
    }
    this.n++;
  }

  /**
   * A site is a name, a state and coordinates. Looked up by name, then by comparing the state and
   * the coordinates as numbers: no key string is built and no number turned into text per record.
   */
  private siteOf(r: LedgerRecord): number {
    const key = r.siteName;
    const found = this.siteIndex.get(key);
    const same = (s: number) =>
      this.siteLat.data[s] === r.lat &&
      this.siteLon.data[s] === r.lon &&
      this.siteState[s] === r.state;
    if (typeof found === 'number') {
      if (same(found)) return found;
    } else if (found !== undefined) {
      for (const s of found) if (same(s)) return s;
    }
    const s = this.siteName.push(r.siteName) - 1;
    this.siteState.push(r.state);
    this.siteLat.push(r.lat);
    this.siteLon.push(r.lon);
    this.siteIndex.set(
      key,
      found === undefined ? s : typeof found === 'number' ? [found, s] : [...found, s],
    );
    return s;
  }

  /** The columns, and the buffers to transfer with them. */
  finish(): { columns: LedgerColumns; transfer: ArrayBuffer[] } {
    const columns: LedgerColumns = {
      length: this.n,
      row: this.row.done(),
      year: this.year.done(),
      dateDict: this.dates.values,
      date: this.date.done(),
      sector: this.sector.done(),
      type: this.type.done(),
      partnerNames: this.partners.values,
      partnerOffsets: this.partnerOffsets.done(),
      partnerCodes: this.partnerCodes.done(),
      partnerCountry: this.partnerCountry.done(),
      countryOffsets: this.countryOffsets.done(),
      countryCodes: this.countryCodes.done(),
      site: this.site.done(),
      siteName: this.siteName,
      siteState: this.siteState,
      siteLat: this.siteLat.done(),
      siteLon: this.siteLon.done(),
      amount: this.amount?.done() ?? null,
      currency: this.currency?.done() ?? null,
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
