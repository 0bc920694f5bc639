// Structural sharing between two view models (as TanStack Query's replaceEqualDeep): every part of `next`
// that equals the same part of `prev` is replaced by prev's object, so a chart whose data did not change
// receives the very same array and its derived values (scales, paths) are not worked out again.
// Plain objects and arrays only; anything else is compared with Object.is.

const plain = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

export function shareEqual<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next) || !plain(prev) || !plain(next) || Array.isArray(prev) !== Array.isArray(next)) return next;
  if (Array.isArray(next)) {
    const p = prev as unknown as unknown[];
    const out = next.map((v, i) => shareEqual(p[i], v));
    return (out.length === p.length && out.every((v, i) => v === p[i]) ? p : out) as T;
  }
  const p = prev as Record<string, unknown>;
  const keys = Object.keys(next);
  const out: Record<string, unknown> = {};
  let same = keys.length === Object.keys(p).length;
  for (const k of keys) {
    out[k] = shareEqual(p[k], (next as Record<string, unknown>)[k]);
    if (out[k] !== p[k] || !(k in p)) same = false;
  }
  return (same ? p : out) as T;
}
