/**
 * A ledger as columns, from the worker to the views.
 *
 *   worker:  LedgerRecord ──LedgerColumnsBuilder.push──▶ … ──finish──▶ LedgerColumns (+ transfer list)
 *   main:    LedgerColumns ──ledgerData──▶ { dataset (metadata only), records (Records) }
 *
 * Every per-row value is a typed array (transferred, not copied) or a code into a small dictionary
 * (partners, site names, dates), so a million records cross threads in one message and live in
 * ~60 MB, with no object or string per row. A record's id, label and detail are built on demand,
 * for the rows a table page or an export shows.
 */
import {
  COUNTRIES,
  CURRENCIES,
  PROJECT_TYPES,
  SECTORS,
  type Citation,
  type Dataset,
  type Site,
} from '../schema.ts';
import type { ColumnTable, MultiColumn, SingleColumn } from '../columns/columns.ts';
import {
  type RankKey,
  type Records,
  lazy,
  memoDetails,
  memoKeys,
  rankStrings,
  yearRanks,
} from '../records.ts';
import type { LedgerRecord } from './ledger.ts';
import { yearSpan } from '../columns/indexes.ts';

/** What the worker posts: typed arrays (transferred) and a few dictionaries. */
export interface LedgerColumns {
  length: number;
  /** The record's row in the file (CSV: header = 1) or position (JSON: from 1). */
  row: Uint32Array;
  year: Int16Array;
  dateDict: string[];
  date: Uint32Array;
  /** Codes into SECTORS and PROJECT_TYPES. */
  sector: Uint16Array;
  type: Uint16Array;
  /** Partners, CSR: row i's are partnerCodes[partnerOffsets[i] .. partnerOffsets[i + 1] - 1]. */
  partnerNames: string[];
  partnerOffsets: Uint32Array;
  partnerCodes: Uint32Array;
  /** The country of each partner entry (a code into COUNTRIES), aligned with partnerCodes. */
  partnerCountry: Uint8Array;
  /** Distinct partner countries per row (CSR, codes into COUNTRIES): the cross-filter's column. */
  countryOffsets: Uint32Array;
  countryCodes: Uint16Array;
  /** The row's site: an index into the site columns. */
  site: Uint32Array;
  siteName: string[];
  siteState: string[];
  siteLat: Float64Array;
  siteLon: Float64Array;
  /** NaN where the record has no amount; currency codes into CURRENCIES (255: none). */
  amount: Float64Array | null;
  currency: Uint8Array | null;
}

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

// ---------------------------------------------------------------------------------------------
// Main thread: the columns as the dashboard's records.

export const LEDGER_SOURCE_ID = 'ledger';

/** Japan's rough box: a place inside it is in Japan, anything else is taken to be in India. */
const inJapan = (lat: number, lon: number) => lat >= 24 && lat <= 46 && lon >= 122 && lon <= 154;

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

const single = (dict: readonly string[], codes: Uint16Array | Uint32Array): SingleColumn => ({
  layout: 'single',
  dict,
  codes,
  none: codes instanceof Uint16Array ? 0xffff : 0xffffffff,
});

function checkSameLength(c: LedgerColumns): void {
  const n = c.length;
  for (const [name, arr] of [
    ['row', c.row],
    ['year', c.year],
    ['date', c.date],
    ['sector', c.sector],
    ['type', c.type],
    ['site', c.site],
  ] as const)
    if (arr.length !== n)
      throw new RangeError(`ledger column ${name}: ${arr.length} for ${n} rows`);
  if (c.partnerOffsets.length !== n + 1)
    throw new RangeError('ledger column partners: bad offsets');
  if (c.partnerCountry.length !== c.partnerCodes.length)
    throw new RangeError('ledger column partner countries: not aligned with partners');
  const sites = c.siteName.length;
  if (c.siteLat.length !== sites || c.siteLon.length !== sites || c.siteState.length !== sites)
    throw new RangeError('ledger site columns differ in length');
  if (c.countryOffsets.length !== n + 1) throw new RangeError('ledger column country: bad offsets');
}

