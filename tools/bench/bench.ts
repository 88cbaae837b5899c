/**
 * `npm run bench` (not part of `npm test`): builds into /tmp/bench-dist, serves the production build
 * and prints ONE JSON object on stdout (progress goes to stderr). Timings are printed, never asserted;
 * the `budgets` section compares them with the budgets and says pass or fail.
 *
 *   machine      cores, RAM, Node, Chromium
 *   commits      the commit of each build measured (git rev-parse), and whether the working tree
 *                differs from it
 *   firstView    bundled dataset, first load at 1440×900: gzipped bytes of what it requests, and
 *                LCP / TBT / map drawn measured in the page (bench-first-view.ts)
 *   lighthouse   performance score and metrics, desktop and mobile presets, simulated throttling
 *   sizes        per seeded synthetic CSV ledger (1k, 10k, 100k, 1M records): in the browser, import
 *                time, longest main-thread task, map first draw, heap, brush-to-paint
 *                (bench-ledger.ts); in Node, compute-only filter + aggregate per brush
 *                (bench-compute.ts), and the import stage by stage, our CSV reader beside papaparse on
 *                the same file (bench-parse.ts). A size that fails records { error } and the run goes on.
 *   interactions per dataset (bundled, 10k, 100k, 1M): INP of bar clicks and brush gestures with
 *                real mouse input, views settled after each, frame intervals while the brush is
 *                dragged for 2 s (bench-interactions.ts)
 *   budgets      each budgeted figure of the current build, its budget and pass: true | false
 *
 * --baseline=<git ref> measures an older commit beside the current working tree in the same run
 * (bench-baseline.ts): each measurement runs on the baseline, then on the current build, dataset by
 * dataset, and every number becomes { before, after, ratio: after / before } (bench-side-by-side.ts).
 *
 * Options: --sizes=bundled,10000  --only=interactions,ledgers,firstView,lighthouse  --baseline=HEAD~3
 *          --clicks=30  --brush-gestures=20  --brushes=100 (From/To list brushes of the ledger
 *          figures)  --brush-time-limit=120 (s; at least 30 brushes)  --first-view-runs=5
 *          --lighthouse-runs=3  --no-lighthouse  --seed=20240601
 */
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSynthLedgerCsv } from '../lib/synth-ledger-csv.ts';
import {
  currentInfo,
  prepareBaseline,
  startBaseline,
  startCurrent,
  type Build,
  type BuildInfo,
} from './bench-baseline.ts';
import { brushPlan } from './bench-brushes.ts';
import { budgets, type Section } from './bench-budgets.ts';
import { computeOnly } from './bench-compute.ts';
import { parseFigures } from './bench-parse.ts';
import { firstView } from './bench-first-view.ts';
import { measureInteractions } from './bench-interactions.ts';
import { measureLedger } from './bench-ledger.ts';
import { lighthouseScores } from './bench-lighthouse.ts';
import { sideBySide } from './bench-side-by-side.ts';
import { mb, messageOf } from './bench-stats.ts';
import { ensureChromium, launchChromium } from '../lib/chromium.ts';

const OUT_DIR = '/tmp/bench-dist';

function option(name: string): string | null {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg === undefined ? null : arg.slice(name.length + 3);
}
const numberOption = (name: string, fallback: number) => Number(option(name) ?? fallback);

const SECTIONS: readonly Section[] = ['firstView', 'lighthouse', 'ledgers', 'interactions'];
const ONLY = new Set<Section>(
  (option('only')?.split(',') ?? SECTIONS).map((s) => {
    if (!SECTIONS.includes(s as Section))
      throw new Error(`--only takes ${SECTIONS.join(', ')}; got ${s}`);
    return s as Section;
  }),
);
const LIGHTHOUSE_RUNS = process.argv.includes('--no-lighthouse')
  ? 0
  : numberOption('lighthouse-runs', 3);
if (LIGHTHOUSE_RUNS === 0) ONLY.delete('lighthouse');

// One list for both: the ledger figures take the numbers, the interactions take all, 'bundled' too.
const SIZES_ARG = option('sizes')?.split(',');
const LEDGER_SIZES = (SIZES_ARG ?? ['1000', '10000', '100000', '1000000'])
  .filter((s) => s !== 'bundled')
  .map(Number);
