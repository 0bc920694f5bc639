// The browser's side of the server's answers (server/commonAnswersSeed.ts): fetched while DuckDB loads,
// once the page is hydrated (never part of the first view), then checked (answerSeed.ts arrivedAnswers)
// and kept in the query cache the moment DuckDB is ready, so the first click after "ready" is answered
// from them (asked for only at ready, they came 100–300 ms later and that click met a cold engine).
// Any failure leaves the cache as it was: the warm-up then asks the browser's own engine, as before.
import { arrivedAnswers } from './answerSeed';
import type { CachingDb } from './queryCache';

export interface AnswersSource {
  url: string;
  /** The data version (content hash) the browser's DuckDB was loaded with. */
  version: string;
}

/** The answers file's text; a failure is kept for seedAnswers to report, never thrown unhandled meanwhile. */
export function fetchAnswers(source: AnswersSource, fetchFn: typeof fetch = fetch): Promise<string> {
  const body = fetchFn(source.url).then((res) => {
    if (!res.ok) throw new Error(`Máy chủ trả lỗi ${res.status} cho ${source.url}`);
    return res.text();
  });
  body.catch(() => {});
  return body;
}

/** How many answers were kept. */
export async function seedAnswers(cache: CachingDb, source: AnswersSource, fetched: Promise<string>): Promise<number> {
  const since = cache.generation;
  const body = await fetched;
  // Measured (chiso:answers-read: parse and keep; each answer's rows are made when first asked for) for
  // `npm run bench:timeline`: it runs on the page's thread.
  const t0 = performance.now();
  const kept = cache.seed(arrivedAnswers(JSON.parse(body), source.version), since);
  performance.measure('chiso:answers-read', { start: t0, end: performance.now() });
  performance.mark('chiso:answers-seeded');
  return kept;
}
