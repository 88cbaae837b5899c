/**
 * `npm run bench` (not part of `npm test`): builds into /tmp/bench-dist, serves the production build
 * and prints ONE JSON object on stdout (progress goes to stderr). Timings are printed, never asserted;
 * the `budgets` section compares them with the budgets and says pass or fail.
 *
 *   machine      cores, RAM, Node, Chromium
 *   firstView    bundled dataset, first load at 1440×900: gzipped bytes of what it requests, and
 *                LCP / TBT / map drawn measured in the page (bench-first-view.ts)
 *   lighthouse   performance score and metrics, desktop and mobile presets, simulated throttling
 *   sizes        per seeded synthetic CSV ledger (1k, 10k, 100k, 1M records): in the browser, import
 *                time, longest main-thread task, map first draw, heap, brush-to-paint
 *                (bench-ledger.ts); in Node, compute-only filter + aggregate per brush
 *                (bench-compute.ts). A size that fails records { error } and the run goes on.
 *   budgets      each budgeted figure, its budget and pass: true | false
 *
 * Options: --sizes=1000,10000  --brushes=100  --brush-time-limit=120 (s; at least 30 brushes)
 *          --first-view-runs=5  --lighthouse-runs=3  --no-lighthouse  --seed=20240601
 */
import { cpus, totalmem } from 'node:os';
import { writeSynthLedgerCsv } from '../lib/synth-ledger-csv.ts';
import { brushPlan } from './bench-brushes.ts';
import { budgets } from './bench-budgets.ts';
import { computeOnly } from './bench-compute.ts';
import { firstView } from './bench-first-view.ts';
import { measureLedger } from './bench-ledger.ts';
import { lighthouseScores } from './bench-lighthouse.ts';
import { mb, messageOf } from './bench-stats.ts';
import { ensureChromium, launchChromium } from '../lib/chromium.ts';
import { startPreview } from '../lib/preview-server.ts';

const OUT_DIR = '/tmp/bench-dist';

function option(name: string, fallback: string): string {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg === undefined ? fallback : arg.slice(name.length + 3);
}
const SIZES = option('sizes', '1000,10000,100000,1000000').split(',').map(Number);
const BRUSHES = Number(option('brushes', '100'));
const BRUSH_TIME_LIMIT_S = Number(option('brush-time-limit', '120'));
const FIRST_VIEW_RUNS = Number(option('first-view-runs', '5'));
const LIGHTHOUSE_RUNS = process.argv.includes('--no-lighthouse')
  ? 0
  : Number(option('lighthouse-runs', '3'));
const SEED = Number(option('seed', '20240601'));

const progress = (message: string) => console.error(`bench: ${message}`);

async function guarded<T>(what: string, f: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await f();
  } catch (e) {
    progress(`${what} failed: ${messageOf(e)}`);
    return { error: messageOf(e) };
  }
}

async function benchSize(chromiumPath: string, url: string, n: number) {
  const started = performance.now();
  progress(`ledger of ${n} records: generating (or reusing) the CSV`);
  const file = writeSynthLedgerCsv(n, SEED);
  progress(`ledger of ${n} records: browser (${file.path}, ${mb(file.bytes)} MB)`);
  const { figures, plan } = await measureLedger({
    chromiumPath,
    url,
    path: file.path,
    brushes: BRUSHES,
    brushTimeLimitMs: BRUSH_TIME_LIMIT_S * 1000,
    importTimeoutMs: Math.max(300_000, n * 0.6),
    mapTimeoutMs: 60_000,
  });
  progress(`ledger of ${n} records: compute-only in Node`);
  // The browser's plan when it ran; else the same plan over the generator's years.
  const years = Array.from({ length: 21 }, (_, i) => 2010 + i);
  const compute = await guarded(`compute-only for ${n}`, () =>
    computeOnly(file.path, plan ?? brushPlan(years, BRUSHES)),
  );
  return {
    records: n,
    csv: { path: file.path, mb: mb(file.bytes), seed: SEED, reused: file.cached },
    browser: figures,
    computeOnly: compute,
    elapsedS: Math.round((performance.now() - started) / 1000),
  };
}

async function main() {
  const started = performance.now();
  // Libraries that log to stdout (Vite, Lighthouse) must not break the one JSON object there.
  const write = process.stdout.write.bind(process.stdout);
  console.log = console.error;
  console.info = console.error;

  const chromiumPath = await ensureChromium();
  progress(`building into ${OUT_DIR} and serving it`);
  const server = await startPreview({ outDir: OUT_DIR });
  try {
    const browser = await launchChromium(chromiumPath);
    const chromium = browser.version();
    progress(`first view (${FIRST_VIEW_RUNS} loads)`);
    const first = await guarded('first view', () =>
      firstView(browser, server.url, OUT_DIR, FIRST_VIEW_RUNS),
    );
    await browser.close();
    const lighthouse =
      LIGHTHOUSE_RUNS > 0
        ? await guarded('lighthouse', () =>
            lighthouseScores(chromiumPath, server.url, LIGHTHOUSE_RUNS),
          )
        : { error: 'skipped (--no-lighthouse)' };
    const sizes: Record<string, unknown> = {};
    for (const n of SIZES)
      sizes[String(n)] = await guarded(`size ${n}`, () => benchSize(chromiumPath, server.url, n));

    const result = {
      machine: {
        cores: cpus().length,
        cpu: cpus()[0]?.model ?? '?',
        totalRamGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
        node: process.version,
        chromium,
      },
      firstView: first,
      lighthouse,
      sizes,
    };
    write(
      `${JSON.stringify(
        {
          ...result,
          budgets: budgets(result),
          elapsedS: Math.round((performance.now() - started) / 1000),
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await server.close();
  }
}

await main();
