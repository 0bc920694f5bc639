// DuckDB's start, as early as the page allows: an inline script in the server-rendered head creates the
// worker, asks it to instantiate the wasm and fetches the data, before the app's JS has even downloaded.
// Instantiation (compiling 34 MB of wasm, ~2 s on a slow laptop) then overlaps download, parse and
// hydration instead of following them. The app picks the started work up in clientDb.start.
//
// The worker protocol used here is duckdb-wasm's own (1.32: a {messageId, type: 'INSTANTIATE', data:
// [wasmUrl, pthreadUrl]} message, handed to the worker script's global onmessage inside the worker, and
// answered by a posted {requestId, type: 'OK' | 'ERROR'}); AsyncDuckDB is attached
// to the worker only after that answer, so the two never share a message id. If an upgrade changes the
// protocol, DuckDB never reports ready and the browser tests that wait for it fail.

export interface Boot {
  dataUrl: string;
  worker: Worker;
  /** Resolves once the worker has instantiated the wasm. */
  instantiated: Promise<void>;
  /** The data file (data/observationsBundle.ts), as bytes. */
  data: Promise<ArrayBuffer>;
}

declare global {
  // Set by the head script (bootScript); read once by takeBoot.
  var __chisoDuckDb: Boot | { error: string } | undefined;
}

/**
 * Runs in the page before the app's modules: it is serialised into the head with toString(), so it must
 * not reference anything outside itself (no imports, no helpers).
 */
export function bootDuckDb(workerUrl: string, wasmUrl: string, dataUrl: string): Boot {
  performance.mark('chiso:db-boot');
  const id = -1;
  const abs = (u: string) => new URL(u, location.href).href;
  const instantiate = { messageId: id, type: 'INSTANTIATE', data: [abs(wasmUrl), null] };
  // A two-line worker that loads DuckDB's script and starts INSTANTIATE itself, in the worker thread: a
  // message posted from here waits for this thread to hand it over, and this thread is busy laying out and
  // hydrating the page (a trace showed the worker idle 300 ms between its script and the message).
  let worker: Worker;
  let blobUrl: string | null = null;
  try {
    // It also asks for the wasm first thing, before evaluating DuckDB's 770 KB script (~0.4 s): DuckDB's own
    // fetch of that URL, once it gets there, is handed the response already under way.
    const wasm = JSON.stringify(abs(wasmUrl));
    const src =
      `var w=${wasm},e=fetch(w,{credentials:'same-origin'}),f=self.fetch;e.catch(function(){});` +
      `self.fetch=function(u){if(e&&String(u&&u.url||u)===w){var r=e;e=null;return r}return f.apply(self,arguments)};` +
      `importScripts(${JSON.stringify(abs(workerUrl))});globalThis.onmessage({data:${JSON.stringify(instantiate)}});`;
    blobUrl = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
    worker = new Worker(blobUrl);
  } catch {
    worker = new Worker(workerUrl);
    worker.postMessage(instantiate);
  }
  const instantiated = new Promise<void>((resolve, reject) => {
    const onMessage = (e: MessageEvent) => {
      const m = e.data as { requestId?: number; type?: string; data?: { message?: string } };
      if (m?.requestId !== id || m.type === 'INSTANTIATE_PROGRESS') return;
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      performance.mark('chiso:db-instantiated');
      if (m.type === 'OK') resolve();
      else reject(new Error(`DuckDB không khởi động được: ${m.data?.message ?? m.type}`));
    };
    const onError = (e: ErrorEvent) => {
      worker.removeEventListener('message', onMessage);
      reject(new Error(`DuckDB không khởi động được: ${e.message || 'lỗi tải worker'}`));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
  });
  if (blobUrl) {
    const url = blobUrl;
    instantiated.then(() => URL.revokeObjectURL(url), () => URL.revokeObjectURL(url));
  }
  const data = fetch(dataUrl, { credentials: 'same-origin' }).then((r) => {
    if (!r.ok) throw new Error(`Không tải được dữ liệu (${r.status})`);
    return r.arrayBuffer();
  });
  // Awaited later: an early failure must not surface as an unhandled rejection meanwhile.
  instantiated.catch(() => {});
  data.catch(() => {});
  return { dataUrl, worker, instantiated, data };
}

/** The inline head script that starts DuckDB; the URLs are JSON, with `<` escaped so no value ends the script. */
export function bootScript(workerUrl: string, wasmUrl: string, dataUrl: string): string {
  const args = [workerUrl, wasmUrl, dataUrl].map((s) => JSON.stringify(s).replace(/</g, '\\u003c')).join(',');
  return `<script>try{window.__chisoDuckDb=(${bootDuckDb.toString()})(${args})}catch(e){window.__chisoDuckDb={error:String(e)}}</script>`;
}

/** The head script's started work for this data URL, taken once; started now if the head had none. */
export function takeBoot(workerUrl: string, wasmUrl: string, dataUrl: string): Boot {
  const early = globalThis.__chisoDuckDb;
  globalThis.__chisoDuckDb = undefined;
  if (early && 'worker' in early && early.dataUrl === dataUrl) return early;
  if (early && 'worker' in early) early.worker.terminate();
  return bootDuckDb(workerUrl, wasmUrl, dataUrl);
}
