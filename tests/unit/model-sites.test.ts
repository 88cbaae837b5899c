/**
 * The sites model (src/domain/coordinator/models/sites.ts), which the map, its site list and the
 * printed map all draw: per site, the records the other filters leave (the map's own site clause
 * skipped), its unfiltered project count (the marker's size), the type its marker is drawn as,
 * whether it is selected or faded, and the orders of importance and of drawing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Clauses } from '../../src/domain/clauses.ts';
import {
  CLUSTER_THRESHOLD,
  LISTED_SITES,
  PRECISION_RANK,
  TYPE_PRIORITY,
  markerRadius,
  sitesModel,
  typeOfMask,
  type SiteSummary,
} from '../../src/domain/coordinator/index.ts';
import { datasetRows } from '../../src/domain/dataset-rows.ts';
import { PROJECT_TYPES } from '../../src/domain/schema-enums.ts';
import { bundledDataset } from '../fixtures/bundled.ts';
import { synthDataset } from '../fixtures/synth-dataset.ts';
import { filterRows } from '../oracle/row-engine.ts';
import { inputsFor, modelsOf } from '../support/models.ts';

const dataset = bundledDataset();
const rows = datasetRows(dataset);
const { source } = modelsOf(dataset);
const model = (clauses: Clauses = {}) => sitesModel(source(), inputsFor(dataset).records, clauses);
const atSite = (id: string) => rows.filter((r) => r.site.includes(id));
const matchingById = (summaries: readonly SiteSummary[]) =>
  Object.fromEntries(summaries.map((s) => [s.site.id, s.matching]));
const summary = (summaries: readonly SiteSummary[], id: string) => {
  const s = summaries.find((x) => x.site.id === id);
  if (!s) throw new Error(`no site ${id}`);
  return s;
};
/** The marker type the oracle would give: the highest-priority type among the site's projects. */
const primaryType = (id: string) => {
  const types = new Set(atSite(id).flatMap((r) => (r.kind === 'project' ? r.type : [])));
  return TYPE_PRIORITY.find((t) => types.has(t)) ?? 'event';
};

describe('sites model, unfiltered', () => {
  const all = model().summaries;

  it('gives one summary per site, in dataset order, none selected or faded', () => {
    expect(all.map((s) => s.site.id)).toEqual(dataset.sites.map((s) => s.id));
    for (const s of all) expect(s.site).toEqual(dataset.sites.find((x) => x.id === s.site.id));
    expect(all.some((s) => s.selected || s.dimmed)).toBe(false);
    expect(model()).toMatchObject({ many: false, cluster: null, selected: [] });
  });

  it('counts as matching every project and event at the site', () => {
    for (const s of all) {
      const here = atSite(s.site.id);
      expect(s.matching, s.site.id).toBe(here.length);
      expect(s.total, s.site.id).toBe(here.length);
      expect(s.type, s.site.id).toBe(primaryType(s.site.id));
      expect(s.projects, s.site.id).toBe(here.filter((r) => r.kind === 'project').length);
    }
    // Spot checks against the data: Dholera has two projects and four events; Sanand three
    // approved units and two events; Tokyo and Sendai an event only.
    expect(summary(all, 'dholera')).toMatchObject({ matching: 6, projects: 2, type: 'fab' });
    expect(summary(all, 'sanand')).toMatchObject({ matching: 5, projects: 3, type: 'osat' });
    expect(summary(all, 'tokyo')).toMatchObject({ matching: 1, projects: 0, type: 'event' });
    expect(summary(all, 'sendai')).toMatchObject({ matching: 1, projects: 0, type: 'event' });
    expect(summary(all, 'hyderabad').type).toBe('data-centre');
    expect(model().matchingSites).toBe(dataset.sites.length);
    expect(model().totalSites).toBe(dataset.sites.length);
  });

  it('lists the legend’s types in TYPE_PRIORITY order, events last', () => {
    const types = model().types;
    const drawn = new Set(all.map((s) => s.type));
    expect(new Set(types)).toEqual(drawn);
    const rank = (t: string) => (t === 'event' ? 99 : TYPE_PRIORITY.indexOf(t as never));
    expect([...types].sort((a, b) => rank(a) - rank(b))).toEqual(types);
  });

  it('draws state areas first and exact sites last; orders importance by matching then size', () => {
    const m = model();
    const precision = (id: string) => PRECISION_RANK[summary(all, id).site.precision];
    for (let i = 1; i < m.drawOrder.length; i++)
      expect(precision(m.drawOrder[i - 1]!)).toBeLessThanOrEqual(precision(m.drawOrder[i]!));
    expect(m.order[0]).toBe('sanand'); // the most projects (three approved units)
    expect(new Set(m.order)).toEqual(new Set(all.map((s) => s.site.id)));
  });
});

