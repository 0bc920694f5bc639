// Which encoding a response may use, from the request's Accept-Encoding: brotli, else gzip, else none.
// Plain JS (with JSDoc types) so that both the SvelteKit app and scripts/server.mjs run the same code.

/**
 * @param {string | string[] | null | undefined} accept
 * @returns {'br' | 'gzip' | null} null: send the identity bytes. A coding with q=0 is refused.
 */
export function pickEncoding(accept) {
  /** @type {Map<string, number>} */
  const offered = new Map();
  for (const part of String(accept ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    offered.set(name.trim(), q ? Number(q.slice(2)) : 1);
  }
  for (const enc of /** @type {const} */ (['br', 'gzip'])) if ((offered.get(enc) ?? offered.get('*') ?? 0) > 0) return enc;
  return null;
}
