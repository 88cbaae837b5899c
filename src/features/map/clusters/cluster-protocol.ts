/**
 * What the map and its cluster worker say to each other. Answers are flat typed arrays (one column
 * per field), so ~1,000 clusters cross the thread boundary as six transferred buffers, not as
 * thousands of small objects. Pure: no DOM, no Leaflet, no supercluster.
 */

/**
 * Above this many sites the map clusters them in a worker instead of drawing one marker per site.
 * One React/SVG marker per site re-renders on every brush: at 1,000 sites that cost ~250 ms a brush
 * (bench), so clustering starts well before the page would hold ~1,000 markers.
 */
export const CLUSTER_THRESHOLD = 250;
/** The most clusters and single sites the map holds at once (markers are DOM elements). */
export const MAX_ELEMENTS = 1000;

/** Whether a dataset with `sites` sites is drawn through the cluster layer. */
export const shouldCluster = (sites: number): boolean => sites > CLUSTER_THRESHOLD;

/** [west, south, east, north] in degrees. */
export type Bbox = readonly [number, number, number, number];

export type ToWorker =
  /** Once per dataset: the sites' coordinates (copies, transferred). Index k is site k. */
  | { type: 'points'; lat: Float64Array; lon: Float64Array; maxZoom: number }
  /** Per filter change: rows at each site that the other filters leave (a copy, transferred). */
  | { type: 'matching'; matching: Uint32Array }
  /** The clusters in view. Only the latest query is answered; older ones are dropped. */
  | { type: 'query'; requestId: number; bbox: Bbox; zoom: number }
  /** Some sites of one cluster (for a cluster that zooming cannot split). */
  | { type: 'leaves'; requestId: number; generation: number; clusterId: number; limit: number };

/** Clusters and single sites as columns; entry k of every array describes the same item. */
export interface PackedClusters {
  readonly length: number;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Rows the other filters leave, summed over the item's sites. */
  readonly weight: Float64Array;
  /** Sites in the item: 1 for a single site, 2 or more for a cluster. */
  readonly pointCount: Uint32Array;
  /** A cluster's supercluster id, or a single site's index in SitePoints. */
  readonly id: Uint32Array;
  /** The zoom at which a cluster splits into smaller ones; 0 for a single site. */
  readonly expansionZoom: Uint8Array;
}

export interface ClusterItem {
  lon: number;
  lat: number;
  weight: number;
  pointCount: number;
  id: number;
  expansionZoom: number;
}

export type FromWorker =
  | {
      type: 'clusters';
      requestId: number;
      /** Index build the clusters come from: a cluster id means something only within it. */
      generation: number;
      /** The zoom the clusters were taken at (coarser than asked when the view held too many). */
      zoom: number;
      clusters: PackedClusters;
      /** More than MAX_ELEMENTS even at the coarsest zoom: the heaviest were kept. */
      truncated: boolean;
      /** Time spent rebuilding the index for this answer (null: reused) and answering it, in ms. */
      buildMs: number | null;
      queryMs: number;
    }
  | {
      type: 'leaves';
      requestId: number;
      clusterId: number;
      /** Site indices, at most the limit asked for; empty when the cluster is from an older build. */
      sites: Uint32Array;
      total: number;
    }
  | { type: 'error'; requestId: number | null; message: string };

export function packClusters(items: readonly ClusterItem[]): PackedClusters {
  const n = items.length;
  const packed = {
    length: n,
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    weight: new Float64Array(n),
    pointCount: new Uint32Array(n),
    id: new Uint32Array(n),
    expansionZoom: new Uint8Array(n),
  };
  items.forEach((item, k) => {
    packed.lon[k] = item.lon;
    packed.lat[k] = item.lat;
    packed.weight[k] = item.weight;
    packed.pointCount[k] = item.pointCount;
    packed.id[k] = item.id;
    packed.expansionZoom[k] = item.expansionZoom;
  });
  return packed;
}

export function clusterAt(packed: PackedClusters, k: number): ClusterItem {
  return {
    lon: packed.lon[k] ?? NaN,
    lat: packed.lat[k] ?? NaN,
    weight: packed.weight[k] ?? 0,
    pointCount: packed.pointCount[k] ?? 0,
    id: packed.id[k] ?? 0,
    expansionZoom: packed.expansionZoom[k] ?? 0,
  };
}

/** The buffers to transfer with a packed answer (the arrays are unusable in the sender afterwards). */
export const transferablesOf = (packed: PackedClusters): ArrayBuffer[] =>
  [packed.lon, packed.lat, packed.weight, packed.pointCount, packed.id, packed.expansionZoom].map(
    (a) => a.buffer as ArrayBuffer,
  );

/**
 * Numbers requests so that only the answer to the latest one is used: an answer that arrives after
 * a newer request was sent describes a view (or a filter state) that is already gone.
 */
export interface RequestTracker {
  next(): number;
  isLatest(requestId: number): boolean;
}

export function createRequestTracker(): RequestTracker {
  let latest = 0;
  return {
    next: () => ++latest,
    isLatest: (requestId) => requestId === latest,
  };
}

/** A bbox clamped to the world, with the west–east order Leaflet gives for views that do not wrap. */
export function clampBbox([west, south, east, north]: Bbox): Bbox {
  const lon = (x: number) => Math.max(-180, Math.min(180, x));
  const lat = (y: number) => Math.max(-90, Math.min(90, y));
  return [lon(west), lat(south), lon(east), lat(north)];
}