describe('sites model under filters', () => {
  it('with the AI sector selected, only Hyderabad has anything matching; the rest fade', () => {
    const ai: Clauses = { sector: { kind: 'in', field: 'sector', values: ['ai'] } };
    const m = model(ai);
    expect(Object.entries(matchingById(m.summaries)).filter(([, n]) => n > 0)).toEqual([
      ['hyderabad', 1],
    ]);
    for (const s of m.summaries) expect(s.dimmed, s.site.id).toBe(s.site.id !== 'hyderabad');
    expect(m.matchingSites).toBe(1);
    expect(m.order[0]).toBe('hyderabad');
  });

  it("skips the map's own clause: selecting Dholera changes no count, selects it, fades the rest", () => {
    const unfiltered = matchingById(model().summaries);
    const dholera: Clauses = { site: { kind: 'in', field: 'site', values: ['dholera'] } };
    const m = model(dholera);
    expect(matchingById(m.summaries)).toEqual(unfiltered);
    expect(m.selected).toEqual(['dholera']);
    for (const s of m.summaries) {
      expect(s.selected, s.site.id).toBe(s.site.id === 'dholera');
      expect(s.dimmed, s.site.id).toBe(s.site.id !== 'dholera');
    }
    expect(m.order[0]).toBe('dholera');
  });

  it('applies every other clause as the oracle does; size and type ignore the filters', () => {
    const japan: Clauses = {
      site: { kind: 'in', field: 'site', values: ['tokyo'] },
      country: { kind: 'in', field: 'country', values: ['JP'] },
      timeline: { kind: 'range', field: 'year', min: 2023, max: 2025 },
    };
    const left = filterRows(rows, japan, 'site');
    const all = model().summaries;
    for (const s of model(japan).summaries) {
      expect(s.matching, s.site.id).toBe(left.filter((r) => r.site.includes(s.site.id)).length);
      expect(s.projects, s.site.id).toBe(summary(all, s.site.id).projects);
      expect(s.type, s.site.id).toBe(summary(all, s.site.id).type);
      expect(s.total, s.site.id).toBe(summary(all, s.site.id).total);
    }
  });
});

describe('sites model, many sites', () => {
  const many = synthDataset(11, { sites: CLUSTER_THRESHOLD + 150, projects: 900, events: 50 });
  const { source: manySource } = modelsOf(many);
  const m = (clauses: Clauses = {}) => sitesModel(manySource(), inputsFor(many).records, clauses);

  it('clusters past the threshold and lists only the busiest sites', () => {
    const all = m();
    expect(all.many).toBe(true);
    expect(all.summaries).toHaveLength(LISTED_SITES);
    expect(all.cluster?.points.length).toBe(many.sites.length);
    const counts = all.summaries.map((s) => s.matching);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const least = Math.min(...counts);
    expect(all.cluster!.matching.filter((n) => n > least).length).toBeLessThanOrEqual(LISTED_SITES);
  });

  it('always lists a selected site, busy or not', () => {
    const quiet = [...m().cluster!.points.ids].find(
      (id) => !m().summaries.some((s) => s.site.id === id),
    )!;
    const selected = m({ site: { kind: 'in', field: 'site', values: [quiet] } });
    expect(selected.summaries.map((s) => s.site.id)).toContain(quiet);
    expect(summary(selected.summaries, quiet).selected).toBe(true);
  });
});

describe('typeOfMask', () => {
  const dict = [...PROJECT_TYPES].reverse();
  const mask = (...types: string[]) =>
    types.reduce((m, t) => m | (1 << dict.indexOf(t as never)), 0);

  it('TYPE_PRIORITY orders every project type once', () => {
    expect([...TYPE_PRIORITY].sort()).toEqual([...PROJECT_TYPES].sort());
    expect(TYPE_PRIORITY[0]).toBe('fab');
  });

  it('picks the highest-priority type present; none present is an event', () => {
    expect(typeOfMask(mask('finance', 'osat', 'energy'), dict)).toBe('osat');
    expect(typeOfMask(mask('government-programme', 'fab'), dict)).toBe('fab');
    expect(typeOfMask(0, dict)).toBe('event');
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...PROJECT_TYPES), { minLength: 1 }), (types) => {
        const best = TYPE_PRIORITY.find((t) => types.includes(t));
        expect(typeOfMask(mask(...types), dict)).toBe(best);
      }),
    );
  });
});

describe('markerRadius', () => {
  it('starts at 6 px and grows with the square root of the project count', () => {
    expect(markerRadius(0)).toBe(6);
    expect(markerRadius(1)).toBe(9);
    expect(markerRadius(4)).toBe(12);
    expect(markerRadius(16)).toBe(18);
    expect(markerRadius(-3)).toBe(6); // a negative count is treated as none
  });

  it('never shrinks as projects grow, and grows by a pixel over any eight more (up to 100)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 1000 }),
        (n, more) => {
          expect(markerRadius(n + more)).toBeGreaterThanOrEqual(markerRadius(n));
          if (n <= 100 && more >= 8)
            expect(markerRadius(n + more)).toBeGreaterThan(markerRadius(n));
        },
      ),
    );
  });

  it('scales: never shrinks as the scale grows, and is proportional up to rounding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.double({ min: 0.25, max: 4, noNaN: true }),
        fc.double({ min: 0.25, max: 4, noNaN: true }),
        (n, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(markerRadius(n, hi)).toBeGreaterThanOrEqual(markerRadius(n, lo));
          const exact = (6 + 3 * Math.sqrt(n)) * lo;
          expect(Math.abs(markerRadius(n, lo) - exact)).toBeLessThanOrEqual(0.5);
        },
      ),
    );
    expect(markerRadius(4, 2)).toBe(24);
    expect(markerRadius(0, 1.5)).toBe(9);
  });
});
