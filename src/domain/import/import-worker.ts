/**
 * The import worker (a module worker):
 *   new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })
 * It takes one ImportRequest and answers with ImportMessages (import-protocol.ts). To cancel, the main
 * thread terminates it: nothing it sent before `done` has been committed anywhere.
 */
import type { ImportMessage, ImportRequest } from './import-protocol.ts';
import { runImport, type FileLike } from './run-import.ts';

interface WorkerScope {
  postMessage(message: ImportMessage, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
let started = false;

function fileOf(request: unknown): FileLike | null {
  if (typeof request !== 'object' || request === null) return null;
  const r = request as Partial<Record<keyof ImportRequest | 'file' | 'buffer' | 'name', unknown>>;
  if (r.type !== 'start') return null;
  if (r.file instanceof File) {
    const file = r.file;
    return { name: file.name, size: file.size, type: file.type, slice: (a, b) => file.slice(a, b) };
  }
  if (r.buffer instanceof ArrayBuffer && typeof r.name === 'string') {
    const blob = new Blob([r.buffer]);
    return { name: r.name, size: blob.size, slice: (a, b) => blob.slice(a, b) };
  }
  return null;
}

scope.onmessage = (event) => {
  // One import per worker: a new import gets a new worker, so a cancelled one leaves nothing behind.
  if (started) return;
  started = true;
  const file = fileOf(event.data);
  if (!file) {
    scope.postMessage({
      type: 'failed',
      fileName: '',
      message: 'The import worker received no file.',
    });
    return;
  }
  void runImport(file, (message, transfer) => scope.postMessage(message, transfer ?? []));
};
