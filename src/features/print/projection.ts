/**
 * The printed map's geometry: a fixed equirectangular projection of the India–Japan frame, country
 * outlines as SVG path data, and labels placed so that none covers another. Pure (no React, no DOM),
 * so it is tested in Node.
 */
import type { Geometry, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export interface Frame {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** India, Japan and the corridor between them (the on-screen map's home view, a little wider). */
export const PRINT_FRAME: Frame = { west: 64, south: 4, east: 148, north: 46 };

export interface Projection {
  readonly width: number;
  readonly height: number;
  /** Pixels per degree of latitude. */
  readonly scale: number;
  /** [x, y] in pixels, y downwards; points outside the frame land outside 0…width × 0…height. */
  project(lon: number, lat: number): [number, number];
}

/**
 * Equirectangular, true to scale along the frame's middle parallel: degrees of longitude are
 * shortened by its cosine, so India and Japan keep their shapes (±15% at the frame's edges).
 */
export function equirectangular(frame: Frame, width: number): Projection {
  const k = Math.cos((((frame.north + frame.south) / 2) * Math.PI) / 180);
  const scale = width / ((frame.east - frame.west) * k);
  const height = (frame.north - frame.south) * scale;
  return {
    width,
    height,
    scale,
    project: (lon, lat) => [(lon - frame.west) * k * scale, (frame.north - lat) * scale],
  };
}

const round = (v: number) => Math.round(v * 10) / 10;

/** One ring as `M…L…Z`, points closer than `minStep` px to the last kept one dropped. */
function ringPath(ring: readonly Position[], p: Projection, minStep: number): string {
  let d = '';
  let lastX = NaN;
  let lastY = NaN;
  let kept = 0;
  for (let i = 0; i < ring.length; i++) {
    const [lon = 0, lat = 0] = ring[i]!;
    const [x, y] = p.project(lon, lat);
    const last = i === ring.length - 1;
    if (kept > 0 && !last && Math.abs(x - lastX) < minStep && Math.abs(y - lastY) < minStep)
      continue;
    d += `${kept === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`;
    lastX = x;
    lastY = y;
    kept++;
  }
  return kept > 2 ? `${d}Z` : '';
}

/** Whether a ring's bounding box meets the frame (a ring wholly outside adds nothing to the page). */
function ringInFrame(ring: readonly Position[], frame: Frame): boolean {
  let w = Infinity;
  let e = -Infinity;
  let s = Infinity;
  let n = -Infinity;
  for (const [lon = 0, lat = 0] of ring) {
    if (lon < w) w = lon;
    if (lon > e) e = lon;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
  }
  return e >= frame.west && w <= frame.east && n >= frame.south && s <= frame.north;
}

/**
 * A polygon or multipolygon as SVG path data (even-odd holes), rings outside the frame left out and
 * vertices thinned to `minStep` pixels: a printed outline needs no more, and the page stays light.
 */
export function geometryPath(
  geometry: Geometry | null,
  p: Projection,
  frame: Frame = PRINT_FRAME,
  minStep = 0.6,
): string {
  if (!geometry) return '';
  const polygons: Position[][][] =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  let d = '';
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer || !ringInFrame(outer, frame)) continue;
    for (const ring of polygon) d += ringPath(ring, p, minStep);
  }
  return d;
}

/** A label's box: its text starts at x, is centred on y. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
  anchor: 'start' | 'end' | 'middle';
}

export interface LabelCandidate {
  id: string;
  text: string;
  /** The marker's centre and radius, in pixels. */
  x: number;
  y: number;
  r: number;
}

export interface PlacedLabel extends LabelBox {
  id: string;
  text: string;
}

/** Characters that take about a full em (CJK, kana, Hangul, Devanagari clusters); others about half. */
const WIDE = /[\u0900-\u097f\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** The width a line of text takes at `fontSize` px, estimated (no font metrics in print preparation). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  // Semi-bold sans, generously (a wide fallback font must fit too): capitals and digits about
  // three quarters of an em, lower case two thirds.
  for (const ch of text)
    em += WIDE.test(ch) ? 1 : /[A-Z0-9mw]/.test(ch) ? 0.78 : ch === ' ' ? 0.32 : 0.64;
  return em * fontSize;
}

const overlaps = (a: LabelBox, b: LabelBox) => {
  const ax = a.anchor === 'start' ? a.x : a.anchor === 'end' ? a.x - a.width : a.x - a.width / 2;
  const bx = b.anchor === 'start' ? b.x : b.anchor === 'end' ? b.x - b.width : b.x - b.width / 2;
  return (
    ax < bx + b.width &&
    bx < ax + a.width &&
    a.y - a.height / 2 < b.y + b.height / 2 &&
    b.y - b.height / 2 < a.y + a.height / 2
  );
};

const inside = (box: LabelBox, width: number, height: number) => {
  const left =
    box.anchor === 'start'
      ? box.x
      : box.anchor === 'end'
        ? box.x - box.width
        : box.x - box.width / 2;
  return (
    left >= 0 &&
    left + box.width <= width &&
    box.y - box.height / 2 >= 0 &&
    box.y + box.height / 2 <= height
  );
};

/**
 * Labels for the candidates, most important first: each tries the right of its marker, then the
 * left, above and below, and takes the first place that stays on the map and clear of the labels
 * already placed and of every marker. A candidate with no free place goes unlabelled (its dot stays).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  size: { width: number; height: number },
  fontSize: number,
  markers: readonly { x: number; y: number; r: number }[] = candidates,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const height = fontSize * 1.25;
  const markerBoxes: LabelBox[] = markers.map((m) => ({
    x: m.x,
    y: m.y,
    width: 2 * m.r,
    height: 2 * m.r,
    anchor: 'middle',
  }));
  for (const c of candidates) {
    const width = textWidth(c.text, fontSize);
    const gap = c.r + 3;
    const options: LabelBox[] = [
      { x: c.x + gap, y: c.y, width, height, anchor: 'start' },
      { x: c.x - gap, y: c.y, width, height, anchor: 'end' },
      { x: c.x, y: c.y - gap - height / 2, width, height, anchor: 'middle' },
      { x: c.x, y: c.y + gap + height / 2, width, height, anchor: 'middle' },
    ];
    const free = options.find(
      (box) =>
        inside(box, size.width, size.height) &&
        !placed.some((p) => overlaps(box, p)) &&
        !markerBoxes.some((m) => overlaps(box, m)),
    );
    if (free) placed.push({ ...free, id: c.id, text: c.text });
  }
  return placed;
}
