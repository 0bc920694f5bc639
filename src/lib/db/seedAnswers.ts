// The browser's side of the server's answers (server/commonAnswersSeed.ts): fetched once DuckDB is ready
// (never part of the first view), checked (answerSeed.ts arrivedAnswers) and kept in the query cache.
// Any failure leaves the cache as it was: the warm-up then asks the browser's own engine, as before.
import { arrivedAnswers } from './answerSeed';
import type { CachingDb } from './queryCache';

export interface AnswersSource {
  url: string;
  /** The data version (content hash) the browser's DuckDB was loaded with. */
  version: string;
}

/** How many answers were kept. */
export async function seedAnswers(cache: CachingDb, source: AnswersSource, fetchFn: typeof fetch = fetch): Promise<number> {
  const since = cache.generation;
  const res = await fetchFn(source.url);
  if (!res.ok) throw new Error(`Máy chủ trả lỗi ${res.status} cho ${source.url}`);
  const body = await res.text();
  // Measured (chiso:answers-read: parse and keep; each answer's rows are made when first asked for) for
  // `npm run bench:timeline`: it runs on the page's thread.
  const t0 = performance.now();
  const kept = cache.seed(arrivedAnswers(JSON.parse(body), source.version), since);
  performance.measure('chiso:answers-read', { start: t0, end: performance.now() });
  performance.mark('chiso:answers-seeded');
  return kept;
}
