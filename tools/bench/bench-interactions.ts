/**
 * Interaction figures for `npm run bench`, measured with real mouse input (CDP Input events through
 * playwright-core) on one build and one dataset (the bundled one, or a ledger loaded through the
 * Load data panel), in a fresh Chromium at 1440×900:
 *   - clicks: INP (Event Timing) of clicks on the bars of the three category charts, and the time
 *     until every view shows the new filter ("views settled", bench-interaction-scripts.ts);
 *   - brushes: the same for brush gestures on the timeline (mouse down on a handle, ~10 moves over
 *     ~250 ms, mouse up);
 *   - drag: requestAnimationFrame intervals while a handle is dragged back and forth for 2 s.
 * Before each gesture the page is left to settle (no mutation for 1 s after the last one, then the
 * pointer is moved over the target and the page left quiet again) plus a random pause, so each
 * gesture is measured on a quiet page. Each part that fails records { error }; nothing is thrown.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import {
  brushTarget,
  dragPath,
  frameFigures,
  gestureInp,
  handleDropX,
  inpSummary,
  pickBar,
  EVENT_TIMING_THRESHOLD_MS,
  type EventEntry,
  type InputStamp,
} from './bench-interaction-plan.ts';
import {
  CATEGORY_CHARTS,
  EVENT_ENTRIES,
  INPUT_MARK,
  PRESSED_CATEGORY_BUTTONS,
  START_FRAMES,
  STOP_FRAMES,
  brushGeometry,
  categoryBars,
  idleMutations,
  inputsSince,
  installInteractionProbes,
  quiet,
  settle,
  type ChartBars,
  type BrushGeometry,
} from './bench-interaction-scripts.ts';
import { openPanel } from './bench-ledger.ts';
import { APP_READY, FRAME_INTERVAL, armImport } from './bench-page-scripts.ts';
import { messageOf, ms, percentiles } from './bench-stats.ts';
import { launchChromium } from '../lib/chromium.ts';
import { mulberry32 } from '../lib/mulberry32.ts';

export interface InteractionOptions {
  chromiumPath: string;
  url: string;
  /** A ledger to load through the Load data panel first; null for the bundled dataset. */
  ledger: { path: string; importTimeoutMs: number } | null;
  clicks: number;
  brushes: number;
  dragMs: number;
  seed: number;
  progress: (message: string) => void;
}

/** No mutation for this long after the last input: the views have settled. */
const SETTLE_QUIET_MS = 1000;
/** Give up waiting for a quiet page this long after the input. */
const SETTLE_CAP_MS = 10_000;
/** Quiet after the pointer moves onto a target (hover effects), before the gesture. */
const HOVER_QUIET_MS = 300;
/**
 * Mutations that tick on their own and are not caused by a filter; none found on an idle page (the
 * bench checks 3 s of idle page per run and reports what it sees in `idle`).
 */
const EXCLUDE: readonly string[] = [];

/** An error's first line (playwright appends the page's stack). */
const firstLine = (e: unknown) => messageOf(e).split('\n')[0]!.slice(0, 400);

const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

interface Settled {
  ms: number;
  mutated: boolean;
  capped: boolean;
}

interface Gesture {
  inputs: InputStamp[];
  settled: Settled;
}

function settledFigures(gestures: readonly Gesture[]) {
  const xs = gestures.map((g) => g.settled.ms);
  return {
    ...percentiles(xs),
    capped: gestures.filter((g) => g.settled.capped).length,
    nothingChangedAfterInput: gestures.filter((g) => !g.settled.mutated).length,
  };
}

function inpFigures(gestures: readonly Gesture[], entries: readonly EventEntry[]) {
  const per = gestures.map((g) => gestureInp(entries, g.inputs));
  return {
    ...inpSummary(per.map((p) => p.ms)),
    events: [...new Set(per.flatMap((p) => p.events))].sort(),
  };
}

/** The last pointerup of a gesture (its end, page clock). */
function lastUp(inputs: readonly InputStamp[]): number {
  const ups = inputs.filter((i) => i.type === 'pointerup');
  const last = ups[ups.length - 1];
  if (last === undefined) throw new Error('the page saw no pointerup for the gesture');
  return last.t;
}

/**
 * Moves the pointer onto (x, y) on a quiet page, waits until its hover effects are over, then a
 * random pause.
 */
async function approach(page: Page, x: number, y: number, rand: () => number): Promise<void> {
  await page.mouse.move(x, y);
  await page.evaluate(quiet(HOVER_QUIET_MS, 5000));
  await sleep(100 + Math.floor(rand() * 300));
}

