// DuckDB's start: an inline script in the server-rendered head asks for the data file at once and, right
// after the page's first frame, creates the worker that instantiates the wasm, before the app's JS has
// finished downloading. Instantiation (compiling 34 MB of wasm, ~2 s on a slow laptop) then overlaps
// download, parse and hydration instead of following them. The app picks the started work up in
// clientDb.start.
//
// Why after the first frame and not at once: the wasm's download, decompression and compile fill every core
// of a 2-core laptop, and the server-rendered page needs the same cores to lay itself out (a trace of a cold
// load showed style and layout taking 295 ms of wall time for 25 ms of CPU). The compile is CPU-bound, so it
// finishes about as early when it starts a frame later: 8 interleaved cold loads each, first chart / ready
// medians 444 / 3,704 ms after the first frame against 436 / 3,685 at once. What had held the first chart
// back most was a preload of the worker script, which the page parsed for nothing (duckDbFirst.ts): without
// it, ~700 → ~400 ms.
//
// The worker protocol used here is duckdb-wasm's own (1.32: a {messageId, type: 'INSTANTIATE', data:
// [wasmUrl, pthreadUrl]} message, handed to the worker script's global onmessage inside the worker, and
// answered by a posted {requestId, type: 'OK' | 'ERROR'}); AsyncDuckDB is attached
// to the worker only after that answer, so the two never share a message id. If an upgrade changes the
// protocol, DuckDB never reports ready and the browser tests that wait for it fail.

export interface Boot {
  dataUrl: string;
  /** The worker, once it has instantiated the wasm. */
  instantiated: Promise<Worker>;
  /** The data file (data/observationsBundle.ts), as bytes. */
  data: Promise<ArrayBuffer>;
  /** Stops the worker, or keeps it from being made. */
  stop(): void;
}

declare global {
  // Set by the head script (bootScript); read once by takeBoot.
  var __chisoDuckDb: Boot | { error: string } | undefined;
}

/**
 * Runs in the page before the app's modules: it is serialised into the head with toString(), so it must
 * not reference anything outside itself (no imports, no helpers). `afterFirstFrame`: the worker waits for
 * the page's first frame (the head script); without it the worker starts now (the app, on a page that is
 * already drawn).
 */
export function bootDuckDb(workerUrl: string, wasmUrl: string, dataUrl: string, afterFirstFrame = false): Boot {
  const id = -1;
  const abs = (u: string) => new URL(u, location.href).href;
  const instantiate = { messageId: id, type: 'INSTANTIATE', data: [abs(wasmUrl), null] };
  let worker: Worker | null = null;
  let stopped = false;
  let settle: { resolve: (w: Worker) => void; reject: (e: Error) => void };
  const instantiated = new Promise<Worker>((resolve, reject) => (settle = { resolve, reject }));
  const start = () => {
    if (worker || stopped) return;
    performance.mark('chiso:db-boot');
    // A two-line worker that loads DuckDB's script and starts INSTANTIATE itself, in the worker thread: a
    // message posted from here waits for this thread to hand it over, and this thread is busy laying out and
    // hydrating the page (a trace showed the worker idle 300 ms between its script and the message).
    let blobUrl: string | null = null;
    let w: Worker;
    try {
      try {
        // It also asks for the wasm first thing, before evaluating DuckDB's 770 KB script (~0.4 s): DuckDB's own
        // fetch of that URL, once it gets there, is handed the response already under way.
        const wasm = JSON.stringify(abs(wasmUrl));
        const src =
          `var w=${wasm},e=fetch(w,{credentials:'same-origin'}),f=self.fetch;e.catch(function(){});` +
          `self.fetch=function(u){if(e&&String(u&&u.url||u)===w){var r=e;e=null;return r}return f.apply(self,arguments)};` +
          `importScripts(${JSON.stringify(abs(workerUrl))});globalThis.onmessage({data:${JSON.stringify(instantiate)}});`;
        blobUrl = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
        w = new Worker(blobUrl);
      } catch {
        w = new Worker(workerUrl);
        w.postMessage(instantiate);
      }
    } catch (e) {
      settle.reject(new Error(`DuckDB không khởi động được: ${e instanceof Error ? e.message : String(e)}`));
      return;
    }
    worker = w;
    const done = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      if (blobUrl) URL.revokeObjectURL(blobUrl);
    };
    const onMessage = (e: MessageEvent) => {
      const m = e.data as { requestId?: number; type?: string; data?: { message?: string } };
      if (m?.requestId !== id || m.type === 'INSTANTIATE_PROGRESS') return;
      done();
      performance.mark('chiso:db-instantiated');
      if (m.type === 'OK') settle.resolve(w);
      else settle.reject(new Error(`DuckDB không khởi động được: ${m.data?.message ?? m.type}`));
    };
    const onError = (e: ErrorEvent) => {
      done();
      settle.reject(new Error(`DuckDB không khởi động được: ${e.message || 'lỗi tải worker'}`));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
  };
  const data = fetch(dataUrl, { credentials: 'same-origin' }).then((r) => {
    if (!r.ok) throw new Error(`Không tải được dữ liệu (${r.status})`);
    return r.arrayBuffer();
  });
  // Awaited later: an early failure must not surface as an unhandled rejection meanwhile.
  instantiated.catch(() => {});
  data.catch(() => {});
  if (afterFirstFrame && typeof requestAnimationFrame === 'function') {
    // Whichever comes first: the first contentful paint (the server-rendered chart is near the top of the
    // body), or the first frame after the document is parsed, from its animation callbacks: hydration's long
    // task follows parsing closely, and a timeout queued behind it would start the worker ~200 ms later. A
    // hidden tab draws no frames: the timer starts it then.
    const afterFrame = () => {
      requestAnimationFrame(start);
      setTimeout(start, 1000);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterFrame, { once: true });
    else afterFrame();
    try {
      const painted = new PerformanceObserver((list) => {
        if (!list.getEntries().some((e) => e.name === 'first-contentful-paint')) return;
        painted.disconnect();
        start();
      });
      painted.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing here: the frame after parsing starts it.
    }
  } else start();
  const stop = () => {
    stopped = true;
    worker?.terminate();
    settle.reject(new Error('DuckDB đã dừng'));
  };
  return { dataUrl, instantiated, data, stop };
}

/** The inline head script that starts DuckDB; the URLs are JSON, with `<` escaped so no value ends the script. */
export function bootScript(workerUrl: string, wasmUrl: string, dataUrl: string): string {
  const args = [workerUrl, wasmUrl, dataUrl].map((s) => JSON.stringify(s).replace(/</g, '\\u003c')).join(',');
  return `<script>try{window.__chisoDuckDb=(${bootDuckDb.toString()})(${args},true)}catch(e){window.__chisoDuckDb={error:String(e)}}</script>`;
}

/** The head script's started work for this data URL, taken once; started now if the head had none. */
export function takeBoot(workerUrl: string, wasmUrl: string, dataUrl: string): Boot {
  const early = globalThis.__chisoDuckDb;
  globalThis.__chisoDuckDb = undefined;
  if (early && 'instantiated' in early && early.dataUrl === dataUrl) return early;
  if (early && 'instantiated' in early) early.stop();
  return bootDuckDb(workerUrl, wasmUrl, dataUrl);
}
