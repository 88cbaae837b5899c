/**
 * Seeded synthesizer for large analyst ledgers (mulberry32; the same seed and size always give the
 * same ledger). One generator feeds three shapes that hold the same records:
 *   synthLedgerRows     row objects, for the tests' row-by-row oracle (tests/oracle)
 *   synthLedgerRecords  ColumnRecords, the way a worker would feed a ColumnBuilder
 *   synthLedgerTable    a ColumnTable written straight into typed arrays (no per-row objects)
 *
 * Cardinalities: 12 sectors and 12 types (one each, ~5% of events without), 6 countries with 1–3
 * distinct per row, 2,000 sites skewed towards a few busy ones (~12% of rows without), years
 * 2010–2030 leaning recent with ~5% undated, ~75% projects (with an amount) and ~25% events.
 */
import type { DatasetRow } from '../../src/domain/dataset-rows.ts';
import { PROJECT_TYPES, SECTORS } from '../../src/domain/schema-enums.ts';
import {
  type ColumnRecord,
  type ColumnTable,
  arrayAccessors,
  fromColumns,
  NULL_YEAR,
} from '../../src/domain/columns/columns.ts';
import { mulberry32 } from './mulberry32.ts';

export const LEDGER_SECTORS: readonly string[] = [
  ...SECTORS,
  'automotive',
  'pharma',
  'infrastructure',
];
export const LEDGER_TYPES: readonly string[] = PROJECT_TYPES;
export const LEDGER_COUNTRIES: readonly string[] = ['IN', 'JP', 'TW', 'US', 'KR', 'SG'];
export const LEDGER_SITES: readonly string[] = Array.from(
  { length: 2000 },
  (_, i) => `site-${String(i).padStart(4, '0')}`,
);
export const LEDGER_YEARS = [2010, 2030] as const;

const WORDS = (
  'wafer fab osat packaging design talent mission grant loan equity plant campus cluster corridor ' +
  'yen rupee memory display sensor photonics gallium silicon substrate assembly testing hub'
).split(' ');

export type LedgerRow = DatasetRow & { amount: number | null };

/** One generated record, as codes into the LEDGER_* vocabularies (-1: none). Reused between calls. */
interface Draft {
  kind: 0 | 1;
  sector: number;
  type: number;
  countries: number[];
  site: number;
  year: number | null;
  amount: number | null;
  id: string;
  label: string;
  text: string;
}

function generate(n: number, seed: number, visit: (d: Readonly<Draft>) => void): void {
  const r = mulberry32(seed);
  const int = (k: number) => Math.floor(r() * k);
  const d: Draft = {
    kind: 0,
    sector: 0,
    type: 0,
    countries: [],
    site: -1,
    year: null,
    amount: null,
    id: '',
    label: '',
    text: '',
  };
  for (let i = 0; i < n; i++) {
    d.kind = r() < 0.75 ? 0 : 1;
    const bare = d.kind === 1 && r() < 0.05;
    d.sector = bare ? -1 : int(LEDGER_SECTORS.length);
    d.type = bare ? -1 : int(LEDGER_TYPES.length);
    const want = 1 + int(3);
    d.countries.length = 0;
    // India is a party to most rows; the others come by draw, without repeats.
    if (r() < 0.8) d.countries.push(0);
    while (d.countries.length < want) {
      const c = int(LEDGER_COUNTRIES.length);
      if (!d.countries.includes(c)) d.countries.push(c);
    }
    d.site = r() < 0.12 ? -1 : Math.floor(LEDGER_SITES.length * r() ** 3);
    d.year = r() < 0.05 ? null : LEDGER_YEARS[0] + Math.floor(21 * Math.sqrt(r()));
    d.amount = d.kind === 0 ? Math.round(Math.exp(r() * 9)) : null;
    d.id = `${d.kind === 0 ? 'p' : 'e'}${i}`;
    d.label = `${WORDS[int(WORDS.length)]} ${WORDS[int(WORDS.length)]} ${i}`;
    const sector = d.sector < 0 ? '' : LEDGER_SECTORS[d.sector];
    const type = d.type < 0 ? '' : LEDGER_TYPES[d.type];
    const partners = d.countries.map((c) => LEDGER_COUNTRIES[c]).join(' ');
    d.text = `${d.label} ${partners} ${sector} ${type}`.toLowerCase();
    visit(d);
  }
}

