import { describe, expect, it } from 'vitest';
import { createClusterEngine } from '../../src/features/map/clusters/cluster-engine.ts';
import {
  MAX_ELEMENTS,
  clusterAt,
  type Bbox,
  type FromWorker,
  type ToWorker,
} from '../../src/features/map/clusters/cluster-protocol.ts';
import type { SitePoints } from '../../src/domain/site-points.ts';
import { synthMatching, synthSitePoints } from '../../tools/lib/synth-site-points.ts';

const HOME: Bbox = [66, 6, 147, 46];
const WORLD: Bbox = [-180, -90, 180, 90];

function loaded(points: SitePoints, matching: Uint32Array, maxZoom = 8) {
  const engine = createClusterEngine();
  engine.receive({ type: 'points', lat: points.lat.slice(), lon: points.lon.slice(), maxZoom });
  engine.receive({ type: 'matching', matching: matching.slice() });
  return engine;
}

let nextId = 1;
function ask(engine: ReturnType<typeof createClusterEngine>, bbox: Bbox, zoom: number) {
  engine.receive({ type: 'query', requestId: nextId++, bbox, zoom });
  const [answer] = engine.flush().messages;
  if (answer?.message.type !== 'clusters') throw new Error(JSON.stringify(answer?.message));
  return answer.message;
}

const items = (m: Extract<FromWorker, { type: 'clusters' }>) =>
  Array.from({ length: m.clusters.length }, (_, k) => clusterAt(m.clusters, k));

const tiny: SitePoints = {
  length: 4,
  ids: ['a', 'b', 'c', 'd'],
  names: ['A', 'B', 'C', 'D'],
  lat: Float64Array.from([22.3, 22.31, 35.7, 12.9]),
  lon: Float64Array.from([72.6, 72.61, 139.7, 77.6]),
  projects: Uint32Array.from([3, 1, 2, 5]),
};

