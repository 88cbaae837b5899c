/**
 * The import's stages in Node, for `npm run bench`, on the same ledger file the browser imports, in
 * one process, stage by stage, each run three times in alternation (the median is reported):
 *   decodeMs      reading the file in 4 MB slices and decoding it as strict UTF-8 (read-text.ts)
 *   parseMs       the app's CSV reader cutting rows (csv.ts), rows discarded, from the decoded
 *                 text in memory, fed in 4 MB slices as the worker feeds it
 *   papaparseMs   papaparse 5 on the same decoded text, step mode (one callback per row), whole
 *                 text at once: its fastest way, and the figure the issue compares against
 *   importMs      the whole worker pipeline (run-import.ts): decode, parse, check, typed columns
 * validateMs = importMs - decodeMs - parseMs: the row checks and column building. Throughputs in MB/s
 * of file, over the parser's own time.
 */
import { openAsBlob, readFileSync, statSync } from 'node:fs';
import Papa from 'papaparse';
import { createCsvParser } from '../../src/domain/import/csv.ts';
import { readUtf8, type FileLike } from '../../src/domain/import/read-text.ts';
import { runImport } from '../../src/domain/import/run-import.ts';
import type { ImportMessage } from '../../src/domain/import/import-protocol.ts';
import { median } from './bench-stats.ts';

const SLICE = 4 * 1024 * 1024;

async function fileLike(path: string): Promise<FileLike> {
  const blob = await openAsBlob(path);
  return { name: 'bench.csv', size: blob.size, slice: (a, b) => blob.slice(a, b) };
}

async function timed(f: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

export async function parseFigures(path: string) {
  const bytes = statSync(path).size;
  const mbPerS = (ms: number) => Math.round(bytes / 1e6 / (ms / 1000));
  const text = readFileSync(path, 'utf8');
  const runs: Record<'decode' | 'parse' | 'papaparse' | 'import', number[]> = {
    decode: [],
    parse: [],
    papaparse: [],
    import: [],
  };
  let rows = 0;
  let papaRows = 0;
  let imported: ImportMessage | undefined;
  for (let rep = 0; rep < 3; rep++) {
    runs.decode.push(
      await timed(async () => readUtf8(await fileLike(path), 'bench.csv', SLICE, () => undefined)),
    );
    // Both readers get the same decoded text in memory: ours in 4 MB slices, as the worker feeds
    // it; papaparse whole, its fastest way.
    runs.parse.push(
      await timed(() => {
        rows = 0;
        const parser = createCsvParser(() => void rows++);
        for (let at = 0; at < text.length; at += SLICE) parser.push(text.slice(at, at + SLICE));
        parser.end();
      }),
    );
    runs.papaparse.push(
      await timed(() => {
        papaRows = 0;
        Papa.parse<string[]>(text, { step: () => void papaRows++ });
      }),
    );
    runs.import.push(
      await timed(async () =>
        runImport(await fileLike(path), (m) => {
          if (m.type !== 'progress') imported = m;
        }),
      ),
    );
  }
  if (imported?.type !== 'done' || !imported.ok)
    throw new Error(`bench import failed: ${JSON.stringify(imported).slice(0, 200)}`);
  const [decodeMs, parseMs, papaparseMs, importMs] = [
    median(runs.decode),
    median(runs.parse),
    median(runs.papaparse),
    median(runs.import),
  ].map(Math.round) as [number, number, number, number];
  return {
    how: 'Node, same file, one process, 3 alternating runs of each stage, medians; see tools/bench/bench-parse.ts',
    fileMB: Math.round(bytes / 1e5) / 10,
    rows,
    papaparseRows: papaRows,
    decodeMs,
    parseMs,
    papaparseMs,
    importMs,
    validateMs: importMs - decodeMs - parseMs,
    parserMBps: mbPerS(parseMs),
    papaparseMBps: mbPerS(papaparseMs),
    runsMs: Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v.map(Math.round)])),
  };
}
