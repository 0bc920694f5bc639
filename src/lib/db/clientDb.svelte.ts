// The page's one browser DuckDB: started once, lazily, after the server-rendered view is on screen.
import type { Db } from './db';

type Status = 'idle' | 'loading' | 'ready' | 'error';

class ClientDb {
  status = $state<Status>('idle');
  error = $state<string | null>(null);
  /** Milliseconds from start() to ready, for the footer and the benchmark. */
  readyMs = $state<number | null>(null);
  #db: Db | null = null;
  #started: Promise<Db> | null = null;

  start(dataUrl: string): Promise<Db> {
    if (this.#started) return this.#started;
    this.status = 'loading';
    const t0 = performance.now();
    this.#started = import('./browserDb')
      .then((m) => m.openBrowserDb(dataUrl))
      .then((db) => {
        this.#db = db;
        this.readyMs = Math.round(performance.now() - t0);
        this.status = 'ready';
        return db;
      })
      .catch((e: unknown) => {
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
