/** React binding for the vanilla store: a context carries the store, a hook selects narrowly. */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DashboardState, DashboardStore } from './dashboard-store.ts';

const StoreContext = createContext<DashboardStore | null>(null);

export function StoreProvider({ store, children }: { store: DashboardStore; children: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

export function useDashboardStore(): DashboardStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useDashboard must be used inside <StoreProvider>');
  return store;
}

export function useDashboard<T>(selector: (state: DashboardState) => T): T {
  return useStore(useDashboardStore(), selector);
}
