import { useState } from 'react';
import { createDashboardStore } from '../store/dashboard-store.ts';
import { StoreProvider } from '../store/use-dashboard.ts';
import { BUNDLED_FILE, loadBundled } from './load-bundled.ts';
import { DatasetErrors } from './dataset-errors.tsx';
import { Shell } from './shell.tsx';

export function App() {
  // Validate and build the store once per mount, not per render.
  const [boot] = useState(() => {
    const result = loadBundled();
    return result.ok
      ? { store: createDashboardStore(result.dataset, BUNDLED_FILE) }
      : { errors: result.errors };
  });
  if ('errors' in boot) return <DatasetErrors file={BUNDLED_FILE} errors={boot.errors} />;
  return (
    <StoreProvider store={boot.store}>
      <Shell />
    </StoreProvider>
  );
}
