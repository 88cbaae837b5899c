/**
 * Scripts the interaction bench (bench-interactions.ts) runs inside the page, as strings (see
 * bench-page-scripts.ts for why). They rely on nothing of the app but its DOM, so they measure an
 * older build the same way: the category charts' bars, the timeline's brush and From/To lists.
 *
 * INSTALL_INTERACTION_PROBES sets up `window.__benchIx`:
 *   - inputs: every pointerdown / pointerup seen on window in the capture phase, with the event's
 *     timeStamp (the same clock as Event Timing's startTime), so Node learns when its input landed;
 *   - events: Event Timing entries (type 'event', durationThreshold 16, buffered) that carry an
 *     interactionId;
 *   - settle(since, quietMs, capMs): "views settled". A MutationObserver on document.body (subtree,
 *     childList, attributes, characterData) notes each mutation batch; the batch schedules a
 *     requestAnimationFrame, which posts a MessageChannel message: its arrival is "painted after
 *     this batch". settle() waits until no mutation for quietMs (at most capMs after `since`) and
 *     answers the last such time minus `since` (0 when nothing mutated after `since`);
 *   - frames: requestAnimationFrame timestamps between startFrames() and stopFrames().
 */

/** Category charts whose bars the bench clicks (ChartFrame's data-chart). */
export const CATEGORY_CHARTS = ['category-sector', 'category-type', 'category-country'] as const;

/** Chart elements the bench finds by selector. */
export const SELECTORS = {
  chart: (id: string) => `[data-chart="${id}"]`,
  bar: '.category-bar',
  timeline: '[data-chart="timeline"]',
  brush: '[data-chart="timeline"] g.timeline-brush',
  /** The brush's track: recharts' Brush (older builds) or the app's own SVG brush. */
  track: '.recharts-brush > rect:first-child, .brush-track',
  handle: '.recharts-brush-traveller, .brush-handle',
  rangeLists: '.timeline-controls select',
} as const;

/**
 * `exclude`: selectors of elements whose own mutations (and their subtrees') do not count, for
 * anything that ticks on an idle page.
 */
export const installInteractionProbes = (exclude: readonly string[]) => `(() => {
  if (window.__benchIx) return true;
  const EXCLUDE = ${JSON.stringify(exclude.join(', '))};
  const ix = (window.__benchIx = {
    inputs: [], events: [], frames: [], recording: false,
    lastMutation: 0, lastMutationBatch: 0, lastPainted: 0, paintedBatch: 0, batches: 0,
    eventTimingSupported: true,
  });
  for (const type of ['pointerdown', 'pointerup']) {
    window.addEventListener(type, (e) => ix.inputs.push({ type, t: e.timeStamp }), { capture: true, passive: true });
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.interactionId) ix.events.push({ name: e.name, id: e.interactionId, start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch (e) {
    ix.eventTimingSupported = false;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = (m) => {
    ix.lastPainted = performance.now();
    ix.paintedBatch = m.data;
  };
  const counts = (m) => {
    if (EXCLUDE === '') return true;
    const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
    return !(el && el.closest(EXCLUDE));
  };
  new MutationObserver((records) => {
    if (!records.some(counts)) return;
    const batch = ++ix.batches;
    ix.lastMutation = performance.now();
    ix.lastMutationBatch = batch;
    requestAnimationFrame(() => channel.port2.postMessage(batch));
  }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  ix.settle = (since, quietMs, capMs) => new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      const mutated = ix.lastMutation > since;
      const quiet = now - Math.max(ix.lastMutation, since) >= quietMs && ix.paintedBatch === ix.lastMutationBatch;
      const capped = now - since >= capMs;
      if (!quiet && !capped) return setTimeout(tick, 25);
      resolve({ ms: mutated ? ix.lastPainted - since : 0, mutated, capped: !quiet });
    };
    tick();
  });
  ix.quiet = (quietMs, capMs) => ix.settle(performance.now(), quietMs, capMs);
  const frame = (t) => {
    if (!ix.recording) return;
    ix.frames.push(t);
    requestAnimationFrame(frame);
  };
  ix.startFrames = () => { ix.frames = []; ix.recording = true; requestAnimationFrame(frame); };
  ix.stopFrames = () => { ix.recording = false; return ix.frames; };
  return ix.eventTimingSupported;
})()`;

/**
 * Mutations on an idle page over `ms`, grouped by where they happen (tag.class of the mutated
 * element, and the mutation type), most frequent first.
 */
export const idleMutations = (ms: number) => `new Promise((resolve) => {
  const where = new Map();
  let total = 0;
  const mo = new MutationObserver((records) => {
    for (const m of records) {
      total++;
      const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
      const key = m.type + (m.attributeName ? '[' + m.attributeName + ']' : '') + ' ' +
        (el ? el.tagName.toLowerCase() + (el.getAttribute('class') ? '.' + el.getAttribute('class').trim().split(/\\s+/).join('.') : '') : '?');
      where.set(key, (where.get(key) || 0) + 1);
    }
  });
  mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  setTimeout(() => {
    mo.disconnect();
    resolve({ ms: ${ms}, mutations: total, where: [...where].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, n]) => k + ' ×' + n) });
  }, ${ms});
})`;

/** Number of inputs recorded so far (where the next gesture's inputs start). */
export const INPUT_MARK = 'window.__benchIx.inputs.length';

/** The inputs recorded from index `from` on. */
export const inputsSince = (from: number) => `window.__benchIx.inputs.slice(${from})`;

