/**
 * Scripts the bench runs inside the page. They are strings, not functions: tsx would decorate a
 * function with helpers (`__name`) that the page does not have.
 *
 * Every script talks to the page only through the DOM the user sees: the import panel's file input
 * and status, the timeline's From/To lists, and the map's marker and cluster elements.
 */

/** Map elements that show data: a site's marker or a cluster of sites. */
import { LATER_PARTS_MARK } from '../../src/components/later-parts-mark.ts';

/**
 * The app is on the page and answering: its table is there and, in a build that writes the first
 * view into index.html (#root[data-first-view]), the app has taken that page over (<html data-app>).
 * Works for older builds too, which have neither attribute (--baseline). A selector, not a script:
 * the page's Content-Security-Policy forbids evaluating strings.
 */
export const APP_READY =
  '#root:not([data-first-view]) [data-testid="projects-table"], html[data-app="ready"] [data-testid="projects-table"]';

export const MAP_DATA_SELECTOR = '.site-map .site-marker, .site-map .site-cluster';

/**
 * Init script for a first load: collects LCP candidates, long tasks and FCP from the page's start
 * into `window.__benchLoad`.
 */
export const OBSERVE_LOAD = `(() => {
  const b = (window.__benchLoad = { lcp: [], longtasks: [], fcp: null });
  const observe = (type, f) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(f)).observe({ type, buffered: true });
    } catch (e) {
      b[type + 'Unsupported'] = true;
    }
  };
  observe('largest-contentful-paint', (e) => b.lcp.push({ t: e.startTime, size: e.size, tag: e.element ? e.element.tagName : null }));
  observe('longtask', (e) => b.longtasks.push([e.startTime, e.duration]));
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') b.fcp = e.startTime; });
})()`;

/**
 * After the load event, waits for a quiet window (no long task and no new resource for 2 s, capped
 * at 20 s after load), then returns what OBSERVE_LOAD collected, the window's start, the map's first
 * drawn frame, and TBT computed as Lighthouse does: each long task clipped to [FCP, quiet start],
 * counting what exceeds 50 ms.
 */
export const LOAD_FIGURES = `new Promise((resolve) => {
  const QUIET = 2000, CAP = 20000;
  const b = window.__benchLoad;
  const nav = performance.getEntriesByType('navigation')[0];
  const loadEnd = nav ? nav.loadEventEnd : performance.now();
  let resources = performance.getEntriesByType('resource').length;
  let lastResource = performance.now();
  let mapDrawn = null;
  const mapCheck = () => {
    const base = document.querySelectorAll('.leaflet-basemap-pane path').length;
    const marks = document.querySelectorAll(${JSON.stringify(MAP_DATA_SELECTOR)}).length;
    if (base > 0 && marks > 0) mapDrawn = performance.now();
    else requestAnimationFrame(mapCheck);
  };
  mapCheck();
  const tick = () => {
    const now = performance.now();
    const n = performance.getEntriesByType('resource').length;
    if (n !== resources) { resources = n; lastResource = now; }
    const last = b.longtasks[b.longtasks.length - 1];
    const quietStart = Math.max(loadEnd, lastResource, last ? last[0] + last[1] : 0);
    if (now - quietStart < QUIET && now - loadEnd < CAP) return setTimeout(tick, 100);
    const fcp = b.fcp ?? 0;
    let tbt = 0;
    for (const [start, duration] of b.longtasks) {
      const clipped = Math.min(start + duration, quietStart) - Math.max(start, fcp);
      if (clipped > 50) tbt += clipped - 50;
    }
    const lcp = b.lcp[b.lcp.length - 1] ?? null;
    // The app marks when the parts after the first view (map, charts) start loading on idle.
    const later = performance.getEntriesByName(${JSON.stringify(LATER_PARTS_MARK)})[0];
    const laterParts = later ? later.startTime : null;
    let tbtFirstView = 0;
    for (const [start, duration] of b.longtasks) {
      const clipped = Math.min(start + duration, laterParts ?? quietStart) - Math.max(start, fcp);
      if (clipped > 50) tbtFirstView += clipped - 50;
    }
    const resourceStarts = performance.getEntriesByType('resource').map((r) => [r.name, r.startTime]);
    resolve({
      fcp: b.fcp, lcp: lcp && lcp.t, lcpElement: lcp && lcp.tag, tbt, tbtFirstView, loadEnd,
      quietStart, laterParts, resourceStarts, longtasks: b.longtasks.length, mapDrawn,
      longtaskSupported: !b.longtaskUnsupported,
    });
  };
  tick();
})`;

/**
 * Arms the import measurement before the file is set: `window.__benchImport` resolves when the
 * panel's status says the file is loaded ({ change, loaded } in performance.now() ms) or shows a
 * refusal ({ error }), or after `timeoutMs`; `window.__benchMap` resolves at the first animation
 * frame after loading where the map has a marker or cluster element that was not there before
 * ({ drawn, elements }). console.timeStamp marks the same moments in a trace.
 */
