/**
 * Global setup of the e2e project: make sure Chromium exists, build the app, serve the
 * production build on 127.0.0.1, and hand its URL and the Chromium path to the tests
 * (read them with `inject('baseURL')` / `inject('chromiumPath')` from 'vitest').
 */
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../tools/lib/chromium.ts';
import { startPreview } from '../../tools/lib/preview-server.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = await ensureChromium();
  const server = await startPreview();
  project.provide('baseURL', server.url);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server.close();
  };
}