const INTERACTION_SIZES: (number | 'bundled')[] = (
  SIZES_ARG ?? ['bundled', '10000', '100000', '1000000']
).map((s) => (s === 'bundled' ? s : Number(s)));
for (const n of [...LEDGER_SIZES, ...INTERACTION_SIZES])
  if (n !== 'bundled' && !(Number.isInteger(n) && n > 0))
    throw new Error(`--sizes takes 'bundled' and record counts; got ${String(n)}`);

const BRUSHES = numberOption('brushes', 100);
const BRUSH_TIME_LIMIT_S = numberOption('brush-time-limit', 120);
const FIRST_VIEW_RUNS = numberOption('first-view-runs', 5);
const SEED = numberOption('seed', 20240601);
const BASELINE = option('baseline');
// At 1M a gesture takes seconds: fewer of them unless asked (the issue asks at least 20 and 10).
const CLICKS = (n: number | 'bundled') =>
  numberOption('clicks', n !== 'bundled' && n >= 1_000_000 ? 20 : 30);
const BRUSH_GESTURES = (n: number | 'bundled') =>
  numberOption('brush-gestures', n !== 'bundled' && n >= 1_000_000 ? 10 : 20);
const DRAG_MS = 2000;

const progress = (message: string) => console.error(`bench: ${message}`);

async function guarded<T>(what: string, f: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await f();
  } catch (e) {
    progress(`${what} failed: ${messageOf(e)}`);
    return { error: messageOf(e) };
  }
}

const importTimeoutMs = (n: number) => Math.max(300_000, n * 0.6);

function ledgerFile(n: number) {
  progress(`ledger of ${n} records: generating (or reusing) the CSV`);
  return writeSynthLedgerCsv(n, SEED);
}

async function ledgerFigures(chromiumPath: string, build: Build, n: number) {
  const started = performance.now();
  const file = ledgerFile(n);
  progress(`ledger of ${n} records, ${build.label}: browser (${file.path}, ${mb(file.bytes)} MB)`);
  const { figures, plan } = await measureLedger({
    chromiumPath,
    url: build.url,
    path: file.path,
    brushes: BRUSHES,
    brushTimeLimitMs: BRUSH_TIME_LIMIT_S * 1000,
    importTimeoutMs: importTimeoutMs(n),
    mapTimeoutMs: 60_000,
  });
  // Compute-only runs the current src/ in Node: one figure, for the current build only.
  let compute: unknown;
  let stages: unknown;
  if (build.label === 'after') {
    progress(`ledger of ${n} records: compute-only in Node`);
    // The browser's plan when it ran; else the same plan over the generator's years.
    const years = Array.from({ length: 21 }, (_, i) => 2010 + i);
    compute = await guarded(`compute-only for ${n}`, () =>
      computeOnly(file.path, plan ?? brushPlan(years, BRUSHES)),
    );
    progress(`ledger of ${n} records: import stages in Node, the CSV reader beside papaparse`);
    stages = await guarded(`import stages for ${n}`, () => parseFigures(file.path));
  }
  return {
    records: n,
    csv: { path: file.path, mb: mb(file.bytes), seed: SEED, reused: file.cached },
    browser: figures,
    ...(compute === undefined ? {} : { computeOnly: compute }),
    ...(stages === undefined ? {} : { importStagesNode: stages }),
    elapsedS: Math.round((performance.now() - started) / 1000),
  };
}

async function interactionFigures(chromiumPath: string, build: Build, n: number | 'bundled') {
  const started = performance.now();
  const file = n === 'bundled' ? null : ledgerFile(n);
  const [clicks, brushes] = [CLICKS(n), BRUSH_GESTURES(n)];
  const name = n === 'bundled' ? 'the bundled dataset' : `a ledger of ${n} records`;
  progress(`interactions on ${name}, ${build.label}: ${clicks} clicks, ${brushes} brushes, a drag`);
  const figures = await measureInteractions({
    chromiumPath,
    url: build.url,
    ledger:
      file === null ? null : { path: file.path, importTimeoutMs: importTimeoutMs(n as number) },
    clicks,
    brushes,
    dragMs: DRAG_MS,
    seed: SEED,
    progress: (m) => progress(`interactions on ${name}, ${build.label}: ${m}`),
  });
  return {
    records: n,
    ...figures,
    elapsedS: Math.round((performance.now() - started) / 1000),
  };
}

