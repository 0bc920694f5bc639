// The head script that starts DuckDB before the app's JS (src/lib/db/duckdbBoot.ts), run the way the page
// runs it: its text evaluated on its own, against a stand-in Worker that answers like duckdb-wasm's.
import { resolveObjectURL } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootScript, takeBoot, type Boot } from '$lib/db/duckdbBoot';

type Answer = { type: 'OK' | 'ERROR'; data?: { message: string } } | null;
let answer: Answer;
let workers: FakeWorker[];
class FakeWorker extends EventTarget {
  /** Messages posted from the page. */
  posted: unknown[] = [];
  /** What the worker's own source loaded with importScripts, and handed to DuckDB's onmessage itself. */
  imported: string[] = [];
  started: unknown[] = [];
  terminated = false;
  constructor(public url: string) {
    super();
    workers.push(this);
    if (url.startsWith('blob:')) void this.run(url);
  }
  /** The worker's requests to the network, and what DuckDB's own fetch of the wasm was given. */
  workerFetched: string[] = [];
  duckdbGot: unknown[] = [];
  /**
   * Runs a blob worker's source against a stand-in scope, where importScripts installs a stand-in for
   * duckdb-wasm's onmessage that fetches the wasm (as a Request, as duckdb-wasm does) when asked to start.
   */
  async run(url: string) {
    const src = await resolveObjectURL(url)!.text();
    const network = (u: string) => {
      this.workerFetched.push(u);
      return Promise.resolve(new Response('wasm bytes'));
    };
    const scope: { fetch: (u: unknown, o?: unknown) => Promise<Response>; onmessage?: (e: { data: { messageId: number; data: string[] } }) => void } = {
      fetch: (u) => network(String(u))
    };
    const importScripts = (u: string) => {
      this.imported.push(u);
      scope.onmessage = (e) => {
        this.started.push(e.data);
        const wasmRequest = { url: e.data.data[0] };
        scope.fetch(wasmRequest).then((r) => {
          this.duckdbGot.push(r);
          this.answer(e.data);
        });
      };
    };
    new Function('importScripts', 'globalThis', 'self', 'fetch', src)(importScripts, scope, scope, (u: string) => network(u));
  }
  postMessage(m: { messageId: number }) {
    this.posted.push(m);
    this.answer(m);
  }
  answer(m: { messageId: number }) {
    const a = answer;
    if (!a) return;
    setTimeout(() => {
      // duckdb-wasm sends progress first, then the answer to the request.
      this.dispatchEvent(new MessageEvent('message', { data: { messageId: 0, requestId: m.messageId, type: 'INSTANTIATE_PROGRESS', data: {} } }));
      this.dispatchEvent(new MessageEvent('message', { data: { messageId: 1, requestId: m.messageId, ...a } }));
    });
  }
  terminate() {
    this.terminated = true;
  }
}
const fetched: string[] = [];
let fetchStatus = 200;
const g = globalThis as unknown as Record<string, unknown>;
const saved = { Worker: g.Worker, fetch: g.fetch, location: g.location, document: g.document, requestAnimationFrame: g.requestAnimationFrame, PerformanceObserver: g.PerformanceObserver, createObjectURL: URL.createObjectURL };

beforeEach(() => {
  answer = { type: 'OK' };
  workers = [];
  fetched.length = 0;
  fetchStatus = 200;
  g.Worker = FakeWorker;
  g.location = { href: 'http://chiso.local/xep-hang?nam=2015' };
  g.fetch = async (url: string) => {
    fetched.push(url);
    return new Response(fetchStatus === 200 ? 'unit_code\n42\n' : 'x', { status: fetchStatus });
  };
  g.__chisoDuckDb = undefined;
});
afterEach(() => {
  const { createObjectURL, ...globals } = saved;
  Object.assign(g, globals);
  URL.createObjectURL = createObjectURL;
});

/** Runs the inline script's body as the browser would (window = globalThis). */
function runHeadScript(html: string) {
  const body = /^<script>([\s\S]*)<\/script>$/.exec(html)?.[1];
  expect(body, 'one inline script').toBeTruthy();
  new Function('window', body!)(globalThis);
  return g.__chisoDuckDb as Boot | { error: string };
}

const W = '/_app/immutable/assets/duckdb-browser-eh.worker.abc.js';
const M = '/_app/immutable/assets/duckdb-eh.abc.wasm';
const D = '/api/data/0123456789abcdef.arrow';

