/**
 * A ledger row's place: latitude and longitude, each in range, and a check for the commonest
 * mistake, the two given the wrong way round. Separate from the other field checks (ledger.ts)
 * because it carries its own data, rough boxes around the partner countries, used for nothing else.
 */
import { parseCoordinate } from './ledger-values.ts';
import { fail, parsed, raw, type RowCheck } from './ledger-row-check.ts';

/**
 * Generous boxes around the partner countries a ledger may name (IN, JP, TW, US with Alaska and
 * Hawaii): used only to recognise coordinates given the wrong way round, never to refuse a place.
 */
const PARTNER_BOXES: readonly (readonly [number, number, number, number])[] = [
  [6, 37.5, 68, 97.5], // India: lat min, lat max, lon min, lon max
  [24, 46, 122, 154], // Japan
  [21.5, 25.5, 119, 122.5], // Taiwan
  [18, 72, -180, -65], // United States
];
export const inPartnerBox = (lat: number, lon: number) =>
  PARTNER_BOXES.some(([a, b, c, d]) => lat >= a && lat <= b && lon >= c && lon <= d);

export const inLatRange = (v: number) => v >= -90 && v <= 90;
export const inLonRange = (v: number) => v >= -180 && v <= 180;

/** Both coordinates, in range; a latitude that only fits as a longitude (and back) is called a swap. */
export function coordinates(c: RowCheck): { lat: number; lon: number } | undefined {
  const lat = parsed(c, 'latitude', (s) => parseCoordinate(s, 'latitude'));
  const lon = parsed(c, 'longitude', (s) => parseCoordinate(s, 'longitude'));
  let ok = true;
  if (lat !== undefined && !inLatRange(lat)) {
    ok = false;
    const swapped = lon !== undefined && inLonRange(lat) && inLatRange(lon);
    fail(
      c,
      'latitude',
      raw(c, 'latitude'),
      swapped
        ? `must be between -90 and 90; are latitude and longitude swapped? (${raw(c, 'longitude').trim()} would be a valid latitude and ${raw(c, 'latitude').trim()} a valid longitude)`
        : 'must be between -90 and 90',
    );
  }
  if (lon !== undefined && !inLonRange(lon)) {
    ok = false;
    fail(c, 'longitude', raw(c, 'longitude'), 'must be between -180 and 180');
  }
  // Both in range, yet the point lies outside every partner country and would fall inside one
  // the other way round (an Indian site given as 77.6, 12.9 lands in the Arctic): a swap.
  if (
    ok &&
    lat !== undefined &&
    lon !== undefined &&
    !inPartnerBox(lat, lon) &&
    inPartnerBox(lon, lat)
  ) {
    ok = false;
    fail(
      c,
      'latitude',
      raw(c, 'latitude'),
      `with longitude ${raw(c, 'longitude').trim()} lies outside India, Japan, Taiwan and the United States, but inside them the other way round: are latitude and longitude swapped?`,
    );
  }
  return ok && lat !== undefined && lon !== undefined ? { lat, lon } : undefined;
}
