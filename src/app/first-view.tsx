/**
 * The first view as static HTML, rendered at build time (build/first-view.ts) into index.html: the
 * whole page for the bundled dataset in the default language, so that the header and the headline
 * figures with their sources paint before any script runs, and stay readable with scripts off.
 * The app then renders the same page over it (main.tsx); lazy parts (map, charts) show the
 * placeholders that reserve their space until their code arrives.
 */
import { renderToString } from 'react-dom/server';
import type { Dataset } from '../domain/schema.ts';
import { createDashboardStore } from '../store/dashboard-store.ts';
import { StoreProvider } from '../store/use-dashboard.ts';
import { BUNDLED_FILE } from './bundled-file.ts';
import { Shell } from './shell.tsx';

export function renderFirstView(dataset: Dataset): string {
  const store = createDashboardStore(dataset, BUNDLED_FILE, 'en');
  return renderToString(
    <StoreProvider store={store}>
      <Shell dropped={null} bundled={dataset} bundledOrigin={BUNDLED_FILE} />
    </StoreProvider>,
  );
}
