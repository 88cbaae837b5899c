/**
 * Views subscribe to their own finished model (src/domain/coordinator), with React's scheduling:
 *
 * - Urgent: the view whose gesture changed the clauses (the store's `actor`) and views marked
 *   'always' (the filters bar) read the store's current inputs, so the clicked bar shows its
 *   selection, and the chip appears, in the frame after the click.
 * - Deferred: every other view reads the inputs through DeferredInputs, which takes the store's
 *   latest inputs only after the urgent frame has painted, in a transition: the background render
 *   yields to input, and a newer gesture interrupts it and restarts it with the newest inputs, so
 *   during a drag at most one update is in flight and the latest wins. A deferred view is not
 *   rendered at all by a gesture that does not change its model (the coordinator gives back the
 *   object it already has, and its body is memoised).
 */
import {
  createContext,
  createElement,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Coordinator, type ModelInputs, type ViewClient } from '../domain/coordinator/index.ts';
import type { ViewId } from '../domain/clauses.ts';
import type { DashboardState, DashboardStore } from './dashboard-store.ts';
import { afterPaint } from './after-paint.ts';
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

const sameInputs = (a: ModelInputs, b: ModelInputs) =>
  a.dataset === b.dataset &&
  a.records === b.records &&
  a.clauses === b.clauses &&
  a.currency === b.currency;

const DeferredContext = createContext<ModelInputs | null>(null);

/**
 * Calls `take` with the store's latest inputs after the paint that follows a change of them (one
 * call for any number of changes before it). Returns a function that stops it.
 */
function afterInputsChange(store: DashboardStore, take: (inputs: ModelInputs) => void): () => void {
  let cancel: (() => void) | null = null;
  const unsubscribe = store.subscribe((s, prev) => {
    if (cancel !== null || sameInputs(inputsOf(s), inputsOf(prev))) return;
    cancel = afterPaint(() => {
      cancel = null;
      take(inputsOf(store.getState()));
    });
  });
  return () => {
    unsubscribe();
    cancel?.();
  };
}

/** Holds the inputs deferred views read; mounted once by StoreProvider. */
export function DeferredInputs({ children }: { children: ReactNode }) {
  const store = useDashboardStore();
  const [inputs, setInputs] = useState(() => inputsOf(store.getState()));
  useEffect(() => {
    const take = (next: ModelInputs) =>
      startTransition(() => setInputs((old) => (sameInputs(old, next) ? old : next)));
    // The store may have changed between the first render and this effect.
    take(inputsOf(store.getState()));
    return afterInputsChange(store, take);
  }, [store]);
  return createElement(DeferredContext.Provider, { value: inputs }, children);
}

/**
 * When a view answers with the current inputs: 'always', or when the given view made the gesture.
 * Anything else follows in a transition.
 */
export type Urgency = 'always' | ViewId | 'deferred';

const NOT_URGENT = null;

export function useModel<M>(client: ViewClient<M>, urgency: Urgency): M;
export function useModel<M, P>(client: ViewClient<M, P>, urgency: Urgency, param: P): M;
export function useModel<M, P>(client: ViewClient<M, P>, urgency: Urgency, param?: P): M {
  const store = useDashboardStore();
  // Subscribed to the store's inputs only while urgent: a deferred view is not rendered by a gesture.
  const current = useDashboard(
    useShallow((s) => (urgency === 'always' || s.actor === urgency ? inputsOf(s) : NOT_URGENT)),
  );
  const deferred = useContext(DeferredContext) ?? inputsOf(store.getState());
  return coordinatorOf(store).get(client, current ?? deferred, param as P);
}

/**
 * A subscription that hands `deliver` the model of the store's latest inputs after the next paint,
 * just before the deferred views render (its callback is queued first: a child subscribes before
 * DeferredInputs, its ancestor). For work that can start earlier off the main thread: the map sends
 * the new counts to its cluster worker, which clusters while the views render. The coordinator keeps
 * the model, so the views' own request for it costs nothing.
 */
export function useAhead<M>(client: ViewClient<M>): (deliver: (model: M) => void) => () => void {
  const store = useDashboardStore();
  return useCallback(
    (deliver: (model: M) => void) =>
      afterInputsChange(store, (inputs) => deliver(coordinatorOf(store).get(client, inputs))),
    [store, client],
  );
}
