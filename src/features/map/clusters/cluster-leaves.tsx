import { useEffect, useMemo, useRef } from 'react';
import { Popup, useMap } from 'react-leaflet';
import type { SitePoints } from '../../../domain/site-points.ts';
import { isAdditive } from '../../../components/keys.ts';
import { plural } from '../../../i18n/i18n.ts';
import { useT } from '../../../i18n/use-t.ts';
import type { ClusterLeaves } from './use-clusters.ts';
import { fullCount } from './cluster-style.ts';

export interface OpenCluster {
  clusterId: number;
  lat: number;
  lon: number;
  /** Sites in the cluster. */
  sites: number;
  /** Opened from the keyboard: the first site takes the focus. */
  keyboard: boolean;
}

/**
 * The sites of a cluster that zooming cannot split (several sites at one place), as buttons that
 * select a site. A popup whose content is React children; Escape or the close button closes it.
 */
export function ClusterLeavesPopup({
  open,
  points,
  leaves,
  onSelect,
  onClose,
}: {
  open: OpenCluster;
  points: SitePoints;
  leaves: ClusterLeaves | null;
  onSelect: (siteId: string, additive: boolean) => void;
  onClose: () => void;
}) {
  const { t, locale } = useT();
  const map = useMap();
  const list = useRef<HTMLUListElement>(null);
  const position = useMemo(() => [open.lat, open.lon] as [number, number], [open.lat, open.lon]);
  const handlers = useMemo(() => ({ remove: onClose }), [onClose]);

  useEffect(() => {
    if (leaves && open.keyboard) list.current?.querySelector('button')?.focus();
  }, [leaves, open.keyboard]);

  const sites = leaves ? Array.from(leaves.sites) : [];
  return (
    <Popup
      position={position}
      eventHandlers={handlers}
      closeButton={false}
      maxHeight={260}
      className="cluster-leaves"
    >
      <p className="cluster-leaves-title">
        {plural(t, locale, 'map.clusters.here', open.sites, {
          count: fullCount(open.sites, locale),
        })}
      </p>
      <ul ref={list} className="cluster-leaves-list" aria-busy={leaves === null}>
        {sites.map((k) => (
          <li key={k}>
            <button
              type="button"
              className="cluster-leaf"
              onClick={(e) => {
                const id = points.ids[k];
                if (id !== undefined) onSelect(id, isAdditive(e));
              }}
            >
              {points.names[k]}
            </button>
          </li>
        ))}
      </ul>
      {leaves && leaves.total > sites.length && (
        <p className="cluster-leaves-more">
          {t('map.clusters.more', {
            shown: fullCount(sites.length, locale),
            total: fullCount(leaves.total, locale),
          })}
        </p>
      )}
      <button type="button" className="chip-button" onClick={() => map.closePopup()}>
        {t('map.clusters.close')}
      </button>
    </Popup>
  );
}
