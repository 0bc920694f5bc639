// Browser side of presenting offline: ask the service worker (src/service-worker.ts) to keep what a
// deck needs — its pages, the data CSV, the server answers its slides read — so it presents with the
// network cut. The app shell, the JS, the DuckDB wasm and worker and the fonts are cached at install.
import type { Deck } from './deck';
import { slideServerUrls } from './slideSources';

export const CACHE_MESSAGE = 'chiso-cache';
export const CACHED_MESSAGE = 'chiso-cached';

export interface OfflineResult {
  cached: number;
  failed: string[];
}

/** Same-origin URLs to keep for this deck. */
export function deckUrls(deck: Pick<Deck, 'id' | 'slides'>, dataUrl: string | null): string[] {
  const urls = [
    `/trinh-chieu/${deck.id}`,
    `/trinh-chieu/${deck.id}/__data.json`,
    `/bai-trinh-bay/${deck.id}`,
    `/bai-trinh-bay/${deck.id}/__data.json`,
    `/api/decks/${deck.id}`,
    ...(dataUrl ? [dataUrl] : []),
    ...deck.slides.flatMap((s) => (s.kind === 'chart' ? slideServerUrls(s) : []))
  ];
  return [...new Set(urls)];
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
