/**
 * A columnar form of the cross-filter's rows, for ledgers of up to ~1M records (see README.md).
 *
 * Categorical fields are dictionary-encoded. A field where some row carries several values (country)
 * is stored CSR-style: row i's codes are `codes[offsets[i]] .. codes[offsets[i + 1] - 1]`. When every
 * row carries at most one value, the field takes the fast path: one code per row, `none` marking a
 * row without a value. Codes are Uint16 while the dictionary fits, Uint32 past that.
 *
 * Search text is dictionary-encoded too, in parts (a ledger keeps partners, site name, sector and type
 * apart): the search clause tests each distinct value once, then looks rows up by code. Its mask is
 * cached like any other, so brushing a range never searches again.
 *
 * A table holds only typed arrays and string arrays: a Web Worker can fill it with ColumnBuilder
 * (no Row objects) and post it; `fromColumns` re-validates the arrays on the receiving side.
 */

export const CATEGORICAL_FIELDS = ['sector', 'type', 'country', 'site', 'kind'] as const;
export type CategoricalField = (typeof CATEGORICAL_FIELDS)[number];

/** The kind column's dictionary is fixed, so code 0 is always a project and code 1 an event. */
export const KINDS = ['project', 'event'] as const;
export const KIND_PROJECT = 0;
export const KIND_EVENT = 1;

/** Year of an undated row. Dated years must be integers in [-32767, 32767]. */
export const NULL_YEAR = -32768;
export const MIN_YEAR = -32767;
export const MAX_YEAR = 32767;

export type Codes = Uint16Array | Uint32Array;

export interface SingleColumn {
  readonly layout: 'single';
  readonly dict: readonly string[];
  readonly codes: Codes;
  /** Code of a row without a value: 0xffff for Uint16 codes, 0xffffffff for Uint32. */
  readonly none: number;
}

export interface MultiColumn {
  readonly layout: 'multi';
  readonly dict: readonly string[];
  /** length + 1 entries; offsets[0] = 0, offsets[length] = codes.length. */
  readonly offsets: Uint32Array;
  readonly codes: Codes;
}

export type CategoricalColumn = SingleColumn | MultiColumn;

export interface ColumnTable {
  readonly length: number;
  readonly sector: CategoricalColumn;
  readonly type: CategoricalColumn;
  readonly country: CategoricalColumn;
  readonly site: CategoricalColumn;
  readonly kind: SingleColumn;
  /** NULL_YEAR where the row is undated. */
  readonly year: Int16Array;
  /** Optional measure; NaN where a row has none. */
  readonly amount: Float64Array | null;
  /**
   * Lower-cased search text in parts: row i's text (Row.text) is its values in every part, joined
   * by spaces. A search word holds no white space, so it occurs in the row's text exactly when it
   * occurs in one of those values: the search clause tests each dictionary entry once, not each row.
   */
  readonly text: readonly CategoricalColumn[];
  /** Row i's id and label, read on demand (a table page, an export), never in a hot loop. */
  readonly id: (i: number) => string;
  readonly label: (i: number) => string;
}

export type ColumnSpec = Omit<ColumnTable, 'length' | 'amount'> & {
  readonly amount?: Float64Array | null;
};

/** What ColumnBuilder.push takes: a value list, one value, or null for none. */
export type Values = readonly string[] | string | null | undefined;

export interface ColumnRecord {
  readonly id: string;
  readonly label: string;
  readonly kind: 'project' | 'event';
  readonly sector?: Values;
  readonly type?: Values;
  readonly country?: Values;
  readonly site?: Values;
  readonly year: number | null;
  readonly text: string;
  readonly amount?: number | null;
}

export interface BuilderOptions {
  /** Expected row count; arrays grow by doubling past it. */
  readonly capacity?: number;
  /** Dictionary entries to assign first (e.g. a vocabulary, so codes are stable across builds). */
  readonly dictionaries?: Partial<Record<Exclude<CategoricalField, 'kind'>, readonly string[]>>;
}

const INDEXED_FIELDS = ['sector', 'type', 'country', 'site'] as const;

