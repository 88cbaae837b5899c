/**
 * Seeded SitePoints for the cluster layer: sites gathered around towns in India and Japan (as real
 * sites are), a share of them at exactly their town's centre (places known only to the city), and
 * per-site matching counts with a share of empty sites.
 */
import type { SitePoints } from '../../src/domain/site-points.ts';
import { mulberry32 } from './mulberry32.ts';

const REGIONS = [
  // [south, west, north, east]: India, then Japan.
  [8, 69, 32, 89],
  [31, 130, 43, 142],
] as const;

export function synthSitePoints(n: number, seed = 1): SitePoints {
  const rnd = mulberry32(seed);
  const towns = Array.from({ length: Math.max(1, Math.min(400, Math.ceil(n / 50))) }, () => {
    const [s, w, no, e] = REGIONS[rnd() < 0.7 ? 0 : 1];
    return { lat: s + rnd() * (no - s), lon: w + rnd() * (e - w), spread: 0.05 + rnd() * 0.6 };
  });
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  const projects = new Uint32Array(n);
  const ids: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const town = towns[Math.floor(rnd() * towns.length)]!;
    const atCentre = rnd() < 0.1;
    // Box–Muller: a normal spread around the town.
    const r = atCentre ? 0 : Math.sqrt(-2 * Math.log(1 - rnd())) * town.spread;
    const a = 2 * Math.PI * rnd();
    lat[i] = town.lat + r * Math.sin(a);
    lon[i] = town.lon + r * Math.cos(a);
    projects[i] = 1 + Math.floor(rnd() * rnd() * 40);
    ids.push(`site-${i}`);
    names.push(`Site ${i}`);
  }
  return { length: n, ids, names, lat, lon, projects };
}

/** Matching rows per site: up to the site's projects, zero for about `emptyShare` of the sites. */
export function synthMatching(points: SitePoints, seed = 2, emptyShare = 0.3): Uint32Array {
  const rnd = mulberry32(seed);
  return Uint32Array.from(points.projects, (p) =>
    rnd() < emptyShare ? 0 : 1 + Math.floor(rnd() * p),
  );
}
