import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { basemapPlugin } from './build/basemap.ts';
import { contentSecurityPolicy } from './build/content-security-policy.ts';
import { bundledDatasetPlugin } from './build/first-view.ts';

// The dataset (data/, validated at build time and written into index.html as the first view:
// build/first-view.ts) and the base map (Natural Earth, via virtual:basemap) are bundled;
// nothing is fetched at run time. The Content-Security-Policy (a <meta> tag in index.html and a
// `_headers` file for static hosts) and the reason for each exception are in
// build/content-security-policy.ts.

export default defineConfig({
  plugins: [react(), basemapPlugin(), bundledDatasetPlugin(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
