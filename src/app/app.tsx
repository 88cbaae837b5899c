import { useEffect, useState } from 'react';
import { createDashboardStore } from '../store/dashboard-store.ts';
import { StoreProvider } from '../store/use-dashboard.ts';
import { applyUrlView, startUrlSync } from '../store/url-sync.ts';
import { matchLocale } from '../i18n/i18n.ts';
import { BUNDLED_FILE, loadBundled } from './load-bundled.ts';
import { DatasetErrors } from './dataset-errors.tsx';
import { Shell } from './shell.tsx';

export function App() {
  // Validate and build the store once per mount, not per render.
  const [boot] = useState(() => {
    const result = loadBundled();
    if (!result.ok) return { errors: result.errors };
    const created = createDashboardStore(
      result.dataset,
      BUNDLED_FILE,
      matchLocale(navigator.languages ?? [navigator.language]),
    );
    // Apply the link's view before the first paint, so a shared link never flashes the default view.
    const dropped = applyUrlView(created, window.location.search);
    return { store: created, bundled: result.dataset, dropped };
  });
  // The parameters a link carried that were not understood; told in the reader's language.
  const [dropped, setDropped] = useState<string[] | null>(null);
  useEffect(() => {
    if (!boot.store) return;
    return startUrlSync(boot.store, window, {
      alreadyApplied: { dropped: boot.dropped ?? [] },
      onDropped: setDropped,
    });
  }, [boot]);

  if ('errors' in boot) return <DatasetErrors file={BUNDLED_FILE} errors={boot.errors} />;
  return (
    <StoreProvider store={boot.store}>
      <Shell dropped={dropped} bundled={boot.bundled} bundledOrigin={BUNDLED_FILE} />
    </StoreProvider>
  );
}
