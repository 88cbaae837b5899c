/**
 * One zustand store built from small slices: the data (facts), the filter clauses (facts about the
 * user's question, with undo history) and the UI state. Derived data comes from selectors in
 * src/domain and is never written back. Vanilla store here; React binding in use-dashboard.ts
 * (zustand's own vanilla/react split).
 */
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import type { Dataset } from '../domain/schema.ts';
import type { Clause, Clauses, InField, ViewId } from '../domain/clauses.ts';
import { recordsOfDataset, type Records } from '../domain/records.ts';
import type { ViewState } from '../domain/url-codec.ts';
import type { Language, Preferences, Theme } from '../domain/preferences.ts';
import { clampStep, stepClauses } from '../domain/tour.ts';

export interface DataSlice {
  dataset: Dataset;
  /** The dataset's records as columns (a ledger's arrive ready-made from the import worker). */
  records: Records;
  /** Where the loaded dataset came from, for the user's information. */
  origin: string;
  /** Data rows of the origin left out because they had problems (a partial import); else 0. */
  skippedRows: number;
  /**
   * Load a dataset, with its records when they are ready-made (else built from the dataset), and
   * the number of rows of its file left out, when the user chose to load only the valid ones.
   */
  loadDataset: (dataset: Dataset, origin: string, records?: Records, skippedRows?: number) => void;
}

const HISTORY_LIMIT = 100;

export interface FiltersSlice {
  /** One clause per view that has a selection; a view is filtered by all the others. */
  clauses: Clauses;
  past: Clauses[];
  future: Clauses[];
  /**
   * The view whose gesture made the last change of the clauses (it answers at once; the others
   * follow in a transition); null when no view did (undo, reset, a link, the tour, a load).
   */
  actor: ViewId | null;
  /** While a drag previews its clause: the clauses from before the drag (the undo step to come). */
  previewFrom: Clauses | null;
  setClause: (view: ViewId, clause: Clause | null) => void;
  /**
   * A clause shown while a gesture is still going on (a brush being dragged): every view follows,
   * but nothing enters the undo history or the URL until setClause commits the gesture's end.
   */
  previewClause: (view: ViewId, clause: Clause | null) => void;
  /** Click on a category: select it alone, or (additive) add or remove it from the selection. */
  toggleValue: (view: ViewId, field: InField, value: string, additive?: boolean) => void;
  clearFilters: () => void;
  undo: () => void;
  redo: () => void;
}

export interface UiSlice extends Preferences {
  /** The browser's language, used while the reader has not chosen one (`lang` null). */
  systemLang: Language;
  setLang: (lang: Language) => void;
  setTheme: (theme: Theme) => void;
  setIndianUnits: (on: boolean) => void;
  /** Currency for amounts the sources state in several currencies. */
  currency: string;
  /** The open panel: 'sources', or 'provenance:<card id>'; null when none is open. */
  panel: string | null;
  setCurrency: (currency: string) => void;
  togglePanel: (panel: string) => void;
  setPanel: (panel: string | null) => void;
  /** Replace the whole view (from the URL: reload, back, forward) without touching undo history. */
  applyView: (view: ViewState) => void;
}

export interface PresenterSlice {
  /** The tour step on screen (0-based); null when not presenting. */
  step: number | null;
  /** The view from before presenting, restored on leaving. */
  beforePresenting: ViewState | null;
  startTour: (at?: number) => void;
  goToStep: (index: number) => void;
  stopTour: () => void;
}

export type DashboardState = DataSlice & FiltersSlice & UiSlice & PresenterSlice;
export type DashboardStore = StoreApi<DashboardState>;

type Slice<T> = StateCreator<DashboardState, [], [], T>;

const dataSlice =
  (dataset: Dataset, origin: string, records: Records): Slice<DataSlice> =>
  (set) => ({
    dataset,
    records,
    origin,
    skippedRows: 0,
    // A new dataset invalidates the old question: filters, history and open panels go with it.
    loadDataset: (next, nextOrigin, nextRecords, skippedRows = 0) =>
      set((s) => ({
        dataset: next,
        records: nextRecords ?? recordsOfDataset(next),
        origin: nextOrigin,
        skippedRows,
        clauses: {},
        past: [],
        future: [],
        actor: null,
        previewFrom: null,
        // The import panel stays open to report what was loaded; any other panel belonged to the old data.
        panel: s.panel === 'import' ? 'import' : null,
        step: null,
        beforePresenting: null,
      })),
  });

function withClause(clauses: Clauses, view: ViewId, clause: Clause | null): Clauses {
  const next = { ...clauses };
  const empty =
    clause === null ||
    (clause.kind === 'in' && clause.values.length === 0) ||
    (clause.kind === 'search' && clause.query.trim() === '');
  if (empty) delete next[view];
  else next[view] = clause;
  return next;
}

const same = (a: Clauses, b: Clauses) => JSON.stringify(a) === JSON.stringify(b);

