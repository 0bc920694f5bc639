// The browser's result cache: repeats are answered without the engine, any write empties it, answers are frozen.
import { describe, expect, it } from 'vitest';
import { cachingDb } from '../../../src/lib/db/queryCache';
import type { Db, Param } from '../../../src/lib/db/db';

function fakeDb() {
  const calls: string[] = [];
  const db: Db = {
    async query<T>(sql: string, params: Param[] = []) {
      calls.push(`${sql} ${JSON.stringify(params)}`);
      if (sql.includes('fail')) throw new Error('boom');
      return [{ sql, params, n: calls.length }] as T[];
    },
    async registerCsv() {}
  };
  return { db, calls };
}

describe('cachingDb', () => {
  it('answers a repeated read from the cache, per SQL and parameters', async () => {
    const { db, calls } = fakeDb();
    const c = cachingDb(db);
    const a = await c.query('SELECT 1 WHERE x = ?', [1]);
    const b = await c.query('SELECT 1 WHERE x = ?', [1]);
    await c.query('SELECT 1 WHERE x = ?', [2]);
    await c.query('  with t as (select 1) select * from t');
    await c.query('  with t as (select 1) select * from t');
    expect(a).toEqual(b);
    expect(calls.length).toBe(3);
  });

  it('hands every caller the same frozen answer: editing it throws and never changes the next answer', async () => {
    const { db } = fakeDb();
    const c = cachingDb(db);
    const a = await c.query<{ n: number }>('SELECT 1');
    expect(() => (a[0].n = 99)).toThrow(TypeError);
    expect(() => a.push({ n: 5 })).toThrow(TypeError);
    expect(() => a.splice(0, 1)).toThrow(TypeError);
    const b = await c.query('SELECT 1');
    expect(b).toBe(a);
    expect(b).toEqual([{ sql: 'SELECT 1', params: [], n: 1 }]);
  });

  it('empties itself on any statement that is not a read, and on a new CSV', async () => {
    const { db, calls } = fakeDb();
    const c = cachingDb(db);
    await c.query('SELECT 1');
    await c.query('DROP TABLE IF EXISTS obs');
    await c.query('SELECT 1');
    await c.registerCsv('obs.csv', 'a\n1');
    await c.query('SELECT 1');
    expect(calls.filter((x) => x.startsWith('SELECT 1')).length).toBe(3);
  });

  it('does not keep a failed query, and keeps at most `max` answers', async () => {
    const { db, calls } = fakeDb();
    const c = cachingDb(db, 2);
    await expect(c.query('SELECT fail')).rejects.toThrow('boom');
    await expect(c.query('SELECT fail')).rejects.toThrow('boom');
    expect(calls.length).toBe(2);
    await c.query('SELECT 1');
    await c.query('SELECT 2');
    await c.query('SELECT 3'); // evicts SELECT 1
    await c.query('SELECT 1');
    expect(calls.filter((x) => x.startsWith('SELECT 1')).length).toBe(2);
  });
});

