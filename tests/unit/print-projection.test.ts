/**
 * The printed map's geometry (src/features/print/projection.ts): the fixed projection, country
 * outlines as path data, and label placement that never lets two labels, or a label and a marker,
 * overlap, and never lets a label leave the map.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Polygon } from 'geojson';
import {
  PRINT_FRAME,
  equirectangular,
  geometryPath,
  placeLabels,
  textWidth,
  type LabelBox,
  type PlacedLabel,
} from '../../src/features/print/projection.ts';

const p = equirectangular(PRINT_FRAME, 680);

/** A placed label's left edge, whatever its anchor. */
const left = (b: LabelBox) =>
  b.anchor === 'start' ? b.x : b.anchor === 'end' ? b.x - b.width : b.x - b.width / 2;
const intersects = (a: LabelBox, b: LabelBox) =>
  left(a) < left(b) + b.width &&
  left(b) < left(a) + a.width &&
  a.y - a.height / 2 < b.y + b.height / 2 &&
  b.y - b.height / 2 < a.y + a.height / 2;

describe('equirectangular print projection', () => {
  it('maps the frame onto the drawing: north-west to 0,0 and south-east to width,height', () => {
    expect(p.project(PRINT_FRAME.west, PRINT_FRAME.north)).toEqual([0, 0]);
    const [x, y] = p.project(PRINT_FRAME.east, PRINT_FRAME.south);
    expect(x).toBeCloseTo(680, 6);
    expect(y).toBeCloseTo(p.height, 6);
  });

  it('shortens degrees of longitude by the cosine of the middle parallel (25°N)', () => {
    const [x0] = p.project(100, 25);
    const [x1, y1] = p.project(101, 25);
    const [, y2] = p.project(101, 24);
    expect((x1 - x0) / (y2 - y1)).toBeCloseTo(Math.cos((25 * Math.PI) / 180), 6);
    // India and Japan fit a page-wide map of sensible proportions (about 1.8 : 1).
    expect(p.width / p.height).toBeGreaterThan(1.6);
    expect(p.width / p.height).toBeLessThan(2);
  });

  it('puts Tokyo east and north of Dholera, both inside the drawing', () => {
    const [tx, ty] = p.project(139.76, 35.68);
    const [dx, dy] = p.project(72.19, 22.25);
    expect(tx).toBeGreaterThan(dx);
    expect(ty).toBeLessThan(dy);
    for (const v of [tx, dx]) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(p.width);
    }
    for (const v of [ty, dy]) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(p.height);
    }
  });
});

describe('geometryPath', () => {
  const square = (west: number, south: number, size: number): Polygon => ({
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [west + size, south],
        [west + size, south + size],
        [west, south + size],
        [west, south],
      ],
    ],
  });

  it('draws a polygon in the frame as one closed ring of projected points', () => {
    const d = geometryPath(square(80, 20, 5), p);
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    expect(d.match(/[ML]/g)).toHaveLength(5);
    const [x, y] = p.project(80, 20);
    expect(d).toContain(`M${Math.round(x * 10) / 10} ${Math.round(y * 10) / 10}`);
  });

  it('leaves out what lies wholly outside the frame, and what is not an area', () => {
    expect(geometryPath(square(10, 20, 5), p)).toBe('');
    expect(geometryPath({ type: 'Point', coordinates: [80, 20] }, p)).toBe('');
    expect(geometryPath(null, p)).toBe('');
    const multi = geometryPath(
      {
        type: 'MultiPolygon',
        coordinates: [square(10, 20, 5).coordinates, square(80, 20, 5).coordinates],
      },
      p,
    );
    expect(multi.match(/M/g)).toHaveLength(1);
  });

  it('thins vertices closer than the step, keeping the ring closed', () => {
    const dense: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          ...Array.from({ length: 200 }, (_, i) => [80 + i * 0.001, 20] as [number, number]),
          [81, 21],
          [80, 21],
          [80, 20],
        ],
      ],
    };
    const d = geometryPath(dense, p);
    expect(d.match(/[ML]/g)!.length).toBeLessThan(10);
    expect(d.endsWith('Z')).toBe(true);
  });
});

describe('placeLabels', () => {
  const size = { width: 680, height: 376 };

  it('puts a label to the right of its marker when there is room', () => {
    const [label] = placeLabels([{ id: 'a', text: 'Tokyo', x: 100, y: 100, r: 5 }], size, 10);
    expect(label).toMatchObject({ id: 'a', anchor: 'start', y: 100 });
    expect(label!.x).toBeGreaterThan(105);
  });

  it('moves a label to the left at the right edge, and above when markers block both sides', () => {
    const [edge] = placeLabels([{ id: 'e', text: 'Sendai', x: 675, y: 100, r: 4 }], size, 10);
    expect(edge!.anchor).toBe('end');
    const [mid] = placeLabels([{ id: 'mid', text: 'Mid', x: 300, y: 200, r: 4 }], size, 10, [
      { x: 300, y: 200, r: 4 },
      { x: 330, y: 200, r: 4 },
      { x: 270, y: 200, r: 4 },
    ]);
    expect(mid).toMatchObject({ id: 'mid', anchor: 'middle', x: 300 });
    expect(mid!.y).toBeLessThan(200);
  });

  it('leaves a label out rather than overlap, most important first', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => ({
      id: `s${i}`,
      text: `Site ${i}`,
      x: 200 + (i % 3),
      y: 200 + (i % 4),
      r: 3,
    }));
    const placed = placeLabels(crowd, size, 10);
    expect(placed.length).toBeLessThan(crowd.length);
    expect(placed[0]!.id).toBe('s0');
  });

  it('never overlaps, never covers a marker and never leaves the map (property)', () => {
    // A small map, so that labels meet each other, the markers and the edges often.
    const small = { width: 160, height: 90 };
    const site = fc.record({
      x: fc.double({ min: 0, max: small.width, noNaN: true }),
      y: fc.double({ min: 0, max: small.height, noNaN: true }),
      r: fc.integer({ min: 2, max: 9 }),
      text: fc.string({ minLength: 1, maxLength: 24 }),
    });
    fc.assert(
      fc.property(fc.array(site, { maxLength: 40 }), (sites) => {
        const candidates = sites.map((s, i) => ({ ...s, id: String(i) }));
        const placed: PlacedLabel[] = placeLabels(candidates, small, 10);
        for (const [i, a] of placed.entries()) {
          expect(left(a)).toBeGreaterThanOrEqual(0);
          expect(left(a) + a.width).toBeLessThanOrEqual(small.width);
          expect(a.y - a.height / 2).toBeGreaterThanOrEqual(0);
          expect(a.y + a.height / 2).toBeLessThanOrEqual(small.height);
          for (const b of placed.slice(i + 1)) expect(intersects(a, b)).toBe(false);
          for (const m of candidates) {
            const box: LabelBox = {
              x: m.x,
              y: m.y,
              width: 2 * m.r,
              height: 2 * m.r,
              anchor: 'middle',
            };
            expect(intersects(a, box)).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('textWidth', () => {
  it('counts CJK and Devanagari as wide and grows with the font size', () => {
    expect(textWidth('東京', 10)).toBeGreaterThan(textWidth('ab', 10));
    expect(textWidth('हैदराबाद', 10)).toBeGreaterThan(textWidth('abcd', 10));
    expect(textWidth('Tokyo', 20)).toBeCloseTo(2 * textWidth('Tokyo', 10), 6);
    expect(textWidth('', 10)).toBe(0);
  });
});
