// Where to go after login: only a path on this site, never another origin (open redirect).

export const DEFAULT_NEXT = '/xep-hang';

// A path of this site: one "/", then not "/" or "\" (browsers read "//x" and "/\x" as another host).
const SAME_ORIGIN_PATH = /^\/(?![/\\])/;
// Controls (tab, newline…) are dropped by URL parsers, so "/\t/evil" would become "//evil".
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f\\\s]/;

/**
 * `next` (already decoded once from the query) as a same-origin path with its query and hash, or the
 * default. Checked before and after the URL parser normalises it, since normalising can make "//" appear.
 */
export function safeNext(next: string | null | undefined): string {
  if (typeof next !== 'string' || next.length > 2000 || !SAME_ORIGIN_PATH.test(next) || UNSAFE_CHARS.test(next)) return DEFAULT_NEXT;
  const base = 'http://chiso.invalid';
  let u: URL;
  try {
    u = new URL(next, base);
  } catch {
    return DEFAULT_NEXT;
  }
  const out = u.pathname + u.search + u.hash;
  if (u.origin !== base || !SAME_ORIGIN_PATH.test(out) || UNSAFE_CHARS.test(out)) return DEFAULT_NEXT;
  // An encoded slash or backslash right after the first "/" is decoded by some proxies and servers.
  if (/^\/(%2f|%5c)/i.test(out)) return DEFAULT_NEXT;
  return out;
}