async function gesture(page: Page, act: () => Promise<void>): Promise<Gesture> {
  const mark = await page.evaluate<number>(INPUT_MARK);
  await act();
  const inputs = await page.evaluate<InputStamp[]>(inputsSince(mark));
  const settled = await page.evaluate<Settled>(
    settle(lastUp(inputs), SETTLE_QUIET_MS, SETTLE_CAP_MS),
  );
  return { inputs, settled };
}

async function clicks(page: Page, count: number, rand: () => number) {
  const selected: Record<string, string | null> = {};
  const gestures: Gesture[] = [];
  const perChart: Record<string, number> = {};
  let deselects = 0;
  let covered = 0;
  let skipped = 0;
  for (let i = 0; gestures.length < count; i++) {
    if (skipped > 3 * CATEGORY_CHARTS.length)
      throw new Error('no category chart shows a bar to click');
    const chart = CATEGORY_CHARTS[i % CATEGORY_CHARTS.length]!;
    // Scrolled into view; if the page moved, measured again once it is quiet.
    let found = await page.evaluate<ChartBars | null>(categoryBars(chart));
    if (found?.scrolled === true) {
      await page.evaluate(quiet(HOVER_QUIET_MS, 5000));
      found = await page.evaluate<ChartBars | null>(categoryBars(chart));
    }
    if (found === null) throw new Error(`no [data-chart="${chart}"]`);
    const bars = found.bars;
    const pick = pickBar(bars, selected[chart] ?? null, rand);
    if (pick === null) {
      skipped++;
      continue;
    }
    await approach(page, pick.bar.x, pick.bar.y, rand);
    gestures.push(
      await gesture(page, async () => {
        await page.mouse.down();
        await page.mouse.up();
      }),
    );
    selected[chart] = pick.deselect ? null : pick.bar.key;
    perChart[chart] = (perChart[chart] ?? 0) + 1;
    if (pick.deselect) deselects++;
    if (!pick.bar.hit) covered++;
  }
  // Leave no category filter behind for the brushes (unmeasured): the buttons below the charts.
  for (const selector of await page.evaluate<string[]>(PRESSED_CATEGORY_BUTTONS))
    await page.click(selector);
  return { gestures, perChart, deselects, covered, skipped };
}

async function geometry(page: Page, scroll: boolean): Promise<BrushGeometry> {
  return page.evaluate<BrushGeometry>(brushGeometry(scroll));
}

/**
 * Mouse down at (x, y), a move to each x of `path` every stepMs, mouse up, sent over CDP without
 * waiting for each move to be handled, as a mouse does (playwright's mouse.move waits for the
 * renderer to acknowledge each move, which paces the moves by the page and the frame clock).
 */
async function drag(
  cdp: CDPSession,
  x: number,
  y: number,
  path: readonly number[],
  stepMs: number,
) {
  const send = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', px: number) =>
    cdp.send('Input.dispatchMouseEvent', {
      type,
      x: px,
      y,
      button: 'left',
      buttons: type === 'mouseReleased' ? 0 : 1,
      ...(type === 'mouseMoved' ? {} : { clickCount: 1 }),
    });
  await send('mousePressed', x);
  const t0 = performance.now();
  const pending: Promise<unknown>[] = [];
  for (let k = 0; k < path.length; k++) {
    const wait = t0 + (k + 1) * stepMs - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(send('mouseMoved', path[k]!));
  }
  const sentMs = performance.now() - t0;
  // The button goes up a step after the pointer stops, as a hand does.
  await sleep(stepMs);
  await send('mouseReleased', path[path.length - 1] ?? x);
  await Promise.all(pending);
  return { moves: path.length, sentOverMs: Math.round(sentMs) };
}

