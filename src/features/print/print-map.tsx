/**
 * The map as it prints. Leaflet draws for a screen (panes, transforms, a view that may be anywhere)
 * and prints badly, so a print gets this SVG instead: the same base map and the same sites, in a
 * fixed projection of the India–Japan frame. Sites matching the filters take their type's colour,
 * the others are grey; the most important carry their names. Loaded after the first view and
 * rendered only while printing (print-brief.tsx).
 */
import { useMemo } from 'react';
import basemap from 'virtual:basemap';
import {
  SITES_CLIENT,
  markerRadius,
  type MarkerType,
  type SiteSummary,
  type SitesModel,
} from '../../domain/coordinator/index.ts';
import { useModel } from '../../store/use-model.ts';
import { useT } from '../../i18n/use-t.ts';
import { formatCount } from '../../domain/format.ts';
import type { MessageKey } from '../../i18n/i18n.ts';
import { PRECISION_RADIUS_M, TYPE_COLOURS } from '../../components/site-style.ts';
import {
  PRINT_FRAME,
  equirectangular,
  geometryPath,
  placeLabels,
  type PlacedLabel,
} from './projection.ts';

/** The drawing's width in SVG units; the page scales it to the printable width. */
const WIDTH = 680;
const LABEL_SIZE = 10;
/** Names on the map: the most important sites only, as on screen (the rest keep their dots). */
const MAX_LABELS = 16;
/** Markers at about half their screen size: the printed map is a third of the screen map's scale. */
const MARKER_SCALE = 0.55;
const KM_PER_DEGREE = 111.32;
const DIMMED = '#b3bac6';

const projection = equirectangular(PRINT_FRAME, WIDTH);
const HEIGHT = Math.round(projection.height);

/** Country outlines never change: projected once per page, at the first print. */
let outlines: { id: string; d: string; partner: boolean }[] | null = null;
function countryOutlines() {
  outlines ??= basemap.features
    .map((f) => ({
      id: f.properties.id,
      d: geometryPath(f.geometry, projection),
      partner: f.properties.partner,
    }))
    .filter((o) => o.d !== '')
    // The partners last: their firmer border is drawn over their neighbours'.
    .sort((a, b) => Number(a.partner) - Number(b.partner));
  return outlines;
}

interface DrawnSite {
  summary: SiteSummary;
  x: number;
  y: number;
  r: number;
  /** Radius of the shaded area of a place known only to its state (0: none). */
  area: number;
  dimmed: boolean;
}

interface MapDrawing {
  sites: DrawnSite[];
  /** Sites not drawn as markers (large ledgers): one small square per occupied 2-pixel cell. */
  dots: string;
}

/** The sites model (the one the screen map and its list draw) projected onto the page. */
function mapDrawing(model: SitesModel): MapDrawing {
  const rank = new Map(model.drawOrder.map((id, i) => [id, i]));
  const sites = model.summaries
    .map((s): DrawnSite => {
      const [x, y] = projection.project(s.site.lon, s.site.lat);
      const r = markerRadius(s.projects, MARKER_SCALE);
      const areaKm = PRECISION_RADIUS_M[s.site.precision] / 1000;
      const area = (areaKm / KM_PER_DEGREE) * projection.scale;
      return { summary: s, x, y, r, area: area > r ? area : 0, dimmed: s.dimmed };
    })
    // A ledger's site may lie outside the India–Japan frame: off the printed map, so not drawn.
    .filter((s) => s.x >= 0 && s.y >= 0 && s.x <= WIDTH && s.y <= HEIGHT)
    // Grey under colour; then the screen map's drawing order (areas under rings under exact sites).
    .sort(
      (a, b) =>
        Number(b.dimmed) - Number(a.dimmed) ||
        (rank.get(a.summary.site.id) ?? 0) - (rank.get(b.summary.site.id) ?? 0),
    );

  let dots = '';
  if (model.cluster) {
    const drawn = new Set(model.summaries.map((s) => s.site.id));
    const { points } = model.cluster;
    const cells = new Set<string>();
    for (let k = 0; k < points.length; k++) {
      if (drawn.has(points.ids[k]!)) continue;
      const [x, y] = projection.project(points.lon[k]!, points.lat[k]!);
      if (x < 0 || y < 0 || x > WIDTH || y > HEIGHT) continue;
      const cell = `${Math.floor(x / 2) * 2} ${Math.floor(y / 2) * 2}`;
      if (cells.has(cell)) continue;
      cells.add(cell);
      dots += `M${cell}h1.6v1.6h-1.6z`;
    }
  }
  return { sites, dots };
}

const ringDash = '3 2';

