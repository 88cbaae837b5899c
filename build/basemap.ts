/**
 * The offline base map, made at build time from Natural Earth (the world-atlas package):
 * countries in the India–Japan frame only, India and Japan at 1:50m, their neighbours at 1:110m,
 * coordinates rounded to what the drawing needs. Served to the app as `virtual:basemap`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Plugin } from 'vite';

/** The drawn extent: the Arabian Sea to the Pacific east of Japan, Sri Lanka to north of Hokkaido. */
export const FRAME = { west: 40, south: -12, east: 160, north: 58 } as const;
/** Countries drawn at the finer scale, by ISO 3166 numeric code: India and Japan. */
export const DETAILED = new Set(['356', '392']);

const require = createRequire(import.meta.url);
const load = (file: string) =>
  JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;

function countries(file: string): Feature<Geometry, { name: string }>[] {
  const topology = load(file);
  const fc = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  return fc.features;
}

function bbox(g: Geometry): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (p: Position) => {
    const [x = 0, y = 0] = p;
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  };
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') visit(c as Position);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  if (g.type !== 'GeometryCollection') walk(g.coordinates);
  return [w, s, e, n];
}

const intersectsFrame = (g: Geometry) => {
  const [w, s, e, n] = bbox(g);
  return e >= FRAME.west && w <= FRAME.east && n >= FRAME.south && s <= FRAME.north;
};

/**
 * A part lying across 180° (Russia's far east) would smear across the whole map: its western
 * longitudes are moved past 180° so it draws as one shape.
 */
function unwrapAntimeridian(polygon: Position[][]): Position[][] {
  const xs = polygon.flatMap((r) => r.map(([x = 0]) => x));
  if (!(xs.some((x) => x < -150) && xs.some((x) => x > 150))) return polygon;
  return polygon.map((r) => r.map(([x = 0, y = 0]) => [x < 0 ? x + 360 : x, y]));
}

/** Round every coordinate to `digits` decimals and drop points that collapse onto the previous one. */
function quantize(g: Geometry, digits: number): Geometry {
  const f = 10 ** digits;
  const ring = (r: Position[]): Position[] => {
    const out: Position[] = [];
    for (const [x = 0, y = 0] of r) {
      const p = [Math.round(x * f) / f, Math.round(y * f) / f];
      const last = out.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    return out;
  };
  if (g.type === 'Polygon')
    return { type: 'Polygon', coordinates: g.coordinates.map(ring).filter((r) => r.length >= 4) };
  if (g.type === 'MultiPolygon')
    return {
      type: 'MultiPolygon',
      coordinates: g.coordinates
        .map(unwrapAntimeridian)
        .filter((poly) => poly.every((r) => r.every(([x = 0]) => x > -150)))
        .map((poly) => poly.map(ring).filter((r) => r.length >= 4))
        .filter((p) => p.length > 0),
    };
  return g;
}

export interface BasemapProperties {
  name: string;
  /** ISO 3166 numeric code. */
  id: string;
  /** India and Japan: drawn as partners. */
  partner: boolean;
}

export function buildBasemap(): FeatureCollection<Geometry, BasemapProperties> {
  const fine = countries('countries-50m.json').filter((f) => DETAILED.has(String(f.id)));
  const coarse = countries('countries-110m.json').filter((f) => !DETAILED.has(String(f.id)));
  const features = [...coarse, ...fine]
    .filter((f) => f.geometry !== null && intersectsFrame(f.geometry))
    .map((f) => {
      const detailed = DETAILED.has(String(f.id));
      return {
        type: 'Feature' as const,
        properties: { name: f.properties.name, id: String(f.id), partner: detailed },
        geometry: quantize(f.geometry, detailed ? 3 : 2),
      };
    });
  return { type: 'FeatureCollection', features };
}

const VIRTUAL_ID = 'virtual:basemap';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Vite plugin: `import basemap from 'virtual:basemap'` gives the FeatureCollection above. */
export function basemapPlugin(): Plugin {
  return {
    name: 'basemap',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    load: (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify(buildBasemap())};` : null),
  };
}
