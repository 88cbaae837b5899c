/**
 * The theme in use: the reader's choice from the URL or the switch, else the system's
 * prefers-color-scheme (followed live). Charts and the base map read their colours from it.
 */
import { useSyncExternalStore } from 'react';
import { useDashboard } from '../store/use-dashboard.ts';
import type { Theme } from '../domain/preferences.ts';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

export function systemTheme(): Theme {
  return typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches
    ? 'dark'
    : 'light';
}

export function useTheme(): Theme {
  const chosen = useDashboard((s) => s.theme);
  const system = useSyncExternalStore(subscribe, systemTheme, () => 'light' as const);
  return chosen ?? system;
}
