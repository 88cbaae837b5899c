/**
 * The guided tour (data/dataset.json `tour`, src/domain/tour.ts, the tour checks in
 * src/domain/schema.ts): the bundled tour is valid, every step's filters name things that exist and
 * leave something on the map; stepClauses and clampStep; the schema's referential checks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetRows } from '../../src/domain/dataset-rows.ts';
import { filterRows } from '../oracle/row-engine.ts';
import { tourStepSchema, type TourStep } from '../../src/domain/schema.ts';
import { COUNTRIES, PROJECT_TYPES, SECTORS } from '../../src/domain/schema-enums.ts';
import {
  parseDataset,
  type ParseResult,
  type ValidationError,
} from '../../src/domain/parse-dataset.ts';
import { clampStep, stepClauses } from '../../src/domain/tour.ts';
import { bundledCopy, bundledDataset, bundledJson } from '../fixtures/bundled.ts';

const dataset = bundledDataset();
const tour = dataset.tour;
const rows = datasetRows(dataset);
const siteIds = new Set(dataset.sites.map((s) => s.id));

function errorsOf(result: ParseResult): ValidationError[] {
  if (result.ok) throw new Error('expected the dataset to be rejected, but it validated');
  return result.errors;
}

const step = (over: Partial<TourStep['filters']>): TourStep => {
  const first = tour[0];
  if (!first) throw new Error('the bundled tour is empty');
  return { ...first, filters: over };
};

describe('the bundled tour', () => {
  it('validates, step by step and as part of the dataset, and has at least 6 steps', () => {
    expect(parseDataset(bundledJson).ok).toBe(true);
    const raw = (bundledJson as { tour: unknown[] }).tour;
    expect(raw.length).toBeGreaterThanOrEqual(6);
    raw.forEach((s, i) => {
      const r = tourStepSchema.safeParse(s);
      expect(r.success ? [] : r.error.issues, `tour[${i}]`).toEqual([]);
    });
    expect(tour).toHaveLength(raw.length);
  });

  it('has distinct step ids, and each cites a source and a paragraph or item that exist', () => {
    expect(new Set(tour.map((s) => s.id)).size).toBe(tour.length);
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    for (const s of tour) {
      const source = sources.get(s.citation.source);
      expect(source, s.id).toBeDefined();
      if (source?.kind === 'fact-sheet') expect(s.citation.item, s.id).toMatch(/^[A-D]\d*$/);
      else expect(s.citation.paragraph, s.id).toBeLessThanOrEqual(source?.paragraphCount ?? 0);
    }
  });

  it("names only existing sites, sectors, types and countries in every step's filters", () => {
    for (const s of tour) {
      const { sector = [], type = [], country = [], site = [], years } = s.filters;
      for (const x of site) expect(siteIds.has(x), `${s.id}: site ${x}`).toBe(true);
      for (const x of sector) expect(SECTORS, `${s.id}: sector ${x}`).toContain(x);
      for (const x of type) expect(PROJECT_TYPES, `${s.id}: type ${x}`).toContain(x);
      for (const x of country) expect(COUNTRIES, `${s.id}: country ${x}`).toContain(x);
      if (years) expect(years[0], s.id).toBeLessThanOrEqual(years[1]);
    }
  });

  it('never shows an empty map: every step leaves a project or event, and one at a site', () => {
    for (const s of tour) {
      const shown = filterRows(rows, stepClauses(s), null);
      expect(shown.length, s.id).toBeGreaterThan(0);
      expect(
        shown.some((r) => r.kind === 'project' || r.kind === 'event'),
        s.id,
      ).toBe(true);
      // A marker to look at: at least one of the rows has a site.
      expect(
        shown.some((r) => r.site.length > 0),
        `${s.id} leaves no row on a site`,
      ).toBe(true);
    }
  });

  it('a step naming a site shows that site, and its view is near that site', () => {
    for (const s of tour) {
      for (const id of s.filters.site ?? []) {
        const shown = filterRows(rows, stepClauses(s), null);
        expect(
          shown.some((r) => r.site.includes(id)),
          `${s.id}: ${id}`,
        ).toBe(true);
        const site = dataset.sites.find((x) => x.id === id);
        expect(Math.abs((site?.lat ?? 0) - s.view.lat), `${s.id} lat`).toBeLessThan(2);
        expect(Math.abs((site?.lon ?? 0) - s.view.lon), `${s.id} lon`).toBeLessThan(2);
      }
    }
  });
});

describe('stepClauses', () => {
  it('makes one sorted "in" clause per non-empty filter, and a range for years', () => {
    expect(
      stepClauses(
        step({
          sector: ['semiconductors', 'ai'],
          type: ['osat', 'fab'],
          country: ['JP', 'IN'],
          site: ['tokyo', 'dholera'],
          years: [2021, 2024],
        }),
      ),
    ).toEqual({
      sector: { kind: 'in', field: 'sector', values: ['ai', 'semiconductors'] },
      type: { kind: 'in', field: 'type', values: ['fab', 'osat'] },
      country: { kind: 'in', field: 'country', values: ['IN', 'JP'] },
      site: { kind: 'in', field: 'site', values: ['dholera', 'tokyo'] },
      timeline: { kind: 'range', field: 'year', min: 2021, max: 2024 },
    });
  });

  it('makes no clause for an absent or empty filter, and does not mutate the step', () => {
    expect(stepClauses(step({}))).toEqual({});
    expect(stepClauses(step({ sector: [], site: [] }))).toEqual({});
    const s = step({ site: ['tokyo', 'dholera'] });
    stepClauses(s);
    expect(s.filters.site).toEqual(['tokyo', 'dholera']);
  });
});

describe('clampStep', () => {
  it('bounds the index into the tour', () => {
    expect(clampStep(0, 7)).toBe(0);
    expect(clampStep(6, 7)).toBe(6);
    expect(clampStep(7, 7)).toBe(6);
    expect(clampStep(99, 7)).toBe(6);
    expect(clampStep(-1, 7)).toBe(0);
    expect(clampStep(2.9, 7)).toBe(2);
    expect(clampStep(-0.5, 7)).toBe(0);
    expect(clampStep(Infinity, 7)).toBe(6);
    expect(clampStep(-Infinity, 7)).toBe(0);
    // An empty tour clamps to 0 (the caller checks the step exists).
    expect(clampStep(3, 0)).toBe(0);
  });

  it('always lands on an integer step of the tour (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.integer({ min: 1, max: 200 }),
        (index, length) => {
          const c = clampStep(index, length);
          expect(Number.isInteger(c)).toBe(true);
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThan(length);
          if (index >= 0 && index < length) expect(c).toBe(index);
        },
      ),
    );
  });
});

describe('the schema checks the tour', () => {
  it('rejects a step naming an unknown site, at tour[i].filters.site[j]', () => {
    const d = bundledCopy();
    const i = d.tour.findIndex((s) => s.filters.site?.length);
    expect(i).toBeGreaterThanOrEqual(0);
    d.tour[i]!.filters.site = [...(d.tour[i]!.filters.site ?? []), 'atlantis'];
    const j = d.tour[i]!.filters.site!.length - 1;
    const errors = errorsOf(parseDataset(d));
    expect(errors).toEqual([
      {
        path: `tour[${i}].filters.site[${j}]`,
        value: '"atlantis"',
        reason: 'names no site in sites',
      },
    ]);
  });

  it('rejects years running backwards, at tour[i].filters.years', () => {
    const d = bundledCopy();
    d.tour[2]!.filters.years = [2025, 2020];
    const errors = errorsOf(parseDataset(d));
    expect(errors.map((e) => e.path)).toEqual(['tour[2].filters.years']);
    expect(errors[0]?.reason).toMatch(/earlier to a later year/);
    expect(errors[0]?.value).toBe('[2025,2020]');
    // A single year (min = max) is fine.
    d.tour[2]!.filters.years = [2023, 2023];
    expect(parseDataset(d).ok).toBe(true);
  });

  it('rejects duplicate tour ids, at the later step', () => {
    const d = bundledCopy();
    d.tour[3]!.id = d.tour[1]!.id;
    const errors = errorsOf(parseDataset(d));
    expect(errors.map((e) => e.path)).toEqual(['tour[3].id']);
    expect(errors[0]?.reason).toBe('duplicate id in tour');
  });

  it('rejects a citation to an unknown source, an unknown sector and an extra key', () => {
    const d = bundledCopy();
    d.tour[0]!.citation.source = 'no_such_source';
    expect(errorsOf(parseDataset(d)).map((e) => e.path)).toEqual(['tour[0].citation.source']);

    const e = JSON.parse(JSON.stringify(bundledJson)) as { tour: Record<string, unknown>[] };
    (e.tour[0] as { filters: Record<string, unknown> }).filters = { sector: ['crypto'] };
    expect(errorsOf(parseDataset(e)).map((x) => x.path)).toEqual(['tour[0].filters.sector[0]']);

    const f = JSON.parse(JSON.stringify(bundledJson)) as { tour: Record<string, unknown>[] };
    (f.tour[0] as { filters: Record<string, unknown> }).filters = { region: ['kanto'] };
    expect(errorsOf(parseDataset(f)).map((x) => x.path)).toEqual(['tour[0].filters']);
  });

  it('gives a dataset without a tour an empty one', () => {
    const raw = JSON.parse(JSON.stringify(bundledJson)) as Record<string, unknown>;
    delete raw['tour'];
    const result = parseDataset(raw);
    expect(result.ok && result.dataset.tour).toEqual([]);
  });
});