/** Event Timing entries so far. */
export const EVENT_ENTRIES = 'window.__benchIx.events';

/** Waits for views settled after `since` (page ms). */
export const settle = (since: number, quietMs: number, capMs: number) =>
  `window.__benchIx.settle(${since}, ${quietMs}, ${capMs})`;

/** Waits for a page without mutations for quietMs (at most capMs). */
export const quiet = (quietMs: number, capMs: number) =>
  `window.__benchIx.quiet(${quietMs}, ${capMs})`;

export const START_FRAMES = 'window.__benchIx.startFrames()';
export const STOP_FRAMES = 'window.__benchIx.stopFrames()';

/** A clickable bar: its key, and its centre in viewport coordinates after scrolling it into view. */
export interface BarTarget {
  key: string;
  x: number;
  y: number;
  /** Whether the element at (x, y) is the bar or inside it (nothing on top of it). */
  hit: boolean;
}

export interface ChartBars {
  scrolled: boolean;
  bars: BarTarget[];
}

/**
 * The bars of one category chart that are wide enough to click (≥ 3 px; a zero-count bar has no
 * width), after scrolling the chart into view (centre); `scrolled` says whether the page moved.
 */
export const categoryBars = (chart: string) => `(() => {
  const frame = document.querySelector(${JSON.stringify(SELECTORS.chart(chart))});
  if (!frame) return null;
  const [sx, sy] = [window.scrollX, window.scrollY];
  frame.scrollIntoView({ block: 'center' });
  const scrolled = window.scrollX !== sx || window.scrollY !== sy;
  const bars = Array.from(frame.querySelectorAll(${JSON.stringify(SELECTORS.bar)}), (bar) => {
    const r = bar.getBoundingClientRect();
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    const at = document.elementFromPoint(x, y);
    return { key: bar.getAttribute('data-key'), x, y, w: r.width, h: r.height, hit: !!at && (at === bar || bar.contains(at)) };
  }).filter((b) => b.w >= 3 && b.h >= 3).map(({ key, x, y, hit }) => ({ key, x, y, hit }));
  return { scrolled, bars };
})()`;

/**
 * The category buttons below the charts that are pressed (selected), as selectors to click: the
 * bench clears its selections with them after the clicks, unmeasured.
 */
export const PRESSED_CATEGORY_BUTTONS = `(() => {
  const out = [];
  for (const chart of ${JSON.stringify(CATEGORY_CHARTS)}) {
    const frame = document.querySelector('[data-chart="' + chart + '"]');
    if (!frame) continue;
    for (const b of frame.querySelectorAll('button.category-toggle[aria-pressed="true"]'))
      out.push('[data-chart="' + chart + '"] button.category-toggle[data-key="' + CSS.escape(b.getAttribute('data-key')) + '"]');
  }
  return out;
})()`;

/** The brush's geometry, in viewport coordinates after scrolling the timeline into view. */
export interface BrushGeometry {
  /**
   * 'points': recharts' Brush (older builds), handles' left edges on evenly spaced points from the
   * track's left edge to its right edge less a handle; 'bands': the app's own brush, each year a
   * band of the track, the start handle at its year's left edge and the end handle inside its
   * year's right edge.
   */
  kind: 'points' | 'bands';
  /** The track's left edge and width. */
  x: number;
  width: number;
  /** Vertical centre of the handles. */
  y: number;
  travellerWidth: number;
  /** Left edges of the two handles, left one first. */
  handles: [number, number];
  /** Number of years on the axis (the From list's options). */
  years: number;
  /** The From and To lists' values (the range shown), and their indexes among the years. */
  range: [string, string];
  indexes: [number, number];
  /** Whether the element at each handle's centre is that handle (nothing on top of it). */
  hit: [boolean, boolean];
}

export const brushGeometry = (scroll: boolean) => `(() => {
  const timeline = document.querySelector(${JSON.stringify(SELECTORS.timeline)});
  if (!timeline) throw new Error('no ${SELECTORS.timeline}');
  if (${scroll}) timeline.scrollIntoView({ block: 'center' });
  const brush = document.querySelector(${JSON.stringify(SELECTORS.brush)});
  const track = brush && brush.querySelector(${JSON.stringify(SELECTORS.track)});
  const handles = brush ? Array.from(brush.querySelectorAll(${JSON.stringify(SELECTORS.handle)})) : [];
  const lists = document.querySelectorAll(${JSON.stringify(SELECTORS.rangeLists)});
  if (!track || handles.length !== 2)
    throw new Error('no brush track and two handles in ${SELECTORS.brush}; the timeline says: ' + (timeline.innerText || '').replace(/\\s+/g, ' ').slice(0, 200));
  if (lists.length < 2) throw new Error('no timeline From/To lists (${SELECTORS.rangeLists})');
  const b = track.getBoundingClientRect();
  const h = handles.map((el) => ({ el, r: el.getBoundingClientRect() })).sort((p, q) => p.r.left - q.r.left);
  const hit = h.map(({ el, r }) => {
    const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!at && (at === el || el.contains(at));
  });
  return {
    kind: track.classList.contains('brush-track') ? 'bands' : 'points',
    x: b.left, width: b.width, y: h[0].r.top + h[0].r.height / 2, travellerWidth: h[0].r.width,
    handles: [h[0].r.left, h[1].r.left], years: lists[0].options.length,
    range: [lists[0].value, lists[1].value], indexes: [lists[0].selectedIndex, lists[1].selectedIndex], hit,
  };
})()`;
