/**
 * Pure parts of the interaction bench (bench-interactions.ts): which bar to click, where to drag a
 * brush handle, and how Event Timing entries become one INP figure per gesture.
 */
import { ms, quantile } from './bench-stats.ts';

/** Event Timing reports nothing under this (the API's minimum durationThreshold). */
export const EVENT_TIMING_THRESHOLD_MS = 16;

export interface EventEntry {
  name: string;
  /** interactionId */
  id: number;
  start: number;
  duration: number;
}

export interface InputStamp {
  type: string;
  t: number;
}

/**
 * The INP of one gesture: the longest duration over the entries of the interactions whose
 * pointerdown / pointerup fall within the gesture (from its first input to its last, 1 ms slack:
 * entries' startTime is the event's timeStamp). Null when the API reported none (all under 16 ms).
 */
export function gestureInp(
  entries: readonly EventEntry[],
  inputs: readonly InputStamp[],
): { ms: number | null; events: string[] } {
  if (inputs.length === 0) return { ms: null, events: [] };
  const from = Math.min(...inputs.map((i) => i.t)) - 1;
  const to = Math.max(...inputs.map((i) => i.t)) + 1;
  const ids = new Set(entries.filter((e) => e.start >= from && e.start <= to).map((e) => e.id));
  const mine = entries.filter((e) => ids.has(e.id));
  if (mine.length === 0) return { ms: null, events: [] };
  return {
    ms: Math.max(...mine.map((e) => e.duration)),
    events: [...new Set(mine.map((e) => e.name))].sort(),
  };
}

/** p50 / p95 / max of per-gesture INPs, an unreported one counted as the threshold. */
export function inpSummary(values: readonly (number | null)[]) {
  const xs = values.map((v) => v ?? EVENT_TIMING_THRESHOLD_MS);
  if (xs.length === 0) return { error: 'no interactions measured' };
  return {
    p50: ms(quantile(xs, 0.5)),
    p95: ms(quantile(xs, 0.95)),
    max: ms(Math.max(...xs)),
    count: xs.length,
    underThreshold: values.filter((v) => v === null).length,
  };
}

export interface Bar {
  key: string;
}

/**
 * The bar to click in a chart: the one the bench selected there before, if it is still shown (a
 * second click deselects it), else a random one of those shown (a click selects it). Every click
 * thus changes the filter. Null when the chart shows no bar.
 */
export function pickBar<B extends Bar>(
  bars: readonly B[],
  selected: string | null,
  rand: () => number,
): { bar: B; deselect: boolean } | null {
  const again = selected === null ? undefined : bars.find((b) => b.key === selected);
  if (again !== undefined) return { bar: again, deselect: true };
  if (bars.length === 0) return null;
  return { bar: bars[Math.floor(rand() * bars.length)]!, deselect: false };
}

/** A brush's geometry, as bench-interaction-scripts.ts measures it (viewport px). */
export interface BrushScale {
  /** recharts' Brush ('points') or the app's own ('bands'): see BrushGeometry. */
  kind: 'points' | 'bands';
  x: number;
  width: number;
  travellerWidth: number;
  years: number;
}

/** Left edge of the left or right handle standing on year index i. */
export function handleLeft(s: BrushScale, handle: 'left' | 'right', i: number): number {
  if (s.kind === 'bands') {
    const band = s.width / Math.max(1, s.years);
    return handle === 'left' ? s.x + i * band : s.x + (i + 1) * band - s.travellerWidth;
  }
  return s.x + (i * (s.width - s.travellerWidth)) / Math.max(1, s.years - 1);
}

/**
 * Where to release the pointer, grabbed at a handle's centre, so that the handle lands on year
 * index i. The app's brush rounds the pointer's travel to whole years: the handle's own position
 * will do. recharts snaps a handle to the last year at or left of its left edge, from where the
 * handle was left (not always on a year), and mouse events carry whole pixels, so aiming at the
 * year's exact position can land one year short: the pointer goes 30% of a year past it.
 */
export function handleDropX(s: BrushScale, handle: 'left' | 'right', i: number): number {
  const at = handleLeft(s, handle, i) + s.travellerWidth / 2;
  if (s.kind === 'bands' || i >= s.years - 1) return at;
  return at + (0.3 * (s.width - s.travellerWidth)) / Math.max(1, s.years - 1);
}

/**
 * Where to drag a handle so that the range changes: the left handle stays left of the right one
 * and the other way round; it moves in `direction` (+1 later years, -1 earlier) when there is room,
 * else the other way; the distance is random within the room. Null when it cannot move (the two
 * handles are on neighbouring years at the ends).
 */
export function brushTarget(
  years: number,
  left: number,
  right: number,
  handle: 'left' | 'right',
  direction: 1 | -1,
  rand: () => number,
): { index: number; direction: 1 | -1 } | null {
  const at = handle === 'left' ? left : right;
  // The handle may go from lo to hi (inclusive) without meeting the other one.
  const [lo, hi] = handle === 'left' ? [0, right - 1] : [left + 1, years - 1];
  const room = (d: 1 | -1) => (d === 1 ? hi - at : at - lo);
  const d: 1 | -1 =
    room(direction) > 0
      ? direction
      : room(-direction as 1 | -1) > 0
        ? (-direction as 1 | -1)
        : direction;
  const r = room(d);
  if (r <= 0) return null;
  const steps = 1 + Math.floor(rand() * Math.min(r, Math.max(1, Math.ceil(years / 3))));
  return { index: at + d * steps, direction: d };
}

/**
 * The x positions of a continuous drag: one per `stepMs` for `durationMs`, a triangle wave from
 * `start` to `start + amplitude` and back, `period` ms a round trip.
 */
export function dragPath(
  start: number,
  amplitude: number,
  durationMs: number,
  stepMs: number,
  periodMs: number,
): number[] {
  const out: number[] = [];
  for (let t = stepMs; t <= durationMs; t += stepMs) {
    const phase = (t % periodMs) / periodMs; // 0..1
    const tri = phase < 0.5 ? phase * 2 : 2 - phase * 2; // 0 → 1 → 0
    out.push(start + amplitude * tri);
  }
  return out;
}

/**
 * 30 frames a second, on frame intervals: 1000/30 ms is two frames of a 60 Hz clock. rAF timestamps
 * are frame times, whole frames apart give or take a little jitter, so an interval counts as over
 * only past 1000/30 + 0.5 ms (three frames, 50 ms, always are).
 */
export const FRAME_BUDGET_MS = 1000 / 30 + 0.5;

/** Frame intervals from requestAnimationFrame timestamps. */
export function frameFigures(frames: readonly number[]) {
  const d = frames.slice(1).map((t, i) => t - frames[i]!);
  if (d.length === 0) return { error: 'no frames recorded' };
  return {
    p50: ms(quantile(d, 0.5)),
    p95: ms(quantile(d, 0.95)),
    max: ms(Math.max(...d)),
    frames: frames.length,
    intervals: d.length,
    over33ms: d.filter((x) => x > FRAME_BUDGET_MS).length,
    spanMs: Math.round(frames[frames.length - 1]! - frames[0]!),
  };
}
