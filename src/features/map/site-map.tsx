import { memo, useCallback, useMemo, useState } from 'react';
import { GeoJSON, MapContainer, Pane, ScaleControl } from 'react-leaflet';
import type { LatLngBoundsExpression, Map as LeafletMap, PathOptions } from 'leaflet';
import type { RefObject } from 'react';
import 'leaflet/dist/leaflet.css';
import './map-controls.css';
import basemap from 'virtual:basemap';
import { SITES_CLIENT, type MarkerType, type SitesModel } from '../../domain/coordinator/index.ts';
import { useAhead } from '../../store/use-model.ts';
import type { MatchingAhead } from './clusters/use-clusters.ts';
import { MapFollow, reducedMotion, type MapTarget } from './map-follow.tsx';
import { SiteMarker } from './site-marker.tsx';
import { OptionalTiles } from './optional-tiles.tsx';
import { LabelDeclutter } from './label-declutter.tsx';
// Cluster layer (large datasets): see clusters/README.md.
import { ClusterLayer } from './clusters/cluster-layer.tsx';

/** India, Japan and the corridor between them. */
export const HOME_BOUNDS: LatLngBoundsExpression = [
  [6, 66],
  [46, 147],
];
const MAX_BOUNDS: LatLngBoundsExpression = [
  [-25, 25],
  [70, 175],
];

const NO_CLIP = { noClip: true } as object;

/** Sites that carry a permanent label, most important first (see `order`). */
const MAX_LABELS = 40;

/**
 * The base map's colours are the theme's custom properties (src/app/styles.css): Leaflet writes them
 * as SVG presentation attributes, where the browser resolves var(), so the map follows light and
 * dark without redrawing. India and Japan are warmer, with a firmer border, than their neighbours.
 */
const countryStyle = (partner: boolean): PathOptions => ({
  color: partner ? 'var(--map-partner-line)' : 'var(--map-land-line)',
  weight: partner ? 1.2 : 0.7,
  fillColor: partner ? 'var(--map-partner)' : 'var(--map-land)',
  fillOpacity: 1,
});

export interface SiteMapProps {
  /** The sites model (shared with the site list and the printed map). */
  sites: SitesModel;
  presenting: boolean;
  target: MapTarget | null;
  tiles: { template: string; attribution: string } | null;
  typeLabel: (type: MarkerType) => string;
  onSelect: (siteId: string, additive: boolean) => void;
  onTileError: () => void;
  label: string;
  mapRef?: RefObject<LeafletMap | null> | undefined;
}

/** The map room: the only place that draws with Leaflet. Props are read once by react-leaflet, so
 * movement goes through MapFollow and styling through each marker's own updates. Memoised: a
 * gesture that leaves the sites model as it was does not reach Leaflet at all. */
export const SiteMap = memo(function SiteMap({
  sites,
  presenting,
  target,
  tiles,
  typeLabel,
  onSelect,
  onTileError,
  label,
  mapRef,
}: SiteMapProps) {
  // Past CLUSTER_THRESHOLD sites, clusters (computed in a worker) replace the per-site markers. The
  // worker gets a gesture's counts as soon as the gesture's frame has painted, and clusters while the
  // views render.
  const clustered = sites.cluster;
  const sitesAhead = useAhead(SITES_CLIENT);
  const ahead = useCallback<MatchingAhead>(
    (post) => sitesAhead((m) => m.cluster && post(m.cluster.points, m.cluster.matching)),
    [sitesAhead],
  );
  const { summaries, order, selected } = sites;
  const byId = useMemo(() => new Map(summaries.map((s) => [s.site.id, s])), [summaries]);
  const dimmedIds = useMemo(
    () => summaries.filter((s) => s.dimmed).map((s) => s.site.id),
    [summaries],
  );
  // Permanent labels for the most important sites only: hundreds of labels would cover the map,
  // and each costs Leaflet a layout on every move. The site list names every site.
  const labelledOrder = useMemo(() => order.slice(0, MAX_LABELS), [order]);
  const labelledSet = useMemo(() => new Set(labelledOrder), [labelledOrder]);
  // States first, then cities, exact sites last: in SVG the last drawn is on top and clickable.
  const drawn = useMemo(
    () => (clustered ? [] : sites.drawOrder.flatMap((id) => byId.get(id) ?? [])),
    [clustered, sites.drawOrder, byId],
  );
  // Leaflet reads these options once, when the map is made: asked once (matchMedia on every render
  // cost ~1 ms a filter).
  const [animate] = useState(() => !reducedMotion());
  const style = useMemo(
    () => (feature?: { properties?: { partner?: boolean } }) =>
      countryStyle(Boolean(feature?.properties?.partner)),
    [],
  );
  return (
    <MapContainer
      className="site-map"
      bounds={HOME_BOUNDS}
      maxBounds={MAX_BOUNDS}
      minZoom={2}
      maxZoom={9}
      zoomSnap={0.25}
      attributionControl={false}
      worldCopyJump={false}
      // Under prefers-reduced-motion the +/− buttons, the wheel and the markers jump, not glide.
      zoomAnimation={animate}
      fadeAnimation={animate}
      markerZoomAnimation={animate}
      aria-label={label}
    >
      <Pane name="basemap" style={{ zIndex: 200 }}>
        {/* noClip: a country outline is drawn whole, not clipped to the view as it was at the last
            redraw (which left bands of the base map blank after a resize and a flight). */}
        <GeoJSON data={basemap} style={style} interactive={false} {...NO_CLIP} />
      </Pane>
      {tiles && (
        <OptionalTiles
          template={tiles.template}
          attribution={tiles.attribution}
          onError={onTileError}
        />
      )}
      {clustered && (
        <ClusterLayer
          points={clustered.points}
          matching={clustered.matching}
          selected={selected}
          onSelect={onSelect}
          ahead={ahead}
        />
      )}
      {drawn.map((s) => (
        <SiteMarker
          key={s.site.id}
          summary={s}
          labelled={labelledSet.has(s.site.id)}
          presenting={presenting}
          typeLabel={typeLabel(s.type)}
          onSelect={onSelect}
        />
      ))}
      <ScaleControl position="bottomleft" imperial={false} />
      <MapFollow target={target} mapRef={mapRef} />
      {!clustered && (
        <LabelDeclutter order={labelledOrder} dimmed={dimmedIds} hideDimmed={presenting} />
      )}
    </MapContainer>
  );
});
