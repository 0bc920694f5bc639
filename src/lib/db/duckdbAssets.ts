// What the browser's DuckDB downloads (the `eh` worker and wasm, served by the app itself: Vite ?url, no
// CDN) and the download's start: named in the server-rendered head as preload hints, so the bytes are on
// their way with the HTML, and begun by the layout before hydration, so instantiation overlaps it.
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

export const DUCKDB_WASM_URL = ehWasm;
export const DUCKDB_WORKER_URL = ehWorker;

export interface Downloads {
  worker: Worker;
  csv: Promise<ArrayBuffer>;
}

const ok = (r: Response) => {
  if (!r.ok) throw new Error(`Không tải được dữ liệu (${r.status})`);
  return r;
};

/**
 * Starts the worker and the data download (the fetch takes the head's `<link rel="preload" as="fetch">`).
 * The wasm is fetched by the worker itself, streaming into compilation; the head's preload puts it in the
 * HTTP cache first. (Handing the worker a blob: URL of the preloaded bytes failed in Chromium when done
 * during page load: "Failed to fetch" inside the worker.)
 */
export function startDownloads(dataUrl: string): Downloads {
  const downloads = {
    worker: new Worker(DUCKDB_WORKER_URL),
    csv: fetch(dataUrl, { credentials: 'same-origin' })
      .then(ok)
      .then((r) => r.arrayBuffer())
  };
  // Awaited later: an early failure must not surface as an unhandled rejection meanwhile.
  downloads.csv.catch(() => {});
  return downloads;
}