async function brushes(page: Page, cdp: CDPSession, count: number, rand: () => number) {
  await geometry(page, true);
  await page.evaluate(quiet(HOVER_QUIET_MS, 5000));
  const gestures: Gesture[] = [];
  const direction: Record<'left' | 'right', 1 | -1> = { left: 1, right: -1 };
  let applied = 0;
  let covered = 0;
  const unchanged: Record<string, unknown>[] = [];
  for (let i = 0; gestures.length < count; i++) {
    if (i > 2 * count + 4) throw new Error('the brush handles cannot move (fewer than 3 years?)');
    const g = await geometry(page, false);
    const idx = g.indexes;
    const handle = i % 2 === 0 ? 'left' : 'right';
    const target = brushTarget(g.years, idx[0], idx[1], handle, direction[handle], rand);
    if (target === null) continue;
    direction[handle] = -target.direction as 1 | -1;
    const h = handle === 'left' ? 0 : 1;
    const half = g.travellerWidth / 2;
    const [x0, x1] = [g.handles[h] + half, handleDropX(g, handle, target.index)];
    await approach(page, x0, g.y, rand);
    const steps = 10;
    const path = Array.from({ length: steps }, (_, k) => x0 + ((x1 - x0) * (k + 1)) / steps);
    gestures.push(await gesture(page, () => drag(cdp, x0, g.y, path, 25).then(() => undefined)));
    const after = await geometry(page, false);
    if (after.range[0] !== g.range[0] || after.range[1] !== g.range[1]) applied++;
    else if (unchanged.length < 5)
      unchanged.push({
        handle,
        indexes: g.indexes,
        target: target.index,
        range: g.range,
        handleX: [Math.round(g.handles[0] - g.x), Math.round(g.handles[1] - g.x)],
        handleXAfter: [
          Math.round(after.handles[0] - after.x),
          Math.round(after.handles[1] - after.x),
        ],
        pointer: [Math.round(x0 - g.x), Math.round(x1 - g.x)],
      });
    if (!g.hit[h]) covered++;
  }
  return { gestures, applied, covered, unchanged };
}

async function continuousDrag(page: Page, cdp: CDPSession, durationMs: number) {
  const g = await geometry(page, true);
  const [left, right] = g.indexes;
  // The handle and direction with the most room, at most 4 years each way.
  const options = [
    { h: 0, d: -1, room: left },
    { h: 0, d: 1, room: right - left - 1 },
    { h: 1, d: -1, room: right - left - 1 },
    { h: 1, d: 1, room: g.years - 1 - right },
  ].sort((a, b) => b.room - a.room);
  const best = options[0]!;
  if (best.room < 1) throw new Error('no room to drag a brush handle');
  const years = Math.min(4, best.room);
  const at = best.h === 0 ? left : right;
  const half = g.travellerWidth / 2;
  const x0 = g.handles[best.h]! + half;
  const amplitude = handleDropX(g, best.h === 0 ? 'left' : 'right', at + best.d * years) - x0;
  const stepMs = 16;
  const path = dragPath(x0, amplitude, durationMs, stepMs, 1000);
  await page.evaluate(quiet(HOVER_QUIET_MS, 5000));
  await approach(page, x0, g.y, () => 0);
  const frameClock = await page.evaluate<number>(FRAME_INTERVAL);
  await page.evaluate(START_FRAMES);
  const mark = await page.evaluate<number>(INPUT_MARK);
  const moved = await drag(cdp, x0, g.y, path, stepMs);
  const frames = await page.evaluate<number[]>(STOP_FRAMES);
  const inputs = await page.evaluate<InputStamp[]>(inputsSince(mark));
  const settled = await page.evaluate<Settled>(
    settle(lastUp(inputs), SETTLE_QUIET_MS, SETTLE_CAP_MS),
  );
  return {
    frameIntervalMs: frameFigures(frames),
    idleFrameClockMs: ms(frameClock),
    handle: best.h === 0 ? 'left' : 'right',
    yearsEachWay: years,
    ...moved,
    settledAfterReleaseMs: ms(settled.ms),
    how: `one mouse down on a brush handle, a move every ${stepMs} ms for ${durationMs} ms (${years} years out and back, 1 s a round trip), mouse up ${stepMs} ms after the last move; requestAnimationFrame timestamps in the page from before the mouse down to after the mouse up; over33ms counts intervals longer than 1000/30 + 0.5 ms (under 30 frames a second; two frames of the 60 Hz clock, 33.3 ms, are not over). Moves are sent over CDP without waiting for the page to handle each (sentOverMs: how long sending them took)`,
  };
}

async function loadLedger(page: Page, url: string, path: string, timeoutMs: number) {
  await openPanel(page, url);
  await page.evaluate(armImport(timeoutMs, 60_000));
  await page.getByTestId('import-file').setInputFiles(path);
  const imported = await page.evaluate<{ change: number | null; loaded?: number; error?: string }>(
    'window.__benchImport',
  );
  if (imported.error !== undefined) throw new Error(imported.error);
  await page.evaluate('window.__benchMap');
  const panel = page.getByTestId('import-panel');
  await panel.getByRole('button', { name: 'Close' }).click();
  await panel.waitFor({ state: 'detached', timeout: 10_000 });
  return imported.change === null || imported.loaded === undefined
    ? null
    : Math.round(imported.loaded - imported.change);
}