function grown<T extends Uint32Array | Int16Array | Float64Array>(arr: T, need: number): T {
  if (need <= arr.length) return arr;
  const next = new (arr.constructor as new (n: number) => T)(Math.max(need, arr.length * 2, 16));
  next.set(arr);
  return next;
}

const codesFor = (dictSize: number, n: number, single: boolean): Codes =>
  dictSize <= (single ? 0xffff : 0x10000) ? new Uint16Array(n) : new Uint32Array(n);

class Encoder {
  readonly dict: string[] = [];
  private readonly index = new Map<string, number>();
  private offsets: Uint32Array;
  private codes: Uint32Array;
  private used = 0;
  private rows = 0;
  private maxPerRow = 0;

  constructor(capacity: number, seed: readonly string[] = []) {
    this.offsets = new Uint32Array(capacity + 1);
    this.codes = new Uint32Array(capacity);
    for (const v of seed) this.code(v);
  }

  private code(v: string): number {
    let c = this.index.get(v);
    if (c === undefined) {
      c = this.dict.length;
      this.index.set(v, c);
      this.dict.push(v);
    }
    return c;
  }

  push(values: Values): void {
    const list = values == null ? [] : typeof values === 'string' ? [values] : values;
    this.codes = grown(this.codes, this.used + list.length);
    for (const v of list) this.codes[this.used++] = this.code(v);
    if (list.length > this.maxPerRow) this.maxPerRow = list.length;
    this.offsets = grown(this.offsets, this.rows + 2);
    this.offsets[++this.rows] = this.used;
  }

  finish(): CategoricalColumn {
    const n = this.rows;
    if (this.maxPerRow <= 1) {
      const codes = codesFor(this.dict.length, n, true);
      const none = codes instanceof Uint16Array ? 0xffff : 0xffffffff;
      const off = this.offsets;
      for (let i = 0; i < n; i++) codes[i] = off[i + 1]! > off[i]! ? this.codes[off[i]!]! : none;
      return { layout: 'single', dict: this.dict, codes, none };
    }
    const codes = codesFor(this.dict.length, this.used, false);
    codes.set(this.codes.subarray(0, this.used));
    return { layout: 'multi', dict: this.dict, offsets: this.offsets.slice(0, n + 1), codes };
  }
}

/** Streaming construction: push records one by one (e.g. inside a worker), then finish once. */
export class ColumnBuilder {
  private readonly enc: Record<Exclude<CategoricalField, 'kind'>, Encoder>;
  private readonly kinds: Encoder;
  private year: Int16Array;
  private amount: Float64Array | null = null;
  private readonly text: Encoder;
  private readonly id: string[] = [];
  private readonly label: string[] = [];
  private n = 0;
  private done = false;

  constructor(options: BuilderOptions = {}) {
    const cap = Math.max(0, options.capacity ?? 1024);
    const d = options.dictionaries ?? {};
    this.enc = {
      sector: new Encoder(cap, d.sector),
      type: new Encoder(cap, d.type),
      country: new Encoder(cap, d.country),
      site: new Encoder(cap, d.site),
    };
    this.kinds = new Encoder(cap, KINDS);
    this.text = new Encoder(cap);
    this.year = new Int16Array(cap);
  }

  get length(): number {
    return this.n;
  }

  push(r: ColumnRecord): this {
    if (this.done) throw new Error('ColumnBuilder: push after finish');
    if (r.kind !== 'project' && r.kind !== 'event')
      throw new RangeError(`bad kind ${String(r.kind)}`);
    const y = r.year;
    if (y !== null && !(Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR))
      throw new RangeError(`year ${y} is not an integer in [${MIN_YEAR}, ${MAX_YEAR}]`);
    for (const f of INDEXED_FIELDS) this.enc[f].push(r[f]);
    this.kinds.push(r.kind);
    this.year = grown(this.year, this.n + 1);
    this.year[this.n] = y ?? NULL_YEAR;
    if (r.amount != null || this.amount) {
      if (!this.amount) this.amount = new Float64Array(this.year.length).fill(NaN);
      this.amount = grown(this.amount, this.n + 1);
      this.amount[this.n] = r.amount ?? NaN;
    }
    this.text.push(r.text);
    this.id.push(r.id);
    this.label.push(r.label);
    this.n++;
    return this;
  }

