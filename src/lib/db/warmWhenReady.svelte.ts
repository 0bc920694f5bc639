// Once the browser's DuckDB is ready, build the page's view from it once and drop the result: the worker
// prepares the page's statements and warms up before the user's first change (the first redraw was
// ~2× slower otherwise). Nothing navigates, so a click made at that moment is never overtaken; its questions
// go in the cache's background lane, so a click's own questions go first.
import { untrack } from 'svelte';
import type { Db } from './db';
import { clientDb } from './clientDb.svelte';

/** Call during a page component's setup. */
export function warmWhenReady(build: (db: Db) => Promise<unknown>): void {
  let done = false;
  $effect(() => {
    const db = clientDb.status === 'ready' ? clientDb.ready : null;
    if (!db || done) return;
    done = true;
    untrack(() => build(db.background())).catch(() => {});
  });
}