/** The records of a ledger, and the dataset that carries its metadata. */
export function ledgerData(
  c: LedgerColumns,
  fileName: string,
): { dataset: Dataset; records: Records } {
  checkSameLength(c);
  const n = c.length;
  const title = clip(fileName.trim() === '' ? 'Imported ledger' : fileName.trim(), 200);
  const siteCount = c.siteName.length;
  const siteIds = Array.from({ length: siteCount }, (_, k) => `site-${k + 1}`);
  const lower = (xs: readonly string[]) => xs.map((x) => x.toLowerCase());
  const partnerColumn: MultiColumn = {
    layout: 'multi',
    dict: lower(c.partnerNames),
    offsets: c.partnerOffsets,
    codes: c.partnerCodes,
  };
  const siteCodes = c.site;
  // The builder makes every code from its own dictionaries, so only shapes are checked here
  // (fromColumns would re-read every code: ~100 ms of main thread at a million rows).
  const table: ColumnTable = {
    length: n,
    sector: single(SECTORS, c.sector),
    type: single(PROJECT_TYPES, c.type),
    country: { layout: 'multi', dict: COUNTRIES, offsets: c.countryOffsets, codes: c.countryCodes },
    site: single(siteIds, siteCodes),
    kind: single(['project', 'event'], new Uint16Array(n)),
    year: c.year,
    amount: c.amount,
    // A record's search text: its partners, its site's name and state, its sector and its type.
    text: [
      partnerColumn,
      single(lower(c.siteName.map((name, k) => `${name} ${c.siteState[k]}`)), siteCodes),
      single(SECTORS, c.sector),
      single(PROJECT_TYPES, c.type),
    ],
    id: (i) => `row-${c.row[i]}`,
    label: (i) => label(i),
  };

  const partnersAt = (i: number) => {
    const out: { name: string; country: string }[] = [];
    for (let k = c.partnerOffsets[i]!; k < c.partnerOffsets[i + 1]!; k++)
      out.push({
        name: c.partnerNames[c.partnerCodes[k]!]!,
        country: COUNTRIES[c.partnerCountry[k]!]!,
      });
    return out;
  };
  const label = (i: number) =>
    clip(
      `${partnersAt(i)
        .map((p) => p.name)
        .join(' · ')} – ${c.siteName[siteCodes[i]!]}`,
      140,
    );
  const citationOf = (row: number): Citation => ({
    source: LEDGER_SOURCE_ID,
    paragraph: row,
    paraphrase: clip(`Row ${row} of ${title}.`, 240),
  });

  // Sites become objects only when asked for (a card, a small map), never all at once for 100k.
  const siteObjects: (Site | undefined)[] = new Array<Site | undefined>(siteCount);
  const firstRow = new Uint32Array(siteCount);
  for (let i = n - 1; i >= 0; i--) firstRow[siteCodes[i]!] = c.row[i]!;
  const site = (k: number): Site => {
    let s = siteObjects[k];
    if (!s) {
      const lat = c.siteLat[k]!;
      const lon = c.siteLon[k]!;
      s = siteObjects[k] = {
        id: siteIds[k]!,
        name: clip(c.siteName[k]!, 120),
        lat,
        lon,
        precision: 'site',
        country: inJapan(lat, lon) ? 'JP' : 'IN',
        region: clip(c.siteState[k]!, 80),
        coordinateSource: clip(`As given in ${title}`, 160),
        citations: [citationOf(firstRow[k]!)],
      };
    }
    return s;
  };
  const siteIndex = new Map<string, number>();
  const siteIndexOf = (id: string) => {
    if (siteIndex.size === 0) siteIds.forEach((x, k) => siteIndex.set(x, k));
    return siteIndex.get(id);
  };

  const byCode = (dictRank: Uint32Array, size: number, codes: ArrayLike<number>): RankKey => {
    const ranks = new Uint32Array(n);
    for (let i = 0; i < n; i++) ranks[i] = dictRank[codes[i]!]!;
    return { ranks, size };
  };
  const firstOf = (
    offsets: Uint32Array,
    codes: ArrayLike<number>,
    dictRank: Uint32Array,
    size: number,
  ) => {
    const ranks = new Uint32Array(n);
    for (let i = 0; i < n; i++)
      ranks[i] = offsets[i + 1]! > offsets[i]! ? dictRank[codes[offsets[i]!]!]! : size;
    return { ranks, size };
  };
  const siteKey = lazy(() => {
    const names = rankStrings(c.siteName);
    return byCode(names.rank, names.size, siteCodes);
  });
  // A label starts with its first partner, then names the site.
  const nameKeys = lazy(() => {
    const partners = rankStrings(c.partnerNames);
    return [firstOf(c.partnerOffsets, c.partnerCodes, partners.rank, partners.size), siteKey()];
  });
  const vocab = (values: readonly string[], codes: Uint16Array) => {
    const r = rankStrings(values);
    return byCode(r.rank, r.size, codes);
  };
  const rankKeys = memoKeys((key): readonly RankKey[] => {
    switch (key) {
      case 'name':
      case 'status': // every ledger record's status is unstated: by name
        return nameKeys();
      case 'site':
        return [siteKey(), ...nameKeys()];
      case 'year':
        return [yearRanks(table), ...nameKeys()];
      case 'sector':
        return [vocab(SECTORS, c.sector), ...nameKeys()];
      case 'type':
        return [vocab(PROJECT_TYPES, c.type), ...nameKeys()];
      case 'country': {
        const r = rankStrings(COUNTRIES);
        return [firstOf(c.countryOffsets, c.countryCodes, r.rank, r.size), ...nameKeys()];
      }
    }
  });

  const records: Records = {
    table,
    origin: 'ledger',
    siteCount,
    site,
    siteIndex: siteIndexOf,
    siteColumns: () => ({ ids: siteIds, names: c.siteName, lat: c.siteLat, lon: c.siteLon }),
    years: yearSpan(table),
    rankKeys,
    detail: memoDetails((i) => {
      const partners = partnersAt(i);
      const countries = [...new Set(partners.map((p) => p.country))];
      // A Japanese partner makes it part of the partnership; Indian partners alone, a domestic project.
      const scope = countries.includes('JP')
        ? 'bilateral'
        : countries.every((x) => x === 'IN')
          ? 'domestic'
          : 'third-country';
      return {
        id: table.id(i),
        label: label(i),
        kind: 'project',
        partners,
        countries,
        sectors: [SECTORS[c.sector[i]!]!],
        types: [PROJECT_TYPES[c.type[i]!]!],
        siteIds: [siteIds[siteCodes[i]!]!],
        year: c.year[i]!,
        date: c.dateDict[c.date[i]!] ?? null,
        status: 'unstated',
        scope,
        citations: [citationOf(c.row[i]!)],
      };
    }),
  };

  let lastRow = 1;
  let lastYear = 1900;
  for (let i = 0; i < n; i++) {
    if (c.row[i]! > lastRow) lastRow = c.row[i]!;
    if (c.year[i]! > lastYear) lastYear = c.year[i]!;
  }
  const dataset: Dataset = {
    schemaVersion: 1,
    title,
    asOf: String(lastYear),
    sources: [{ id: LEDGER_SOURCE_ID, title, titleKind: 'ours', paragraphCount: lastRow }],
    figures: [],
    sites: [],
    projects: [],
    events: [],
    omissions: [],
    tour: [],
  };
  return { dataset, records };
}