export const armImport = (timeoutMs: number, mapTimeoutMs: number) => `(() => {
  const SEL = ${JSON.stringify(MAP_DATA_SELECTOR)};
  const old = new Set(document.querySelectorAll(SEL));
  const input = document.querySelector('input[data-testid=import-file]');
  const status = document.querySelector('[data-testid=import-status]');
  if (!input || !status) throw new Error('no import-file input or import-status: is the Load data panel open?');
  const panel = status.closest('[data-testid=import-panel]') || document.body;
  const t = { change: null, loaded: null };
  let done, mapDone;
  window.__benchImport = new Promise((r) => (done = r));
  window.__benchMap = new Promise((r) => (mapDone = r));
  // On window in the capture phase: runs before React's listener at the root starts the worker.
  window.addEventListener('change', (e) => {
    if (e.target !== input || t.change !== null) return;
    t.change = performance.now();
    console.timeStamp('bench:change');
  }, true);
  const watchMap = () => {
    const start = performance.now();
    const frame = () => {
      const now = performance.now();
      const els = document.querySelectorAll(SEL);
      let fresh = 0;
      for (const el of els) if (!old.has(el)) fresh++;
      if (fresh > 0) {
        console.timeStamp('bench:map');
        return mapDone({ drawn: now, elements: els.length, markers: document.querySelectorAll('.site-map .site-marker').length, clusters: document.querySelectorAll('.site-map .site-cluster').length });
      }
      if (now - start > ${mapTimeoutMs}) return mapDone({ error: 'no marker or cluster of the new data on the map after ${mapTimeoutMs} ms (' + els.length + ' elements match ' + SEL + ')' });
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
  const check = () => {
    const text = (status.textContent || '').trim();
    const refused = status.querySelector('.form-error') || panel.querySelector('[data-testid=import-errors]');
    if (refused) {
      observer.disconnect();
      const errors = panel.querySelector('[data-testid=import-errors]');
      mapDone({ error: 'not loaded' });
      return done({ error: 'the import panel refused the file: ' + ((errors && errors.textContent) || text).slice(0, 300), change: t.change, at: performance.now() });
    }
    if (/\\bloaded\\b/.test(text) && !/not loaded/.test(text)) {
      t.loaded = performance.now();
      console.timeStamp('bench:loaded');
      observer.disconnect();
      done({ change: t.change, loaded: t.loaded, status: text });
      watchMap();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(panel, { subtree: true, childList: true, characterData: true });
  setTimeout(() => {
    if (t.loaded !== null) return;
    observer.disconnect();
    mapDone({ error: 'not loaded' });
    done({ error: 'not loaded after ${timeoutMs} ms; status: ' + (status.textContent || '').trim().slice(0, 300), change: t.change });
  }, ${timeoutMs});
})()`;

/** The years in the timeline's From list (the timeline's axis). */
export const TIMELINE_YEARS = `(() => {
  const from = document.querySelector('.timeline-controls select');
  if (!from) throw new Error('no .timeline-controls select (the timeline From list)');
  from.scrollIntoView({ block: 'center' });
  return Array.from(from.options, (o) => Number(o.value));
})()`;

/** Median interval between animation frames over 30 frames of an idle page (the frame clock). */
export const FRAME_INTERVAL = `new Promise((resolve) => {
  const ts = [];
  const frame = (t) => {
    ts.push(t);
    if (ts.length < 31) return requestAnimationFrame(frame);
    const d = ts.slice(1).map((x, i) => x - ts[i]).sort((a, b) => a - b);
    resolve(d[15]);
  };
  requestAnimationFrame(frame);
})`;

/**
 * Replays a brush plan through the timeline's From (first) and To (second) lists. Per brush, from
 * t0 = performance.now() just before the value is set and a bubbling 'change' is dispatched (React
 * handles it synchronously): `sync` when dispatchEvent returns, `nextFrame` when a message posted
 * from the first animation frame arrives (just after that frame is rendered), `twoFrames` at the
 * second animation frame. A pause of 20–36 ms before each brush varies its phase against the frame
 * clock. `applied` counts brushes after which the list shows the value set.
 */
export const replayBrushes = (
  plan: readonly { control: 'from' | 'to'; value: number }[],
  offset: number,
) => `(async (plan, offset) => {
  const raf = () => new Promise((r) => requestAnimationFrame(r));
  const channel = new MessageChannel();
  const sync = [], nextFrame = [], twoFrames = [];
  let applied = 0;
  for (let i = 0; i < plan.length; i++) {
    await new Promise((r) => setTimeout(r, 20 + (((offset + i) * 7) % 17)));
    const lists = document.querySelectorAll('.timeline-controls select');
    const el = lists[plan[i].control === 'from' ? 0 : 1];
    if (!el) throw new Error('no timeline ' + plan[i].control + ' list');
    let tNext = null;
    const next = new Promise((r) => (channel.port1.onmessage = () => { tNext = performance.now(); r(); }));
    const t0 = performance.now();
    el.value = String(plan[i].value);
    el.dispatchEvent(new Event('change', { bubbles: true }));
    const t1 = performance.now();
    await raf();
    channel.port2.postMessage(0);
    await raf();
    const t2 = performance.now();
    await next;
    sync.push(t1 - t0);
    nextFrame.push(tNext - t0);
    twoFrames.push(t2 - t0);
    const now = document.querySelectorAll('.timeline-controls select')[plan[i].control === 'from' ? 0 : 1];
    if (now && now.value === String(plan[i].value)) applied++;
  }
  return { sync, nextFrame, twoFrames, applied };
})(${JSON.stringify(plan.map(({ control, value }) => ({ control, value })))}, ${offset})`;
