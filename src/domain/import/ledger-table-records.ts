/**
 * The main thread's side of a ledger's columns (ledger-table.ts): the posted columns as the app's
 * Records and a dataset that carries only the ledger's metadata. Ids, labels, sites and details are
 * made on demand, never for every row. Separate from ledger-table-builder.ts, which runs in the
 * worker.
 */
import type { Citation, Dataset, Site } from '../schema.ts';
import { COUNTRIES, PROJECT_TYPES, SECTORS } from '../schema-enums.ts';
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
import { yearSpan } from '../columns/indexes.ts';
import type { LedgerColumns } from './ledger-table.ts';

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
    sources: [
      { id: LEDGER_SOURCE_ID, title, titleKind: 'ours', kind: 'article', paragraphCount: lastRow },
    ],
    figures: [],
    sites: [],
    projects: [],
    events: [],
    omissions: [],
    contests: [],
    caveats: [],
    editions: [],
    tour: [],
  };
  return { dataset, records };
}
