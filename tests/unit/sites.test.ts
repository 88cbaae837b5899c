/**
 * Sites as the map draws them (src/domain/sites.ts): per site, the projects and events the other
 * filters leave (its own site clause skipped), its unfiltered project count (the marker's size) and
 * the type its marker is drawn as.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRows, type Clauses, type Row } from '../../src/domain/crossfilter.ts';
import {
  TYPE_PRIORITY,
  markerRadius,
  primaryType,
  summariseSites,
  type SiteSummary,
} from '../../src/domain/sites.ts';
import { PROJECT_TYPES } from '../../src/domain/schema.ts';
import { bundledDataset } from '../fixtures/bundled.ts';

const dataset = bundledDataset();
const rows = buildRows(dataset);
const atSite = (id: string) => rows.filter((r) => r.site.includes(id));
const matchingById = (summaries: SiteSummary[]) =>
  Object.fromEntries(summaries.map((s) => [s.site.id, s.matching]));
const summary = (summaries: SiteSummary[], id: string) => {
  const s = summaries.find((x) => x.site.id === id);
  if (!s) throw new Error(`no site ${id}`);
  return s;
};

/** A project row of the given types, for primaryType. */
const project = (...type: string[]): Row => ({
  id: `p-${type.join('-')}`,
  kind: 'project',
  label: 'p',
  sector: [],
  type,
  country: [],
  site: [],
  partners: [],
  status: null,
  year: null,
  text: '',
});
const event = (...type: string[]): Row => ({ ...project(...type), kind: 'event' });

describe('summariseSites, unfiltered', () => {
  const all = summariseSites(dataset, {});

  it('gives one summary per site, in dataset order', () => {
    expect(all.map((s) => s.site.id)).toEqual(dataset.sites.map((s) => s.id));
    for (const s of all) expect(s.site).toBe(dataset.sites.find((x) => x.id === s.site.id));
  });

  it('counts as matching every project and event row at the site', () => {
    for (const s of all) {
      const here = atSite(s.site.id);
      expect(s.matching, s.site.id).toBe(here.length);
      expect(s.total, s.site.id).toBe(here.length);
      expect(s.type, s.site.id).toBe(primaryType(here));
      expect(s.projects, s.site.id).toBe(here.filter((r) => r.kind === 'project').length);
    }
    // Spot checks against the data: Dholera has two projects and an event; Tokyo an event only.
    expect(summary(all, 'dholera')).toMatchObject({ matching: 3, projects: 2 });
    expect(summary(all, 'tokyo')).toMatchObject({ matching: 1, projects: 0 });
    expect(summary(all, 'sendai')).toMatchObject({ matching: 2, projects: 1 });
  });

  it('counts a project with no site at no site', () => {
    const unsited = dataset.projects.filter((p) => p.siteId === undefined);
    expect(unsited.length).toBeGreaterThan(0);
    const rowsAtSites = dataset.sites.reduce((n, site) => n + atSite(site.id).length, 0);
    expect(all.reduce((n, s) => n + s.total, 0)).toBe(rowsAtSites);
  });
});

describe('summariseSites under other filters', () => {
  it('with the AI sector selected, only Hyderabad has anything matching', () => {
    const ai: Clauses = { sector: { kind: 'in', field: 'sector', values: ['ai'] } };
    const m = matchingById(summariseSites(dataset, ai));
    expect(Object.entries(m).filter(([, n]) => n > 0)).toEqual([['hyderabad', 1]]);
  });

  it("skips the site's own clause: selecting Dholera changes no site's count", () => {
    const unfiltered = matchingById(summariseSites(dataset, {}));
    const dholera: Clauses = { site: { kind: 'in', field: 'site', values: ['dholera'] } };
    expect(matchingById(summariseSites(dataset, dholera))).toEqual(unfiltered);
  });

  it('applies every other clause; projects and type ignore the filters', () => {
    const japan: Clauses = {
      site: { kind: 'in', field: 'site', values: ['tokyo'] },
      country: { kind: 'in', field: 'country', values: ['JP'] },
    };
    const filtered = summariseSites(dataset, japan);
    const all = summariseSites(dataset, {});
    for (const s of filtered) {
      const expected = atSite(s.site.id).filter((r) => r.country.includes('JP')).length;
      expect(s.matching, s.site.id).toBe(expected);
      expect(s.matching, s.site.id).toBeLessThanOrEqual(summary(all, s.site.id).matching);
      expect(s.projects, s.site.id).toBe(summary(all, s.site.id).projects);
      expect(s.type, s.site.id).toBe(summary(all, s.site.id).type);
      expect(s.total, s.site.id).toBe(summary(all, s.site.id).total);
    }
  });

  it('a year range leaves undated rows out', () => {
    const years: Clauses = { timeline: { kind: 'range', field: 'year', min: 2025, max: 2025 } };
    for (const s of summariseSites(dataset, years))
      expect(s.matching, s.site.id).toBe(atSite(s.site.id).filter((r) => r.year === 2025).length);
  });
});

describe('primaryType', () => {
  it('names the marker by TYPE_PRIORITY: Dholera is a fab, Tokyo (events only) an event', () => {
    const all = summariseSites(dataset, {});
    expect(summary(all, 'dholera').type).toBe('fab');
    expect(summary(all, 'tokyo').type).toBe('event');
    expect(summary(all, 'sendai').type).toBe('equipment');
    expect(summary(all, 'hyderabad').type).toBe('data-centre');
  });

  it('TYPE_PRIORITY orders every project type once', () => {
    expect([...TYPE_PRIORITY].sort()).toEqual([...PROJECT_TYPES].sort());
    expect(TYPE_PRIORITY[0]).toBe('fab');
  });

  it('picks the highest-priority type among the projects, whatever their order', () => {
    expect(primaryType([project('finance'), project('osat'), project('energy')])).toBe('osat');
    expect(primaryType([project('government-programme'), project('fab')])).toBe('fab');
    expect(primaryType([])).toBe('event');
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...PROJECT_TYPES), { minLength: 1 }), (types) => {
        const best = TYPE_PRIORITY.find((t) => types.includes(t));
        expect(primaryType(types.map((t) => project(t)))).toBe(best);
        expect(primaryType([...types].reverse().map((t) => project(t)))).toBe(best);
      }),
    );
  });

  it("ignores events' types: a site with events only is drawn as an event", () => {
    expect(primaryType([event('fab'), event('osat')])).toBe('event');
    expect(primaryType([event('fab'), project('finance')])).toBe('finance');
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

  it('gives the bundled sites radii ordered like their project counts', () => {
    const all = summariseSites(dataset, {});
    const sorted = [...all].sort((x, y) => x.projects - y.projects);
    for (let i = 1; i < sorted.length; i++)
      expect(markerRadius(sorted[i]!.projects)).toBeGreaterThanOrEqual(
        markerRadius(sorted[i - 1]!.projects),
      );
  });
});
