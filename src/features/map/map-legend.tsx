import { memo } from 'react';
import type { MarkerType } from '../../domain/coordinator/index.ts';
import { useT } from '../../i18n/use-t.ts';
import { TYPE_COLOURS } from '../../components/site-style.ts';
import { isAdditive } from '../../components/keys.ts';
import './map-legend.css';

interface Props {
  types: readonly MarkerType[];
  selectedTypes: readonly string[];
  typeLabel: (type: MarkerType) => string;
  onToggleType: (type: string, additive: boolean) => void;
}

/** What the markers mean. The type entries are buttons: the legend filters like the type chart. */
export const MapLegend = memo(function MapLegend({
  types,
  selectedTypes,
  typeLabel,
  onToggleType,
}: Props) {
  const { t } = useT();
  return (
    <div className="map-legend">
      <div role="group" aria-label={t('map.legend.types')}>
        <p className="legend-title">{t('map.legend.types')}</p>
        <ul className="legend-types">
          {types.map((type) => (
            <li key={type}>
              {type === 'event' ? (
                <span className="legend-item">
                  <span
                    className="swatch"
                    style={{ background: TYPE_COLOURS[type] }}
                    aria-hidden="true"
                  />
                  {typeLabel(type)}
                </span>
              ) : (
                <button
                  type="button"
                  className="legend-item legend-button"
                  aria-pressed={selectedTypes.includes(type)}
                  data-type={type}
                  onClick={(e) => onToggleType(type, isAdditive(e))}
                >
                  <span
                    className="swatch"
                    style={{ background: TYPE_COLOURS[type] }}
                    aria-hidden="true"
                  />
                  {typeLabel(type)}
                </button>
              )}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <p className="legend-title">{t('map.legend.precision')}</p>
        <ul className="legend-precision">
          <li>
            <span className="precision-glyph precision-site" aria-hidden="true" />
            {t('map.precision.site')}
          </li>
          <li>
            <span className="precision-glyph precision-city" aria-hidden="true" />
            {t('map.precision.city')}
          </li>
          <li>
            <span className="precision-glyph precision-state" aria-hidden="true" />
            {t('map.precision.state')}
          </li>
        </ul>
        <p className="legend-note">{t('map.legend.size')}</p>
      </div>
    </div>
  );
});