/** Runs f on each build in turn (the baseline first): { before, after } or the current's only. */
async function eachBuild<T>(
  builds: readonly Build[],
  f: (b: Build) => Promise<T>,
): Promise<Partial<Record<Build['label'], T | { error: string }>>> {
  const out: Partial<Record<Build['label'], T | { error: string }>> = {};
  for (const b of builds) out[b.label] = await guarded(b.label, () => f(b));
  return out;
}

type Sides = Partial<Record<Build['label'], unknown>>;

async function main() {
  const started = performance.now();
  // Libraries that log to stdout (Vite, Lighthouse) must not break the one JSON object there.
  const write = process.stdout.write.bind(process.stdout);
  console.log = console.error;
  console.info = console.error;

  const chromiumPath = await ensureChromium();
  const builds: Build[] = [];
  const commits: Partial<Record<Build['label'], BuildInfo>> = {};
  try {
    if (BASELINE !== null) {
      const info = await prepareBaseline(BASELINE, progress);
      const outDir = join(tmpdir(), `bench-dist-baseline-${info.commit.slice(0, 12)}`);
      builds.push(await startBaseline(info, outDir, progress));
      commits.before = info;
    }
    progress(`building the current working tree into ${OUT_DIR} and serving it`);
    builds.push(await startCurrent(OUT_DIR));
    commits.after = currentInfo();

    const probe = await launchChromium(chromiumPath);
    const chromium = probe.version();
    await probe.close();

    const firstViews: Sides = ONLY.has('firstView')
      ? await eachBuild(builds, async (b) => {
          progress(`first view, ${b.label} (${FIRST_VIEW_RUNS} loads)`);
          const browser = await launchChromium(chromiumPath);
          try {
            return await firstView(browser, b.url, b.outDir, FIRST_VIEW_RUNS);
          } finally {
            await browser.close();
          }
        })
      : {};
    const lighthouses: Sides = ONLY.has('lighthouse')
      ? await eachBuild(builds, (b) => {
          progress(`lighthouse, ${b.label} (${LIGHTHOUSE_RUNS} runs)`);
          return lighthouseScores(chromiumPath, b.url, LIGHTHOUSE_RUNS);
        })
      : {};
    const sizes: Record<string, Sides> = {};
    if (ONLY.has('ledgers'))
      for (const n of LEDGER_SIZES)
        sizes[String(n)] = await eachBuild(builds, (b) => ledgerFigures(chromiumPath, b, n));
    const interactions: Record<string, Sides> = {};
    if (ONLY.has('interactions'))
      for (const n of INTERACTION_SIZES)
        interactions[String(n)] = await eachBuild(builds, (b) =>
          interactionFigures(chromiumPath, b, n),
        );

    const skipped = (section: Section) => ({ error: `skipped (--only, --no-lighthouse)`, section });
    const pick = (sides: Sides, section: Section): unknown =>
      !ONLY.has(section)
        ? skipped(section)
        : BASELINE === null
          ? sides.after
          : sideBySide(sides.before, sides.after);
    const perSize = (m: Record<string, Sides>, section: Section) =>
      Object.fromEntries(Object.entries(m).map(([k, v]) => [k, pick(v, section)]));
    const current = (m: Record<string, Sides>) =>
      Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.after]));

    write(
      `${JSON.stringify(
        {
          machine: {
            cores: cpus().length,
            cpu: cpus()[0]?.model ?? '?',
            totalRamGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
            node: process.version,
            chromium,
          },
          commits,
          ...(BASELINE === null
            ? {}
            : {
                sideBySide:
                  'each number is { before: the baseline, after: the current working tree, ratio: after / before }; each measurement ran on the baseline, then on the current build, dataset by dataset, in this run',
              }),
          options: {
            only: [...ONLY],
            sizes: { ledgers: LEDGER_SIZES, interactions: INTERACTION_SIZES },
            seed: SEED,
          },
          firstView: pick(firstViews, 'firstView'),
          lighthouse: pick(lighthouses, 'lighthouse'),
          sizes: perSize(sizes, 'ledgers'),
          interactions: perSize(interactions, 'interactions'),
          budgets: budgets(
            {
              firstView: firstViews.after,
              lighthouse: lighthouses.after,
              sizes: current(sizes),
              interactions: current(interactions),
            },
            ONLY,
          ),
          elapsedS: Math.round((performance.now() - started) / 1000),
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    for (const b of builds) await b.close().catch(() => undefined);
  }
}

await main();
