// The server's answers for the browser's cache (db/answerSeed.ts, server/commonAnswersSeed.ts): worked out on
// one engine with the shipped data, carried as JSON, and given to a second engine's cache, which then asks
// its own engine nothing for the warm-up, an index change on the ranking page, or a province page's
// unit-independent questions — and gets the rows its own engine would have returned.
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDb } from '../../../src/lib/server/db/nodeDuckDb';
import { loadObservations } from '../../../src/lib/db/observationsTable';
import { cachingDb, type CachingDb } from '../../../src/lib/db/queryCache';
import { arrivedAnswers, encodeAnswers, recordingDb, type Answer } from '../../../src/lib/db/answerSeed';
import { fetchAnswers, seedAnswers } from '../../../src/lib/db/seedAnswers';
import { ensureReferenceTables, markReferenceTablesReady } from '../../../src/lib/db/referenceTables';
import { buildDataset, readShippedFiles } from '../../../src/lib/server/shippedData';
import { askCommonQuestions, warmCommonAnswers } from '../../../src/lib/views/commonAnswers';
import { loadRankingPage } from '../../../src/lib/views/rankingPageView';
import { loadProvinceView } from '../../../src/lib/views/provinceView';
import type { Db, Param } from '../../../src/lib/db/db';

/** Every answer of a seed with its rows made now: throws on the first malformed one. */
const decodeAnswers = (json: unknown, version: string): Answer[] =>
  arrivedAnswers(json, version).map((a) => ({ sql: a.sql, params: a.params, rows: a.rows() }));

let answers: Answer[];
let json: string;
let engine: Db;
beforeAll(async () => {
  const observations = buildDataset(readShippedFiles()).observations;
  const server = await openNodeDuckDb();
  await loadObservations(server, observations);
  await ensureReferenceTables(server);
  const rec = recordingDb(server);
  await askCommonQuestions(rec.db, async () => {});
  answers = rec.answers();
  json = JSON.stringify(encodeAnswers('v1', answers));
  engine = await openNodeDuckDb();
  await loadObservations(engine, observations);
  await ensureReferenceTables(engine);
}, 180_000);

/** A cache over the second engine that counts what reaches it, seeded from the JSON as the browser is. */
async function seededCache() {
  const asked: string[] = [];
  const cache = cachingDb({ ...engine, query: (sql: string, params?: Param[]) => (asked.push(`${sql} ${JSON.stringify(params)}`), engine.query(sql, params)) });
  markReferenceTablesReady(cache); // as the browser's opener does: the engine has them
  const source = { url: '/api/answers/v1.json', version: 'v1' };
  const kept = await seedAnswers(cache, source, fetchAnswers(source, (async () => new Response(json)) as typeof fetch));
  return { cache, asked, kept };
}

