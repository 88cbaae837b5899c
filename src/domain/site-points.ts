/**
 * Sites as columns, for maps with many points: the cluster layer (src/features/map/clusters) reads
 * these instead of one SiteSummary per site once a dataset has more than a thousand sites.
 */

/** Every site of a dataset as columns, for maps with many points (index k = the engine's site code k). */
export interface SitePoints {
  readonly length: number;
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  /** Projects at the site, unfiltered (marker/cluster size). */
  readonly projects: Uint32Array;
}
