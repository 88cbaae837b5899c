/**
 * Main-thread tasks from a Chromium trace (CDP Tracing), for `npm run bench`.
 *
 * Tasks are the scheduler's `RunTask` events (category disabled-by-default-lighthouse, as Lighthouse
 * reads them; `ThreadControllerImpl::RunTask` on older Chromium). The page's main thread is found by
 * the `TimeStamp` events the page itself emits with console.timeStamp('bench:…'), which also mark
 * the window to look at, so worker threads and other renderers are never counted.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { message?: string } };
}

const CATEGORIES = [
  'disabled-by-default-lighthouse',
  'toplevel',
  'devtools.timeline',
  'blink.console',
  '__metadata',
];
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

export interface Tracing {
  /** Stops tracing and returns the trace's events. */
  stop(): Promise<TraceEvent[]>;
}

export async function startTracing(cdp: CDPSession): Promise<Tracing> {
  const events: TraceEvent[] = [];
  const onData = ({ value }: { value: object[] }) => {
    for (const e of value) events.push(e as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) =>
        cdp.once('Tracing.tracingComplete', () => resolve()),
      );
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

export interface TaskWindow {
  /** The longest main-thread task overlapping the window, ms. */
  longestTaskMs: number;
  /** Tasks over 50 ms in the window, and the sum of their excess over 50 ms. */
  longTasks: number;
  blockingMs: number;
}

export interface MainThreadTasks {
  method: string;
  /** Keyed by window name, e.g. 'change→loaded'. */
  windows: Record<string, TaskWindow | { error: string }>;
}

const round = (x: number) => Math.round(x * 10) / 10;

/**
 * Tasks of the page's main thread in windows between pairs of the page's console.timeStamp marks.
 * `windows` maps a name to [start mark, end mark].
 */
export function mainThreadTasks(
  events: readonly TraceEvent[],
  windows: Record<string, [string, string]>,
): MainThreadTasks {
  const marks = new Map<string, TraceEvent>();
  for (const e of events)
    if (e.name === 'TimeStamp' && e.args?.data?.message?.startsWith('bench:'))
      marks.set(e.args.data.message, e);
  const anchor = marks.values().next().value;
  if (anchor === undefined)
    return {
      method: 'CDP trace',
      windows: Object.fromEntries(
        Object.keys(windows).map((k) => [k, { error: 'no console.timeStamp marks in the trace' }]),
      ),
    };
  const tasks = events.filter(
    (e) => e.ph === 'X' && TASK_NAMES.has(e.name) && e.pid === anchor.pid && e.tid === anchor.tid,
  );
  const out: MainThreadTasks['windows'] = {};
  for (const [name, [from, to]] of Object.entries(windows)) {
    const a = marks.get(from);
    const b = marks.get(to);
    if (!a || !b) {
      out[name] = { error: `mark ${!a ? from : to} is not in the trace` };
      continue;
    }
    let longest = 0;
    let longTasks = 0;
    let blocking = 0;
    for (const t of tasks) {
      const dur = t.dur ?? 0;
      if (t.ts > b.ts || t.ts + dur < a.ts) continue; // outside the window
      const msDur = dur / 1000;
      longest = Math.max(longest, msDur);
      if (msDur > 50) {
        longTasks++;
        blocking += msDur - 50;
      }
    }
    out[name] = { longestTaskMs: round(longest), longTasks, blockingMs: round(blocking) };
  }
  return {
    method:
      'CDP Tracing: RunTask durations on the renderer main thread (the thread of the page’s console.timeStamp marks), tasks overlapping the window',
    windows: out,
  };
}
