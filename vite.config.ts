import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dataset is imported as JSON from data/ and bundled; nothing is fetched at run time.
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
