// A view comes from the browser's DuckDB once it is ready, else from the server (first paint,
// or before wasm has loaded). Both run the same view builder on the same SQL.
import type { Db } from './db';

export type ViewSource = 'duckdb-wasm' | 'server';

export async function viewFrom<T>(
  db: Db | null,
  build: (db: Db) => Promise<T>,
  serverUrl: string,
  fetchFn: typeof fetch
): Promise<{ view: T; source: ViewSource }> {
  if (db) {
    // Measured (chiso:view-build) so the benchmark's traces can split a redraw into query and render.
    const t0 = performance.now();
    const view = await build(db);
    // Only the latest is kept: a long presentation must not grow the page's timeline without bound.
    performance.clearMeasures('chiso:view-build');
    performance.measure('chiso:view-build', { start: t0, end: performance.now() });
    return { view, source: 'duckdb-wasm' };
  }
  const res = await fetchFn(serverUrl);
  if (!res.ok) throw new Error(`Máy chủ trả lỗi ${res.status} cho ${serverUrl}`);
  return { view: (await res.json()) as T, source: 'server' };
}
