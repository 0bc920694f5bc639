// A view comes from the browser's DuckDB once it is ready, else from the server (first paint,
// or before wasm has loaded). Both run the same view builder on the same SQL.
import type { Db } from './db';
import { shareEqual } from '../views/shareEqual';

export type ViewSource = 'duckdb-wasm' | 'server';

// The last view of each page kind (/api/view/tinh, /api/view/ranking, …), in the browser: the next one
// shares every part that did not change with it (shareEqual), so unchanged charts are not worked out again.
const lastViews = new Map<string, unknown>();

export async function viewFrom<T>(
  db: Db | null,
  build: (db: Db) => Promise<T>,
  serverUrl: string,
  fetchFn: typeof fetch
): Promise<{ view: T; source: ViewSource }> {
  const kind = serverUrl.split('?')[0].split('/').slice(0, 4).join('/');
  const shared = (view: T) => {
    if (typeof window === 'undefined') return view; // the server keeps no state between requests
    const out = shareEqual(lastViews.get(kind), view);
    lastViews.set(kind, out);
    return out;
  };
  if (db) {
    // Measured (chiso:view-build) so the benchmark's traces can split a redraw into query and render.
    const t0 = performance.now();
    const view = shared(await build(db));
    // Only the latest is kept: a long presentation must not grow the page's timeline without bound.
    performance.clearMeasures('chiso:view-build');
    performance.measure('chiso:view-build', { start: t0, end: performance.now() });
    return { view, source: 'duckdb-wasm' };
  }
  const res = await fetchFn(serverUrl);
  if (!res.ok) throw new Error(`Máy chủ trả lỗi ${res.status} cho ${serverUrl}`);
  return { view: shared((await res.json()) as T), source: 'server' };
}
