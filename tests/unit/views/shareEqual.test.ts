import { describe, expect, it } from 'vitest';
import { shareEqual } from '../../../src/lib/views/shareEqual';

describe('shareEqual', () => {
  it('keeps the previous object wherever the new one is equal, and only there', () => {
    const prev = { year: 2015, trend: [{ year: 2014, value: 57.2 }, { year: 2015, value: 59.1 }], components: [{ code: 'a', value: 6.1 }] };
    const next = { year: 2014, trend: [{ year: 2014, value: 57.2 }, { year: 2015, value: 59.1 }], components: [{ code: 'a', value: 5.9 }] };
    const out = shareEqual(prev, next);
    expect(out).toEqual(next);
    expect(out).not.toBe(prev);
    expect(out.trend).toBe(prev.trend);
    expect(out.components).not.toBe(prev.components);
    expect(out.components[0]).not.toBe(prev.components[0]);
  });

  it('an equal whole is the previous object; a changed leaf, a new key or a shorter list is not', () => {
    const prev = { a: [1, 2, 3], b: { c: null as number | null } };
    expect(shareEqual(prev, { a: [1, 2, 3], b: { c: null } })).toBe(prev);
    expect(shareEqual(prev, { a: [1, 2, 3], b: { c: 0 } }).b).not.toBe(prev.b);
    expect(shareEqual(prev, { a: [1, 2], b: { c: null } }).a).toEqual([1, 2]);
    expect(shareEqual(prev, { a: [1, 2, 3], b: { c: null }, d: 1 })).not.toBe(prev);
    expect(shareEqual({ x: undefined }, { y: undefined })).toEqual({ y: undefined });
  });

  it('works with frozen answers and leaves both inputs untouched', () => {
    const prev = Object.freeze({ rows: Object.freeze([Object.freeze({ v: 1 })]) });
    const next = Object.freeze({ rows: Object.freeze([Object.freeze({ v: 1 })]), extra: Object.freeze([2]) });
    const out = shareEqual(prev, next);
    expect(out.rows).toBe(prev.rows);
    expect(out.extra).toBe(next.extra);
    expect(shareEqual(null, next)).toBe(next);
    expect(shareEqual(prev, 3)).toBe(3);
  });
});