const pick = (vocab: readonly string[], k: number): string[] => (k < 0 ? [] : [vocab[k]!]);

export function synthLedgerRows(n: number, seed: number): LedgerRow[] {
  const rows: LedgerRow[] = [];
  generate(n, seed, (d) =>
    rows.push({
      id: d.id,
      kind: d.kind === 0 ? 'project' : 'event',
      label: d.label,
      sector: pick(LEDGER_SECTORS, d.sector),
      type: pick(LEDGER_TYPES, d.type),
      country: d.countries.map((c) => LEDGER_COUNTRIES[c]!),
      site: pick(LEDGER_SITES, d.site),
      partners: [],
      status: null,
      year: d.year,
      text: d.text,
      amount: d.amount,
    }),
  );
  return rows;
}

/** Records for ColumnBuilder.push, one at a time (nothing is kept). */
export function synthLedgerRecords(
  n: number,
  seed: number,
  visit: (r: ColumnRecord) => void,
): void {
  generate(n, seed, (d) =>
    visit({
      id: d.id,
      label: d.label,
      kind: d.kind === 0 ? 'project' : 'event',
      sector: d.sector < 0 ? null : LEDGER_SECTORS[d.sector]!,
      type: d.type < 0 ? null : LEDGER_TYPES[d.type]!,
      country: d.countries.map((c) => LEDGER_COUNTRIES[c]!),
      site: d.site < 0 ? null : LEDGER_SITES[d.site]!,
      year: d.year,
      text: d.text,
      amount: d.amount,
    }),
  );
}

/** The ledger written straight into columns; dictionaries are the LEDGER_* vocabularies in order. */
export function synthLedgerTable(n: number, seed: number): ColumnTable {
  const NONE = 0xffff;
  const sector = new Uint16Array(n);
  const type = new Uint16Array(n);
  const site = new Uint16Array(n);
  const kind = new Uint16Array(n);
  const year = new Int16Array(n);
  const amount = new Float64Array(n);
  const offsets = new Uint32Array(n + 1);
  let countryCodes = new Uint16Array(n * 2);
  let used = 0;
  const textDict: string[] = [];
  const textIndex = new Map<string, number>();
  const textCodes = new Uint32Array(n);
  const id: string[] = [];
  const label: string[] = [];
  let i = 0;
  generate(n, seed, (d) => {
    sector[i] = d.sector < 0 ? NONE : d.sector;
    type[i] = d.type < 0 ? NONE : d.type;
    site[i] = d.site < 0 ? NONE : d.site;
    kind[i] = d.kind;
    year[i] = d.year ?? NULL_YEAR;
    amount[i] = d.amount ?? NaN;
    if (used + d.countries.length > countryCodes.length) {
      const next = new Uint16Array(countryCodes.length * 2 + 8);
      next.set(countryCodes);
      countryCodes = next;
    }
    for (const c of d.countries) countryCodes[used++] = c;
    offsets[++i] = used;
    let code = textIndex.get(d.text);
    if (code === undefined) textIndex.set(d.text, (code = textDict.push(d.text) - 1));
    textCodes[i - 1] = code;
    id.push(d.id);
    label.push(d.label);
  });
  const single = (dict: readonly string[], codes: Uint16Array) =>
    ({ layout: 'single', dict, codes, none: NONE }) as const;
  return fromColumns({
    sector: single(LEDGER_SECTORS, sector),
    type: single(LEDGER_TYPES, type),
    country: {
      layout: 'multi',
      dict: LEDGER_COUNTRIES,
      offsets,
      codes: countryCodes.slice(0, used),
    },
    site: single(LEDGER_SITES, site),
    kind: single(['project', 'event'], kind),
    year,
    amount,
    text: [{ layout: 'single', dict: textDict, codes: textCodes, none: 0xffffffff }],
    ...arrayAccessors(id, label),
  });
}
