// Results of read-only queries, kept per SQL + parameters (like Mosaic's coordinator cache), for the browser:
// its table only changes through this same Db (a DDL statement or a new CSV), and any such call empties
// the cache. A redraw then asks the worker only for what changed (a province's series, one year's ranking),
// not again for the unit list or the years.
//
// Every caller gets the same answer, frozen: no copy per call, and a view built twice from the same rows
// holds the same arrays, so the charts drawn from them see nothing new and are not redrawn. A view that
// wants to sort or edit rows copies them first (editing a frozen row throws, and the tests run the views
// through this cache to catch it).
import { isReadOnly, questionKey, type Db, type Param } from './db';
import type { ArrivedAnswer } from './answerSeed';

function freeze<T>(rows: T[]): T[] {
  for (const r of rows) if (r && typeof r === 'object' && Object.getPrototypeOf(r) === Object.prototype) Object.freeze(r);
  return Object.freeze(rows) as T[];
}

/** The cache, and a second door to it for questions nobody is waiting for yet (the warm-up). */
export interface CachingDb extends Db {
  /**
   * The same cache, whose misses wait in a background lane: sent to the engine one at a time, and only while
   * no foreground question is out, so a click's questions wait behind one background question at most
   * (the engine answers in order). A foreground call asking what is still waiting there sends it at once.
   */
  background(): Db;
  /**
   * Answers worked out elsewhere for the table this Db holds (answerSeed.ts), kept as if asked here; their
   * rows are made when first asked for, and one that turns out malformed is asked of the engine instead.
   * Ignored where the cache was emptied since `generation` was read (a write may have changed the table),
   * and for questions already answered; a question waiting in the background lane is answered with them.
   */
  seed(answers: readonly ArrivedAnswer[], generation: number): number;
  /** Counts the times the cache was emptied (a write or a new CSV). */
  readonly generation: number;
  /** The background lane sends nothing until `until` settles (the seed is on its way). */
  holdBackground(until: Promise<unknown>): void;
}

/** A task boundary (scheduler.yield where the browser has it: the warm-up goes on first after input). */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

interface Waiting {
  run: (lane: 'foreground' | 'background') => void;
  answer: (rows: unknown[]) => void;
}

export function cachingDb(inner: Db, max = 200): CachingDb {
  const cache = new Map<string, Promise<unknown[]>>();
  const waiting = new Map<string, Waiting>(); // background misses not yet sent, by key, in asking order
  const seeded = new Map<string, () => unknown[]>(); // answers given by seed(), rows not yet made
  let foreground = 0; // foreground questions out at the engine
  let backgroundOut = false;
  let generation = 0;
  let holds = 0;

  function pump() {
    if (foreground > 0 || backgroundOut || holds > 0) return;
    const next = waiting.entries().next();
    if (next.done) return;
    next.value[1].run('background');
  }
  function send<T>(sql: string, params: Param[], lane: 'foreground' | 'background'): Promise<T[]> {
    if (lane === 'foreground') foreground++;
    else backgroundOut = true;
    return inner.query<T>(sql, params).finally(() => {
      if (lane === 'foreground') foreground--;
      else backgroundOut = false;
      pump();
    });
  }
  function remember(key: string, hit: Promise<unknown[]>) {
    cache.delete(key); // re-inserted: most recently used last
    cache.set(key, hit);
    if (cache.size > max) cache.delete(cache.keys().next().value!);
  }
  function clear() {
    cache.clear();
    seeded.clear();
    generation++;
  }
  async function registerCsv(name: string, text: string) {
    clear();
    await inner.registerCsv(name, text);
  }
  async function query<T>(sql: string, params: Param[], lane: 'foreground' | 'background'): Promise<T[]> {
    if (!isReadOnly(sql)) {
      clear();
      return send<T>(sql, params, 'foreground');
    }
    const key = questionKey(sql, params);
    let hit = cache.get(key) ?? fromSeed(key);
    if (hit) {
      if (lane === 'foreground') waiting.get(key)?.run('foreground');
    } else if (lane === 'foreground') {
      hit = send<T>(sql, params, 'foreground').then(freeze);
      hit.catch(() => cache.delete(key));
    } else {
      hit = new Promise<unknown[]>((resolve, reject) => {
        // Sent by pump() in the background lane, or at once as foreground when a foreground caller asks for it.
        const run = (sendAs: 'foreground' | 'background') => {
          if (!waiting.delete(key)) return; // already sent
          send<T>(sql, params, sendAs).then((rows) => resolve(freeze(rows)), reject);
        };
        const answer = (rows: unknown[]) => waiting.delete(key) && resolve(freeze(rows));
        waiting.set(key, { run, answer });
      });
      hit.catch(() => cache.delete(key));
    }
    remember(key, hit);
    pump();
    return (await hit) as T[];
  }
  /** A seeded answer's rows, made now and kept like any answer; undefined where there is none or it is malformed. */
  function fromSeed(key: string): Promise<unknown[]> | undefined {
    const make = seeded.get(key);
    if (!make) return undefined;
    seeded.delete(key);
    let rows: unknown[];
    try {
      rows = make();
    } catch (e) {
      console.warn(e);
      return undefined;
    }
    const hit = Promise.resolve(freeze(rows));
    remember(key, hit);
    return hit;
  }
  function seed(answers: readonly ArrivedAnswer[], since: number): number {
    if (since !== generation) return 0;
    let kept = 0;
    for (const a of answers) {
      if (!isReadOnly(a.sql)) continue;
      const key = questionKey(a.sql, a.params);
      const w = waiting.get(key);
      if (w) {
        // Asked already, and waiting in the lane: answered now (its promise is the one kept).
        try {
          w.answer(a.rows());
          kept++;
        } catch (e) {
          console.warn(e);
        }
        continue;
      }
      if (cache.has(key)) continue;
      seeded.set(key, a.rows);
      kept++;
    }
    return kept;
  }
  function holdBackground(until: Promise<unknown>) {
    holds++;
    const release = () => {
      holds--;
      pump();
    };
    until.then(release, release);
  }
  const self: CachingDb = {
    query: <T>(sql: string, params: Param[] = []) => query<T>(sql, params, 'foreground'),
    registerCsv,
    background: () => background,
    seed,
    get generation() {
      return generation;
    },
    holdBackground
  };
  // Each background question first lets the page handle what is waiting (a click): where the answers are
  // already in (seeded), the warm-up would otherwise run as one unbroken chain of resolved promises that no
  // input can get between. (The first click right after "ready" is still slower than later ones, 60–190 ms
  // here, with or without this: see README's benchmark section.)
  const background: Db = {
    query: async <T>(sql: string, params: Param[] = []) => {
      await nextTask();
      return query<T>(sql, params, 'background');
    },
    registerCsv,
    base: self
  };
  return self;
}
