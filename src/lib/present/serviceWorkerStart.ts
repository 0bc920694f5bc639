// When the offline service worker (src/service-worker.ts) is registered. Its install stores every built
// chunk (a few MB, decompressed and written by its own thread): started at the page's load event, as
// SvelteKit does by default, that work took a core from DuckDB's wasm compile and delayed "ready" by about
// a second on a 2-core laptop, and right after "ready" it made the first click 0.4 s slow. It waits instead
// until DuckDB has settled (ready or failed), or a page without it has been up for a while, and then for a
// quiet moment (the layout asks for a few seconds without input; a deck page for none). Presenting offline
// needs the worker only before the network goes, minutes later.

import { quietMoment } from '../quietMoment';

export interface ServiceWorkerHost {
  register(url: string, options: { type: 'classic' | 'module' }): Promise<unknown>;
}

export interface StartOptions {
  /** Settles once the page's DuckDB is ready or has failed. */
  dbSettled: Promise<unknown>;
  /** Registered anyway after this long (ms), if DuckDB is still loading (a very slow network). */
  latestMs?: number;
  /** The page's path now: a deck page asks for no pause (see readerPause). */
  pathname?: () => string;
  /** Waits for a quiet moment; by default readerPause without input, then the main thread idle. */
  quiet?: () => Promise<void>;
  /** Vite serves the worker as an ES module in development, one classic script in the build. */
  dev?: boolean;
}

/** Ms without input before registering: none on a deck page, which asks the worker to keep the deck. */
export const readerPause = (pathname: string) => (/^\/(trinh-chieu|bai-trinh-bay)\//.test(pathname) ? 0 : 3000);

/** Registers /service-worker.js once DuckDB has settled (or after latestMs) and the page is quiet. */
export async function startServiceWorker(host: ServiceWorkerHost | undefined, opts: StartOptions): Promise<boolean> {
  if (!host) return false;
  const { dbSettled, latestMs = 20_000, pathname = () => '', dev = false } = opts;
  // Asked again after each wait: a client-side move to a deck page ends the pause.
  const quiet = opts.quiet ?? (() => quietMoment(() => readerPause(pathname()), 2000));
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([dbSettled.catch(() => {}), new Promise<void>((r) => (timer = setTimeout(r, latestMs)))]);
  clearTimeout(timer);
  await quiet();
  try {
    await host.register('/service-worker.js', { type: dev ? 'module' : 'classic' });
    return true;
  } catch (e) {
    // Without it the dashboard works as before; only presenting offline is lost.
    console.warn('service worker:', e);
    return false;
  }
}
