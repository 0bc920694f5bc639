/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Presenting with the network cut (issue 7). Keeps, per app version:
// - the app shell: every built JS/CSS chunk and static file, at install;
// - at first use, cache-first: the DuckDB wasm (34 MB, so not at install) and anything else under
//   /_app/immutable/, and the content-hashed data CSV under /api/data/ and its answers under /api/answers/;
// - network-first, the cached copy when the network fails: deck pages (/trinh-chieu/, /bai-trinh-bay/),
//   decks (/api/decks/) and view answers (/api/view/);
// - on request from a deck page (present/offline.ts): that deck's pages, data and view answers.
// Everything else (sign-in, uploads, admin, every POST) goes to the network untouched.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL = `chiso-shell-${version}`;
const RUNTIME = `chiso-runtime-${version}`;
const CACHE_MESSAGE = 'chiso-cache';
const CACHED_MESSAGE = 'chiso-cached';

// The wasm is fetched on first use (the dashboard loads it anyway), not by every fresh install.
const SHELL_ASSETS = [...build.filter((f) => !f.endsWith('.wasm')), ...files, ...prerendered];
const IMMUTABLE = new Set([...build, ...files]);

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((c) => c.addAll(SHELL_ASSETS))
      .then(() => sw.skipWaiting())
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('chiso-') && k !== SHELL && k !== RUNTIME).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim())
  );
});

const isPresentation = (p: string) => p.startsWith('/trinh-chieu/') || p.startsWith('/bai-trinh-bay') || p.startsWith('/api/decks') || p.startsWith('/api/view/');

async function cacheFirst(request: Request): Promise<Response> {
  const hit = await caches.match(request, { ignoreVary: true });
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok && res.status === 200) {
    const copy = res.clone();
    caches.open(RUNTIME).then((c) => c.put(request, copy)).catch(() => {});
  }
  return res;
}

async function networkFirst(request: Request, url: URL): Promise<Response> {
  try {
    const res = await fetch(request);
    if (res.ok && res.status === 200 && !res.redirected) {
      const copy = res.clone();
      caches.open(RUNTIME).then((c) => c.put(request, copy)).catch(() => {});
    }
    return res;
  } catch (e) {
    const runtime = await caches.open(RUNTIME);
    // SvelteKit's __data.json carries an "invalidated" query that changes from one navigation to the next,
    // and a presenter page its place (?trang=5&buoc=1): the page kept for the deck serves every place.
    const anyQuery = url.pathname.endsWith('/__data.json') || url.pathname.startsWith('/trinh-chieu/');
    const hit = (await runtime.match(request, { ignoreVary: true })) ?? (anyQuery ? await runtime.match(url.pathname, { ignoreSearch: true }) : undefined);
    if (hit) return hit;
    if (request.mode === 'navigate') return offlinePage();
    throw e;
  }
}

function offlinePage(): Response {
  const html = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Mất kết nối — chiso</title>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5">
<h1>Mất kết nối mạng</h1><p>Trang này chưa được lưu để dùng ngoại tuyến. Bài trình bày đã mở một lần khi có mạng thì vẫn trình chiếu được: hãy mở lại đường dẫn của bài đó.</p></body></html>`;
  return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  if (IMMUTABLE.has(url.pathname) || url.pathname.startsWith('/_app/immutable/') || url.pathname.startsWith('/api/data/') || url.pathname.startsWith('/api/answers/')) {
    event.respondWith(cacheFirst(request));
    return;
  }
  if (isPresentation(url.pathname)) event.respondWith(networkFirst(request, url));
});

// A deck page asks for its URLs to be kept; answers on the message's port once they are stored.
sw.addEventListener('message', (event) => {
  const data = event.data as { type?: string; urls?: unknown } | null;
  if (data?.type !== CACHE_MESSAGE || !Array.isArray(data.urls)) return;
  const port = event.ports[0];
  const urls = data.urls.filter((u): u is string => typeof u === 'string' && u.startsWith('/') && !u.startsWith('//')).slice(0, 200);
  event.waitUntil(
    (async () => {
      const cache = await caches.open(RUNTIME);
      const failed: string[] = [];
      let cached = 0;
      await Promise.all(
        urls.map(async (u) => {
          try {
            const res = await fetch(u, { credentials: 'same-origin' });
            if (!res.ok || res.redirected) throw new Error(String(res.status));
            await cache.put(u, res);
            cached++;
          } catch {
            // With the network cut, the copy kept when the deck was last opened is what presents: not a failure.
            if (await caches.match(u, { ignoreVary: true })) cached++;
            else failed.push(u);
          }
        })
      );
      // The DuckDB wasm: fetched by the dashboard before this worker took control, so keep it now.
      const wasm = build.filter((f) => f.endsWith('.wasm'));
      await Promise.all(
        wasm.map(async (f) => {
          if (await caches.match(f)) return;
          try {
            const res = await fetch(f);
            if (res.ok) await cache.put(f, res);
          } catch {
            failed.push(f);
          }
        })
      );
      port?.postMessage({ type: CACHED_MESSAGE, cached, failed });
    })()
  );
});
