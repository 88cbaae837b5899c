import { useEffect, useState } from 'react';
import { createDashboardStore } from '../store/dashboard-store.ts';
import { StoreProvider } from '../store/use-dashboard.ts';
import { applyUrlView, startUrlSync } from '../store/url-sync.ts';
import { translator } from '../i18n/i18n.ts';
import { BUNDLED_FILE, loadBundled } from './load-bundled.ts';
import { DatasetErrors } from './dataset-errors.tsx';
import { Shell } from './shell.tsx';

export function App() {
  // Validate and build the store once per mount, not per render.
  const [boot] = useState(() => {
    const result = loadBundled();
    if (!result.ok) return { errors: result.errors };
    const created = createDashboardStore(result.dataset, BUNDLED_FILE);
    // Apply the link's view before the first paint, so a shared link never flashes the default view.
    const dropped = applyUrlView(created, window.location.search);
    return { store: created, bundled: result.dataset, dropped };
  });
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (!boot.store) return;
    const store = boot.store;
    const t = translator(store.getState().locale);
    return startUrlSync(store, window, {
      alreadyApplied: { dropped: boot.dropped ?? [] },
      onDropped: (params) => setNotice(t('url.dropped', { params: params.join(', ') })),
    });
  }, [boot]);

  if ('errors' in boot) return <DatasetErrors file={BUNDLED_FILE} errors={boot.errors} />;
  return (
    <StoreProvider store={boot.store}>
      <Shell notice={notice} bundled={boot.bundled} bundledOrigin={BUNDLED_FILE} />
    </StoreProvider>
  );
}
