/**
 * The performance budgets `npm run bench` checks its figures against. A figure that could not be
 * measured fails its budget, with the reason.
 */
import { FRAME_BUDGET_MS } from './bench-interaction-plan.ts';

export interface BudgetCheck {
  budget: string;
  value: number | null;
  unit: string;
  pass: boolean;
  note?: string;
}

const check = (
  value: number | null | undefined,
  op: '<=' | '>=' | '<',
  limit: number,
  unit: string,
  missing: string,
): BudgetCheck => {
  const budget = `${op} ${limit} ${unit}`;
  if (value === null || value === undefined || Number.isNaN(value))
    return { budget, value: null, unit, pass: false, note: `not measured: ${missing}` };
  const pass = op === '<=' ? value <= limit : op === '>=' ? value >= limit : value < limit;
  return { budget, value, unit, pass };
};

const withNote = (c: BudgetCheck, note: string | null): BudgetCheck =>
  note === null || c.note !== undefined ? c : { ...c, note };

type Json = Record<string, unknown>;
const at = (o: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((x, k) => (x && typeof x === 'object' ? (x as Json)[k] : undefined), o);
const num = (o: unknown, ...path: string[]): number | null => {
  const v = at(o, ...path);
  return typeof v === 'number' ? v : null;
};
const why = (size: unknown): string =>
  String(at(size, 'browser', 'error') ?? at(size, 'error') ?? 'size not run');

/** The parts of a run; budgets are checked only for the parts that ran. */
export type Section = 'firstView' | 'lighthouse' | 'ledgers' | 'interactions';

const SIZE_NAMES: Record<string, string> = {
  bundled: 'Bundled',
  '10000': 'At10k',
  '100000': 'At100k',
  '1000000': 'At1M',
};

/**
 * Interactions (bench-interactions.ts), per dataset: INP p95 of bar clicks and of brush gestures
 * (≤ 50 ms on the bundled dataset and at 100k, ≤ 100 ms at 1M), frame interval p95 while the brush
 * is dragged (≤ 33 ms, i.e. at least 30 frames a second: two 60 Hz frames, 33.3 ms, pass) and views settled p95 after clicks and after
 * brushes (≤ 150 ms), at every size.
 */
function interactionBudgets(ix: Record<string, unknown>): Record<string, BudgetCheck> {
  const out: Record<string, BudgetCheck> = {};
  const whyNot = (size: string, part: string) =>
    String(at(ix[size], part, 'error') ?? at(ix[size], 'error') ?? 'size not run');
  const inpLimits: [string, number][] = [
    ['bundled', 50],
    ['100000', 50],
    ['1000000', 100],
  ];
  for (const [size, limit] of inpLimits)
    for (const part of ['clicks', 'brushes'])
      out[`inp${part === 'clicks' ? 'Clicks' : 'Brushes'}P95${SIZE_NAMES[size]}`] = check(
        num(ix[size], part, 'inpMs', 'p95'),
        '<=',
        limit,
        'ms',
        whyNot(size, part),
      );
  for (const size of Object.keys(SIZE_NAMES))
    out[`dragFrameP95${SIZE_NAMES[size]}`] = withNote(
      check(
        num(ix[size], 'drag', 'frameIntervalMs', 'p95'),
        '<=',
        Math.round(FRAME_BUDGET_MS * 10) / 10,
        'ms',
        whyNot(size, 'drag'),
      ),
      '33 ms, 30 frames a second: frame intervals come in whole frames of the 60 Hz clock, and two of them (33.3 ms, give or take jitter) make 30 frames a second',
    );
  for (const size of Object.keys(SIZE_NAMES))
    for (const part of ['clicks', 'brushes'])
      out[`settledAfter${part === 'clicks' ? 'Clicks' : 'Brushes'}P95${SIZE_NAMES[size]}`] = check(
        num(ix[size], part, 'settledMs', 'p95'),
        '<=',
        150,
        'ms',
        whyNot(size, part),
      );
  return out;
}

export function budgets(
  result: {
    firstView: unknown;
    lighthouse: unknown;
    sizes: Record<string, unknown>;
    interactions: Record<string, unknown>;
  },
  sections: ReadonlySet<Section>,
): Record<string, BudgetCheck> {
  const s = result.sizes;
  const heaps = [
    num(s['1000000'], 'browser', 'heapAfterImportMB'),
    num(s['1000000'], 'browser', 'heapAfterBrushesMB'),
  ].filter((x): x is number => x !== null);
  const backing = (when: string) =>
    num(s['1000000'], 'browser', 'arrayBuffersAndExternalStringsMB', when);
  const [backingImported, backingBrushed] = [backing('afterImport'), backing('afterBrushes')];
  const firstView = {
    firstViewGz: check(
      num(result.firstView, 'gzBytes', 'firstView'),
      '<=',
      200_000,
      'bytes (200 kB gzipped: every request before the idle-time load of map and charts)',
      'first view failed',
    ),
    firstViewTbt: check(
      num(result.firstView, 'inPage', 'tbtMs'),
      '<=',
      100,
      'ms (in the page, FCP to a 2 s quiet window after load, idle-time work included)',
      'first view failed',
    ),
  };
  const lighthouse = {
    cls: check(
      num(result.lighthouse, 'desktop', 'cls'),
      '<=',
      0,
      'CLS (Lighthouse desktop)',
      String(at(result.lighthouse, 'error') ?? 'lighthouse not run'),
    ),
    lighthouseDesktop: check(
      num(result.lighthouse, 'desktop', 'score'),
      '>=',
      100,
      'score (median of the runs)',
      String(at(result.lighthouse, 'error') ?? 'lighthouse not run'),
    ),
    lighthouseMobile: check(
      num(result.lighthouse, 'mobile', 'score'),
      '>=',
      95,
      'score (median of the runs)',
      String(at(result.lighthouse, 'error') ?? 'lighthouse not run'),
    ),
  };
  const ledgers = {
    brushToPaintP95At10k: check(
      num(s['10000'], 'browser', 'brushes', 'toSecondFrameMs', 'p95'),
      '<=',
      16,
      'ms',
      why(s['10000']),
    ),
    brushToPaintP95At1M: check(
      num(s['1000000'], 'browser', 'brushes', 'toSecondFrameMs', 'p95'),
      '<=',
      50,
      'ms',
      why(s['1000000']),
    ),
    computeOnlyP95At1M: check(
      num(s['1000000'], 'computeOnly', 'brushMs', 'p95'),
      '<=',
      10,
      'ms',
      String(at(s['1000000'], 'computeOnly', 'error') ?? 'size not run'),
    ),
    importAt1M: check(
      num(s['1000000'], 'browser', 'importMs'),
      '<=',
      4000,
      'ms',
      why(s['1000000']),
    ),
    longestTaskImportAt1M: check(
      num(s['1000000'], 'browser', 'mapFirstDraw', 'mainThreadUntilThen', 'longestTaskMs') ??
        num(s['1000000'], 'browser', 'mainThreadDuringImport', 'longestTaskMs'),
      '<=',
      50,
      'ms (the longest main-thread task from the file input to the map drawn after the import)',
      why(s['1000000']),
    ),
    heapAt1M: withNote(
      check(heaps.length > 0 ? Math.max(...heaps) : null, '<=', 200, 'MB', why(s['1000000'])),
      backingBrushed === null
        ? null
        : `JS heap usedSize; ArrayBuffers and external strings add up to ${Math.max(backingBrushed, backingImported ?? 0)} MB outside it`,
    ),
    heapGrowthAt1M: withNote(
      check(
        num(s['1000000'], 'browser', 'heapGrowthPct'),
        '<',
        5,
        '% over the brushes',
        why(s['1000000']),
      ),
      backingImported === null || backingBrushed === null
        ? null
        : `JS heap usedSize; outside it, ArrayBuffers and external strings went from ${backingImported} to ${backingBrushed} MB`,
    ),
    mapFirstDrawAt100k: check(
      num(s['100000'], 'browser', 'mapFirstDraw', 'ms'),
      '<=',
      1000,
      'ms',
      String(at(s['100000'], 'browser', 'mapFirstDraw', 'error') ?? why(s['100000'])),
    ),
  };
  return {
    ...(sections.has('firstView') ? firstView : {}),
    ...(sections.has('lighthouse') ? lighthouse : {}),
    ...(sections.has('ledgers') ? ledgers : {}),
    ...(sections.has('interactions') ? interactionBudgets(result.interactions) : {}),
  };
}
