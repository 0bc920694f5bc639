// The page's one browser DuckDB: taken over from the head script that started it (duckdbBoot.ts) as the
// page hydrates; the server-rendered view is on screen meanwhile.
import type { CachingDb } from './queryCache';
import { DUCKDB_WASM_URL, DUCKDB_WORKER_URL } from './duckdbAssets';
import { takeBoot, type Boot } from './duckdbBoot';
import { fetchAnswers, seedAnswers, type AnswersSource } from './seedAnswers';

type Status = 'idle' | 'loading' | 'ready' | 'error';

class ClientDb {
  status = $state<Status>('idle');
  error = $state<string | null>(null);
  /** Milliseconds from the page's navigation start to ready (what a person waits), for the footer and the benchmark. */
  readyMs = $state<number | null>(null);
  #db: CachingDb | null = null;
  #started: Promise<CachingDb> | null = null;

  /**
   * `answers`: the server's answers for this data version (seedAnswers.ts), asked for now, while DuckDB
   * loads, and kept in the cache once it is ready; until they are in (or failed), the cache's background
   * lane (the warm-up) waits, so it asks the engine only what they did not bring.
   */
  start(dataUrl: string, answers?: AnswersSource): Promise<CachingDb> {
    if (this.#started) return this.#started;
    this.status = 'loading';
    performance.mark('chiso:db-start');
    let boot: Boot;
    try {
      boot = takeBoot(DUCKDB_WORKER_URL, DUCKDB_WASM_URL, dataUrl);
    } catch (e) {
      this.#started = Promise.reject(e);
      this.status = 'error';
      this.error = e instanceof Error ? e.message : String(e);
      return this.#started;
    }
    const answersBody = answers ? fetchAnswers(answers) : null;
    this.#started = import('./browserDb')
      .then((m) => m.openBrowserDb(boot))
      .then((db) => {
        this.#db = db;
        this.readyMs = Math.round(performance.now());
        performance.mark('chiso:db-ready');
        // Held before anything can ask: the effects that follow `status` run after this callback.
        if (answers && answersBody) db.holdBackground(seedAnswers(db, answers, answersBody).catch((e: unknown) => console.warn('Câu trả lời dựng sẵn:', e)));
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
  get ready(): CachingDb | null {
    return this.#db;
  }
}

export const clientDb = new ClientDb();