async function part<T>(
  what: string,
  progress: (m: string) => void,
  f: () => Promise<T>,
): Promise<T | { error: string }> {
  const t0 = performance.now();
  try {
    const r = await f();
    progress(`${what}: ${Math.round((performance.now() - t0) / 1000)} s`);
    return r;
  } catch (e) {
    const message = firstLine(e);
    progress(`${what} failed: ${message}`);
    return { error: message };
  }
}

export async function measureInteractions(o: InteractionOptions): Promise<Record<string, unknown>> {
  let browser: Browser | null = null;
  const consoleErrors: string[] = [];
  const figures: Record<string, unknown> = {};
  const rand = mulberry32(o.seed);
  try {
    browser = await launchChromium(o.chromiumPath);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text().slice(0, 300));
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message.slice(0, 300)));
    if (o.ledger === null) {
      await page.goto(`${o.url}/`, { waitUntil: 'load' });
      await page.waitForSelector(APP_READY);
    } else {
      figures['importMs'] = await loadLedger(page, o.url, o.ledger.path, o.ledger.importTimeoutMs);
    }
    const eventTiming = await page.evaluate<boolean>(installInteractionProbes(EXCLUDE));
    if (!eventTiming) figures['eventTiming'] = 'not supported: no INP figures';
    await page.evaluate(quiet(SETTLE_QUIET_MS, 30_000));
    figures['idle'] = await page.evaluate(idleMutations(3000));

    const c = await part('clicks', o.progress, () => clicks(page, o.clicks, rand));
    const b = await part('brushes', o.progress, () => brushes(page, cdp, o.brushes, rand));
    const d = await part('drag', o.progress, () => continuousDrag(page, cdp, o.dragMs));
    const entries = await page.evaluate<EventEntry[]>(EVENT_ENTRIES);
    figures['clicks'] =
      'error' in c
        ? c
        : {
            inpMs: inpFigures(c.gestures, entries),
            settledMs: settledFigures(c.gestures),
            perChart: c.perChart,
            deselects: c.deselects,
            ...(c.covered > 0 ? { centreCoveredByAnotherElement: c.covered } : {}),
          };
    figures['brushes'] =
      'error' in b
        ? b
        : {
            inpMs: inpFigures(b.gestures, entries),
            settledMs: settledFigures(b.gestures),
            rangeChanged: b.applied,
            ...(b.unchanged.length > 0 ? { rangeUnchanged: b.unchanged } : {}),
            ...(b.covered > 0 ? { handleCoveredByAnotherElement: b.covered } : {}),
          };
    figures['drag'] = d;
    figures['how'] = {
      inp: `Event Timing (PerformanceObserver type 'event', durationThreshold ${EVENT_TIMING_THRESHOLD_MS}, buffered): per gesture, the longest duration over the entries of the interactions (interactionId) whose pointerdown/pointerup fall within it; a gesture with no entry (all under ${EVENT_TIMING_THRESHOLD_MS} ms, unreported by the API) counts as ${EVENT_TIMING_THRESHOLD_MS} ms (underThreshold says how many). Durations are rounded by the browser to 8 ms`,
      settled: `from the gesture's last pointerup (event timeStamp) to the paint after the last DOM mutation (MutationObserver on body → requestAnimationFrame → MessageChannel message), once no mutation has come for ${SETTLE_QUIET_MS} ms (capped at ${SETTLE_CAP_MS} ms; capped says how often)`,
      clicks: `page.mouse down/up at the centre of a .category-bar (scrolled into view), cycling through ${CATEGORY_CHARTS.join(', ')}; a chart's bar the bench selected is clicked again (deselected) on its next visit, else a random bar is selected`,
      brushes:
        "mouse down on a brush handle's centre (g.timeline-brush .brush-handle, or .recharts-brush-traveller in builds with recharts' Brush), 10 moves over 250 ms to another year, mouse up 25 ms after the last move (moves and up sent over CDP without waiting for each to be handled); left and right handles alternate, each one changing direction each time",
      quietBefore: `before each gesture: the previous one settled, the target scrolled into view, no mutation for ${HOVER_QUIET_MS} ms, the pointer moved onto the target, again ${HOVER_QUIET_MS} ms without mutation, then a random pause of 100–400 ms`,
      excluded: EXCLUDE.length === 0 ? 'no mutations are excluded' : EXCLUDE,
    };
  } catch (e) {
    figures['error'] = firstLine(e);
  } finally {
    if (consoleErrors.length > 0) figures['consoleErrors'] = consoleErrors.slice(0, 5);
    await browser?.close().catch(() => undefined);
  }
  return figures;
}
