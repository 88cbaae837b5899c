/**
 * Node-only: build the app with Vite's JS API (root vite.config.ts, output dist/) and serve the
 * production build with `vite preview` on 127.0.0.1 at a free port. Shared by the e2e global
 * setup and the screenshot tool.
 */
import { fileURLToPath } from 'node:url';
import { build, preview, type LogLevel } from 'vite';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONFIG_FILE = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

export interface PreviewHandle {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

export interface StartPreviewOptions {
  /** Vite log level for the build and the server (default 'warn'). */
  logLevel?: LogLevel;
  /**
   * Where to build (default: $PREVIEW_OUT_DIR, else dist/). Separate directories let the bench, the
   * screenshots and an e2e run build side by side without overwriting each other's files.
   */
  outDir?: string;
}

export async function startPreview(options: StartPreviewOptions = {}): Promise<PreviewHandle> {
  const logLevel = options.logLevel ?? 'warn';
  const outDir = options.outDir ?? process.env['PREVIEW_OUT_DIR'] ?? 'dist';
  await build({
    root: REPO_ROOT,
    configFile: CONFIG_FILE,
    logLevel,
    mode: 'production',
    build: { outDir, emptyOutDir: true },
  });
  const server = await preview({
    root: REPO_ROOT,
    configFile: CONFIG_FILE,
    logLevel,
    build: { outDir },
    // port 0: the OS picks a free port, so parallel runs and a running `npm run preview` don't clash.
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error(`vite preview did not report a TCP address (got ${String(address)})`);
  }
  return {
    url: `http://127.0.0.1:${String(address.port)}`,
    close: () => server.close(),
  };
}
