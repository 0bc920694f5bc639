// The browser's side of the server's answers (server/commonAnswersSeed.ts): fetched once DuckDB is ready
// (never part of the first view), checked (answerSeed.ts decodeAnswers) and kept in the query cache.
// Any failure leaves the cache as it was: the warm-up then asks the browser's own engine, as before.
import { decodeAnswers } from './answerSeed';
import type { CachingDb } from './queryCache';

export interface AnswersSource {
  url: string;
  /** The data version (content hash) the browser's DuckDB was loaded with. */
  version: string;
}

/** How many answers were kept. */
export async function seedAnswers(cache: CachingDb, source: AnswersSource, fetchFn: typeof fetch = fetch): Promise<number> {
  const since = cache.generation;
  const res = await fetchFn(source.url, { priority: 'low' } as RequestInit);
  if (!res.ok) throw new Error(`Máy chủ trả lỗi ${res.status} cho ${source.url}`);
  const answers = decodeAnswers(await res.json(), source.version);
  const kept = cache.seed(answers, since);
  performance.mark('chiso:answers-seeded');
  return kept;
}
