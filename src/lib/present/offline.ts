// Browser side of presenting offline: ask the service worker (src/service-worker.ts) to keep what a
// deck needs — its pages, the data CSV, the server answers its slides read — so it presents with the
// network cut. The app shell, the JS, the DuckDB wasm and worker and the fonts are cached at install.
import type { Deck } from './deck';
import { slideServerUrls } from './slideSources';

export const CACHE_MESSAGE = 'chiso-cache';
export const CACHED_MESSAGE = 'chiso-cached';

export interface OfflineResult {
  cached: number;
  /** URLs of which the service worker holds no copy at all (a fresh fetch failed and none was kept before). */
  failed: string[];
}

/** The presenter page itself: without it nothing presents offline. */
const presenterUrls = (id: string) => [`/trinh-chieu/${id}`, `/trinh-chieu/${id}/__data.json`];

/** Same-origin URLs to keep for this deck: what presenting needs, then the editor (kept, never counted). */
export function deckUrls(deck: Pick<Deck, 'id' | 'slides'>, dataUrl: string | null): string[] {
  const urls = [
    ...presenterUrls(deck.id),
    ...(dataUrl ? [dataUrl] : []),
    ...deck.slides.flatMap((s) => (s.kind === 'chart' ? slideServerUrls(s) : [])),
    `/bai-trinh-bay/${deck.id}`,
    `/bai-trinh-bay/${deck.id}/__data.json`,
    `/api/decks/${deck.id}`
  ];
  return [...new Set(urls)];
}

/**
 * What the status bar says once the worker answered, counting only what presenting needs: the presenter
 * page, and for each chart slide either the browser's DuckDB (the data CSV and its wasm) or the slide's
 * kept server answers. The editor's pages are kept too, but a presenter is never told about them.
 */
export function offlineStatus(deck: Pick<Deck, 'id' | 'slides'>, dataUrl: string | null, r: OfflineResult): string {
  const missing = new Set(r.failed);
  if (presenterUrls(deck.id).some((u) => missing.has(u))) return 'Chưa lưu được trang trình chiếu: cần mở lại khi có mạng để trình chiếu ngoại tuyến';
  const duckdb = dataUrl != null && !missing.has(dataUrl) && !r.failed.some((u) => u.endsWith('.wasm'));
  const notReady = deck.slides
    .map((s, i) => ({ s, page: i + 2 }))
    .filter(({ s }) => s.kind === 'chart' && !duckdb && slideServerUrls(s).some((u) => missing.has(u)))
    .map(({ page }) => page);
  if (!notReady.length) return 'Đã lưu để trình chiếu khi mất mạng';
  return `Trang ${notReady.join(', ')} chưa lưu để trình chiếu khi mất mạng`;
}

/** Resolves once the service worker has stored the deck's URLs (null without a service worker). */
export async function prepareOffline(deck: Pick<Deck, 'id' | 'slides'>, dataUrl: string | null, timeoutMs = 30_000): Promise<OfflineResult | null> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return null;
  const reg = await Promise.race([navigator.serviceWorker.ready, new Promise<null>((r) => setTimeout(() => r(null), timeoutMs))]);
  const worker = reg?.active;
  if (!worker) return null;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), timeoutMs);
    channel.port1.onmessage = (e: MessageEvent<{ type: string } & OfflineResult>) => {
      if (e.data?.type !== CACHED_MESSAGE) return;
      clearTimeout(timer);
      resolve({ cached: e.data.cached, failed: e.data.failed });
    };
    worker.postMessage({ type: CACHE_MESSAGE, urls: deckUrls(deck, dataUrl) }, [channel.port2]);
  });
}
