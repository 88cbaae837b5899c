import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { basemapPlugin } from './src/tools/basemap.ts';

// The dataset (data/) and the base map (Natural Earth, via virtual:basemap) are bundled;
// nothing is fetched at run time.
export default defineConfig({
  plugins: [react(), basemapPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
