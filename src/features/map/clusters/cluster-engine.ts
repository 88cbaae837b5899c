/**
 * The cluster worker's logic, kept free of the worker so that Node tests and benchmarks run it as
 * is. Messages are taken in (`receive`) and answered later (`flush`): between two flushes, a filter
 * brushed ten times rebuilds the index once, and of ten queries only the latest is answered.
 */
import Supercluster from 'supercluster';
import {
  MAX_ELEMENTS,
  clampBbox,
  packClusters,
  transferablesOf,
  type ClusterItem,
  type FromWorker,
  type ToWorker,
} from './cluster-protocol.ts';

/** Cluster radius in screen pixels: with extent 256, supercluster's pixels are Leaflet's. */
export const CLUSTER_RADIUS_PX = 40;
const EXTENT = 256;

interface PointProps {
  /** Index of the site in SitePoints. */
  i: number;
  /** Its matching rows. */
  w: number;
}
interface ClusterProps {
  w: number;
}
type Feature = Supercluster.PointFeature<PointProps>;

export interface Flushed {
  messages: { message: FromWorker; transfer: ArrayBuffer[] }[];
}

export interface ClusterEngine {
  receive(message: ToWorker): void;
  /** Whether a flush would do anything. */
  readonly pending: boolean;
  /** Rebuilds the index if the data changed and answers the pending requests. */
  flush(): Flushed;
  /** Queries dropped because a newer one came before they were answered (for tests). */
  readonly dropped: number;
}

export function createSupercluster(maxZoom: number): Supercluster<PointProps, ClusterProps> {
  return new Supercluster<PointProps, ClusterProps>({
    radius: CLUSTER_RADIUS_PX,
    extent: EXTENT,
    minZoom: 0,
    maxZoom,
    map: (p) => ({ w: p.w }),
    reduce: (acc, p) => {
      acc.w += p.w;
    },
  });
}

export function createClusterEngine(now: () => number = () => performance.now()): ClusterEngine {
  let features: Feature[] = [];
  let maxZoom = 0;
  let matching: Uint32Array | null = null;
  let dirty = false;
  let index: Supercluster<PointProps, ClusterProps> | null = null;
  let generation = 0;
  let query: Extract<ToWorker, { type: 'query' }> | null = null;
  let leaves: Extract<ToWorker, { type: 'leaves' }> | null = null;
  let dropped = 0;

  const rebuild = (): number | null => {
    if (!dirty) return null;
    dirty = false;
    const start = now();
    generation += 1;
    index = null;
    if (!matching) return null;
    if (matching.length !== features.length)
      throw new Error(
        `The filter counts (${matching.length}) do not match the sites (${features.length}).`,
      );
    const kept: Feature[] = [];
    for (let i = 0; i < features.length; i++) {
      const w = matching[i]!;
      const f = features[i]!;
      // A site the other filters leave empty is not drawn; nor is one without usable coordinates.
      if (w === 0 || !Number.isFinite(f.geometry.coordinates[0])) continue;
      f.properties.w = w;
      kept.push(f);
    }
    index = createSupercluster(maxZoom).load(kept);
    return now() - start;
  };

  const answerQuery = (
    q: Extract<ToWorker, { type: 'query' }>,
    buildMs: number | null,
  ): Flushed['messages'][number] => {
    const start = now();
    const bbox = clampBbox(q.bbox) as [number, number, number, number];
    let zoom = Math.max(0, Math.min(maxZoom + 1, Math.floor(q.zoom)));
    let found = index ? index.getClusters(bbox, zoom) : [];
    // A view denser than the element budget is shown at a coarser zoom: bigger clusters, fewer of them.
    while (index && found.length > MAX_ELEMENTS && zoom > 0) {
      zoom -= 1;
      found = index.getClusters(bbox, zoom);
    }
    const truncated = found.length > MAX_ELEMENTS;
    const items = found.map((f): ClusterItem => itemOf(f, index!));
    if (truncated) items.sort((a, b) => b.weight - a.weight).splice(MAX_ELEMENTS);
    const clusters = packClusters(items);
    return {
      message: {
        type: 'clusters',
        requestId: q.requestId,
        generation,
        zoom,
        clusters,
        truncated,
        buildMs,
        queryMs: now() - start,
      },
      transfer: transferablesOf(clusters),
    };
  };

  const answerLeaves = (l: Extract<ToWorker, { type: 'leaves' }>): Flushed['messages'][number] => {
    const current = index && l.generation === generation;
    const found = current ? index!.getLeaves(l.clusterId, l.limit) : [];
    const total = current ? pointCountOf(index!, l.clusterId) : 0;
    const sites = Uint32Array.from(found, (f) => (f.properties as PointProps).i);
    return {
      message: { type: 'leaves', requestId: l.requestId, clusterId: l.clusterId, sites, total },
      transfer: [sites.buffer as ArrayBuffer],
    };
  };

  return {
    receive(message) {
      switch (message.type) {
        case 'points': {
          const { lat, lon } = message;
          if (lat.length !== lon.length)
            throw new Error(`Latitudes (${lat.length}) and longitudes (${lon.length}) differ.`);
          features = Array.from(lat, (y, i) => ({
            type: 'Feature' as const,
            geometry: { type: 'Point' as const, coordinates: [lon[i]!, y] },
            properties: { i, w: 0 },
          }));
          maxZoom = message.maxZoom;
          matching = null;
          dirty = true;
          return;
        }
        case 'matching':
          matching = message.matching;
          dirty = true;
          return;
        case 'query':
          if (query) dropped += 1;
          query = message;
          return;
        case 'leaves':
          leaves = message;
          return;
      }
    },
    get pending() {
      return query !== null || leaves !== null;
    },
    get dropped() {
      return dropped;
    },
    flush() {
      const messages: Flushed['messages'] = [];
      const q = query;
      const l = leaves;
      query = null;
      leaves = null;
      try {
        const buildMs = rebuild();
        if (q) messages.push(answerQuery(q, buildMs));
        if (l) messages.push(answerLeaves(l));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        messages.push({
          message: { type: 'error', requestId: q?.requestId ?? l?.requestId ?? null, message },
          transfer: [],
        });
      }
      return { messages };
    },
  };
}

function itemOf(
  f: Supercluster.ClusterFeature<ClusterProps> | Supercluster.PointFeature<PointProps>,
  index: Supercluster<PointProps, ClusterProps>,
): ClusterItem {
  const [lon, lat] = f.geometry.coordinates as [number, number];
  const p = f.properties;
  if ('cluster' in p && p.cluster) {
    return {
      lon,
      lat,
      weight: p.w,
      pointCount: p.point_count,
      id: p.cluster_id,
      expansionZoom: index.getClusterExpansionZoom(p.cluster_id),
    };
  }
  const point = p as PointProps;
  return { lon, lat, weight: point.w, pointCount: 1, id: point.i, expansionZoom: 0 };
}

/** Sites in a cluster, from its children (supercluster has no direct lookup by id). */
function pointCountOf(index: Supercluster<PointProps, ClusterProps>, clusterId: number): number {
  return index
    .getChildren(clusterId)
    .reduce(
      (n, c) =>
        n + ('cluster' in c.properties && c.properties.cluster ? c.properties.point_count : 1),
      0,
    );
}
