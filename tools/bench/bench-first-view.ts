/**
 * The first view of the bundled dataset, for `npm run bench`: what a first load at 1440×900 requests
 * before any interaction (each served file gzipped from the build directory), and LCP, TBT and the
 * map's first drawn frame measured in the page with PerformanceObserver (unthrottled; Lighthouse's
 * simulated figures are reported apart, by bench-lighthouse.ts).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { buildBasemap } from '../../build/basemap.ts';
import { LOAD_FIGURES, OBSERVE_LOAD } from './bench-page-scripts.ts';
import { median } from './bench-stats.ts';
import { REPO_ROOT } from '../lib/preview-server.ts';

interface LoadFigures {
  fcp: number | null;
  tbtFirstView: number;
  laterParts: number | null;
  resourceStarts: [string, number][];
  lcp: number | null;
  lcpElement: string | null;
  tbt: number;
  loadEnd: number;
  quietStart: number;
  longtasks: number;
  mapDrawn: number | null;
  longtaskSupported: boolean;
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function kindOf(file: string): 'js' | 'css' | 'html' | 'data' | 'other' {
  const ext = extname(file);
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.html') return 'html';
  if (ext === '.json') return 'data';
  return 'other';
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

export async function firstView(browser: Browser, url: string, outDir: string, runs: number) {
  const origin = new URL(url).origin;
  const loads: LoadFigures[] = [];
  let requested: string[] = [];
  /** Requests that started after the app's later-parts mark (run 0): the idle-time loads. */
  let afterFirstView = new Set<string>();
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(OBSERVE_LOAD);
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(`${url}/`, { waitUntil: 'load' });
    loads.push(await page.evaluate<LoadFigures>(LOAD_FIGURES));
    if (i === 0) {
      requested = [...new Set(urls)];
      const later = loads[0]?.laterParts ?? null;
      afterFirstView = new Set(
        (loads[0]?.resourceStarts ?? [])
          .filter(([, start]) => later !== null && start >= later)
          .map(([name]) => name),
      );
    }
    await context.close();
  }

  const bytes = { js: 0, css: 0, html: 0, data: 0, other: 0 };
  const files: { path: string; gzBytes: number; when: 'first view' | 'idle, after it' }[] = [];
  let firstViewOnly = 0;
  const notServedFromBuild: string[] = [];
  const firstViewFiles = new Set<string>();
  for (const u of requested) {
    const parsed = new URL(u);
    const rel = decodeURIComponent(parsed.pathname === '/' ? '/index.html' : parsed.pathname);
    const file = join(outDir, rel);
    if (parsed.origin !== origin || !existsSync(file) || !statSync(file).isFile()) {
      notServedFromBuild.push(u);
      continue;
    }
    const size = gz(file);
    bytes[kindOf(file)] += size;
    const idle = afterFirstView.has(u);
    if (!idle) firstViewOnly += size;
    files.push({ path: rel, gzBytes: size, when: idle ? 'idle, after it' : 'first view' });
    firstViewFiles.add(file);
  }
  const all = filesUnder(outDir);
  const lazy = all.filter((f) => !firstViewFiles.has(f) && /\.(m?js|css)$/.test(f));
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);

  const pick = (f: (l: LoadFigures) => number | null) => {
    const xs = loads.map(f).filter((x): x is number => x !== null);
    return xs.length === 0 ? null : Math.round(median(xs));
  };
  return {
    viewport: '1440x900',
    gzBytes: {
      firstView: firstViewOnly,
      total,
      ...bytes,
      datasetJsonInJs: gz(join(REPO_ROOT, 'data', 'dataset.json')),
      basemapInJs: gzipSync(JSON.stringify(buildBasemap()), { level: 9 }).length,
      note: 'firstView: the files requested before the app starts loading the parts after the first view on idle (its later-parts performance mark; the map and charts load then, or when scrolled near); total: every file requested before any interaction until a 2 s quiet window after load, idle loads included. Each gzipped (level 9) from the build directory; html/js/css/data/other (of total) by extension. The dataset and the offline base map are bundled in the JS: datasetJsonInJs and basemapInJs are their gzipped sizes on their own, already counted in js',
      files,
      notServedFromBuild,
      lazyJsAndCss: lazy.reduce((n, f) => n + gz(f), 0),
    },
    inPage: {
      method:
        'PerformanceObserver in the page (largest-contentful-paint, longtask, paint), unthrottled; TBT = sum of max(0, d - 50) over long tasks clipped to [FCP, start of a 2 s quiet window after load]; tbtFirstView clips them to [FCP, the later-parts mark]; laterParts = when that mark was set',
      runs,
      fcpMs: pick((l) => l.fcp),
      lcpMs: pick((l) => l.lcp),
      lcpElement: loads[0]?.lcpElement ?? null,
      tbtMs: pick((l) => l.tbt),
      tbtFirstViewMs: pick((l) => l.tbtFirstView),
      laterPartsMs: pick((l) => l.laterParts),
      loadMs: pick((l) => l.loadEnd),
      mapDrawnMs: pick((l) => l.mapDrawn),
      longTasks: loads.map((l) => l.longtasks),
      longtaskSupported: loads.every((l) => l.longtaskSupported),
    },
  };
}
