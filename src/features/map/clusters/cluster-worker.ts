/**
 * The cluster worker (a module worker):
 *   new Worker(new URL('./cluster-worker.ts', import.meta.url), { type: 'module' })
 * Takes ToWorker messages and answers with FromWorker ones (cluster-protocol.ts). Answers wait for a
 * fresh task, so that requests queued behind a long index build are coalesced to the latest one.
 * Any failure is posted as an `error` message: the map says so instead of going quiet.
 */
import { createClusterEngine } from './cluster-engine.ts';
import type { FromWorker, ToWorker } from './cluster-protocol.ts';

interface WorkerScope {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
const engine = createClusterEngine();
let scheduled = false;

const fail = (message: string) =>
  scope.postMessage({ type: 'error', requestId: null, message }, []);

function flush() {
  scheduled = false;
  for (const { message, transfer } of engine.flush().messages) scope.postMessage(message, transfer);
}

scope.onmessage = (event) => {
  try {
    engine.receive(event.data);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
    return;
  }
  if (engine.pending && !scheduled) {
    scheduled = true;
    setTimeout(flush, 0);
  }
};

scope.onmessageerror = () => fail('The cluster worker received a message it could not read.');
