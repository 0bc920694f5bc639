// The browser's warm-up answers (views/commonAnswers.ts), worked out once per data version on the server's
// DuckDB and sent as one JSON file (routes/api/answers): the browser keeps them in its query cache instead
// of asking its own engine, whose first questions on a cold wasm cost 20–300 ms each and share the
// machine's cores with the page. Computed on the first request for a version, then kept until the next commit.
import { recordingDb, encodeAnswers } from '../db/answerSeed';
import { ensureReferenceTables } from '../db/referenceTables';
import { askCommonQuestions } from '../views/commonAnswers';
import { serverData, type ServerData } from './serverDb';

let kept: { key: string; json: Promise<string> } | null = null;

async function work(data: ServerData): Promise<string> {
  // The regions table is made on the engine itself: a table made through the recorder is still made.
  await ensureReferenceTables(data.db);
  const rec = recordingDb(data.db);
  await askCommonQuestions(rec.db, async () => {});
  return JSON.stringify(encodeAnswers(data.key, rec.answers()));
}

let soon: ReturnType<typeof setTimeout> | null = null;

/**
 * Work the answers out a little after a page of a new version was asked for (the layout's load calls this),
 * so the first browser to be ready finds them made, while that first page's own rendering goes first.
 */
export function prepareCommonAnswers(key: string, delayMs = 2000): void {
  if (kept?.key === key || soon) return;
  soon = setTimeout(() => {
    soon = null;
    commonAnswersJson().catch(() => {});
  }, delayMs);
  soon.unref?.();
}

/** The answers' JSON for the version the server holds now, and that version's key. */
export async function commonAnswersJson(): Promise<{ key: string; json: string }> {
  const data = await serverData();
  if (kept?.key !== data.key) {
    const entry = { key: data.key, json: work(data) };
    kept = entry;
    // A failed attempt is retried by the next request.
    entry.json.catch(() => kept === entry && (kept = null));
  }
  return { key: data.key, json: await kept.json };
}
