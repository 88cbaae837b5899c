import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Marker, useMap } from 'react-leaflet';
import type { LeafletKeyboardEvent } from 'leaflet';
import type { SitePoints } from '../../../domain/site-points.ts';
import { isAdditive } from '../../../components/keys.ts';
import { plural } from '../../../i18n/i18n.ts';
import { useT } from '../../../i18n/use-t.ts';
import { clusterAt } from './cluster-protocol.ts';
import { clusterRadius, compactCount, fullCount, pointRadius } from './cluster-style.ts';
import { ClusterLeavesPopup, type OpenCluster } from './cluster-leaves.tsx';
import { TextIcon } from './text-icon.ts';
import { useClusters, type MatchingAhead } from './use-clusters.ts';
import './clusters.css';
import { reducedMotion } from '../map-follow.tsx';

const NONE: readonly string[] = [];

const isActivation = (e: LeafletKeyboardEvent) =>
  e.originalEvent.key === 'Enter' || e.originalEvent.key === ' ';

export interface ClusterLayerProps {
  /** Every site of the dataset, as columns. */
  points: SitePoints;
  /** Rows at each site that the other filters leave (length = points.length); 0 = not drawn. */
  matching: Uint32Array;
  /** Selected site ids (the site clause): their markers are drawn as selected. */
  selected?: readonly string[] | undefined;
  /** The map's select-site action: a site's id, and whether Shift, Ctrl or ⌘ adds to the selection. */
  onSelect: (siteId: string, additive: boolean) => void;
  /** Counts of filters not drawn yet, sent to the worker ahead of the render (see useAhead). */
  ahead?: MatchingAhead | undefined;
}

/**
 * The sites of a large dataset, clustered off the main thread: at most ~1,000 markers at a time.
 * A cluster zooms in to where it splits (click, Enter or Space); one that cannot split any further
 * lists its sites. A single site selects like the per-site markers do.
 */
export function ClusterLayer({
  points,
  matching,
  selected = NONE,
  onSelect,
  ahead,
}: ClusterLayerProps) {
  const { t, locale } = useT();
  const map = useMap();
  const { view, leaves, error, requestLeaves } = useClusters(points, matching, ahead);
  const [open, setOpen] = useState<OpenCluster | null>(null);
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const shown = view && view.points === points ? view : null;

  const items = useMemo(() => {
    if (!shown) return [];
    return Array.from({ length: shown.clusters.length }, (_, k) => clusterAt(shown.clusters, k));
  }, [shown]);
  const maxWeight = useMemo(
    () => items.reduce((m, c) => (c.pointCount > 1 ? Math.max(m, c.weight) : m), 0),
    [items],
  );

  // Markers keep one handler for their lifetime; it reads the latest state through this ref.
  const latest = useRef({ shown, points, onSelect });
  useLayoutEffect(() => {
    latest.current = { shown, points, onSelect };
  });
  const expand = useCallback(
    (item: ClusterTarget, keyboard: boolean) => {
      const zoom = map.getZoom();
      const target = Math.min(map.getMaxZoom(), Math.max(item.expansionZoom, Math.floor(zoom) + 1));
      if (target > zoom) {
        // The focused cluster is about to be replaced: keep the keyboard on the map.
        if (keyboard) map.getContainer().focus({ preventScroll: true });
        map.setView([item.lat, item.lon], target, { animate: !reducedMotion() });
        return;
      }
      // Fully zoomed in and still together (sites at one place): list them instead.
      const view = latest.current.shown;
      if (!view) return;
      setOpen({
        clusterId: item.id,
        lat: item.lat,
        lon: item.lon,
        sites: item.pointCount,
        keyboard,
      });
      requestLeaves(item.id, view.generation);
    },
    [map, requestLeaves],
  );
  const select = useCallback((k: number, additive: boolean) => {
    const { points: pts, onSelect: act } = latest.current;
    const id = pts.ids[k];
    if (id !== undefined) act(id, additive);
  }, []);
  const close = useCallback(() => setOpen(null), []);

  return (
    <>
      {items.map((item) =>
        item.pointCount > 1 ? (
          <ClusterMarker
            key={`c${item.id}`}
            id={item.id}
            lat={item.lat}
            lon={item.lon}
            expansionZoom={item.expansionZoom}
            pointCount={item.pointCount}
            radius={clusterRadius(item.weight, maxWeight)}
            text={compactCount(item.weight, locale)}
            label={plural(t, locale, 'map.cluster.label', item.weight, {
              count: fullCount(item.weight, locale),
              sites: fullCount(item.pointCount, locale),
            })}
            onExpand={expand}
          />
        ) : (
          <SiteDot
            key={`s${item.id}`}
            index={item.id}
            lat={item.lat}
            lon={item.lon}
            radius={pointRadius(points.projects[item.id] ?? 0)}
            name={points.names[item.id] ?? ''}
            label={plural(t, locale, 'map.point.label', item.weight, {
              count: fullCount(item.weight, locale),
              name: points.names[item.id] ?? '',
            })}
            selected={selectedSet.has(points.ids[item.id] ?? '')}
            onSelect={select}
          />
        ),
      )}
      {open && (
        <ClusterLeavesPopup
          open={open}
          points={points}
          leaves={
            leaves && leaves.points === points && leaves.clusterId === open.clusterId
              ? leaves
              : null
          }
          onSelect={onSelect}
          onClose={close}
        />
      )}
      {error && (
        <p className="map-notice cluster-notice" role="alert" data-testid="cluster-notice">
          {t('map.clusters.failed', { message: error })}
        </p>
      )}
    </>
  );
}

