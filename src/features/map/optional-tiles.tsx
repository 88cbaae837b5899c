import { TileLayer } from 'react-leaflet';

/**
 * The opt-in online tile layer, drawn over the offline base map. Its template was checked by
 * checkTileTemplate before it gets here; when tiles fail, the caller shows a notice and the offline map stays.
 */
export function OptionalTiles({
  template,
  attribution,
  onError,
}: {
  template: string;
  attribution: string;
  onError: () => void;
}) {
  return (
    <TileLayer
      url={template}
      attribution={attribution}
      opacity={0.85}
      eventHandlers={{ tileerror: onError }}
    />
  );
}
