import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CLUSTER_THRESHOLD,
  MAX_ELEMENTS,
  clampBbox,
  clusterAt,
  createRequestTracker,
  packClusters,
  shouldCluster,
  transferablesOf,
  type ClusterItem,
} from '../../src/features/map/clusters/cluster-protocol.ts';
import {
  clusterRadius,
  compactCount,
  fullCount,
  pointRadius,
} from '../../src/features/map/clusters/cluster-style.ts';

const item = fc.record({
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  weight: fc.integer({ min: 0, max: 2 ** 40 }),
  pointCount: fc.integer({ min: 1, max: 2 ** 32 - 1 }),
  id: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  expansionZoom: fc.integer({ min: 0, max: 255 }),
});

describe('cluster threshold', () => {
  it('clusters above the threshold (well under a thousand sites), never at or below', () => {
    expect(CLUSTER_THRESHOLD).toBeLessThanOrEqual(1000);
    expect(shouldCluster(9)).toBe(false);
    expect(shouldCluster(CLUSTER_THRESHOLD)).toBe(false);
    expect(shouldCluster(CLUSTER_THRESHOLD + 1)).toBe(true);
    expect(shouldCluster(100_000)).toBe(true);
    expect(MAX_ELEMENTS).toBeLessThanOrEqual(1000);
  });
});

describe('packed clusters', () => {
  it('round-trips every item through the columns', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 50 }), (items: ClusterItem[]) => {
        const packed = packClusters(items);
        expect(packed.length).toBe(items.length);
        expect(items.map((_, k) => clusterAt(packed, k))).toEqual(items);
      }),
    );
  });

  it('transfers six distinct buffers, one per column', () => {
    const packed = packClusters([
      { lon: 72.6, lat: 22.3, weight: 5, pointCount: 3, id: 100_123, expansionZoom: 6 },
    ]);
    const buffers = transferablesOf(packed);
    expect(buffers).toHaveLength(6);
    expect(new Set(buffers).size).toBe(6);
    const { port1 } = new MessageChannel();
    port1.postMessage(packed, buffers);
    port1.close();
    // Transferred: the sender's arrays are detached.
    expect(packed.lon.length).toBe(0);
  });

  it('packs an empty answer', () => {
    const packed = packClusters([]);
    expect(packed.length).toBe(0);
    expect(transferablesOf(packed).every((b) => b.byteLength === 0)).toBe(true);
  });
});

describe('request tracker', () => {
  it('accepts only the answer to the latest request', () => {
    const tracker = createRequestTracker();
    const first = tracker.next();
    const second = tracker.next();
    expect(second).toBeGreaterThan(first);
    expect(tracker.isLatest(first)).toBe(false);
    expect(tracker.isLatest(second)).toBe(true);
    // Answers arriving out of order change nothing: the older one is still stale.
    expect(tracker.isLatest(first)).toBe(false);
  });

  it('never repeats an id', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (n) => {
        const tracker = createRequestTracker();
        const ids = Array.from({ length: n }, () => tracker.next());
        expect(new Set(ids).size).toBe(n);
        expect(ids.filter((id) => tracker.isLatest(id))).toEqual([ids.at(-1)]);
      }),
    );
  });
});

describe('bbox', () => {
  it('clamps a padded view to the world', () => {
    expect(clampBbox([-200, -95, 190, 91])).toEqual([-180, -90, 180, 90]);
    expect(clampBbox([66, 6, 147, 46])).toEqual([66, 6, 147, 46]);
  });
});

describe('cluster style', () => {
  it('grows a cluster with the square root of its share of the heaviest', () => {
    const small = clusterRadius(0, 10_000);
    const quarter = clusterRadius(2_500, 10_000);
    const full = clusterRadius(10_000, 10_000);
    expect(small).toBeLessThan(quarter);
    expect(quarter).toBeLessThan(full);
    // sqrt: a quarter of the weight reaches half of the range.
    expect(Math.abs(quarter - small - (full - small) / 2)).toBeLessThanOrEqual(0.5);
    expect(clusterRadius(5, 0)).toBe(small);
  });

  it('keeps single sites small', () => {
    expect(pointRadius(0)).toBe(4);
    expect(pointRadius(1)).toBeLessThan(pointRadius(30));
    expect(pointRadius(1_000_000)).toBe(9);
  });

  it('writes counts short inside a cluster and in full in its label', () => {
    expect(compactCount(950, 'en')).toBe('950');
    expect(compactCount(1234, 'en')).toBe('1.2K');
    expect(compactCount(35_000, 'en')).toBe('35K');
    expect(fullCount(12_345, 'en')).toBe('12,345');
  });
});
