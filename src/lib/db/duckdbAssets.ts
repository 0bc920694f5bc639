// What the browser's DuckDB downloads: the `eh` worker and wasm, served by the app itself (Vite ?url, no
// CDN). The head preloads the worker's script and starts the worker (duckdbBoot.ts), which fetches the wasm.
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

export const DUCKDB_WASM_URL = ehWasm;
export const DUCKDB_WORKER_URL = ehWorker;
