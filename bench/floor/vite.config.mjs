// The floor page's build: plain Vite, nothing else (bench/floor/main.js).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 }
});