describe('the head script that starts DuckDB', () => {
  it('starts a worker that loads DuckDB and instantiates the wasm by absolute URL by itself, and fetches the data', async () => {
    const boot = runHeadScript(bootScript(W, M, D)) as Boot;
    expect(workers).toHaveLength(1);
    expect(workers[0].url).toMatch(/^blob:/);
    await expect(boot.instantiated).resolves.toBe(workers[0]);
    expect(workers[0].imported).toEqual([`http://chiso.local${W}`]);
    expect(workers[0].started).toEqual([{ messageId: -1, type: 'INSTANTIATE', data: ['http://chiso.local/_app/immutable/assets/duckdb-eh.abc.wasm', null] }]);
    expect(workers[0].posted, 'nothing waits for the page to hand a message over').toEqual([]);
    // The wasm was asked for once, before DuckDB's script, and DuckDB's own fetch was given that response.
    expect(workers[0].workerFetched).toEqual(['http://chiso.local/_app/immutable/assets/duckdb-eh.abc.wasm']);
    expect(workers[0].duckdbGot).toHaveLength(1);
    expect(fetched).toEqual([D]);
    expect(new TextDecoder().decode(await boot.data)).toBe('unit_code\n42\n');
  });

  it('falls back to DuckDB\'s own worker script and a posted message where a blob worker cannot be made', async () => {
    URL.createObjectURL = () => {
      throw new Error('blob: blocked');
    };
    const boot = runHeadScript(bootScript(W, M, D)) as Boot;
    expect(workers.map((w) => w.url)).toEqual([W]);
    expect(workers[0].posted).toEqual([{ messageId: -1, type: 'INSTANTIATE', data: ['http://chiso.local/_app/immutable/assets/duckdb-eh.abc.wasm', null] }]);
    await expect(boot.instantiated).resolves.toBe(workers[0]);
  });

  it('says in Vietnamese why DuckDB did not start, and why the data did not come', async () => {
    answer = { type: 'ERROR', data: { message: 'out of memory' } };
    fetchStatus = 503;
    const boot = runHeadScript(bootScript(W, M, D)) as Boot;
    await expect(boot.instantiated).rejects.toThrow('DuckDB không khởi động được: out of memory');
    await expect(boot.data).rejects.toThrow('Không tải được dữ liệu (503)');
  });

  it('never lets a value end the script early', () => {
    const html = bootScript(W, M, '/api/data/</script><script>alert(1)</script>.arrow');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html.endsWith('</script>')).toBe(true);
  });

  it('reports a worker that cannot be made as a failure to start, in Vietnamese, instead of throwing into the page', async () => {
    g.Worker = class {
      constructor() {
        throw new Error('Worker bị chặn');
      }
    };
    const boot = runHeadScript(bootScript(W, M, D)) as Boot;
    await expect(boot.instantiated).rejects.toThrow('DuckDB không khởi động được: Worker bị chặn');
    expect(new TextDecoder().decode(await boot.data), 'the data still comes').toBe('unit_code\n42\n');
  });

  it("asks for the data at once but makes the worker only after the page's first frame", async () => {
    const frames: (() => void)[] = [];
    const listeners: Record<string, () => void> = {};
    g.requestAnimationFrame = (f: () => void) => frames.push(f);
    g.document = { readyState: 'loading', addEventListener: (type: string, f: () => void) => (listeners[type] = f) };
    const boot = runHeadScript(bootScript(W, M, D)) as Boot;
    expect(fetched, 'the data is asked for while the page is still parsed').toEqual([D]);
    expect(workers, 'no worker while the document is parsed').toHaveLength(0);
    listeners.DOMContentLoaded();
    await new Promise((r) => setTimeout(r, 5));
    expect(workers, 'nor before the first frame').toHaveLength(0);
    frames.shift()!();
    expect(workers, 'made in that frame').toHaveLength(1);
    await expect(boot.instantiated).resolves.toBe(workers[0]);
  });

  it('makes the worker at the first contentful paint where that comes before the document is parsed', async () => {
    const observers: { cb: (l: { getEntries(): { name: string }[] }) => void; disconnected: boolean }[] = [];
    g.PerformanceObserver = class {
      o: (typeof observers)[number];
      constructor(cb: (typeof observers)[number]['cb']) {
        this.o = { cb, disconnected: false };
        observers.push(this.o);
      }
      observe(opts: { type: string }) {
        expect(opts.type).toBe('paint');
      }
      disconnect() {
        this.o.disconnected = true;
      }
    };
    g.requestAnimationFrame = () => 0;
    g.document = { readyState: 'loading', addEventListener: () => {} };
    const boot = runHeadScript(bootScript(W, M, D)) as Boot;
    observers[0].cb({ getEntries: () => [{ name: 'first-paint' }] });
    expect(workers, 'a paint with nothing contentful in it does not count').toHaveLength(0);
    observers[0].cb({ getEntries: () => [{ name: 'first-contentful-paint' }] });
    expect(workers).toHaveLength(1);
    expect(observers[0].disconnected).toBe(true);
    await expect(boot.instantiated).resolves.toBe(workers[0]);
  });

  it('starts the worker a second after the document is parsed where no frame comes (a hidden tab)', () => {
    vi.useFakeTimers();
    try {
      g.requestAnimationFrame = () => 0;
      g.document = { readyState: 'interactive', addEventListener: () => {} };
      runHeadScript(bootScript(W, M, D));
      vi.advanceTimersByTime(999);
      expect(workers).toHaveLength(0);
      vi.advanceTimersByTime(1);
      expect(workers).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is taken over once by the app; a stale one (another data version) is stopped and a new one started', async () => {
    const early = runHeadScript(bootScript(W, M, D)) as Boot;
    expect(takeBoot(W, M, D)).toBe(early);
    expect(g.__chisoDuckDb).toBeUndefined();

    runHeadScript(bootScript(W, M, D));
    const fresh = takeBoot(W, M, '/api/data/fedcba9876543210.arrow');
    expect(workers[1].terminated).toBe(true);
    expect(workers[2].url).toMatch(/^blob:/);
    await expect(fresh.instantiated).resolves.toBe(workers[2]);
    expect(fresh.dataUrl).toBe('/api/data/fedcba9876543210.arrow');
  });

  it('keeps a stale head script that has not started yet from ever making its worker', async () => {
    const frames: (() => void)[] = [];
    g.requestAnimationFrame = (f: () => void) => frames.push(f);
    g.document = { readyState: 'interactive', addEventListener: () => {} };
    const stale = runHeadScript(bootScript(W, M, D)) as Boot;
    const fresh = takeBoot(W, M, '/api/data/fedcba9876543210.arrow');
    expect(workers).toHaveLength(1); // the app's own, at once: its page is drawn
    await expect(stale.instantiated).rejects.toThrow('DuckDB đã dừng');
    frames.forEach((f) => f());
    await new Promise((r) => setTimeout(r, 5));
    expect(workers).toHaveLength(1);
    await expect(fresh.instantiated).resolves.toBe(workers[0]);
  });
});
