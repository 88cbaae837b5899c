/** React binding for the vanilla store: a context carries the store, a hook selects narrowly. */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DashboardState, DashboardStore } from './dashboard-store.ts';
import { DeferredInputs } from './use-model.ts';

const StoreContext = createContext<DashboardStore | null>(null);

/** Provides the store, and the inputs deferred views read (use-model.ts). */
export function StoreProvider({ store, children }: { store: DashboardStore; children: ReactNode }) {
  return createElement(
    StoreContext.Provider,
    { value: store },
    createElement(DeferredInputs, null, children),
  );
}

export function useDashboardStore(): DashboardStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useDashboard must be used inside <StoreProvider>');
  return store;
}

export function useDashboard<T>(selector: (state: DashboardState) => T): T {
  return useStore(useDashboardStore(), selector);
}

type ActionKeys = {
  [K in keyof DashboardState]: DashboardState[K] extends (...args: never[]) => unknown ? K : never;
}[keyof DashboardState];
export type DashboardActions = Pick<DashboardState, ActionKeys>;

/** The store's actions. They never change identity, so reading them does not subscribe to anything. */
export function useActions(): DashboardActions {
  return useDashboardStore().getState();
}
