/**
 * The worker script itself, loaded in Node with a stand-in worker scope: queries queued behind a
 * message are answered once, for the latest; failures are posted as `error` messages.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, ToWorker } from '../../src/features/map/clusters/cluster-protocol.ts';

let posted: { message: FromWorker; transfer: Transferable[] }[] = [];
let send: (message: ToWorker) => void = () => {};

beforeEach(async () => {
  posted = [];
  vi.resetModules();
  vi.stubGlobal('postMessage', (message: FromWorker, transfer: Transferable[]) =>
    posted.push({ message, transfer }),
  );
  vi.stubGlobal('onmessage', null);
  vi.stubGlobal('onmessageerror', null);
  await import('../../src/features/map/clusters/cluster-worker.ts');
  const handler = (globalThis as unknown as { onmessage: (e: { data: ToWorker }) => void })
    .onmessage;
  send = (data) => handler({ data });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const nextTask = () => new Promise((r) => setTimeout(r, 5));

describe('cluster worker', () => {
  it('answers only the latest query of a burst, with its arrays transferred', async () => {
    send({
      type: 'points',
      lat: Float64Array.from([22.3, 35.7]),
      lon: Float64Array.from([72.6, 139.7]),
      maxZoom: 9,
    });
    send({ type: 'matching', matching: Uint32Array.from([2, 3]) });
    for (let id = 1; id <= 5; id++)
      send({ type: 'query', requestId: id, bbox: [60, 0, 150, 50], zoom: 5 });
    expect(posted).toEqual([]); // answered in a later task, not in the message handler
    await nextTask();
    expect(posted.map((p) => p.message.type === 'clusters' && p.message.requestId)).toEqual([5]);
    expect(posted[0]!.transfer).toHaveLength(6);
  });

  it('posts an error for a message it cannot use', async () => {
    send({ type: 'points', lat: new Float64Array(2), lon: new Float64Array(1), maxZoom: 9 });
    expect(posted[0]?.message).toMatchObject({ type: 'error', requestId: null });
    send({ type: 'points', lat: new Float64Array(2), lon: new Float64Array(2), maxZoom: 9 });
    send({ type: 'matching', matching: new Uint32Array(5) });
    send({ type: 'query', requestId: 9, bbox: [60, 0, 150, 50], zoom: 5 });
    await nextTask();
    expect(posted.at(-1)?.message).toMatchObject({ type: 'error', requestId: 9 });
  });
});
