/**
 * The bundled dataset at build time, and the first view written from it into index.html.
 *
 * - `virtual:bundled-dataset`: data/dataset.json, validated here by the app's own schema
 *   (src/domain/parse-dataset.ts). A dataset that fails fails the build (and the dev server), with
 *   the same path, value and reason for each error that the import panel shows; the app then trusts
 *   it and ships no schema library in its first view.
 * - index.html (build only): `<div id="root">` gets the whole page for the bundled dataset in the
 *   default language, rendered by React on the server (src/app/first-view.tsx), so the header and
 *   the headline figures with their sources paint from HTML, and read with scripts off. The app
 *   renders over it once its script has run (src/main.tsx).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { parseDataset, type ValidationError } from '../src/domain/parse-dataset.ts';
import type { Dataset } from '../src/domain/schema.ts';
import { translator } from '../src/i18n/i18n.ts';
import { BUNDLED_FILE } from '../src/app/bundled-file.ts';

export const BUNDLED_DATASET = BUNDLED_FILE;
const VIRTUAL = 'virtual:bundled-dataset';
const RESOLVED = `\0${VIRTUAL}`;
/** Errors listed in a failed build's message; the count is always given. */
const ERRORS_LISTED = 100;

/** A failed dataset's errors, worded as the app words them (English). */
export function datasetErrorMessage(file: string, errors: readonly ValidationError[]): string {
  const t = translator('en');
  const lines = errors
    .slice(0, ERRORS_LISTED)
    .map((e) => `  ${t('error.row', { path: e.path, reason: e.reason, value: e.value })}`);
  const more = errors.length > ERRORS_LISTED ? [`  … ${errors.length - ERRORS_LISTED} more`] : [];
  return [t('error.lede', { count: errors.length, file }), ...lines, ...more].join('\n');
}

/** Reads and validates the dataset; throws with every error when it is not valid. */
export function readBundledDataset(root: string, file = BUNDLED_DATASET): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch (e) {
    throw new Error(
      `${file} cannot be read as JSON: ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  }
  const result = parseDataset(json);
  if (!result.ok) throw new Error(datasetErrorMessage(file, result.errors));
  return result.dataset;
}

/** Renders the page for `dataset` with the app's own components, through Vite's SSR loader. */
async function renderPage(root: string, dataset: Dataset): Promise<string> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true },
  });
  try {
    const mod = (await server.ssrLoadModule('/src/app/first-view.tsx')) as {
      renderFirstView: (d: Dataset) => string;
    };
    return mod.renderFirstView(dataset);
  } finally {
    await server.close();
  }
}

export function bundledDatasetPlugin(): Plugin[] {
  let root = process.cwd();
  let dataset: Dataset | null = null;
  const load = () => (dataset ??= readBundledDataset(root));
  return [
    {
      name: 'bundled-dataset',
      configResolved(config) {
        root = config.root;
      },
      resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
      load(id) {
        if (id !== RESOLVED) return null;
        this.addWatchFile(join(root, BUNDLED_DATASET));
        dataset = null; // re-read on every load: the dev server reloads it when the file changes
        // A JSON string parsed at run time is faster to start than the same object as a literal.
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(load()))});`;
      },
    },
    {
      name: 'first-view-html',
      apply: 'build',
      transformIndexHtml: {
        order: 'pre',
        async handler(html) {
          const page = await renderPage(root, load());
          const marker = '<div id="root"></div>';
          if (!html.includes(marker)) throw new Error(`index.html has no ${marker} to fill`);
          // data-first-view: the page in #root is the build's until the app marks <html data-app>.
          return html.replace(marker, `<div id="root" data-first-view>${page}</div>`);
        },
      },
    },
  ];
}
