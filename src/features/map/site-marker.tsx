import { useEffect, useRef } from 'react';
import { Circle, CircleMarker, Tooltip } from 'react-leaflet';
import type { CircleMarker as LeafletCircleMarker, Tooltip as LeafletTooltip } from 'leaflet';
import type { SiteSummary } from '../../domain/sites.ts';
import { markerRadius } from '../../domain/sites.ts';
import { isAdditive } from '../../components/keys.ts';
import { DEEP_TYPES, PRECISION_RADIUS_M, TYPE_COLOURS } from './type-style.ts';

interface Props {
  summary: SiteSummary;
  selected: boolean;
  dimmed: boolean;
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
 */
export function SiteMarker({
  summary,
  selected,
  dimmed,
  presenting,
  typeLabel,
  onSelect,
  labelled = true,
}: Props) {
  const { site } = summary;
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
  });

  const radiusM = PRECISION_RADIUS_M[site.precision];
  const scale = presenting ? 1.5 : 1;
  return (
    <>
      {radiusM > 0 && (
        <Circle
          ref={area as never}
          center={[site.lat, site.lon]}
          radius={radiusM}
          interactive={false}
          className="site-area"
          pathOptions={{
            color: colour,
            weight: 1.5,
            dashArray: '5 5',
            fillColor: colour,
            fillOpacity: 0.12,
          }}
        />
      )}
      <CircleMarker
        ref={marker}
        center={[site.lat, site.lon]}
        radius={markerRadius(summary.projects, scale)}
        className={`site-marker site-marker-${site.id}`}
        bubblingMouseEvents={false}
        pathOptions={
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
              }
        }
        eventHandlers={{
          click: (e) => {
            const me = e.originalEvent;
            onSelect(site.id, isAdditive(me));
          },
        }}
      >
        {labelled && (
          <Tooltip
            ref={label}
            permanent
            direction="right"
            offset={[markerRadius(summary.projects, scale) + 2, 0]}
            className={`site-label site-label-${site.id}`}
          >
            <span className="site-label-name">{site.name}</span>
            <span className="site-label-type">{typeLabel}</span>
          </Tooltip>
        )}
      </CircleMarker>
    </>
  );
}
