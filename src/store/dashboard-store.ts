/**
 * One zustand store built from small slices: the data (facts), the filter clauses (facts about the
 * user's question) and the UI state. Derived data comes from selectors in src/domain and is never
 * written back. Vanilla store here; React binding in use-dashboard.ts (zustand's own vanilla/react split).
 */
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import type { Dataset } from '../domain/schema.ts';
import type { Locale } from '../i18n/i18n.ts';

export interface DataSlice {
  dataset: Dataset;
  /** Where the loaded dataset came from, for the user's information. */
  origin: string;
  loadDataset: (dataset: Dataset, origin: string) => void;
}

/** A filter clause published by one view; views are filtered by every clause except their own. */
export interface FilterClause {
  field: string;
  values: readonly string[];
}

export interface FiltersSlice {
  clauses: Readonly<Record<string, FilterClause>>;
  setClause: (viewId: string, clause: FilterClause | null) => void;
  clearFilters: () => void;
}

export interface UiSlice {
  locale: Locale;
  /** The card whose provenance is open, if any. */
  openProvenance: string | null;
  toggleProvenance: (cardId: string) => void;
}

export type DashboardState = DataSlice & FiltersSlice & UiSlice;
export type DashboardStore = StoreApi<DashboardState>;

type Slice<T> = StateCreator<DashboardState, [], [], T>;

const dataSlice =
  (dataset: Dataset, origin: string): Slice<DataSlice> =>
  (set) => ({
    dataset,
    origin,
    // A new dataset invalidates the old question: filters and open panels are cleared with it.
    loadDataset: (next, nextOrigin) =>
      set({ dataset: next, origin: nextOrigin, clauses: {}, openProvenance: null }),
  });

const filtersSlice: Slice<FiltersSlice> = (set) => ({
  clauses: {},
  setClause: (viewId, clause) =>
    set((s) => {
      const clauses = { ...s.clauses };
      if (clause === null || clause.values.length === 0) delete clauses[viewId];
      else clauses[viewId] = clause;
      return { clauses };
    }),
  clearFilters: () => set({ clauses: {} }),
});

const uiSlice: Slice<UiSlice> = (set) => ({
  locale: 'en',
  openProvenance: null,
  toggleProvenance: (cardId) =>
    set((s) => ({ openProvenance: s.openProvenance === cardId ? null : cardId })),
});

export function createDashboardStore(dataset: Dataset, origin = 'bundled'): DashboardStore {
  return createStore<DashboardState>()((...a) => ({
    ...dataSlice(dataset, origin)(...a),
    ...filtersSlice(...a),
    ...uiSlice(...a),
  }));
}