describe('cluster engine', () => {
  it('indexes only the sites the filters leave, weighted by their matching rows', () => {
    const engine = loaded(tiny, Uint32Array.from([4, 2, 0, 7]));
    const all = items(ask(engine, WORLD, 0));
    // Site c (matching 0) is not drawn.
    expect(all.reduce((n, c) => n + c.pointCount, 0)).toBe(3);
    expect(all.reduce((n, c) => n + c.weight, 0)).toBe(13);
    // a and b are 1.5 km apart: together at zoom 4, where d (800 km away) stands alone.
    const pair = items(ask(engine, WORLD, 4)).find((c) => c.pointCount === 2);
    expect(pair?.weight).toBe(6);
    expect(pair?.expansionZoom).toBeGreaterThan(0);
    // Fully zoomed in, every site stands alone and carries its index in SitePoints.
    const near = items(ask(engine, [72.5, 22.2, 72.7, 22.4], 9));
    expect(near.map((c) => [c.pointCount, c.id, c.weight]).sort()).toEqual([
      [1, 0, 4],
      [1, 1, 2],
    ]);
  });

  it('answers only the latest of the queries received since the last flush', () => {
    const engine = loaded(tiny, Uint32Array.from([1, 1, 1, 1]));
    engine.receive({ type: 'query', requestId: 101, bbox: HOME, zoom: 3 });
    engine.receive({ type: 'query', requestId: 102, bbox: HOME, zoom: 4 });
    engine.receive({ type: 'query', requestId: 103, bbox: HOME, zoom: 5 });
    expect(engine.pending).toBe(true);
    const { messages } = engine.flush();
    expect(messages.map((m) => m.message.type === 'clusters' && m.message.requestId)).toEqual([
      103,
    ]);
    expect(engine.dropped).toBe(2);
    expect(engine.pending).toBe(false);
    expect(engine.flush().messages).toEqual([]);
  });

  it('rebuilds once for several filter changes between flushes, with the last counts', () => {
    const engine = loaded(tiny, Uint32Array.from([1, 1, 1, 1]));
    ask(engine, WORLD, 0);
    engine.receive({ type: 'matching', matching: Uint32Array.from([9, 0, 0, 0]) });
    engine.receive({ type: 'matching', matching: Uint32Array.from([0, 0, 5, 0]) });
    const answer = ask(engine, WORLD, 0);
    expect(answer.buildMs).not.toBeNull();
    expect(items(answer).map((c) => [c.id, c.weight])).toEqual([[2, 5]]);
    // No change since: the index is reused.
    expect(ask(engine, WORLD, 0).buildMs).toBeNull();
  });

  it('returns the transferable buffers of its answer', () => {
    const engine = loaded(tiny, Uint32Array.from([1, 1, 1, 1]));
    engine.receive({ type: 'query', requestId: 1, bbox: HOME, zoom: 3 });
    const [answer] = engine.flush().messages;
    expect(answer?.transfer).toHaveLength(6);
  });

  it('never answers with more than MAX_ELEMENTS items, even fully zoomed in on a crowd', () => {
    // 20,000 sites within ~2 km: at the deepest zoom far more than the budget would stand alone.
    const n = 20_000;
    const crowd: SitePoints = {
      length: n,
      ids: Array.from({ length: n }, (_, i) => `s${i}`),
      names: Array.from({ length: n }, (_, i) => `S${i}`),
      lat: Float64Array.from({ length: n }, (_, i) => 22.3 + ((i * 7919) % 1000) / 50_000),
      lon: Float64Array.from({ length: n }, (_, i) => 72.6 + ((i * 104_729) % 1000) / 50_000),
      projects: new Uint32Array(n).fill(1),
    };
    const engine = loaded(crowd, new Uint32Array(n).fill(1));
    const answer = ask(engine, [72.5, 22.2, 72.7, 22.4], 9);
    expect(answer.clusters.length).toBeGreaterThan(0);
    expect(answer.clusters.length).toBeLessThanOrEqual(MAX_ELEMENTS);
    expect(answer.zoom).toBeLessThan(9); // answered at a coarser zoom
    expect(items(answer).reduce((s, c) => s + c.pointCount, 0)).toBe(n); // nothing lost
  });

  it('keeps every matching site and row in the answers for 100,000 synthetic sites', () => {
    const points = synthSitePoints(100_000, 7);
    const matching = synthMatching(points, 8);
    const engine = loaded(points, matching);
    let rows = 0;
    let sites = 0;
    for (let i = 0; i < points.length; i++) {
      rows += matching[i]!;
      sites += matching[i]! > 0 ? 1 : 0;
    }
    for (const zoom of [2, 3.5, 5]) {
      const answer = ask(engine, WORLD, zoom);
      expect(answer.clusters.length).toBeLessThanOrEqual(MAX_ELEMENTS);
      expect(items(answer).reduce((s, c) => s + c.pointCount, 0)).toBe(sites);
      expect(items(answer).reduce((s, c) => s + c.weight, 0)).toBe(rows);
    }
  });

  it('lists the sites of a cluster, and nothing for a cluster of an older build', () => {
    const engine = loaded(tiny, Uint32Array.from([1, 1, 1, 1]));
    const answer = ask(engine, WORLD, 4);
    const pair = items(answer).find((c) => c.pointCount === 2);
    expect(pair).toBeDefined();
    const leaves = (generation: number): ToWorker => ({
      type: 'leaves',
      requestId: 1,
      generation,
      clusterId: pair!.id,
      limit: 10,
    });
    engine.receive(leaves(answer.generation));
    const [found] = engine.flush().messages;
    expect(found?.message).toMatchObject({ type: 'leaves', total: 2 });
    if (found?.message.type === 'leaves') expect([...found.message.sites].sort()).toEqual([0, 1]);
    engine.receive({ type: 'matching', matching: Uint32Array.from([1, 1, 1, 2]) });
    ask(engine, WORLD, 4);
    engine.receive(leaves(answer.generation));
    const [expired] = engine.flush().messages;
    expect(expired?.message).toMatchObject({ type: 'leaves', total: 0 });
  });

  it('reports inconsistent input as an error message, not silence', () => {
    const engine = loaded(tiny, Uint32Array.from([1, 1, 1]));
    engine.receive({ type: 'query', requestId: 7, bbox: HOME, zoom: 3 });
    const [answer] = engine.flush().messages;
    expect(answer?.message).toMatchObject({ type: 'error', requestId: 7 });
    expect(answer?.message.type === 'error' && answer.message.message).toMatch(/do not match/);
    expect(() =>
      createClusterEngine().receive({
        type: 'points',
        lat: new Float64Array(2),
        lon: new Float64Array(3),
        maxZoom: 8,
      }),
    ).toThrow(/differ/);
  });

  it('answers an empty view before any data arrives', () => {
    const engine = createClusterEngine();
    engine.receive({ type: 'query', requestId: 1, bbox: HOME, zoom: 3 });
    const [answer] = engine.flush().messages;
    expect(answer?.message).toMatchObject({ type: 'clusters', requestId: 1 });
    if (answer?.message.type === 'clusters') expect(answer.message.clusters.length).toBe(0);
  });
});