describe("the server's answers for the browser's cache", () => {
  it('send columns of few distinct strings once, as a dictionary, and read them back with their nulls', () => {
    const seed = encodeAnswers('v1', [{ sql: 'SELECT', params: [], rows: [{ a: 'x', b: 1 }, { a: null, b: 2 }, { a: 'x', b: 3 }, { a: 'x', b: null }] }]);
    expect(seed.answers[0].values[0]).toEqual({ d: ['x'], i: [0, -1, 0, 0] });
    expect(decodeAnswers(JSON.parse(JSON.stringify(seed)), 'v1')[0].rows).toEqual([{ a: 'x', b: 1 }, { a: null, b: 2 }, { a: 'x', b: 3 }, { a: 'x', b: null }]);
  });

  it('are every question the warm-up asks, each once', () => {
    expect(answers.length).toBeGreaterThan(30);
    const keys = answers.map((a) => `${a.sql} ${JSON.stringify(a.params)}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const id of ['pci', 'papi', 'sipas', 'par_index', 'dti']) expect(answers.some((a) => a.params.includes(id)), id).toBe(true);
  });

  it("decode to exactly the rows the browser's engine returns for the same questions", async () => {
    const seeded = decodeAnswers(JSON.parse(json), 'v1');
    expect(seeded.length).toBe(answers.length);
    for (const a of seeded) expect(a.rows, a.sql.slice(0, 60)).toEqual(await engine.query(a.sql, a.params));
  });

  it('once seeded, the warm-up and the first change of index ask the engine nothing', async () => {
    const { cache, asked, kept } = await seededCache();
    expect(kept).toBe(answers.length);
    await warmCommonAnswers(cache);
    for (const index of ['papi', 'sipas', 'par_index', 'dti', 'pci']) {
      const v = await loadRankingPage(cache, { index, year: null, selected: null, tab: null, from: null });
      expect(v.rows.length).toBeGreaterThan(0);
    }
    expect(asked).toEqual([]);
  });

  it('then a province page, any index and any unit, simulator included, asks the engine nothing, and is the view the engine gives', async () => {
    const { cache, asked } = await seededCache();
    for (const [index, unit] of [['papi', 'quang-ngai'], ['pci', 'vinh-phuc'], ['pci', 'kon-tum'], ['sipas', 'da-nang']]) {
      const view = await loadProvinceView(cache, { index, unit, year: null });
      expect(view.headline?.value, `${index} ${unit}`).not.toBeNull();
      if (index === 'pci') expect(view.simulator?.outcome, unit).not.toBeNull();
      const plain = await loadProvinceView(cachingDb(engine), { index, unit, year: null });
      expect(JSON.parse(JSON.stringify(view))).toEqual(JSON.parse(JSON.stringify(plain)));
    }
    expect(asked).toEqual([]);
  });
});

describe('a seed that is not right is not kept', () => {
  const ok = () => JSON.parse(json);
  const broken: [string, () => unknown][] = [
    ['another data version', () => ({ ...ok(), version: 'v0' })],
    ['not an object', () => 'xin chào'],
    ['no answers', () => ({ version: 'v1' })],
    ['columns and values of different counts', () => ({ version: 'v1', answers: [{ sql: 'SELECT 1', params: [], columns: ['a', 'b'], values: [[1]] }] })],
    ['a ragged column', () => ({ version: 'v1', answers: [{ sql: 'SELECT 1', params: [], columns: ['a', 'b'], values: [[1, 2], [1]] }] })],
    ['an object in a cell', () => ({ version: 'v1', answers: [{ sql: 'SELECT 1', params: [], columns: ['a'], values: [[{ __proto__: { x: 1 } }]] }] })],
    ['a dictionary index out of range', () => ({ version: 'v1', answers: [{ sql: 'SELECT 1', params: [], columns: ['a'], values: [{ d: ['x'], i: [0, 1] }] }] })],
    ['a dictionary index that is not a whole number', () => ({ version: 'v1', answers: [{ sql: 'SELECT 1', params: [], columns: ['a'], values: [{ d: ['x'], i: [0.5] }] }] })],
    ['a dictionary of numbers', () => ({ version: 'v1', answers: [{ sql: 'SELECT 1', params: [], columns: ['a'], values: [{ d: [1], i: [0] }] }] })],
    ['a parameter that is an object', () => ({ version: 'v1', answers: [{ sql: 'SELECT 1', params: [{}], columns: [], values: [] }] })]
  ];
  for (const [what, make] of broken)
    it(`throws a Vietnamese error for ${what}`, () => {
      expect(() => decodeAnswers(make(), 'v1')).toThrow(/Bộ câu trả lời dựng sẵn không hợp lệ/);
    });

  it('a truncated body, or an error status, leaves the cache as it was', async () => {
    const x = { url: '/x', version: 'v1' };
    const cache = cachingDb(engine);
    const truncated = (async () => new Response(json.slice(0, json.length / 2))) as typeof fetch;
    await expect(seedAnswers(cache, x, fetchAnswers(x, truncated))).rejects.toThrow();
    const gone = (async () => new Response('Không tìm thấy', { status: 404 })) as typeof fetch;
    await expect(seedAnswers(cache, x, fetchAnswers(x, gone))).rejects.toThrow(/404/);
    const asked: string[] = [];
    const counting = cachingDb({ ...engine, query: (sql: string, params?: Param[]) => (asked.push(sql), engine.query(sql, params)) });
    await expect(seedAnswers(counting, x, fetchAnswers(x, truncated))).rejects.toThrow();
    await counting.query(answers[0].sql, answers[0].params);
    expect(asked.length).toBe(1);
  });

  it('a failed request made long before DuckDB is ready surfaces only when the answers are seeded', async () => {
    const x = { url: '/x', version: 'v1' };
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const early = fetchAnswers(x, (async () => new Response('', { status: 503 })) as typeof fetch);
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).toEqual([]);
      await expect(seedAnswers(cachingDb(engine), x, early)).rejects.toThrow('Máy chủ trả lỗi 503 cho /x');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('a write between the request and the answers drops them: the table may have changed', async () => {
    const cache: CachingDb = cachingDb(engine);
    const since = cache.generation;
    await cache.registerCsv('x.csv', 'a\n1\n');
    expect(cache.seed(arrivedAnswers(JSON.parse(json), 'v1'), since)).toBe(0);
  });
});
