import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { onceNodeLoadersPlugin } from './scripts/onceNodeLoaders.mjs';

export default defineConfig({
  plugins: [sveltekit(), onceNodeLoadersPlugin()],
  // DuckDB's wasm is 34 MB: keep it out of Vite's dependency optimiser and let ?url serve the file as is.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  // CHISO_NO_MINIFY=1: readable names in a CPU profile (npm run bench:profile).
  build: { chunkSizeWarningLimit: 2000, ...(process.env.CHISO_NO_MINIFY ? { minify: false } : {}) },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          // Loading the whole shipped data set into DuckDB (tests/helpers/shippedDb) takes 10–15 s on a busy
          // 2-core machine since the 2016–2019 workbooks were added.
          hookTimeout: 60_000
        }
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One server, one Chromium at a time: the machine has 2 cores.
          fileParallelism: false
        }
      }
    ]
  }
});
