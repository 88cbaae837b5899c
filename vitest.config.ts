/**
 * Three test projects (vitest 4 `test.projects`):
 *   unit       tests/unit/**\/*.test.ts        node
 *   component  tests/component/**\/*.test.tsx  jsdom + React plugin
 *   e2e        tests/e2e/**\/*.test.ts         node; builds the app, serves it with `vite preview`
 *                                              and drives the system Chromium via playwright-core
 * Run one with `vitest run --project NAME`. A summary reporter prints the closing line
 * "Tests: N passed, N failed" over all projects.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { basemapPlugin } from './build/basemap.ts';
import { bundledDatasetPlugin } from './build/first-view.ts';

export default defineConfig({
  plugins: [basemapPlugin(), bundledDatasetPlugin()],
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['./tests/support/component-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One file at a time: each file starts its own Chromium and the machine has 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
