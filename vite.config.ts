import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { basemapPlugin } from './src/tools/basemap.ts';

// The dataset (data/) and the base map (Natural Earth, via virtual:basemap) are bundled;
// nothing is fetched at run time.
/**
 * The production build's Content-Security-Policy (the dev server injects inline styles for hot reload,
 * so the policy is added at build time only). Exceptions, each for one reason:
 *   img-src data: — the empty favicon; blob: — drawing a chart to PNG for export;
 *   img-src https: — the optional online tile layer, off unless the user sets one;
 *   worker-src 'self' — the import runs in a Web Worker from this origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), basemapPlugin(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
