/**
 * One ledger size in the browser, for `npm run bench`: a fresh Chromium opens the production build at
 * 1440×900, loads the ledger through the Load data panel's file input, and measures
 *   - import time: from the input's change event to the panel's status saying the file is loaded;
 *   - main-thread tasks during the import (CDP trace) and from then until the map's first draw;
 *   - map first draw: from "loaded" to the first frame with a marker or cluster of the new data;
 *   - JS heap after the import and after the brushes (CDP: HeapProfiler.collectGarbage, then
 *     Runtime.getHeapUsage usedSize);
 *   - brush-to-paint latency over the brush plan, through the timeline's From/To lists.
 * Any failure becomes `{ error }` in the result; nothing is thrown to the caller.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { brushPlan, type BrushStep } from './bench-brushes.ts';
import {
  APP_READY,
  FRAME_INTERVAL,
  TIMELINE_YEARS,
  armImport,
  replayBrushes,
} from './bench-page-scripts.ts';
import { mb, messageOf, ms, percentiles } from './bench-stats.ts';
import { mainThreadTasks, startTracing } from './bench-trace.ts';
import { launchChromium } from '../lib/chromium.ts';

export interface LedgerRunOptions {
  chromiumPath: string;
  url: string;
  path: string;
  brushes: number;
  /** Past this, brushing stops once 30 brushes are done (slow builds would take hours). */
  brushTimeLimitMs: number;
  importTimeoutMs: number;
  mapTimeoutMs: number;
}

type ImportResult =
  | { change: number | null; loaded: number; status: string }
  | { error: string; change: number | null };
type MapResult =
  { drawn: number; elements: number; markers: number; clusters: number } | { error: string };
interface BrushResult {
  sync: number[];
  nextFrame: number[];
  twoFrames: number[];
  applied: number;
}

const BRUSH_CHUNK = 10;
const MIN_BRUSHES = 30;

/**
 * After a forced GC: the JS heap (usedSize, the budgeted figure) and, apart, the backing stores of
 * ArrayBuffers and external strings, which live outside it (a columnar table's typed arrays do).
 */
async function heap(cdp: CDPSession): Promise<{ used: number; backing: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const u = await cdp.send('Runtime.getHeapUsage');
  return { used: mb(u.usedSize), backing: mb(u.backingStorageSize ?? NaN) };
}

