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
