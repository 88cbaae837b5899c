import { useEffect, useState } from 'react';
import { createDashboardStore } from '../store/dashboard-store.ts';
import { StoreProvider } from '../store/use-dashboard.ts';
import { applyUrlView, startUrlSync } from '../store/url-sync.ts';
import { matchLocale } from '../i18n/i18n.ts';
import { BUNDLED_FILE, bundledDataset } from './load-bundled.ts';
import { Shell } from './shell.tsx';

export function App() {
  // Build the store once per mount, not per render.
  const [boot] = useState(() => {
    const created = createDashboardStore(
      bundledDataset,
      BUNDLED_FILE,
      matchLocale(navigator.languages ?? [navigator.language]),
    );
    // Apply the link's view before the first paint, so a shared link never flashes the default view.
    const dropped = applyUrlView(created, window.location.search);
    return { store: created, dropped };
  });
  // The parameters a link carried that were not understood; told in the reader's language.
  const [dropped, setDropped] = useState<string[] | null>(null);
  useEffect(
    () =>
      startUrlSync(boot.store, window, {
        alreadyApplied: { dropped: boot.dropped },
        onDropped: setDropped,
      }),
    [boot],
  );

  return (
    <StoreProvider store={boot.store}>
      <Shell dropped={dropped} bundled={bundledDataset} bundledOrigin={BUNDLED_FILE} />
    </StoreProvider>
  );
}