export async function openPanel(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/`, { waitUntil: 'load' });
  await page.waitForSelector(APP_READY);
  await page.getByRole('button', { name: 'Load data' }).click();
  await page.getByTestId('import-panel').waitFor();
  // The map in view, as a user watching it fill would have it.
  await page.locator('.site-map').scrollIntoViewIfNeeded();
}

/** Runs the measurements; the plan actually replayed is returned alongside for the Node side. */
export async function measureLedger(o: LedgerRunOptions): Promise<{
  figures: Record<string, unknown>;
  plan: BrushStep[] | null;
}> {
  let browser: Browser | null = null;
  const consoleErrors: string[] = [];
  const figures: Record<string, unknown> = {};
  let plan: BrushStep[] | null = null;
  try {
    browser = await launchChromium(o.chromiumPath);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text().slice(0, 300));
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message.slice(0, 300)));
    await openPanel(page, o.url);
    const cdp = await context.newCDPSession(page);
    const heapBefore = await heap(cdp);
    figures['heapBeforeImportMB'] = heapBefore.used;

    await page.evaluate(armImport(o.importTimeoutMs, o.mapTimeoutMs));
    const tracing = await startTracing(cdp);
    await page.getByTestId('import-file').setInputFiles(o.path);
    const imported = await page.evaluate<ImportResult>('window.__benchImport');
    const map = await page.evaluate<MapResult>('window.__benchMap');
    const trace = mainThreadTasks(await tracing.stop(), {
      import: ['bench:change', 'bench:loaded'],
      loadedToMapDrawn: ['bench:loaded', 'bench:map'],
    });
    if ('error' in imported) {
      figures['error'] = imported.error;
      return { figures, plan };
    }
    if (imported.change === null) throw new Error('the file input fired no change event');
    figures['importMs'] = Math.round(imported.loaded - imported.change);
    figures['importStatus'] = imported.status;
    figures['mainThreadDuringImport'] = { method: trace.method, ...trace.windows['import'] };
    figures['mapFirstDraw'] =
      'error' in map
        ? { error: map.error }
        : {
            ms: Math.round(map.drawn - imported.loaded),
            elements: map.elements,
            markers: map.markers,
            clusters: map.clusters,
            mainThreadUntilThen: trace.windows['loadedToMapDrawn'],
          };
    const heapImported = await heap(cdp);
    figures['heapAfterImportMB'] = heapImported.used;

    const years = await page.evaluate<number[]>(TIMELINE_YEARS);
    plan = brushPlan(years, o.brushes);
    const frameMs = await page.evaluate<number>(FRAME_INTERVAL);
    const b: BrushResult = { sync: [], nextFrame: [], twoFrames: [], applied: 0 };
    const brushStart = performance.now();
    let heapHalf: { used: number; backing: number } | null = null;
    for (let i = 0; i < plan.length; i += BRUSH_CHUNK) {
      const part = await page.evaluate<BrushResult>(
        replayBrushes(plan.slice(i, i + BRUSH_CHUNK), i),
      );
      b.sync.push(...part.sync);
      b.nextFrame.push(...part.nextFrame);
      b.twoFrames.push(...part.twoFrames);
      b.applied += part.applied;
      // Half-way, a reading that tells caches filling up (early growth) from a leak (steady growth).
      if (heapHalf === null && b.sync.length >= plan.length / 2) heapHalf = await heap(cdp);
      const elapsed = performance.now() - brushStart;
      if (b.sync.length >= MIN_BRUSHES && elapsed > o.brushTimeLimitMs) break;
    }
    const stoppedEarly = b.sync.length < plan.length;
    figures['brushes'] = {
      count: b.sync.length,
      ...(stoppedEarly
        ? { stoppedEarly: `${plan.length} planned; stopped after ${o.brushTimeLimitMs / 1000} s` }
        : {}),
      applied: b.applied,
      timelineYears: [years[0], years[years.length - 1]],
      frameIntervalMs: ms(frameMs),
      toSecondFrameMs: percentiles(b.twoFrames),
      toNextFrameMs: percentiles(b.nextFrame),
      syncHandlerMs: percentiles(b.sync),
      how: 'in page: t0, set the From or To <select> value, dispatch a bubbling change; toSecondFrame = second requestAnimationFrame after it (the budgeted figure; it includes one whole frame interval), toNextFrame = a message posted from the first frame (just after the frame with the update is rendered), syncHandler = dispatchEvent returning (React renders and commits synchronously)',
    };
    const heapBrushed = await heap(cdp);
    figures['heapAfterBrushesMB'] = heapBrushed.used;
    figures['heapGrowthPct'] =
      Math.round(((heapBrushed.used - heapImported.used) / heapImported.used) * 1000) / 10;
    if (heapHalf !== null)
      figures['heapGrowthSecondHalfPct'] =
        Math.round(((heapBrushed.used - heapHalf.used) / heapHalf.used) * 1000) / 10;
    figures['heapHow'] =
      'CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage usedSize; heapGrowthPct from after the import to after the brushes (the budgeted figure), heapGrowthSecondHalfPct over the second half of the brushes only (steady growth there suggests a leak; growth in the first half only, caches filling)';
    figures['arrayBuffersAndExternalStringsMB'] = {
      note: 'Runtime.getHeapUsage backingStorageSize: outside usedSize',
      beforeImport: heapBefore.backing,
      afterImport: heapImported.backing,
      ...(heapHalf !== null ? { halfWay: heapHalf.backing } : {}),
      afterBrushes: heapBrushed.backing,
    };
  } catch (e) {
    figures['error'] = messageOf(e);
  } finally {
    if (consoleErrors.length > 0) figures['consoleErrors'] = consoleErrors.slice(0, 5);
    await browser?.close().catch(() => undefined);
  }
  return { figures, plan };
}
