/**
 * The import worker (a module worker):
 *   new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })
 * It takes one ImportRequest and answers with ImportMessages (import-protocol.ts). To cancel, the main
 * thread terminates it: nothing it sent before `done` has been committed anywhere, and the second
 * worker it may have started (below) goes with it.
 *
 * A large CSV file is read in two halves at once: this worker starts a second one (the same script)
 * with a PartWorkerRequest for the second half, and joins what it answers (run-import.ts).
 */
import type { ImportMessage, ImportRequest } from './import-protocol.ts';
import type { LedgerColumns } from './ledger-table.ts';
import {
  readPart,
  runImport,
  type FileLike,
  type PartReader,
  type PartResult,
} from './run-import.ts';

/** Main import worker → second worker: read the file from `start` on under this header. */
interface PartWorkerRequest {
  type: 'part';
  blob: Blob;
  name: string;
  start: number;
  header: string[];
  sliceBytes: number;
}
type PartWorkerMessage =
  | { type: 'part-progress'; bytesRead: number }
  | { type: 'part-done'; pass: PartResult['pass']; columns: LedgerColumns | null }
  | { type: 'part-failed'; message: string };

interface WorkerScope {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
let started = false;

function blobOf(request: unknown): { blob: Blob; name: string } | null {
  if (typeof request !== 'object' || request === null) return null;
  const r = request as Partial<Record<keyof ImportRequest | 'file' | 'buffer' | 'name', unknown>>;
  if (r.type !== 'start') return null;
  if (r.file instanceof File) return { blob: r.file, name: r.file.name };
  if (r.buffer instanceof ArrayBuffer && typeof r.name === 'string')
    return { blob: new Blob([r.buffer]), name: r.name };
  return null;
}

const fileLike = (blob: Blob, name: string): FileLike => ({
  name,
  size: blob.size,
  type: blob.type,
  slice: (a, b) => blob.slice(a, b),
});

/** The second half, read by a second worker running this script. */
function partReaderFor(blob: Blob, name: string): PartReader | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return (request, onBytes) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    const result = new Promise<PartResult>((resolve, reject) => {
      worker.onerror = (e) => reject(new Error(e.message || 'the second import worker stopped'));
      worker.onmessage = (event: MessageEvent<PartWorkerMessage>) => {
        const m = event.data;
        if (m.type === 'part-progress') return onBytes(m.bytesRead);
        worker.terminate();
        if (m.type === 'part-done') resolve({ pass: m.pass, columns: m.columns });
        else reject(new Error(m.message));
      };
    });
    const message: PartWorkerRequest = {
      type: 'part',
      blob,
      name,
      ...request,
      header: [...request.header],
    };
    worker.postMessage(message);
    return { result, cancel: () => worker.terminate() };
  };
}

async function answerPart(request: PartWorkerRequest): Promise<void> {
  let last = 0;
  try {
    const { result, transfer } = await readPart(
      fileLike(request.blob, request.name),
      request,
      (bytesRead) => {
        const t = performance.now();
        if (t - last < 50) return;
        last = t;
        scope.postMessage({ type: 'part-progress', bytesRead } satisfies PartWorkerMessage);
      },
    );
    scope.postMessage({ type: 'part-done', ...result } satisfies PartWorkerMessage, transfer);
  } catch (e) {
    scope.postMessage({
      type: 'part-failed',
      message: e instanceof Error ? e.message : String(e),
    } satisfies PartWorkerMessage);
  }
}

scope.onmessage = (event) => {
  // One job per worker: a new import gets a new worker, so a cancelled one leaves nothing behind.
  if (started) return;
  started = true;
  const data = event.data as Partial<PartWorkerRequest> | null;
  if (data?.type === 'part' && data.blob instanceof Blob) {
    void answerPart(data as PartWorkerRequest);
    return;
  }
  const source = blobOf(event.data);
  if (!source) {
    scope.postMessage({
      type: 'failed',
      fileName: '',
      message: 'The import worker received no file.',
    } satisfies ImportMessage);
    return;
  }
  const partReader = partReaderFor(source.blob, source.name);
  void runImport(
    fileLike(source.blob, source.name),
    (message, transfer) => scope.postMessage(message, transfer ?? []),
    partReader ? { partReader } : {},
  );
};