  finish(): ColumnTable {
    if (this.done) throw new Error('ColumnBuilder: finish called twice');
    this.done = true;
    const n = this.n;
    // Once allocated, amount is written on every push, so its first n entries are all set.
    const amount = this.amount ? this.amount.slice(0, n) : null;
    return {
      length: n,
      sector: this.enc.sector.finish(),
      type: this.enc.type.finish(),
      country: this.enc.country.finish(),
      site: this.enc.site.finish(),
      kind: this.kinds.finish() as SingleColumn, // one kind per row: always single
      year: this.year.slice(0, n),
      amount,
      text: [this.text.finish()],
      ...arrayAccessors(this.id, this.label),
    };
  }
}

/** `id` and `label` accessors over plain string arrays. */
export function arrayAccessors(
  ids: readonly string[],
  labels: readonly string[],
): Pick<ColumnTable, 'id' | 'label'> {
  return { id: (i) => ids[i] ?? '', label: (i) => labels[i] ?? '' };
}

/** A table from records already in memory (the bundled dataset's rows). */
export function fromRows(
  rows: readonly ColumnRecord[],
  options: Pick<BuilderOptions, 'dictionaries'> = {},
): ColumnTable {
  const b = new ColumnBuilder({
    capacity: rows.length,
    ...(options.dictionaries ? { dictionaries: options.dictionaries } : {}),
  });
  for (const r of rows) b.push(r);
  return b.finish();
}

function checkColumn(name: string, c: CategoricalColumn, n: number): void {
  const fail = (why: string) => {
    throw new RangeError(`column ${name}: ${why}`);
  };
  const size = c.dict.length;
  if (c.layout === 'single') {
    if (c.codes.length !== n) fail(`${c.codes.length} codes for ${n} rows`);
    const expected = c.codes instanceof Uint16Array ? 0xffff : 0xffffffff;
    if (c.none !== expected) fail(`none must be ${expected}`);
    for (let i = 0; i < n; i++) {
      const k = c.codes[i]!;
      if (k >= size && k !== c.none) fail(`row ${i}: code ${k} outside the dictionary`);
    }
    return;
  }
  const off = c.offsets;
  if (off.length !== n + 1 || off[0] !== 0 || off[n] !== c.codes.length) fail('bad offsets');
  for (let i = 0; i < n; i++) if (off[i + 1]! < off[i]!) fail(`offsets decrease at row ${i}`);
  for (let k = 0; k < c.codes.length; k++)
    if (c.codes[k]! >= size) fail(`code ${c.codes[k]} outside the dictionary`);
}

/** A table from ready-made column arrays (e.g. posted by a worker); checks every invariant. */
export function fromColumns(spec: ColumnSpec): ColumnTable {
  const n = spec.year.length;
  for (const f of CATEGORICAL_FIELDS) checkColumn(f, spec[f], n);
  if (
    spec.kind.dict.length !== 2 ||
    spec.kind.dict[0] !== KINDS[0] ||
    spec.kind.dict[1] !== KINDS[1]
  )
    throw new RangeError('column kind: dictionary must be ["project", "event"]');
  for (let i = 0; i < n; i++)
    if (spec.kind.codes[i]! > 1) throw new RangeError(`row ${i}: no kind`);
  if (spec.text.length === 0) throw new RangeError('column text: no parts');
  spec.text.forEach((part, k) => checkColumn(`text[${k}]`, part, n));
  if (spec.amount && spec.amount.length !== n)
    throw new RangeError(`column amount: ${spec.amount.length} entries for ${n} rows`);
  return { ...spec, length: n, amount: spec.amount ?? null };
}

/** Dictionary codes of row i (a fresh array; for indexes built once, not hot loops). */
export function codesAt(c: CategoricalColumn, i: number): number[] {
  if (c.layout === 'single') {
    const k = c.codes[i]!;
    return k === c.none ? [] : [k];
  }
  return Array.from(c.codes.subarray(c.offsets[i]!, c.offsets[i + 1]!));
}
