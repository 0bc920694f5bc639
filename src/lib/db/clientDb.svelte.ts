// The page's one browser DuckDB: started once, as the page hydrates (its downloads began with the HTML's
// preload hints); the server-rendered view is on screen meanwhile.
import type { Db } from './db';
import { startDownloads } from './duckdbAssets';

type Status = 'idle' | 'loading' | 'ready' | 'error';

class ClientDb {
  status = $state<Status>('idle');
  error = $state<string | null>(null);
  /** Milliseconds from the page's navigation start to ready (what a person waits), for the footer and the benchmark. */
  readyMs = $state<number | null>(null);
  #db: Db | null = null;
  #started: Promise<Db> | null = null;

  start(dataUrl: string): Promise<Db> {
    if (this.#started) return this.#started;
    this.status = 'loading';
    let downloads: ReturnType<typeof startDownloads>;
    try {
      downloads = startDownloads(dataUrl);
    } catch (e) {
      this.#started = Promise.reject(e);
      this.status = 'error';
      this.error = e instanceof Error ? e.message : String(e);
      return this.#started;
    }
    this.#started = import('./browserDb')
      .then((m) => m.openBrowserDb(downloads))
      .then((db) => {
        this.#db = db;
        this.readyMs = Math.round(performance.now());
        this.status = 'ready';
        return db;
      })
      .catch((e: unknown) => {
        console.error('DuckDB:', e);
        this.status = 'error';
        this.error = e instanceof Error ? e.message : String(e);
        throw e;
      });
    return this.#started;
  }

  /** The DuckDB if it is ready now; views fall back to the server otherwise. */
  get ready(): Db | null {
    return this.#db;
  }
}

export const clientDb = new ClientDb();