/** What a cluster's activation needs to know about it. */
interface ClusterTarget {
  id: number;
  lat: number;
  lon: number;
  expansionZoom: number;
  pointCount: number;
}

const ClusterMarker = memo(function ClusterMarker({
  id,
  lat,
  lon,
  expansionZoom,
  pointCount,
  radius,
  text,
  label,
  onExpand,
}: ClusterTarget & {
  radius: number;
  text: string;
  label: string;
  onExpand: (item: ClusterTarget, keyboard: boolean) => void;
}) {
  const position = useMemo(() => [lat, lon] as [number, number], [lat, lon]);
  const icon = useMemo(
    () =>
      new TextIcon({
        className: 'site-cluster',
        size: 2 * radius,
        text,
        attributes: { 'aria-label': label },
      }),
    [radius, text, label],
  );
  const handlers = useMemo(() => {
    const item = { id, lat, lon, expansionZoom, pointCount };
    return {
      click: () => onExpand(item, false),
      keydown: (e: LeafletKeyboardEvent) => {
        if (!isActivation(e)) return;
        e.originalEvent.preventDefault();
        onExpand(item, true);
      },
    };
  }, [id, lat, lon, expansionZoom, pointCount, onExpand]);
  return <Marker position={position} icon={icon} eventHandlers={handlers} keyboard />;
});

const SiteDot = memo(function SiteDot({
  index,
  lat,
  lon,
  radius,
  name,
  label,
  selected,
  onSelect,
}: {
  index: number;
  lat: number;
  lon: number;
  radius: number;
  name: string;
  label: string;
  selected: boolean;
  onSelect: (index: number, additive: boolean) => void;
}) {
  const position = useMemo(() => [lat, lon] as [number, number], [lat, lon]);
  const icon = useMemo(
    () =>
      new TextIcon({
        className: selected ? 'site-marker site-point selected' : 'site-marker site-point',
        size: 2 * radius,
        text: '',
        attributes: { 'aria-label': label, 'aria-pressed': String(selected) },
      }),
    [radius, label, selected],
  );
  const handlers = useMemo(
    () => ({
      click: (e: { originalEvent: MouseEvent }) => onSelect(index, isAdditive(e.originalEvent)),
      keydown: (e: LeafletKeyboardEvent) => {
        if (!isActivation(e)) return;
        e.originalEvent.preventDefault();
        onSelect(index, isAdditive(e.originalEvent));
      },
    }),
    [index, onSelect],
  );
  return <Marker position={position} icon={icon} title={name} eventHandlers={handlers} keyboard />;
});
