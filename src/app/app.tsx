import { useEffect, useState } from 'react';
import { createDashboardStore, languageOf, type DashboardStore } from '../store/dashboard-store.ts';
import { StoreProvider } from '../store/use-dashboard.ts';
import { applyUrlView, isDefaultView, startUrlSync } from '../store/url-sync.ts';
import { matchLocale } from '../i18n/i18n.ts';
import { BUNDLED_FILE, bundledDataset } from './load-bundled.ts';
import { Shell } from './shell.tsx';

export interface Boot {
  store: DashboardStore;
  /** Link parameters that were not understood. */
  dropped: string[];
  /**
   * True when the first render is the page the build wrote into index.html (English, the default
   * view): React then hydrates that HTML instead of replacing it, so what painted first stays.
   */
  matchesFirstView: boolean;
}

/** The store, with the link's view applied before the first paint (a link never flashes the default). */
export function boot(): Boot {
  const store = createDashboardStore(
    bundledDataset,
    BUNDLED_FILE,
    matchLocale(navigator.languages ?? [navigator.language]),
  );
  const dropped = applyUrlView(store, window.location.search);
  const matchesFirstView =
    dropped.length === 0 && languageOf(store.getState()) === 'en' && isDefaultView(store);
  return { store, dropped, matchesFirstView };
}

export function App({ booted }: { booted?: Boot }) {
  // Build the store once per mount, not per render.
  const [started] = useState(() => booted ?? boot());
  // The parameters a link carried that were not understood; told in the reader's language.
  const [dropped, setDropped] = useState<string[] | null>(null);
  // The page is the app's from now on (hydrated or rendered): scripts and tests may act on it.
  useEffect(() => {
    document.documentElement.dataset['app'] = 'ready';
  }, []);
  useEffect(
    () =>
      startUrlSync(started.store, window, {
        alreadyApplied: { dropped: started.dropped },
        onDropped: setDropped,
      }),
    [started],
  );

  return (
    <StoreProvider store={started.store}>
      <Shell dropped={dropped} bundled={bundledDataset} bundledOrigin={BUNDLED_FILE} />
    </StoreProvider>
  );
}
