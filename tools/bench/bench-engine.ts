/**
 * `npx tsx tools/bench/bench-engine.ts [--quick]` (not part of `npm test`): prints one JSON object of
 * figures for the columnar cross-filter engine (src/domain/columns) against the row engine
 * (src/domain/crossfilter.ts) on seeded synthetic ledgers of 1k, 10k, 100k and 1M rows.
 *
 * Per size: build time and memory of the table; then, for two filter states, 50 simulated brushes
 * of the timeline (each a year range not seen before, so no brush is answered from the mask cache)
 * and the p50/p95 of the compute-only time to filter and aggregate every view: sector, type,
 * country and site counts, year counts, a 50-row table page and the total. Timings are printed, never
 * asserted. The naive engine runs the same brushes (only 3 of them at 1M rows, where each takes
 * seconds) and each of its results is compared with the columnar one (`agreesWithNaive`). Memory
 * deltas are taken after a forced GC (exposed at run time through v8.setFlagsFromString).
 */
import { cpus } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  countBy,
  countByYear as naiveCountByYear,
  filterRows,
  type Clause,
  type Clauses,
  type Row,
} from '../../src/domain/crossfilter.ts';
import { fromRows, ColumnBuilder, type ColumnTable } from '../../src/domain/columns/columns.ts';
import {
  countByCode,
  countByYear,
  countSelected,
  selectedIndices,
  toBuckets,
  toYearBuckets,
  viewSelection,
} from '../../src/domain/columns/engine.ts';
import {
  LEDGER_COUNTRIES,
  LEDGER_SECTORS,
  LEDGER_YEARS,
  synthLedgerRecords,
  synthLedgerRows,
  synthLedgerTable,
} from '../lib/synth-ledger.ts';

const QUICK = process.argv.includes('--quick');
const SIZES = QUICK ? [1_000, 10_000, 100_000] : [1_000, 10_000, 100_000, 1_000_000];
const BRUSHES = 50;
const WARMUP = 20;
// Past this size the naive engine runs only NAIVE_BRUSHES_LARGE brushes (it takes seconds each).
const NAIVE_MAX_ROWS = 100_000;
const NAIVE_BRUSHES_LARGE = 3;
const SEED = 20240601;
const [FROM, TO] = LEDGER_YEARS;
const FIELDS = ['sector', 'type', 'country', 'site'] as const;

// Expose gc() without a command-line flag, so memory deltas are taken after a full collection.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;
const memory = () => {
  gc?.();
  gc?.(); // a second pass clears what the first left reachable only through weak maps
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 100) / 100;
const ms = (x: number) => Math.round(x * 1000) / 1000;
const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
};
const time = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
};

