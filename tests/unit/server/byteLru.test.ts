import { describe, expect, it } from 'vitest';
import { ByteLru } from '../../../src/lib/server/byteLru';

const size = (k: string, v: string) => ByteLru.sizeOf(k, v);

describe('ByteLru', () => {
  it('keeps the total size within its budget, dropping the least recently used first', () => {
    const lru = new ByteLru(size('a', 'x'.repeat(99)) * 3);
    lru.set('a', 'x'.repeat(99));
    lru.set('b', 'y'.repeat(99));
    lru.set('c', 'z'.repeat(99));
    expect(lru.get('a')).toBeDefined(); // a is now the most recent
    lru.set('d', 'w'.repeat(99));
    expect(lru.get('b')).toBeUndefined();
    expect([lru.get('a'), lru.get('c'), lru.get('d')].every(Boolean)).toBe(true);
    expect(lru.bytes).toBeLessThanOrEqual(lru.maxBytes);
  });

  it('a value bigger than the budget is not kept and evicts nothing', () => {
    const lru = new ByteLru(1000);
    lru.set('a', 'small');
    lru.set('huge', 'x'.repeat(1000));
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.get('a')).toBe('small');
  });

  it('replacing a key counts only its new size; clear empties it', () => {
    const lru = new ByteLru(10_000);
    lru.set('a', 'x'.repeat(100));
    lru.set('a', 'x'.repeat(10));
    expect(lru.bytes).toBe(size('a', 'x'.repeat(10)));
    lru.clear();
    expect([lru.size, lru.bytes]).toEqual([0, 0]);
  });

  it('stays bounded under many distinct keys (memory cannot grow with the number of URLs)', () => {
    const lru = new ByteLru(64 * 1024);
    for (let i = 0; i < 10_000; i++) lru.set(`/api/view/tinh?${i}`, 'Hà Tĩnh '.repeat(50));
    expect(lru.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(lru.size).toBeGreaterThan(0);
  });
});