export function PrintMap() {
  const { t, locale } = useT();
  const sites = useModel(SITES_CLIENT, 'deferred');
  const model = useMemo(() => mapDrawing(sites), [sites]);
  const labels = useMemo(() => {
    // The screen map's order of importance: selected, then matching, then the busiest.
    const rank = new Map(sites.order.map((id, i) => [id, i]));
    const at = (s: DrawnSite) => rank.get(s.summary.site.id) ?? 0;
    return placeLabels(
      model.sites
        .filter((s) => !s.dimmed)
        .sort((a, b) => at(a) - at(b))
        .slice(0, MAX_LABELS)
        .map((s) => ({
          id: s.summary.site.id,
          text: s.summary.site.name,
          x: s.x,
          y: s.y,
          r: s.r,
        })),
      { width: WIDTH, height: HEIGHT },
      LABEL_SIZE,
      model.sites,
    );
  }, [model, sites.order]);
  const typeLabel = (type: MarkerType) =>
    t(type === 'event' ? 'map.type.event' : (`type.${type}` as MessageKey));
  const shown = new Set(model.sites.filter((s) => !s.dimmed).map((s) => s.summary.type));
  // The legend's order (TYPE_PRIORITY, events last), for the types drawn in colour.
  const types = sites.types.filter((type) => shown.has(type));
  // The grey squares of a large ledger are explained by their own note, not by the legend.
  const anyDimmed = model.sites.some((s) => s.dimmed);
  const anyArea = model.sites.some((s) => s.summary.site.precision !== 'site');

  return (
    <section
      className="print-only print-map"
      data-testid="print-map"
      aria-labelledby="print-map-title"
    >
      <div className="print-map-head">
        <h2 id="print-map-title">{t('map.title')}</h2>
        <p>
          {t('print.map.count', {
            count: formatCount(sites.matchingSites, locale),
            total: formatCount(sites.totalSites, locale),
          })}
        </p>
      </div>
      <figure className="print-map-figure">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width={WIDTH}
          height={HEIGHT}
          role="img"
          aria-label={t('map.region')}
          fontFamily="inherit"
        >
          <rect width={WIDTH} height={HEIGHT} fill="var(--map-sea, #e4eef7)" />
          {countryOutlines().map((o) => (
            <path
              key={o.id}
              d={o.d}
              fillRule="evenodd"
              fill={o.partner ? 'var(--map-partner, #f6f1e6)' : 'var(--map-land, #eceef2)'}
              stroke={
                o.partner ? 'var(--map-partner-line, #6f7c95)' : 'var(--map-land-line, #a9b3c4)'
              }
              strokeWidth={o.partner ? 0.8 : 0.5}
              strokeLinejoin="round"
            />
          ))}
          {model.dots && <path d={model.dots} fill={DIMMED} />}
          {model.sites.map((s) => {
            const colour = s.dimmed ? DIMMED : TYPE_COLOURS[s.summary.type];
            const exact = s.summary.site.precision === 'site';
            return (
              <g key={s.summary.site.id} data-site={s.summary.site.id} data-dimmed={s.dimmed}>
                {s.area > 0 && (
                  <circle
                    cx={s.x}
                    cy={s.y}
                    r={s.area}
                    fill={colour}
                    fillOpacity={0.12}
                    stroke={colour}
                    strokeWidth={0.8}
                    strokeDasharray={ringDash}
                  />
                )}
                <circle
                  cx={s.x}
                  cy={s.y}
                  r={s.r}
                  fill={colour}
                  fillOpacity={exact ? 1 : 0.3}
                  stroke={exact ? 'var(--map-rim, #0d1730)' : colour}
                  strokeWidth={exact ? 0.8 : 1.6}
                  strokeDasharray={exact ? undefined : ringDash}
                />
              </g>
            );
          })}
          {labels.map((l) => (
            // A pale box behind the name, as on screen (a stroked halo would print the text twice).
            <g key={l.id} className="print-map-label">
              <rect
                x={labelLeft(l) - 1.5}
                y={l.y - l.height / 2}
                width={l.width + 3}
                height={l.height}
                rx={2}
                fill="#ffffff"
                fillOpacity={0.85}
              />
              <text
                x={l.x}
                y={l.y}
                dy="0.35em"
                textAnchor={l.anchor}
                fontSize={LABEL_SIZE}
                fontWeight={600}
                fill="var(--ink, #14213d)"
              >
                {l.text}
              </text>
            </g>
          ))}
        </svg>
        <ul className="print-map-legend" data-testid="print-map-legend">
          {types.map((type) => (
            <li key={type}>
              <Swatch colour={TYPE_COLOURS[type]} />
              {typeLabel(type)}
            </li>
          ))}
          {anyDimmed && (
            <li>
              <Swatch colour={DIMMED} />
              {t('print.map.legendDimmed')}
            </li>
          )}
          {anyArea && (
            <li>
              <Swatch colour="var(--ink-soft, #44506a)" dashed />
              {t('print.map.legendArea')}
            </li>
          )}
        </ul>
        {sites.many && (
          <p className="print-map-note">
            {t('print.map.busiest', {
              shown: formatCount(model.sites.length, locale),
              total: formatCount(sites.totalSites, locale),
            })}
          </p>
        )}
        <p className="print-map-note">{t('map.attribution')}</p>
      </figure>
    </section>
  );
}

const labelLeft = (l: PlacedLabel) =>
  l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - l.width : l.x - l.width / 2;

/** A legend mark drawn in SVG: a CSS background would not print without "background graphics". */
function Swatch({ colour, dashed = false }: { colour: string; dashed?: boolean }) {
  return (
    <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
      <circle
        cx="5"
        cy="5"
        r={dashed ? 3.6 : 4}
        fill={dashed ? 'none' : colour}
        stroke={colour}
        strokeWidth={dashed ? 1.3 : 0}
        strokeDasharray={dashed ? '2 1.5' : undefined}
      />
    </svg>
  );
}
