/**
 * Views subscribe to their own finished model (src/domain/coordinator), with React's scheduling:
 *
 * - The inputs of every model (records, clauses, currency) are read from the store at once, and
 *   deferred with useDeferredValue: a view re-renders urgently with the model it already shows
 *   (the coordinator hands back the same object, so its memoised body skips), then in a background
 *   render with the new one. Background renders yield to input and restart on newer inputs, so during
 *   a drag at most one update is in flight and the latest wins.
 * - The view whose gesture changed the clauses (the store's `actor`) and views marked `always` read
 *   the current inputs: the clicked bar shows its selection in the same frame.
 */
import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Coordinator, type ModelInputs, type ViewClient } from '../domain/coordinator/index.ts';
import type { ViewId } from '../domain/clauses.ts';
import type { DashboardState, DashboardStore } from './dashboard-store.ts';
import { useDashboard, useDashboardStore } from './use-dashboard.ts';

const coordinators = new WeakMap<DashboardStore, Coordinator>();

/** The store's coordinator: one per store, so its caches hold one dataset's models. */
export function coordinatorOf(store: DashboardStore): Coordinator {
  let c = coordinators.get(store);
  if (!c) coordinators.set(store, (c = new Coordinator()));
  return c;
}

export const inputsOf = (s: DashboardState): ModelInputs => ({
  dataset: s.dataset,
  records: s.records,
  clauses: s.clauses,
  currency: s.currency,
});

/**
 * When a view answers with the current inputs: 'always', or when the given view made the gesture.
 * Anything else follows in a transition.
 */
export type Urgency = 'always' | ViewId | 'deferred';

export function useModel<M>(client: ViewClient<M>, urgency: Urgency): M;
export function useModel<M, P>(client: ViewClient<M, P>, urgency: Urgency, param: P): M;
export function useModel<M, P>(client: ViewClient<M, P>, urgency: Urgency, param?: P): M {
  const coordinator = coordinatorOf(useDashboardStore());
  const inputs = useDashboard(useShallow(inputsOf));
  const deferred = useDeferredValue(inputs);
  const urgent = useDashboard((s) => urgency === 'always' || s.actor === urgency);
  return coordinator.get(client, urgent ? inputs : deferred, param as P);
}
