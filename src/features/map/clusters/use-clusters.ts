/**
 * Keeps a cluster worker in step with the map: the sites once per dataset, the matching counts once
 * per filter change, and a query for the view after every move (at most one per frame). Only the
 * answer to the latest query is kept; answers are tied to the SitePoints they were asked for, so a
 * new dataset never shows the old one's clusters.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { SitePoints } from '../../../domain/site-points.ts';
import {
  createRequestTracker,
  type FromWorker,
  type PackedClusters,
  type ToWorker,
} from './cluster-protocol.ts';

/** Clusters are asked for a little beyond the view, so a small pan shows no empty edge. */
const VIEW_PADDING = 0.1;
const LEAVES_LIMIT = 100;
/** For a map without a maximum zoom. */
const DEFAULT_MAX_ZOOM = 16;

export interface ClusterView {
  points: SitePoints;
  clusters: PackedClusters;
  generation: number;
  /** The zoom the clusters were taken at. */
  zoom: number;
}

export interface ClusterLeaves {
  points: SitePoints;
  clusterId: number;
  sites: Uint32Array;
  total: number;
}

export interface ClustersState {
  view: ClusterView | null;
  leaves: ClusterLeaves | null;
  /** Why the worker failed, in its own words; null while it works. */
  error: string | null;
}

const createWorker = () =>
  new Worker(new URL('./cluster-worker.ts', import.meta.url), { type: 'module' });

const messageOf = (error: unknown, fallback: string) =>
  error instanceof Error && error.message ? error.message : fallback;

/** Hands the map's counts for filters not rendered yet to `post`; returns an unsubscribe. */
export type MatchingAhead = (
  post: (points: SitePoints, matching: Uint32Array) => void,
) => () => void;

export function useClusters(
  points: SitePoints,
  matching: Uint32Array,
  ahead?: MatchingAhead,
): ClustersState & { requestLeaves: (clusterId: number, generation: number) => void } {
  const map = useMap();
  const [state, setState] = useState<ClustersState>({ view: null, leaves: null, error: null });
  const worker = useRef<Worker | null>(null);
  const tracker = useRef(createRequestTracker());
  const leavesTracker = useRef(createRequestTracker());
  // The SitePoints each outstanding request was made for.
  const asked = useRef(new Map<number, SitePoints>());
  const current = useRef(points);

  const post = useCallback((message: ToWorker, transfer: Transferable[] = []) => {
    const w = worker.current;
    if (!w) return;
    try {
      w.postMessage(message, transfer);
    } catch (error) {
      setState((s) => ({ ...s, error: messageOf(error, 'The cluster worker is unavailable.') }));
    }
  }, []);

  const request = useCallback(() => {
    const b = map.getBounds().pad(VIEW_PADDING);
    const requestId = tracker.current.next();
    asked.current.clear();
    asked.current.set(requestId, current.current);
    post({
      type: 'query',
      requestId,
      bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      zoom: map.getZoom(),
    });
  }, [map, post]);

  useEffect(() => {
    let w: Worker;
    try {
      w = createWorker();
    } catch (error) {
      // Reported from a callback: the effect itself sets no state.
      queueMicrotask(() =>
        setState((s) => ({ ...s, error: messageOf(error, 'The cluster worker did not start.') })),
      );
      return;
    }
    worker.current = w;
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.type === 'error') {
        if (m.requestId === null || tracker.current.isLatest(m.requestId))
          setState((s) => ({ ...s, error: m.message }));
        return;
      }
      if (m.type === 'leaves') {
        if (!leavesTracker.current.isLatest(m.requestId)) return;
        const pts = current.current;
        setState((s) => ({
          ...s,
          leaves: { points: pts, clusterId: m.clusterId, sites: m.sites, total: m.total },
        }));
        return;
      }
      const pts = asked.current.get(m.requestId);
      if (!tracker.current.isLatest(m.requestId) || !pts) return; // a stale answer
      setState((s) => ({
        ...s,
        view: { points: pts, clusters: m.clusters, generation: m.generation, zoom: m.zoom },
        error: null,
      }));
    };
    w.onerror = (event) => {
      event.preventDefault();
      setState((s) => ({ ...s, error: event.message || 'The cluster worker stopped.' }));
    };
    w.onmessageerror = () =>
      setState((s) => ({
        ...s,
        error: 'The cluster worker sent a message that could not be read.',
      }));
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  // Once per dataset: coordinates as copies, so the caller's columns stay usable after the transfer.
  useEffect(() => {
    current.current = points;
    const lat = points.lat.slice();
    const lon = points.lon.slice();
    // Clustered down to the map's deepest zoom: sites at one place (a city known only by its centre)
    // stay one cluster that lists them, never a stack of markers where only the top one is reachable.
    const deepest = map.getMaxZoom();
    const maxZoom = Number.isFinite(deepest) ? deepest : DEFAULT_MAX_ZOOM;
    post({ type: 'points', lat, lon, maxZoom }, [lat.buffer, lon.buffer]);
  }, [map, points, post]);

  // Once per filter change (and after new points): the counts, then the view again. The counts may
  // have been sent ahead, before the map rendered them: not twice.
  const sent = useRef<Uint32Array | null>(null);
  const postMatching = useCallback(
    (pts: SitePoints, m: Uint32Array) => {
      if (pts !== current.current || m === sent.current) return;
      sent.current = m;
      const copy = m.slice();
      post({ type: 'matching', matching: copy }, [copy.buffer]);
      request();
    },
    [post, request],
  );
  useEffect(() => postMatching(points, matching), [points, matching, postMatching]);
  useEffect(() => ahead?.(postMatching), [ahead, postMatching]);

  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(request);
    };
    map.on('moveend zoomend resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      map.off('moveend zoomend resize', schedule);
    };
  }, [map, request]);

  const requestLeaves = useCallback(
    (clusterId: number, generation: number) =>
      post({
        type: 'leaves',
        requestId: leavesTracker.current.next(),
        generation,
        clusterId,
        limit: LEAVES_LIMIT,
      }),
    [post],
  );

  return { ...state, requestLeaves };
}
