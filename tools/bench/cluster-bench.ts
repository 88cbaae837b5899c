/**
 * `npx tsx tools/bench/cluster-bench.ts [--quick]` (not part of `npm test`): prints one JSON object
 * of figures for the map's cluster index (src/features/map/clusters) on seeded synthetic sites
 * (tools/lib/synth-site-points.ts) of 100,000 and 1,000,000 points, in Node on this machine.
 *
 * Per size, the median of several runs of:
 *   load            supercluster.load alone, from ready GeoJSON features (what the library costs);
 *   engineBuild     the worker's whole rebuild after a filter change (features kept per dataset,
 *                   matching applied, sites with no matching rows left out, then load);
 *   overview        one answer at the map's first view (India–Japan frame, zoom 3.5): getClusters
 *                   plus each cluster's expansion zoom, packed into typed arrays;
 *   getClusters     getClusters alone at that view;
 *   deep            one answer for a 1,200×800 px view at zoom 9 (the map's deepest) around site 0.
 * Timings are printed, never asserted.
 */
import { cpus } from 'node:os';
import {
  createClusterEngine,
  createSupercluster,
} from '../../src/features/map/clusters/cluster-engine.ts';
import type { Bbox, FromWorker } from '../../src/features/map/clusters/cluster-protocol.ts';
import { synthMatching, synthSitePoints } from '../lib/synth-site-points.ts';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 5;
const MAX_ZOOM = 9; // the site map's maxZoom
const HOME: Bbox = [66, 6, 147, 46];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)]! * 1000) / 1000;
};
function time(f: () => void, runs = RUNS): number {
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    f();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

/** A bbox of a width × height px view centred on lat/lon at `zoom` (Web Mercator, 256 px tiles). */
function view(lat: number, lon: number, zoom: number, width = 1200, height = 800): Bbox {
  const scale = 256 * 2 ** zoom;
  const x = ((lon + 180) / 360) * scale;
  const s = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale;
  const toLon = (px: number) => (px / scale) * 360 - 180;
  const toLat = (py: number) =>
    (Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / scale))) * 180) / Math.PI;
  return [toLon(x - width / 2), toLat(y + height / 2), toLon(x + width / 2), toLat(y - height / 2)];
}

const results: Record<string, unknown> = {};
for (const n of [100_000, 1_000_000]) {
  const points = synthSitePoints(n, 1);
  const matching = synthMatching(points, 2, 0.3);
  const features = Array.from(points.lat, (lat, i) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [points.lon[i]!, lat] },
    properties: { i, w: matching[i]! || 1 },
  }));
  const load = time(() => createSupercluster(MAX_ZOOM).load(features));
  const index = createSupercluster(MAX_ZOOM).load(features);
  const getClusters = time(() =>
    index.getClusters([...HOME] as [number, number, number, number], 3),
  );

  const engine = createClusterEngine();
  engine.receive({
    type: 'points',
    lat: points.lat.slice(),
    lon: points.lon.slice(),
    maxZoom: MAX_ZOOM,
  });
  let requestId = 0;
  const answer = (bbox: Bbox, zoom: number) => {
    engine.receive({ type: 'query', requestId: ++requestId, bbox, zoom });
    return engine.flush().messages[0]!.message as Extract<FromWorker, { type: 'clusters' }>;
  };
  const builds: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    engine.receive({ type: 'matching', matching: matching.slice() });
    builds.push(answer(HOME, 3.5).buildMs!);
  }
  const overview = answer(HOME, 3.5);
  const overviewMs = median(Array.from({ length: RUNS }, () => answer(HOME, 3.5).queryMs));
  const deepView = view(points.lat[0]!, points.lon[0]!, 9);
  const deep = answer(deepView, 9);
  const deepMs = median(Array.from({ length: RUNS }, () => answer(deepView, 9).queryMs));
  const indexed = matching.reduce((s, m) => s + (m > 0 ? 1 : 0), 0);

  results[String(n)] = {
    points: n,
    indexedSites: indexed,
    loadMs: load,
    engineBuildMs: median(builds),
    getClustersOverviewMs: getClusters,
    overview: { answerMs: overviewMs, items: overview.clusters.length, zoomUsed: overview.zoom },
    deepZoom9: { answerMs: deepMs, items: deep.clusters.length, zoomUsed: deep.zoom },
  };
}

console.log(
  JSON.stringify(
    { node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, runs: RUNS, results },
    null,
    2,
  ),
);
