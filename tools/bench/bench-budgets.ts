/**
 * The performance budgets `npm run bench` checks its figures against. A figure that could not be
 * measured fails its budget, with the reason.
 */

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

export function budgets(result: {
  firstView: unknown;
  lighthouse: unknown;
  sizes: Record<string, unknown>;
}): Record<string, BudgetCheck> {
  const s = result.sizes;
  const heaps = [
    num(s['1000000'], 'browser', 'heapAfterImportMB'),
    num(s['1000000'], 'browser', 'heapAfterBrushesMB'),
  ].filter((x): x is number => x !== null);
  const backing = (when: string) =>
    num(s['1000000'], 'browser', 'arrayBuffersAndExternalStringsMB', when);
  const [backingImported, backingBrushed] = [backing('afterImport'), backing('afterBrushes')];
  return {
    firstViewGz: check(
      num(result.firstView, 'gzBytes', 'total'),
      '<=',
      300_000,
      'bytes (300 kB, all requests of the first view, gzipped)',
      'first view failed',
    ),
    lighthouseDesktop: check(
      num(result.lighthouse, 'desktop', 'score'),
      '>=',
      98,
      'score',
      String(at(result.lighthouse, 'error') ?? 'lighthouse not run'),
    ),
    lighthouseMobile: check(
      num(result.lighthouse, 'mobile', 'score'),
      '>=',
      90,
      'score',
      String(at(result.lighthouse, 'error') ?? 'lighthouse not run'),
    ),
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
      5000,
      'ms',
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
}
