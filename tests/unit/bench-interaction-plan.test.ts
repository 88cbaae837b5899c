/**
 * The interaction bench's pure parts: INP per gesture from Event Timing entries, the brush plan
 * (every gesture changes the range, handles never cross) and the side-by-side merge of two builds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  brushTarget,
  dragPath,
  frameFigures,
  gestureInp,
  handleDropX,
  handleLeft,
  inpSummary,
  pickBar,
} from '../../tools/bench/bench-interaction-plan.ts';
import { sideBySide } from '../../tools/bench/bench-side-by-side.ts';
import { mulberry32 } from '../../tools/lib/mulberry32.ts';

describe('gestureInp', () => {
  const entries = [
    { name: 'pointerdown', id: 7, start: 100, duration: 24 },
    { name: 'pointerup', id: 7, start: 180, duration: 40 },
    { name: 'click', id: 7, start: 180.4, duration: 48 },
    { name: 'pointerdown', id: 9, start: 900, duration: 200 },
  ];
  it('takes the longest entry of the interactions within the gesture, click included', () => {
    const inputs = [
      { type: 'pointerdown', t: 100 },
      { type: 'pointerup', t: 180 },
    ];
    expect(gestureInp(entries, inputs)).toEqual({
      ms: 48,
      events: ['click', 'pointerdown', 'pointerup'],
    });
  });
  it('is null when the API reported nothing for the gesture', () => {
    expect(gestureInp(entries, [{ type: 'pointerup', t: 500 }]).ms).toBeNull();
    expect(gestureInp(entries, []).ms).toBeNull();
  });
});

describe('inpSummary', () => {
  it('counts an unreported interaction as 16 ms and says how many there were', () => {
    expect(inpSummary([null, 40, null, 24])).toEqual({
      p50: 16,
      p95: 40,
      max: 40,
      count: 4,
      underThreshold: 2,
    });
  });
});

describe('pickBar', () => {
  const bars = [{ key: 'a' }, { key: 'b' }, { key: 'c' }];
  it('clicks the bar selected before again (deselects), else selects one', () => {
    expect(pickBar(bars, 'b', () => 0)).toEqual({ bar: { key: 'b' }, deselect: true });
    expect(pickBar(bars, null, () => 0.99)).toEqual({ bar: { key: 'c' }, deselect: false });
    expect(pickBar(bars, 'gone', () => 0)).toEqual({ bar: { key: 'a' }, deselect: false });
    expect(pickBar([], null, () => 0)).toBeNull();
  });
});

describe('brushTarget', () => {
  it('moves a handle to another year, never onto or past the other handle', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 40 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 1, max: 60 }),
        (years, seed, steps) => {
          const rand = mulberry32(seed);
          let [left, right] = [0, years - 1];
          const direction = { left: 1 as 1 | -1, right: -1 as 1 | -1 };
          for (let i = 0; i < steps; i++) {
            const handle = i % 2 === 0 ? 'left' : 'right';
            const t = brushTarget(years, left, right, handle, direction[handle], rand);
            if (t === null) {
              expect(right - left).toBeLessThanOrEqual(1);
              continue;
            }
            direction[handle] = -t.direction as 1 | -1;
            if (handle === 'left') {
              expect(t.index).not.toBe(left);
              left = t.index;
            } else {
              expect(t.index).not.toBe(right);
              right = t.index;
            }
            expect(0 <= left && left < right && right < years).toBe(true);
          }
        },
      ),
    );
  });
});

describe('handleDropX', () => {
  it("aims past a recharts Brush's point so that whole-pixel mouse events snap onto it", () => {
    const scale = { kind: 'points' as const, x: 100, width: 1010, travellerWidth: 10, years: 11 };
    expect(handleLeft(scale, 'left', 3)).toBe(400); // 100 px a year
    expect(handleDropX(scale, 'left', 3)).toBe(400 + 5 + 30);
    expect(handleDropX(scale, 'right', 10)).toBe(1100 + 5);
  });
  it("aims at the handle's place on the app's brush, a band a year", () => {
    const scale = { kind: 'bands' as const, x: 100, width: 1100, travellerWidth: 10, years: 11 };
    expect(handleDropX(scale, 'left', 3)).toBe(400 + 5);
    expect(handleDropX(scale, 'right', 3)).toBe(500 - 10 + 5);
  });
});

describe('dragPath and frameFigures', () => {
  it('goes out and back once a period', () => {
    const path = dragPath(0, 100, 1000, 100, 1000);
    expect(path).toHaveLength(10);
    expect(path[4]).toBe(100);
    expect(path[9]).toBe(0);
  });
  it('counts intervals under 30 frames a second, two 60 Hz frames not included', () => {
    const f = frameFigures([0, 16.7, 33.3, 66.7, 116.7]);
    expect(f).toMatchObject({ frames: 5, intervals: 4, over33ms: 1, max: 50 });
  });
});

describe('sideBySide', () => {
  it('makes every number { before, after, ratio } and keeps what both say alike', () => {
    expect(
      sideBySide(
        { a: { p95: 40 }, how: 'x', only: 1, list: [1] },
        { a: { p95: 20 }, how: 'x', list: [2], extra: true },
      ),
    ).toEqual({
      a: { p95: { before: 40, after: 20, ratio: 0.5 } },
      how: 'x',
      only: { before: 1 },
      list: { before: [1], after: [2] },
      extra: { after: true },
    });
  });
  it('keeps a failed side as it is', () => {
    expect(sideBySide({ error: 'no brush' }, { p95: 3 })).toEqual({
      before: { error: 'no brush' },
      after: { p95: 3 },
    });
    expect(sideBySide(0, 5)).toEqual({ before: 0, after: 5, ratio: null });
  });
});
