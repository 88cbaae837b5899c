/**
 * The coordinator (src/domain/coordinator): one finished model per view, computed once per input,
 * the same object while what the view reads is unchanged, and shared structurally when a new input
 * gives the same result; its requests are plain data in the shape of SQL.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Clause, Clauses } from '../../src/domain/clauses.ts';
import {
  CATEGORY_CLIENTS,
  Coordinator,
  FILTERS_CLIENT,
  INCENTIVES_CLIENT,
  INVESTMENTS_CLIENT,
  SITES_CLIENT,
  SITE_DETAIL_CLIENT,
  TABLE_CLIENT,
  TABLE_PAGE_CLIENT,
  TIMELINE_CLIENT,
  type CountRequest,
  type GroupRequest,
  type RowsRequest,
  type Source,
  type ViewClient,
  type YearRequest,
} from '../../src/domain/coordinator/index.ts';
import { replaceEqualDeep } from '../../src/domain/coordinator/share.ts';
import { bundledDataset } from '../fixtures/bundled.ts';
import { inputsFor } from '../support/models.ts';

const d = bundledDataset();
const inClause = (field: 'sector' | 'type' | 'country' | 'site', ...values: string[]): Clause => ({
  kind: 'in',
  field,
  values,
});

describe('the coordinator', () => {
  it('computes a model once and hands back the same object while its inputs are the same', () => {
    const c = new Coordinator();
    const a = c.get(CATEGORY_CLIENTS.type, inputsFor(d));
    const computed = c.computed;
    expect(c.get(CATEGORY_CLIENTS.type, inputsFor(d))).toBe(a);
    // Equal clauses made anew (a link decoded again) are the same input.
    const again = c.get(CATEGORY_CLIENTS.type, inputsFor(d, { sector: inClause('sector', 'ai') }));
    expect(c.get(CATEGORY_CLIENTS.type, inputsFor(d, { sector: inClause('sector', 'ai') }))).toBe(
      again,
    );
    expect(c.computed).toBe(computed + 1);
  });

  it('leaves a view untouched by a gesture on a clause it does not read', () => {
    const c = new Coordinator();
    const before: Clauses = { sector: inClause('sector', 'ai') };
    const after: Clauses = { ...before, type: inClause('type', 'fab') };
    // The type chart's own clause does not filter it, but does mark its selection: a new model.
    const typeBefore = c.get(CATEGORY_CLIENTS.type, inputsFor(d, before));
    const typeAfter = c.get(CATEGORY_CLIENTS.type, inputsFor(d, after));
    expect(typeAfter).not.toBe(typeBefore);
    // …whose bars' counts are the very same objects where nothing changed.
    expect(typeAfter.bars.find((b) => b.key === 'osat')).toBe(
      typeBefore.bars.find((b) => b.key === 'osat'),
    );
    // The national totals read neither clause: the same objects, nothing computed.
    const inv = c.get(INVESTMENTS_CLIENT, inputsFor(d, before));
    const inc = c.get(INCENTIVES_CLIENT, inputsFor(d, before));
    const n = c.computed;
    expect(c.get(INVESTMENTS_CLIENT, inputsFor(d, after))).toBe(inv);
    expect(c.get(INCENTIVES_CLIENT, inputsFor(d, after))).toBe(inc);
    expect(c.computed).toBe(n);
  });

  it('returns the previous object when a new input gives the same model (structural sharing)', () => {
    const c = new Coordinator();
    // AI projects are all in India: adding the country clause India changes no sector count.
    const ai: Clauses = { type: inClause('type', 'data-centre') };
    const a = c.get(CATEGORY_CLIENTS.sector, inputsFor(d, ai));
    const b = c.get(
      CATEGORY_CLIENTS.sector,
      inputsFor(d, { ...ai, timeline: { kind: 'range', field: 'year', min: 2000, max: 2100 } }),
    );
    if (JSON.stringify(a) === JSON.stringify(b)) expect(b).toBe(a);
    else expect(b).not.toBe(a);
    // The same holds for every client, on a gesture that changes nothing it shows.
    // (Not the filters bar: it shows the clause itself, which did change.)
    const clients: ViewClient<unknown>[] = [
      TIMELINE_CLIENT,
      SITES_CLIENT,
      ...Object.values(CATEGORY_CLIENTS),
    ];
    const x: Clauses = { sector: inClause('sector', 'semiconductors') };
    const y: Clauses = { sector: inClause('sector', 'semiconductors', 'no-such-sector') };
    for (const client of clients) {
      const first = c.get(client, inputsFor(d, x));
      expect(c.get(client, inputsFor(d, y)), client.id).toBe(first);
    }
  });

  it('keeps the models of the last few inputs, so a deferred view gets back what it shows', () => {
    const c = new Coordinator();
    const old = c.get(TIMELINE_CLIENT, inputsFor(d, {}));
    c.get(TIMELINE_CLIENT, inputsFor(d, { sector: inClause('sector', 'ai') }));
    const n = c.computed;
    expect(c.get(TIMELINE_CLIENT, inputsFor(d, {}))).toBe(old);
    expect(c.computed).toBe(n);
  });

  it('keeps one slot per parameter: pages and site cards', () => {
    const c = new Coordinator();
    const sort = { key: 'name' as const, dir: 1 as const };
    const page = c.get(TABLE_PAGE_CLIENT, inputsFor(d), { sort, first: 0, count: 5 });
    expect(page).toHaveLength(5);
    expect(c.get(TABLE_PAGE_CLIENT, inputsFor(d), { sort, first: 0, count: 5 })).toBe(page);
    expect(c.get(TABLE_PAGE_CLIENT, inputsFor(d), { sort, first: 5, count: 5 })).not.toBe(page);
    expect(c.get(TABLE_CLIENT, inputsFor(d), { key: null, dir: 1 }).sort).toEqual(sort);
    expect(c.get(SITE_DETAIL_CLIENT, inputsFor(d), 'sendai').siteId).toBe('sendai');
  });
});

describe('requests', () => {
  /** A source that records every request it is asked. */
  function recording(inner: Source) {
    const seen: unknown[] = [];
    const log =
      <R, T>(f: (r: R) => T) =>
      (r: R) => {
        seen.push(r);
        return f(r);
      };
    const source: Source = {
      count: log((r: CountRequest) => inner.count(r)),
      groups: log((r: GroupRequest) => inner.groups(r)),
      years: log((r: YearRequest) => inner.years(r)),
      rows: log((r: RowsRequest) => inner.rows(r)),
      typesPerSite: () => inner.typesPerSite(),
    };
    return { source, seen };
  }

  /** What a SQL engine would be asked (the shapes documented in requests.ts). */
  function toSql(r: unknown): string {
    const req = r as Partial<RowsRequest & GroupRequest & YearRequest>;
    const where = req.where!;
    const terms = Object.entries(where.clauses)
      .filter(([view]) => view !== where.except)
      .map(([, c]) => c as Clause)
      .concat(where.and ? [where.and] : [])
      .map((c) =>
        c.kind === 'in'
          ? `${c.field} IN (${c.values.map((v) => `'${v}'`).join(', ')})`
          : c.kind === 'range'
            ? `year BETWEEN ${c.min} AND ${c.max}`
            : `text LIKE '%${c.query}%'`,
      );
    if (req.kind === 'project') terms.push(`kind = 'project'`);
    const w = terms.length > 0 ? ` WHERE ${terms.join(' AND ')}` : '';
    if (req.from !== undefined)
      return `SELECT year, kind, count(*) FROM records${w}${w ? ' AND' : ' WHERE'} year BETWEEN ${req.from} AND ${req.to} GROUP BY year, kind`;
    if (req.groupBy)
      return `SELECT ${req.groupBy}, count(*) FROM records${w} GROUP BY ${req.groupBy}`;
    if (req.limit !== undefined)
      return `SELECT row FROM records${w} ORDER BY ${req.orderBy ?? 'row'} LIMIT ${req.limit} OFFSET ${req.offset}`;
    return `SELECT count(*) FROM records${w}`;
  }

  it('are plain data (they survive JSON) that a SQL engine could answer', () => {
    const c = new Coordinator();
    const { source, seen } = recording(c.source(inputsFor(d).records));
    const inputs = inputsFor(d, {
      sector: inClause('sector', 'semiconductors'),
      timeline: { kind: 'range', field: 'year', min: 2020, max: 2025 },
    });
    for (const client of [TIMELINE_CLIENT, SITES_CLIENT, FILTERS_CLIENT, CATEGORY_CLIENTS.type])
      client.model(source, inputs);
    TABLE_PAGE_CLIENT.model(source, inputs, {
      sort: { key: 'name', dir: 1 },
      first: 0,
      count: 10,
    });
    expect(seen.length).toBeGreaterThan(8);
    for (const r of seen) expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    const sql = seen.map(toSql);
    expect(sql).toContain(
      "SELECT type, count(*) FROM records WHERE sector IN ('semiconductors') AND year BETWEEN 2020 AND 2025 AND kind = 'project' GROUP BY type",
    );
    expect(sql).toContain(
      "SELECT year, kind, count(*) FROM records WHERE sector IN ('semiconductors') AND year BETWEEN 2017 AND 2026 GROUP BY year, kind",
    );
  });
});

describe('replaceEqualDeep', () => {
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.integer(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 }),
    ),
  })).value;

  it('gives a value equal to the new one, and the old object wherever the two are equal', () => {
    fc.assert(
      fc.property(json, json, (prev, next) => {
        const shared = replaceEqualDeep(prev, next);
        expect(shared).toEqual(next);
        if (JSON.stringify(prev) === JSON.stringify(next) && typeof prev === 'object')
          expect(shared).toBe(prev);
      }),
    );
    const prev = { a: [1, 2], b: { c: 3 }, t: new Uint32Array([1, 2]) };
    const next = { a: [1, 2], b: { c: 4 }, t: new Uint32Array([1, 2]) };
    const out = replaceEqualDeep(prev, next);
    expect(out).not.toBe(prev);
    expect(out.a).toBe(prev.a);
    expect(out.t).toBe(prev.t);
    expect(out.b).toEqual(next.b);
  });

  it('compares other objects by identity only', () => {
    class Site {
      constructor(readonly id: string) {}
    }
    const a = { s: new Site('x') };
    expect(replaceEqualDeep(a, { s: new Site('x') })).not.toBe(a);
    expect(replaceEqualDeep(a, { s: a.s })).toBe(a);
  });
});
