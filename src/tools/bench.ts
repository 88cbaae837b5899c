/**
 * `npm run bench` (not part of `npm test`): builds, serves the production build and prints one JSON
 * object of figures measured in headless Chromium. Timings are printed, never asserted.
 *
 * Today: the gzipped bytes of all JS and CSS (first view and lazy parts), of the dataset and of the
 * offline base map inside them; the time from navigation to a drawn map (base map and every site
 * marker in the page), median of several loads.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildBasemap } from './basemap.ts';
import { ensureChromium, launchChromium } from './chromium.ts';
import { REPO_ROOT, startPreview } from './preview-server.ts';

const RUNS = 7;

/** Resolves with performance.now() at the first frame where the base map and the site markers are drawn. */
const MAP_DRAWN = `new Promise((resolve) => {
  const check = () => {
    const base = document.querySelectorAll('.leaflet-basemap-pane path').length;
    const markers = document.querySelectorAll('.site-map .site-marker').length;
    if (base > 40 && markers > 0) requestAnimationFrame(() => resolve(performance.now()));
    else requestAnimationFrame(check);
  };
  check();
})`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const gz = (file: string) => gzipSync(readFileSync(file)).length;

async function main() {
  const chromiumPath = await ensureChromium();
  const server = await startPreview();
  const browser = await launchChromium(chromiumPath);
  try {
    const assets = join(REPO_ROOT, 'dist', 'assets');
    const files = readdirSync(assets);
    const bytes = (ext: string) =>
      files.filter((f) => f.endsWith(ext)).reduce((n, f) => n + gz(join(assets, f)), 0);
    const dataset = gzipSync(readFileSync(join(REPO_ROOT, 'data', 'dataset.json'))).length;
    const basemap = gzipSync(JSON.stringify(buildBasemap())).length;

    const mapDrawn: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/`, { waitUntil: 'commit' });
      // A string, not a function: tsx would decorate a function with helpers the page lacks.
      const ms = await page.evaluate<number>(MAP_DRAWN);
      mapDrawn.push(ms);
      await context.close();
    }
    console.log(
      JSON.stringify(
        {
          machine: { cores: cpus().length, chromium: browser.version() },
          gzipBytes: {
            allJs: bytes('.js'),
            allCss: bytes('.css'),
            datasetInJs: dataset,
            basemapInJs: basemap,
          },
          mapDrawnMs: { median: Math.round(median(mapDrawn)), runs: mapDrawn.map(Math.round) },
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