// A fake engine that answers when told, to see what is out at a given moment.
function heldDb() {
  const out: { sql: string; answer: () => void }[] = [];
  const db: Db = {
    query<T>(sql: string) {
      return new Promise<T[]>((resolve) => out.push({ sql, answer: () => resolve([{ sql }] as T[]) }));
    },
    async registerCsv() {}
  };
  return { db, out };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('cachingDb background lane', () => {
  it('sends background questions one at a time, and none while a foreground question is out', async () => {
    const { db, out } = heldDb();
    const c = cachingDb(db);
    const bg = c.background();
    const click = c.query('SELECT click');
    const w1 = bg.query('SELECT warm1');
    const w2 = bg.query('SELECT warm2');
    await settle();
    expect(out.map((q) => q.sql)).toEqual(['SELECT click']);
    out[0].answer();
    await click;
    await settle();
    expect(out.map((q) => q.sql)).toEqual(['SELECT click', 'SELECT warm1']);
    out[1].answer();
    await w1;
    await settle();
    expect(out.map((q) => q.sql)).toEqual(['SELECT click', 'SELECT warm1', 'SELECT warm2']);
    out[2].answer();
    expect(await w2).toEqual([{ sql: 'SELECT warm2' }]);
  });

  it('a click asking for what waits in the lane sends it at once, and both callers get the one answer', async () => {
    const { db, out } = heldDb();
    const c = cachingDb(db);
    const bg = c.background();
    const busy = c.query('SELECT busy'); // keeps the lane closed
    const warm = bg.query('SELECT shared');
    await settle();
    expect(out.map((q) => q.sql)).toEqual(['SELECT busy']);
    const click = c.query('SELECT shared');
    await settle();
    expect(out.map((q) => q.sql)).toEqual(['SELECT busy', 'SELECT shared']);
    out[1].answer();
    const [a, b] = await Promise.all([warm, click]);
    expect(a).toBe(b);
    out[0].answer();
    await busy;
    await settle();
    expect(out.length).toBe(2); // sent once
  });

  it('a background answer is kept for the foreground like any other', async () => {
    const { db, calls } = fakeDb();
    const c = cachingDb(db);
    const warm = await c.background().query('SELECT 1');
    expect(await c.query('SELECT 1')).toBe(warm);
    expect(calls.length).toBe(1);
  });

  it('holds the lane while a seed is on its way; the seed answers what waited, the rest is then sent', async () => {
    const { db, out } = heldDb();
    const c = cachingDb(db);
    let arrive!: () => void;
    c.holdBackground(new Promise<void>((r) => (arrive = r)));
    const bg = c.background();
    const seeded = bg.query('SELECT seeded WHERE i = ?', ['pci']);
    const other = bg.query('SELECT other');
    await settle();
    expect(out).toEqual([]);
    expect(c.seed([{ sql: 'SELECT seeded WHERE i = ?', params: ['pci'], rows: () => [{ n: 63 }] }], c.generation)).toBe(1);
    expect(await seeded).toEqual([{ n: 63 }]);
    arrive();
    await settle();
    expect(out.map((q) => q.sql)).toEqual(['SELECT other']);
    out[0].answer();
    await other;
    // The seeded answer is kept, frozen, for the foreground too.
    const again = await c.query<{ n: number }>('SELECT seeded WHERE i = ?', ['pci']);
    expect(again).toEqual([{ n: 63 }]);
    expect(() => (again[0].n = 1)).toThrow(TypeError);
    expect(out.length).toBe(1);
  });

  it('a seed never replaces an answer already kept, and is dropped after a write', async () => {
    const { db, calls } = fakeDb();
    const c = cachingDb(db);
    const own = await c.query('SELECT 1');
    expect(c.seed([{ sql: 'SELECT 1', params: [], rows: () => [{ n: -1 }] }], c.generation)).toBe(0);
    expect(await c.query('SELECT 1')).toBe(own);
    const since = c.generation;
    await c.query('CREATE TABLE t (a INTEGER)');
    expect(c.seed([{ sql: 'SELECT 2', params: [], rows: () => [{ n: -1 }] }], since)).toBe(0);
    await c.query('SELECT 2');
    expect(calls.filter((q) => q.startsWith('SELECT 2')).length).toBe(1);
  });

  it('makes a seeded answer\'s rows when first asked for; a malformed one is asked of the engine instead', async () => {
    const { db, calls } = fakeDb();
    const c = cachingDb(db);
    let made = 0;
    const good = () => (made++, [{ n: 1 }]);
    const bad = () => {
      throw new Error('Bộ câu trả lời dựng sẵn không hợp lệ: câu 2 có cột không khớp');
    };
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(c.seed([{ sql: 'SELECT good', params: [], rows: good }, { sql: 'SELECT bad', params: [], rows: bad }], c.generation)).toBe(2);
      expect(made).toBe(0);
      expect(await c.query('SELECT good')).toEqual([{ n: 1 }]);
      expect(await c.query('SELECT good')).toEqual([{ n: 1 }]);
      expect(made).toBe(1);
      expect(await c.query('SELECT bad')).toEqual([{ sql: 'SELECT bad', params: [], n: 1 }]);
      expect(calls).toEqual(['SELECT bad []']);
    } finally {
      console.warn = warn;
    }
  });

  it('lets waiting input in between background questions, even where every answer is already in', async () => {
    const { db, calls } = fakeDb();
    const c = cachingDb(db);
    const answers = Array.from({ length: 50 }, (_, i) => ({ sql: `SELECT seeded ${i}`, params: [], rows: () => [{ i }] }));
    expect(c.seed(answers, c.generation)).toBe(50);
    let done = 0;
    const warmUp = (async () => {
      for (const a of answers) {
        await c.background().query(a.sql);
        done++;
      }
    })();
    // A click is a task: it runs before the warm-up is over, not after 50 answers in one unbroken chain.
    const atClick = await new Promise<number>((resolve) => setTimeout(() => resolve(done), 0));
    expect(atClick).toBeLessThan(50);
    await warmUp;
    expect(done).toBe(50);
    expect(calls, 'every answer came from the seed').toEqual([]);
  });
});
