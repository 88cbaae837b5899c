/**
 * The one place that touches `history`: the URL mirrors the view (filters, currency, open panel).
 * On start the URL is decoded and, if anything in it was dropped, rewritten with replaceState.
 * Each later change of the view pushes an entry, so back and forward restore exact views. A gesture
 * still under way (a brush being dragged: the store's `previewFrom`) writes nothing until it ends.
 * Writing the URL costs the browser a few milliseconds, so it waits until the frame that answers
 * the gesture has painted; changes made before then share one entry.
 */
import { decodeView, encodeView, defaultView, type ViewState } from '../domain/url-codec.ts';
import { vocabularyFor } from '../domain/vocabulary.ts';
import type { DashboardState, DashboardStore } from './dashboard-store.ts';
import { afterPaint } from './after-paint.ts';

const viewOf = (s: DashboardState): ViewState => ({
  clauses: s.clauses,
  currency: s.currency,
  panel: s.panel,
  step: s.step,
  lang: s.lang,
  theme: s.theme,
  indianUnits: s.indianUnits,
});

/** Decode `search` and apply it to the store; returns what was dropped. */
export function applyUrlView(store: DashboardStore, search: string): string[] {
  const { dataset, records } = store.getState();
  const { state, dropped } = decodeView(search, vocabularyFor(dataset, records));
  store.getState().applyView(state);
  return dropped;
}

/** Whether the store shows the default view (no filter, panel, tour step or preference set). */
export function isDefaultView(store: DashboardStore): boolean {
  const { dataset, records } = store.getState();
  const defaults = defaultView(vocabularyFor(dataset, records));
  return encodeView(viewOf(store.getState()), defaults) === encodeView(defaults, defaults);
}

/**
 * The link to the view the store shows (`origin` + `pathname` + its query): what the address bar
 * holds once the URL is written, available at once (the write waits for a paint).
 */
export function viewLink(
  store: DashboardStore,
  location: Pick<Location, 'origin' | 'pathname'>,
): string {
  const { dataset, records } = store.getState();
  const query = encodeView(viewOf(store.getState()), defaultView(vocabularyFor(dataset, records)));
  return `${location.origin}${location.pathname}?${query}`;
}

export interface UrlSyncOptions {
  /** Told about parameters that were ignored, so the user knows the link was not fully understood. */
  onDropped?: (params: string[]) => void;
  /** The URL was already applied (before the first paint) and dropped these: do not decode it again. */
  alreadyApplied?: { dropped: string[] };
  /** When a change of the view is written (default: after the next paint); returns a cancel. */
  schedule?: (write: () => void) => () => void;
}

export function startUrlSync(
  store: DashboardStore,
  win: Window = window,
  options: UrlSyncOptions = {},
): () => void {
  const vocabulary = () => {
    const { dataset, records } = store.getState();
    return vocabularyFor(dataset, records);
  };
  const defaults = () => defaultView(vocabulary());
  const query = (view: ViewState) => `?${encodeView(view, defaults())}`;

  // While the URL is being applied to the store, the store must not write the URL back.
  let applying = false;
  const readUrl = () => {
    applying = true;
    try {
      applyAndRewrite();
    } finally {
      applying = false;
    }
  };
  let pending = options.alreadyApplied;
  const applyAndRewrite = () => {
    const dropped = pending ? pending.dropped : applyUrlView(store, win.location.search);
    pending = undefined;
    if (dropped.length > 0) options.onDropped?.(dropped);
    const canonical = query(viewOf(store.getState()));
    if (canonical !== win.location.search) {
      win.history.replaceState(
        win.history.state,
        '',
        `${win.location.pathname}${canonical}${win.location.hash}`,
      );
    }
  };

  readUrl();
  let last = query(viewOf(store.getState()));

  const schedule = options.schedule ?? afterPaint;
  let scheduled = false;
  let cancelWrite = () => {};
  // Whether any change waiting to be written was made while presenting (see below).
  let inTour = false;
  const write = () => {
    scheduled = false;
    const replace = inTour;
    inTour = false;
    const next = query(viewOf(store.getState()));
    if (next === last) return;
    last = next;
    if (next === win.location.search) return;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    // The tour takes one history entry: steps replace it, and leaving replaces it with the view
    // restored, so Back never lands inside a finished tour.
    if (replace) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (applying || s.previewFrom !== null) return;
    const gestureEnded = prev.previewFrom !== null;
    if (
      !gestureEnded &&
      s.clauses === prev.clauses &&
      s.currency === prev.currency &&
      s.panel === prev.panel &&
      s.step === prev.step &&
      s.lang === prev.lang &&
      s.theme === prev.theme &&
      s.indianUnits === prev.indianUnits &&
      s.dataset === prev.dataset
    )
      return;
    if (prev.step !== null) inTour = true;
    if (scheduled) return;
    scheduled = true;
    cancelWrite = schedule(write);
  });

  const onPop = () => {
    // The browser's entry wins over a change not written yet.
    cancelWrite();
    scheduled = false;
    inTour = false;
    readUrl();
    last = query(viewOf(store.getState()));
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    cancelWrite();
    win.removeEventListener('popstate', onPop);
  };
}
