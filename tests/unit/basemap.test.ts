/**
 * The offline base map (build/basemap.ts), built at build time from world-atlas: countries in
 * the India–Japan FRAME only, India and Japan at 1:50m flagged as partners, the rest at 1:110m,
 * coordinates rounded, Russia's far east unwrapped past 180°, served as `virtual:basemap`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  DETAILED,
  FRAME,
  basemapPlugin,
  buildBasemap,
  type BasemapProperties,
} from '../../build/basemap.ts';

const basemap = buildBasemap();
const features = basemap.features;
const json = JSON.stringify(basemap);
const gzipped = gzipSync(json);

const require = createRequire(import.meta.url);
function atlas(file: string): Feature<Geometry, { name: string }>[] {
  const topology = JSON.parse(
    readFileSync(require.resolve(`world-atlas/${file}`), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return (
    feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
  ).features;
}

/** The polygons of a geometry, as lists of rings (Polygon → one, MultiPolygon → many). */
const polygons = (g: Geometry): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
const rings = (g: Geometry): Position[][] => polygons(g).flat();
const positions = (g: Geometry): Position[] => rings(g).flat();

const byName = (name: string) => features.find((f) => f.properties.name === name);
const byId = (id: string) => features.find((f) => f.properties.id === id);
const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

function bbox(g: Geometry): [number, number, number, number] {
  const ps = positions(g);
  const xs = ps.map((p) => p[0] ?? 0);
  const ys = ps.map((p) => p[1] ?? 0);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe('buildBasemap', () => {
  it('prints its size; gzipped it stays under 60 kB', () => {
    const count = features.reduce((n, f) => n + positions(f.geometry).length, 0);
    const kB = (n: number) => `${n} bytes (${(n / 1024).toFixed(1)} kB)`;
    console.log(
      `basemap: ${features.length} countries, ${count} positions, ` +
        `JSON ${kB(json.length)}, gzipped ${kB(gzipped.length)}`,
    );
    expect(basemap.type).toBe('FeatureCollection');
    expect(gzipped.length).toBeLessThan(60 * 1024);
  });

  it('has India (356) and Japan (392) as the only partners', () => {
    const india = byId('356');
    const japan = byId('392');
    expect(india?.properties).toEqual({ name: 'India', id: '356', partner: true });
    expect(japan?.properties).toEqual({ name: 'Japan', id: '392', partner: true });
    expect(features.filter((f) => f.properties.partner).map((f) => f.properties.id)).toEqual(
      expect.arrayContaining(['356', '392']),
    );
    expect(features.filter((f) => f.properties.partner)).toHaveLength(2);
    expect([...DETAILED].sort()).toEqual(['356', '392']);
  });

  it('draws India and Japan from the 1:50m data: more positions than at 1:110m', () => {
    const coarse = atlas('countries-110m.json');
    for (const id of ['356', '392']) {
      const drawn = byId(id);
      const at110 = coarse.find((f) => String(f.id) === id);
      if (!drawn || !at110) throw new Error(`no country ${id}`);
      const n = positions(drawn.geometry).length;
      const n110 = positions(at110.geometry).length;
      // Rounding to 3 decimals drops a few points, yet the 50m outline stays far richer.
      expect(n, drawn.properties.name).toBeGreaterThan(2 * n110);
    }
  });

  it('draws the neighbours from the 1:110m data, unchanged in vertex count but for rounding', () => {
    const coarse = atlas('countries-110m.json');
    for (const name of ['China', 'Sri Lanka', 'Pakistan']) {
      const drawn = byName(name);
      const at110 = coarse.find((f) => f.properties.name === name);
      if (!drawn || !at110) throw new Error(`no country ${name}`);
      expect(drawn.properties.partner).toBe(false);
      expect(positions(drawn.geometry).length).toBeLessThanOrEqual(
        positions(at110.geometry).length,
      );
    }
  });

  it('holds only countries whose extent meets the frame', () => {
    for (const f of features) {
      const [w, s, e, n] = bbox(f.geometry);
      const meets = e >= FRAME.west && w <= FRAME.east && n >= FRAME.south && s <= FRAME.north;
      expect(meets, f.properties.name).toBe(true);
    }
    for (const name of ['China', 'Indonesia', 'South Korea', 'Taiwan', 'Sri Lanka', 'Australia'])
      expect(byName(name), name).toBeDefined();
    for (const name of ['Brazil', 'Canada', 'France', 'Argentina', 'Germany', 'Mexico'])
      expect(byName(name), name).toBeUndefined();
    // The USA (Alaska, Hawaii and all) lies wholly east of the frame at 1:110m.
    expect(byId('840')).toBeUndefined();
  });

  it('gives every feature a distinct id and a name', () => {
    const ids = features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of features) expect(f.properties.name).not.toBe('');
  });

  it('rounds partners to at most 3 decimals and the others to at most 2', () => {
    for (const f of features) {
      const most = f.properties.partner ? 3 : 2;
      const worst = Math.max(...positions(f.geometry).flatMap((p) => p.map(decimals)));
      expect(worst, f.properties.name).toBeLessThanOrEqual(most);
      for (const p of positions(f.geometry)) expect(p).toHaveLength(2);
    }
    // And the partners really use the third decimal (not rounded as coarsely as the rest).
    const indiaDecimals = positions(byId('356')!.geometry).flatMap((p) => p.map(decimals));
    expect(Math.max(...indiaDecimals)).toBe(3);
  });

  it('has only Polygons and MultiPolygons, with no empty polygon and no ring under 4 points', () => {
    for (const f of features) {
      expect(['Polygon', 'MultiPolygon'], f.properties.name).toContain(f.geometry.type);
      const ps = polygons(f.geometry);
      expect(ps.length, f.properties.name).toBeGreaterThan(0);
      for (const polygon of ps) {
        expect(polygon.length, f.properties.name).toBeGreaterThan(0);
        for (const ring of polygon) {
          expect(ring.length, f.properties.name).toBeGreaterThanOrEqual(4);
          // Rounding never opens a ring: first and last position stay equal.
          expect(ring.at(-1), f.properties.name).toEqual(ring[0]);
          // …and leaves no repeated consecutive position.
          for (let i = 1; i < ring.length; i++)
            expect(ring[i], f.properties.name).not.toEqual(ring[i - 1]);
        }
      }
    }
  });

  it('unwraps the antimeridian: no longitude west of -150°, Russia drawn in one piece', () => {
    for (const f of features) {
      const [w] = bbox(f.geometry);
      expect(w, f.properties.name).toBeGreaterThanOrEqual(-150);
    }
    const russia = byName('Russia');
    if (!russia) throw new Error('no Russia');
    const [w, , e] = bbox(russia.geometry);
    expect(w).toBeLessThan(FRAME.west); // Kaliningrad and European Russia
    expect(e).toBeGreaterThan(180); // Chukotka, moved past 180°
    // Continuous: no step along a ring jumps across the map (a wrapped ring would jump ~360°).
    let widest = 0;
    for (const ring of rings(russia.geometry))
      for (let i = 1; i < ring.length; i++)
        widest = Math.max(widest, Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)));
    expect(widest).toBeLessThan(30);
  });

  it('is deterministic: two builds give the same JSON', () => {
    expect(JSON.stringify(buildBasemap())).toBe(json);
  });
});

describe('basemapPlugin', () => {
  const plugin = basemapPlugin();
  // The hooks are plain functions here (not the object form); call them without a plugin context.
  const resolveId = plugin.resolveId as (id: string) => string | null;
  const load = plugin.load as (id: string) => string | null;

  it('resolves virtual:basemap to the \\0-prefixed id, and nothing else', () => {
    expect(plugin.name).toBe('basemap');
    expect(resolveId('virtual:basemap')).toBe('\0virtual:basemap');
    expect(resolveId('./basemap.ts')).toBeNull();
    expect(resolveId('virtual:basemap-other')).toBeNull();
  });

  it('loads the resolved id as an ES module exporting the FeatureCollection', () => {
    const code = load('\0virtual:basemap');
    expect(typeof code).toBe('string');
    expect(code?.startsWith('export default {')).toBe(true);
    expect(code?.endsWith(';')).toBe(true);
    const body = code?.slice('export default '.length, -1) ?? '';
    const parsed = JSON.parse(body) as FeatureCollection<Geometry, BasemapProperties>;
    expect(parsed.features).toHaveLength(features.length);
    expect(load('virtual:basemap')).toBeNull();
    expect(load('/src/main.tsx')).toBeNull();
  });
});
