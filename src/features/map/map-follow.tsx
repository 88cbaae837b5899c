import { useEffect, useRef, type RefObject } from 'react';
import { useMap } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';

export interface MapTarget {
  lat: number;
  lon: number;
  zoom: number;
  /** Changes whenever the same place should be flown to again. */
  key: string;
  /** Shift the place this many pixels left of the centre (room for a caption on the right). */
  offsetX?: number;
}

/** Whether the user asked for less motion: map moves jump instead of flying. */
export const reducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Moves the map to `target` whenever its key changes: a flight, or a jump when motion is reduced. */
export function MapFollow({
  target,
  mapRef,
}: {
  target: MapTarget | null;
  mapRef?: RefObject<LeafletMap | null> | undefined;
}) {
  const map = useMap();
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (!mapRef) return;
    mapRef.current = map;
    return () => {
      mapRef.current = null;
    };
  }, [map, mapRef]);
  // Leaflet measures its container once; entering presenter mode or resizing must re-measure it.
  useEffect(() => {
    const observer = new ResizeObserver(() => map.invalidateSize({ pan: true }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  useEffect(() => {
    if (!target || target.key === last.current) return;
    // The first place a map is asked to show (a shared link to a tour step) is jumped to, not flown to.
    const first = last.current === null;
    last.current = target.key;
    map.invalidateSize({ pan: false });
    const centre = map.unproject(
      map.project([target.lat, target.lon], target.zoom).add([target.offsetX ?? 0, 0]),
      target.zoom,
    );
    // Vector renderers keep the view bounds they last measured; once the move is over (and the
    // container has its final size), a second moveend makes them redraw everything in view.
    const redraw = () =>
      requestAnimationFrame(() => {
        map.invalidateSize({ pan: false });
        map.fire('moveend');
      });
    if (first || reducedMotion()) {
      map.setView(centre, target.zoom, { animate: false });
      redraw();
    } else {
      map.once('moveend', redraw);
      map.flyTo(centre, target.zoom, { duration: 1.1 });
    }
  }, [map, target]);
  return null;
}
