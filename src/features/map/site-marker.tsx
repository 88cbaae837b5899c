import { memo, useEffect, useMemo, useRef, type RefObject } from 'react';
import { Circle, CircleMarker, Tooltip } from 'react-leaflet';
import type {
  CircleMarker as LeafletCircleMarker,
  LeafletMouseEvent,
  PathOptions,
  Tooltip as LeafletTooltip,
} from 'leaflet';
import { markerRadius, type SiteSummary } from '../../domain/coordinator/index.ts';
import { isAdditive } from '../../components/keys.ts';
import { DEEP_TYPES, PRECISION_RADIUS_M, TYPE_COLOURS } from '../../components/site-style.ts';
import './map-markers.css';

interface Props {
  summary: SiteSummary;
  presenting: boolean;
  typeLabel: string;
  onSelect: (siteId: string, additive: boolean) => void;
  /** Whether the marker carries its permanent label (the busiest sites only; the list names all). */
  labelled?: boolean;
}

/**
 * One site: a circle marker coloured by type and sized by projects, a permanent label, and for a
 * city- or state-level place a shaded, dashed area so it does not read as an exact site.
 * Dimming fades the marker and its label through their elements' opacity (a CSS transition).
 * Memoised, and its label apart: a filter that leaves a site as it was does not touch it, and one
 * that only fades it does not re-place its label (Leaflet measures a label each time it is updated).
 */
export const SiteMarker = memo(function SiteMarker({
  summary,
  presenting,
  typeLabel,
  onSelect,
  labelled = true,
}: Props) {
  const { site, selected, dimmed } = summary;
  const marker = useRef<LeafletCircleMarker>(null);
  const label = useRef<LeafletTooltip>(null);
  const area = useRef<LeafletCircleMarker>(null);
  const colour = TYPE_COLOURS[summary.type];
  // A deep colour gets a light halo on the dark theme's land (styles.css, .site-deep); an exact
  // site's dot has its rim instead. Set on the elements here: Leaflet reads className only once.
  const deep = DEEP_TYPES.has(summary.type);
  const opacity = dimmed ? '0.18' : '1';

  useEffect(() => {
    marker.current?.getElement()?.classList.toggle('site-deep', deep && site.precision !== 'site');
    area.current?.getElement()?.classList.toggle('site-deep', deep);
    const apply = () => {
      for (const el of [
        marker.current?.getElement(),
        area.current?.getElement(),
        label.current?.getElement(),
      ]) {
        if (el instanceof HTMLElement || el instanceof SVGElement) el.style.opacity = opacity;
      }
    };
    apply();
    // On first mount Leaflet creates the tooltip's element a frame later: apply again then.
    const frame = requestAnimationFrame(apply);
    return () => cancelAnimationFrame(frame);
  }, [deep, site.precision, opacity, labelled]);

  const radiusM = PRECISION_RADIUS_M[site.precision];
  const scale = presenting ? 1.5 : 1;
  const radius = markerRadius(summary.projects, scale);
  const center = useMemo((): [number, number] => [site.lat, site.lon], [site.lat, site.lon]);
  const areaOptions = useMemo(
    (): PathOptions => ({
      color: colour,
      weight: 1.5,
      dashArray: '5 5',
      fillColor: colour,
      fillOpacity: 0.12,
    }),
    [colour],
  );
  const markerOptions = useMemo(
    (): PathOptions =>
      site.precision === 'site'
        ? // An exact site: a solid dot with a rim (dark on the light theme's pale land, light on the
          // dark theme's), distinct on either and on a shared screen.
          {
            color: 'var(--map-rim)',
            weight: selected ? 3.5 : 1.5,
            fillColor: colour,
            fillOpacity: 1,
          }
        : // A city or a state: a hollow, dashed ring in the type's colour, so it never reads as a pin.
          {
            color: selected ? 'var(--map-rim)' : colour,
            weight: selected ? 4 : presenting ? 4 : 3,
            dashArray: '4 3',
            fillColor: colour,
            fillOpacity: 0.18,
          },
    [site.precision, selected, colour, presenting],
  );
  const handlers = useMemo(
    () => ({
      click: (e: LeafletMouseEvent) => onSelect(site.id, isAdditive(e.originalEvent)),
    }),
    [onSelect, site.id],
  );
  return (
    <>
      {radiusM > 0 && (
        <Circle
          ref={area as never}
          center={center}
          radius={radiusM}
          interactive={false}
          className="site-area"
          pathOptions={areaOptions}
        />
      )}
      <CircleMarker
        ref={marker}
        center={center}
        radius={radius}
        className={`site-marker site-marker-${site.id}`}
        bubblingMouseEvents={false}
        pathOptions={markerOptions}
        eventHandlers={handlers}
      >
        {labelled && (
          <SiteLabel
            labelRef={label}
            id={site.id}
            name={site.name}
            typeLabel={typeLabel}
            offset={radius + 2}
          />
        )}
      </CircleMarker>
    </>
  );
});

const SiteLabel = memo(function SiteLabel({
  labelRef,
  id,
  name,
  typeLabel,
  offset,
}: {
  labelRef: RefObject<LeafletTooltip | null>;
  id: string;
  name: string;
  typeLabel: string;
  offset: number;
}) {
  const point = useMemo((): [number, number] => [offset, 0], [offset]);
  return (
    <Tooltip
      ref={labelRef}
      permanent
      direction="right"
      offset={point}
      className={`site-label site-label-${id}`}
    >
      <span className="site-label-name">{name}</span>
      <span className="site-label-type">{typeLabel}</span>
    </Tooltip>
  );
});
