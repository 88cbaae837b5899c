import {
  useCallback,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { SITES_CLIENT, type MarkerType } from '../../domain/coordinator/index.ts';
import { selectedValues } from '../../domain/clauses.ts';
import { checkTileTemplate } from '../../domain/tiles.ts';
import { useActions, useDashboard } from '../../store/use-dashboard.ts';
import { useModel } from '../../store/use-model.ts';
import { useT } from '../../i18n/use-t.ts';
import { plural, type MessageKey } from '../../i18n/i18n.ts';
import { SiteMap } from './site-map.tsx';
import { SiteList } from './site-list.tsx';
import { SiteDetail } from './site-detail.tsx';
import { MapLegend } from './map-legend.tsx';
import { TileSettings } from './tile-settings.tsx';
import type { MapTarget } from './map-follow.tsx';
import '../../components/chart-frame.css';
import './map.css';

// The offline base map has no streets: zooming further in only shows empty land.
const ZOOM_BY_PRECISION = { site: 7, city: 6.5, state: 5.5 } as const;
export const HOME_TARGET = { lat: 27, lon: 107, zoom: 3.5 } as const;

/**
 * Of several map requests, the one whose key changed last; on a tie the earlier candidate wins.
 * Kept in state and updated during render (React's pattern for deriving from changing props).
 */
function useLatest(candidates: readonly (MapTarget | null)[]): MapTarget | null {
  const keys = candidates.map((c) => c?.key ?? '').join('|');
  const [state, setState] = useState<{ keys: string; chosen: MapTarget | null }>({
    keys: '',
    chosen: null,
  });
  if (state.keys === keys) return state.chosen;
  const previous = state.keys.split('|');
  let chosen = state.chosen;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    if (c && previous[i] !== c.key) chosen = c;
  }
  setState({ keys, chosen });
  return chosen;
}

/** Tiles from the build's environment, if any; an invalid value is refused with a notice, not used. */
const ENV_TILES = import.meta.env.VITE_TILE_URL
  ? checkTileTemplate(import.meta.env.VITE_TILE_URL)
  : null;

export interface MapPanelProps {
  presenting?: boolean;
  /** Where a presenter's step wants the map; overrides the selection while presenting. */
  stepTarget?: MapTarget | null;
  /** Drawn over the map while presenting (the tour caption). */
  overlay?: ReactNode;
  /** Extra controls for the header (the Present button). */
  actions?: ReactNode;
  rootRef?: Ref<HTMLElement>;
  /** Receives the Leaflet map, so a presenter can note and restore the view. */
  mapRef?: RefObject<LeafletMap | null>;
}

export function MapPanel({
  presenting = false,
  stepTarget = null,
  overlay,
  actions,
  rootRef,
  mapRef,
}: MapPanelProps) {
  const { t, locale } = useT();
  // The map answers its own clicks at once; other views' filters reach it in a transition.
  const sites = useModel(SITES_CLIENT, 'site');
  const selectedTypes = useDashboard((s) => selectedValues(s.clauses.type, 'type'));
  const { toggleValue, setClause } = useActions();
  const [focused, setFocused] = useState<string | null>(null);
  const [tiles, setTiles] = useState<string | null>(ENV_TILES?.ok ? ENV_TILES.template : null);
  const [tilesFailed, setTilesFailed] = useState(false);
  const [resetTarget, setResetTarget] = useState<MapTarget | null>(null);
  const tileErrors = useRef(0);

  // Past CLUSTER_THRESHOLD sites the map draws clusters (computed in a worker) and the list names
  // only the busiest sites: no view ever holds an element per site of a 100,000-site ledger.
  const { summaries, selected } = sites;
  const typeLabel = useCallback(
    (type: MarkerType) => t(type === 'event' ? 'map.type.event' : (`type.${type}` as MessageKey)),
    [t],
  );

  const selectedSummary =
    selected.length === 1 ? summaries.find((s) => s.site.id === selected[0]) : undefined;
  const followId = selectedSummary?.site.id ?? focused;
  const follow = summaries.find((s) => s.site.id === followId);
  const followTarget: MapTarget | null = follow
    ? {
        lat: follow.site.lat,
        lon: follow.site.lon,
        zoom: ZOOM_BY_PRECISION[follow.site.precision],
        key: `site-${follow.site.id}`,
      }
    : null;
  // The most recent request wins: a tour step, a restore on leaving, a reset, or a site chosen.
  const latest = useLatest([stepTarget, resetTarget, followTarget]);
  const target = presenting ? stepTarget : latest;

  const select = useCallback(
    (siteId: string, additive: boolean) => toggleValue('site', 'site', siteId, additive),
    [toggleValue],
  );
  const attribution = t('map.tiles.attribution');
  const tileLayer = useMemo(
    () => (tiles ? { template: tiles, attribution } : null),
    [tiles, attribution],
  );
  // A few failures are enough: stop asking the network, keep the offline map, say so.
  const onTileError = useCallback(() => {
    tileErrors.current += 1;
    setTilesFailed(true);
    if (tileErrors.current >= 3) setTiles(null);
  }, []);
  const toggleType = useCallback(
    (type: string, additive: boolean) => toggleValue('type', 'type', type, additive),
    [toggleValue],
  );

  return (
    <section
      ref={rootRef}
      className={presenting ? 'map-panel presenting' : 'map-panel'}
      aria-labelledby="map-title"
      data-testid="map-panel"
      data-presenting={presenting}
    >
      <header className="chart-head map-head">
        <div className="chart-titles">
          <h2 id="map-title">{t('map.title')}</h2>
          <p className="takeaway">
            {plural(t, locale, 'map.takeaway', sites.matchingSites, { total: sites.totalSites })}
          </p>
        </div>
        <div className="chart-actions">
          {!presenting && (
            <button
              type="button"
              className="chip-button"
              onClick={() => {
                setFocused(null);
                setResetTarget({ ...HOME_TARGET, key: `home-${Date.now()}` });
              }}
            >
              {t('map.reset')}
            </button>
          )}
          {actions}
        </div>
      </header>
      {ENV_TILES && !ENV_TILES.ok && (
        <p className="form-error" role="alert">
          {t('map.tiles.invalid', { reason: ENV_TILES.reason })}
        </p>
      )}
      {tilesFailed && !presenting && (
        <p className="map-notice" role="status" data-testid="tile-notice">
          {t('map.tiles.failed')}
        </p>
      )}
      <div className="map-layout">
        <div className="map-frame">
          <SiteMap
            sites={sites}
            presenting={presenting}
            target={target}
            tiles={tileLayer}
            typeLabel={typeLabel}
            onSelect={select}
            onTileError={onTileError}
            label={t('map.region')}
            mapRef={mapRef}
          />
          {overlay}
          <p className="map-attribution">{t('map.attribution')}</p>
        </div>
        {!presenting && (
          <aside className="map-side">
            <SiteList
              summaries={summaries}
              ranked={sites.many}
              onSelect={select}
              onFocusSite={setFocused}
            />
          </aside>
        )}
      </div>
      {!presenting && (
        <>
          {selectedSummary && (
            <SiteDetail summary={selectedSummary} onClose={() => setClause('site', null)} />
          )}
          <MapLegend
            types={sites.types}
            selectedTypes={selectedTypes}
            typeLabel={typeLabel}
            onToggleType={toggleType}
          />
          <TileSettings
            active={tiles}
            onApply={(template) => {
              tileErrors.current = 0;
              setTilesFailed(false);
              setTiles(template);
            }}
          />
        </>
      )}
    </section>
  );
}