/** Distinct year ranges in a seeded order: every brush of a run is a fresh mask. */
function brushRanges(count: number): [number, number][] {
  const all: [number, number][] = [];
  for (let a = FROM; a <= TO; a++) for (let b = a; b <= TO; b++) all.push([a, b]);
  let s = 7;
  for (let i = all.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  if (count > all.length) throw new Error('not enough distinct ranges');
  return all.slice(0, count);
}

const range = ([min, max]: [number, number]): Clause => ({
  kind: 'range',
  field: 'year',
  min,
  max,
});

const SCENARIOS: Record<string, Clauses> = {
  // Only the timeline is brushed: every other view reads the range mask itself.
  rangeOnly: {},
  // A working session: two sectors, Japan, a table search, then the brush.
  rangeWithOthers: {
    sector: { kind: 'in', field: 'sector', values: [LEDGER_SECTORS[0]!, LEDGER_SECTORS[5]!] },
    country: { kind: 'in', field: 'country', values: [LEDGER_COUNTRIES[1]!] },
    table: { kind: 'search', field: 'text', query: 'wafer' },
  },
};

/** Everything the dashboard draws after a brush, from the columns. */
function computeColumnar(t: ColumnTable, clauses: Clauses) {
  const counts = FIELDS.map((f) => countByCode(t, f, viewSelection(t, clauses, f)));
  const years = countByYear(t, viewSelection(t, clauses, 'timeline'), FROM, TO);
  const tableSel = viewSelection(t, clauses, 'table');
  return {
    counts,
    years,
    page: selectedIndices(t, tableSel, 0, 50),
    total: countSelected(tableSel),
  };
}

/** The same from Row objects with src/domain/crossfilter.ts. */
function computeNaive(rows: readonly Row[], clauses: Clauses) {
  const counts = FIELDS.map((f) => countBy(filterRows(rows, clauses, f), f));
  const years = naiveCountByYear(filterRows(rows, clauses, 'timeline'), FROM, TO);
  const tableRows = filterRows(rows, clauses, 'table');
  return { counts, years, page: tableRows.slice(0, 50), total: tableRows.length };
}

function agree(
  t: ColumnTable,
  rows: readonly Row[],
  c: ReturnType<typeof computeColumnar>,
  n: ReturnType<typeof computeNaive>,
): boolean {
  const asMap = (b: { key: string; count: number }[]) =>
    JSON.stringify(b.filter((x) => x.count > 0).sort((x, y) => (x.key < y.key ? -1 : 1)));
  return (
    FIELDS.every((f, i) => asMap(toBuckets(t, f, c.counts[i]!)) === asMap(n.counts[i]!)) &&
    JSON.stringify(toYearBuckets(c.years)) === JSON.stringify(n.years) &&
    c.total === n.total &&
    [...c.page].every((r, i) => rows[r] === n.page[i])
  );
}

function brushRun(base: Clauses, compute: (c: Clauses) => unknown, ranges: [number, number][]) {
  const out: number[] = [];
  for (const r of ranges) {
    const clauses = { ...base, timeline: range(r) }; // a new clause object, as the store makes
    out.push(time(() => compute(clauses))[1]);
  }
  return out;
}

const stats = (xs: number[]) => ({
  p50: ms(quantile(xs, 0.5)),
  p95: ms(quantile(xs, 0.95)),
  max: ms(Math.max(...xs)),
});

function benchSize(n: number) {
  const before = memory();
  const [table, buildMs] = time(() => synthLedgerTable(n, SEED));
  const tableBytes = memory() - before;
  const typedBytes = [table.sector, table.type, table.country, table.site, table.kind]
    .map((c) => c.codes.byteLength + (c.layout === 'multi' ? c.offsets.byteLength : 0))
    .reduce((a, b) => a + b, table.year.byteLength + (table.amount?.byteLength ?? 0));

  // Columnar first, with no Row objects alive: a million of them make every GC pause long.
  const ranges = brushRanges(WARMUP + BRUSHES);
  const start = (base: Clauses): Clauses => ({ ...base, timeline: range([FROM, TO]) });
  const columnar = Object.entries(SCENARIOS).map(([name, base]) => {
    // Cold: the first compute of this filter state, every mask and index new (includes the
    // search scan and the derived indexes).
    const [, coldMs] = time(() => computeColumnar(table, start(base)));
    brushRun(base, (c) => computeColumnar(table, c), ranges.slice(0, WARMUP));
    return {
      name,
      base,
      coldMs,
      brush: brushRun(base, (c) => computeColumnar(table, c), ranges.slice(WARMUP)),
    };
  });

  const engineBytes = memory() - before - tableBytes; // masks, selections, indexes, histograms

  const [, builderMs] = time(() => {
    const b = new ColumnBuilder({ capacity: n });
    synthLedgerRecords(n, SEED, (r) => b.push(r));
    return b.finish();
  });
  const beforeRows = memory();
  const [rows, rowsMs] = time(() => synthLedgerRows(n, SEED));
  const rowsBytes = memory() - beforeRows;
  const [, fromRowsMs] = time(() => fromRows(rows));

  const scenarios: Record<string, unknown> = {};
  for (const { name, base, coldMs, brush } of columnar) {
    // The naive engine runs the same brushes (only the first few past NAIVE_MAX_ROWS), and every
    // one of its results is compared with the columnar result.
    const naiveRanges = ranges.slice(
      WARMUP,
      WARMUP + (n <= NAIVE_MAX_ROWS ? BRUSHES : NAIVE_BRUSHES_LARGE),
    );
    const naive: number[] = [];
    let agrees = true;
    for (const r of naiveRanges) {
      const clauses = { ...base, timeline: range(r) };
      const [result, dt] = time(() => computeNaive(rows, clauses));
      naive.push(dt);
      agrees &&= agree(table, rows, computeColumnar(table, clauses), result);
    }
    scenarios[name] = {
      agreesWithNaive: agrees,
      coldMs: ms(coldMs),
      columnarBrushMs: stats(brush),
      naiveBrushMs: { ...stats(naive), brushes: naive.length },
      speedupP50: Math.round(quantile(naive, 0.5) / quantile(brush, 0.5)),
    };
  }
  return {
    rows: n,
    buildMs: {
      generateIntoColumns: ms(buildMs),
      generateThroughColumnBuilder: ms(builderMs),
      generateRowObjects: ms(rowsMs),
      fromRows: ms(fromRowsMs),
    },
    memoryMB: {
      table: mb(tableBytes),
      tableTypedArrays: mb(typedBytes),
      engineCachesAfterBrushes: mb(engineBytes),
      rowObjects: mb(rowsBytes),
      gcExposed: gc !== undefined,
    },
    brushes: BRUSHES,
    scenarios,
  };
}

const results = SIZES.map(benchSize);
console.log(
  JSON.stringify(
    {
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '?', node: process.version },
      note: 'brush = change the timeline range, then filter + aggregate every view; compute only, ms',
      results,
    },
    null,
    2,
  ),
);