const filtersSlice: Slice<FiltersSlice> = (set, get) => {
  /** One undo step from before the gesture (or its preview) to `clauses`. */
  const commit = (clauses: Clauses, actor: ViewId | null) => {
    const { clauses: current, past, previewFrom } = get();
    const before = previewFrom ?? current;
    if (same(clauses, before)) {
      if (previewFrom) set({ clauses: before, previewFrom: null, actor });
      return;
    }
    set({
      clauses: same(clauses, current) ? current : clauses,
      past: [...past, before].slice(-HISTORY_LIMIT),
      future: [],
      actor,
      previewFrom: null,
    });
  };
  return {
    clauses: {},
    past: [],
    future: [],
    actor: null,
    previewFrom: null,
    setClause: (view, clause) => commit(withClause(get().clauses, view, clause), view),
    previewClause: (view, clause) => {
      const { clauses, previewFrom } = get();
      const next = withClause(clauses, view, clause);
      if (same(next, clauses)) return;
      set({ clauses: next, previewFrom: previewFrom ?? clauses, actor: view });
    },
    toggleValue: (view, field, value, additive = false) => {
      const current = get().clauses[view];
      const selected = current?.kind === 'in' && current.field === field ? current.values : [];
      let values: string[];
      if (additive)
        values = selected.includes(value)
          ? selected.filter((v) => v !== value)
          : [...selected, value];
      else values = selected.length === 1 && selected[0] === value ? [] : [value];
      commit(
        withClause(get().clauses, view, { kind: 'in', field, values: [...values].sort() }),
        view,
      );
    },
    clearFilters: () => commit({}, null),
    undo: () => {
      const { past, clauses, future } = get();
      const previous = past.at(-1);
      if (!previous) return;
      set({
        clauses: previous,
        past: past.slice(0, -1),
        future: [clauses, ...future],
        actor: null,
        previewFrom: null,
      });
    },
    redo: () => {
      const { past, clauses, future } = get();
      const [next, ...rest] = future;
      if (!next) return;
      set({
        clauses: next,
        past: [...past, clauses],
        future: rest,
        actor: null,
        previewFrom: null,
      });
    },
  };
};

const uiSlice =
  (systemLang: Language): Slice<UiSlice> =>
  (set) => ({
    systemLang,
    lang: null,
    theme: null,
    indianUnits: false,
    setLang: (lang) => set({ lang }),
    setTheme: (theme) => set({ theme }),
    setIndianUnits: (indianUnits) => set({ indianUnits }),
    currency: 'INR',
    panel: null,
    setCurrency: (currency) => set({ currency }),
    togglePanel: (panel) => set((s) => ({ panel: s.panel === panel ? null : panel })),
    setPanel: (panel) => set({ panel }),
    applyView: (view) =>
      set((s) => {
        // A tour step defines its own filters: a link naming a step shows that step's view.
        const step = view.step !== null ? s.dataset.tour[view.step] : undefined;
        return {
          clauses: step ? stepClauses(step) : view.clauses,
          actor: null,
          previewFrom: null,
          currency: view.currency,
          panel: view.panel,
          step: step ? view.step : null,
          lang: view.lang,
          theme: view.theme,
          indianUnits: view.indianUnits,
        };
      }),
  });

/** Tour steps set filters without entering undo history; leaving restores the view from before. */
const presenterSlice: Slice<PresenterSlice> = (set, get) => {
  const show = (index: number) => {
    const tour = get().dataset.tour;
    const step = tour[clampStep(index, tour.length)];
    if (!step) return;
    set({
      step: clampStep(index, tour.length),
      clauses: stepClauses(step),
      actor: null,
      previewFrom: null,
      panel: null,
    });
  };
  return {
    step: null,
    beforePresenting: null,
    startTour: (at = 0) => {
      const s = get();
      if (s.dataset.tour.length === 0) return;
      if (s.step === null)
        set({
          beforePresenting: {
            clauses: s.clauses,
            currency: s.currency,
            panel: s.panel,
            step: null,
            lang: s.lang,
            theme: s.theme,
            indianUnits: s.indianUnits,
          },
        });
      show(at);
    },
    goToStep: (index) => {
      if (get().step !== null) show(index);
    },
    stopTour: () => {
      const before = get().beforePresenting;
      set({
        step: null,
        beforePresenting: null,
        clauses: before?.clauses ?? {},
        actor: null,
        previewFrom: null,
        panel: before?.panel ?? null,
        ...(before ? { currency: before.currency } : {}),
      });
    },
  };
};

/** The language in use: the reader's choice, else the browser's. */
export const languageOf = (s: Pick<UiSlice, 'lang' | 'systemLang'>): Language =>
  s.lang ?? s.systemLang;

export function createDashboardStore(
  dataset: Dataset,
  origin = 'bundled',
  systemLang: Language = 'en',
  records: Records = recordsOfDataset(dataset),
): DashboardStore {
  return createStore<DashboardState>()((...a) => ({
    ...dataSlice(dataset, origin, records)(...a),
    ...filtersSlice(...a),
    ...uiSlice(systemLang)(...a),
    ...presenterSlice(...a),
  }));
}
