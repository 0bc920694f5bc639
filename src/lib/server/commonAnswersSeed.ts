// The browser's warm-up answers (views/commonAnswers.ts), worked out once per data version on the server's
// DuckDB and sent as one JSON file (routes/api/answers): the browser keeps them in its query cache instead
// of asking its own engine, whose first questions on a cold wasm cost 20–300 ms each and share the
// machine's cores with the page. Computed a little after the first page of a version is asked for (or on the
// first request for the file, if sooner), then kept until the next commit.
import { recordingDb, encodeAnswers } from '../db/answerSeed';
import { ensureReferenceTables } from '../db/referenceTables';
import { askCommonQuestions } from '../views/commonAnswers';
import { dataEncoder, type EncodedData } from './dataEncoding';
import { serverData, type ServerData } from './serverDb';

// Brotli 9 is enough for a file asked for after the first view: no second pass.
const encoder = dataEncoder(false);

interface Made {
  json: string;
  /** Compressed when made, so the first browser to ask is not kept waiting for it. */
  encoded: EncodedData;
}
let kept: { key: string; made: Promise<Made> } | null = null;

async function work(data: ServerData): Promise<Made> {
  // The regions table is made on the engine itself: a table made through the recorder is still made.
  await ensureReferenceTables(data.db);
  const rec = recordingDb(data.db);
  await askCommonQuestions(rec.db, async () => {});
  const json = JSON.stringify(encodeAnswers(data.key, rec.answers()));
  return { json, encoded: await encoder.get(data.key, json) };
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
    commonAnswers().catch(() => {});
  }, delayMs);
  soon.unref?.();
}

/** The answers for the version the server holds now (JSON and its compressed bodies), and that version's key. */
export async function commonAnswers(): Promise<{ key: string } & Made> {
  const data = await serverData();
  if (kept?.key !== data.key) {
    const entry = { key: data.key, made: work(data) };
    kept = entry;
    // A failed attempt is retried by the next request.
    entry.made.catch(() => kept === entry && (kept = null));
  }
  return { key: data.key, ...(await kept.made) };
}
