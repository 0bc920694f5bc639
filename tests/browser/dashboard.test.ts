// The foundation, as a person uses it: real server, real Chromium, real data.
import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { BUILD_DIR, screenshot, serverAndBrowser, waitForDuckDb, watchedPage } from './harness';
import { buildDataset, readShippedFiles } from '../../src/lib/server/shippedData';

const data = buildDataset(readShippedFiles());
const app = serverAndBrowser();

describe('PCI dashboard in Chromium', () => {
  it('shows the 2015 ranking: 63 bars, Đà Nẵng first with 68,34, painted by the server before DuckDB', async () => {
    const w = await watchedPage(app.browser);
    try {
      // Block the wasm: the server-rendered ranking must stand on its own.
      await w.context.route('**/*.wasm', (r) => r.abort());
      await w.page.goto(`${app.server.url}/xep-hang?nam=2015`);
      const bars = w.page.locator('[data-testid="ranking-chart"] g.bar');
      expect(await bars.count()).toBe(63);
      const first = bars.first();
      expect(await first.getAttribute('data-code')).toBe('48');
      expect(await first.textContent()).toContain('Đà Nẵng');
      expect(await first.textContent()).toContain('68,34');
      expect(await w.page.locator('h1').textContent()).toBe('Xếp hạng PCI 2015');
    } finally {
      await w.context.close();
    }
  });

  it('picks a province through the search box without diacritics; URL and charts follow, from DuckDB in the browser', async () => {
    const w = await watchedPage(app.browser);
    try {
      await w.page.goto(`${app.server.url}/xep-hang?nam=2015`);
      await waitForDuckDb(w.page);
      await w.page.fill('[data-testid="unit-search"]', 'ha tinh');
      await w.page.keyboard.press('Enter');
      await w.page.waitForURL(/chon=ha-tinh/);
      await w.page.waitForSelector('g.bar.highlighted[data-code="42"]');
      expect(await w.page.locator('[data-testid="view-source"]').getAttribute('data-source')).toBe('duckdb-wasm');
      const summary = await w.page.locator('[data-testid="selected-summary"]').textContent();
      const ht = data.observations.find((o) => o.index_id === 'pci' && o.unit_code === '42' && o.year === 2015 && o.indicator === 'total')!;
      expect(summary).toContain(ht.value!.toFixed(2).replace('.', ','));
      expect(summary).toContain(`${ht.rank}/63`);
      await screenshot(w.page, 'ranking-2015-ha-tinh', true);

      // On to the province page, then change province by search: no server view call after DuckDB is ready.
      await w.page.click('text=Xem xu hướng và chỉ số thành phần');
      await w.page.waitForURL(/\/tinh\/ha-tinh/);
      const before = w.requests.filter((r) => r.startsWith('/api/view')).length;
      await w.page.fill('[data-testid="unit-search"]', 'quang ngai');
      await w.page.keyboard.press('Enter');
      await w.page.waitForURL(/\/tinh\/quang-ngai\?nam=2015/);
      await w.page.waitForFunction(() => document.querySelector('[data-testid="unit-title"]')?.textContent?.includes('Quảng Ngãi'));
      // The suggestions close with the new page (UnitPicker waits for the navigation), and the box empties.
      await w.page.locator('[role="listbox"]').waitFor({ state: 'detached' });
      expect(await w.page.inputValue('[data-testid="unit-search"]')).toBe('');
      expect(w.requests.filter((r) => r.startsWith('/api/view')).length).toBe(before);
      expect(await w.page.locator('[data-testid="view-source"]').getAttribute('data-source')).toBe('duckdb-wasm');
      // Back returns to Hà Tĩnh.
      await w.page.goBack();
      await w.page.waitForURL(/\/tinh\/ha-tinh/);
      await w.page.waitForFunction(() => document.querySelector('[data-testid="unit-title"]')?.textContent?.includes('Hà Tĩnh'));
      expect(w.consoleErrors).toEqual([]);
      expect(w.external).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('draws one point per published year on the province line, and leaves unpublished years as gaps', async () => {
    const w = await watchedPage(app.browser);
    try {
      await w.page.goto(`${app.server.url}/tinh/ha-tinh?nam=2015`);
      const published = data.observations.filter((o) => o.index_id === 'pci' && o.unit_code === '42' && o.indicator === 'total' && o.value != null);
      const unit = w.page.locator('[data-testid="trend-chart-score"] g[data-series="unit"]');
      expect(Number(await unit.getAttribute('data-points'))).toBe(published.length);
      expect(await unit.locator('circle').count()).toBe(published.length);
      // 2023 is on record (sub-indices) but its total is not published: no point, no zero.
      expect(await unit.locator('circle[data-year="2023"]').count()).toBe(0);
      expect(await w.page.locator('[data-testid="headline-value"]').textContent()).toBe('57,20');
      expect(await w.page.locator('[data-testid="headline-rank"]').textContent()).toBe('45/63');
      expect(await w.page.locator('[data-testid="rank-change"]').textContent()).toContain('↓ 10 bậc');
      await waitForDuckDb(w.page);
      await screenshot(w.page, 'province-ha-tinh-2015', true);

      // Policy bias does not exist in 2009–2012: the component chart has 9 rows, not a zero.
      await w.page.goto(`${app.server.url}/tinh/ha-tinh?nam=2010`);
      expect(await w.page.locator('[data-testid="component-chart"] g[data-code]').count()).toBe(9);
      expect(await w.page.locator('[data-testid="component-chart"] g[data-code="canh_tranh_binh_dang"]').count()).toBe(0);
      expect(w.consoleErrors).toEqual([]);
      expect(w.external).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('serves DuckDB from the app itself, the wasm brotli-compressed', async () => {
    const wasm = readdirSync(`${BUILD_DIR}/client/_app/immutable/assets`).find((f) => f.endsWith('.wasm'))!;
    const raw = statSync(`${BUILD_DIR}/client/_app/immutable/assets/${wasm}`).size;
    const res = await fetch(`${app.server.url}/_app/immutable/assets/${wasm}`, { headers: { 'accept-encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toBe('application/wasm');
    expect(Number(res.headers.get('content-length'))).toBeLessThan(raw / 4);
    expect((await fetch(`${app.server.url}/_app/immutable/assets/..%2f..%2fhandler.js.br`)).status).toBe(404);
  });

  it("asks for the data file with the page's first requests and starts DuckDB's worker after the page's first frame, each file once", async () => {
    const res = await fetch(`${app.server.url}/xep-hang?nam=2015`);
    const link = res.headers.get('link') ?? '';
    const first = [...link.matchAll(/<([^>]+)>/g)].map((m) => m[1]);
    expect(first[0]).toMatch(/^\/api\/data\/[0-9a-f]{16}\.arrow$/);
    expect(first.length).toBeGreaterThan(10); // SvelteKit's modules follow
    // The worker's script is not preloaded: the page would parse it while laying itself out.
    expect(link).not.toMatch(/duckdb-browser-eh\.worker/);
    expect(await res.text()).not.toMatch(/rel="preload"[^>]*duckdb-browser-eh\.worker|duckdb-browser-eh\.worker[^"]*" as="script"/);
    // A plain context (no request routing, which turns the cache off): the preload serves the head's own request.
    const context = await app.browser.newContext();
    try {
      const page = await context.newPage();
      const fetched: string[] = [];
      page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
      // The first animation frame after the document was parsed, on the page's clock.
      await page.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => ((window as unknown as { __frameAt: number }).__frameAt = performance.now())))
      );
      await page.goto(`${app.server.url}/xep-hang?nam=2015`);
      await waitForDuckDb(page);
      expect(fetched.filter((p) => p === first[0]), 'the data file, fetched once').toHaveLength(1);
      expect(fetched.filter((p) => p.endsWith('.wasm')), 'the wasm, fetched once').toHaveLength(1);
      const { boot, frame, painted } = await page.evaluate(() => ({
        boot: performance.getEntriesByName('chiso:db-boot')[0].startTime,
        frame: (window as unknown as { __frameAt: number }).__frameAt,
        painted: performance.getEntriesByName('first-contentful-paint')[0].startTime
      }));
      // Whichever came first: the page's first contentful paint, or its first frame after parsing.
      expect(boot, 'the worker starts once the page is drawn').toBeGreaterThanOrEqual(Math.min(frame, painted));
    } finally {
      await context.close();
    }
  });

  it('registers the offline service worker only once DuckDB is ready (its install would slow the start)', async () => {
    const context = await app.browser.newContext();
    try {
      const page = await context.newPage();
      // Each registration, on the page's clock, beside the moment DuckDB reported ready.
      await page.addInitScript(() => {
        const sw = navigator.serviceWorker;
        const register = sw.register.bind(sw);
        (window as unknown as { __registeredAt: number[] }).__registeredAt = [];
        sw.register = (url, opts) => {
          (window as unknown as { __registeredAt: number[] }).__registeredAt.push(performance.now());
          return register(url, opts);
        };
      });
      await page.goto(`${app.server.url}/xep-hang?nam=2015`);
      await waitForDuckDb(page);
      await page.waitForFunction(() => navigator.serviceWorker.controller != null, null, { timeout: 60_000 });
      const { at, ready } = await page.evaluate(() => ({
        at: (window as unknown as { __registeredAt: number[] }).__registeredAt,
        ready: performance.getEntriesByName('chiso:db-ready')[0]?.startTime
      }));
      expect(at).toHaveLength(1);
      expect(ready).toBeGreaterThan(0);
      expect(at[0]).toBeGreaterThanOrEqual(ready);
    } finally {
      await context.close();
    }
  });

  it("asks for the server's answers after the first view, while DuckDB loads, keeps them as it becomes ready, then changes index without asking its worker", async () => {
    const context = await app.browser.newContext();
    try {
      const page = await context.newPage();
      // browserDb.ts logs each question that reaches the worker into this list when it exists.
      await page.addInitScript(() => (globalThis.__chisoQueries = []));
      await page.goto(`${app.server.url}/xep-hang?nam=2015`);
      await waitForDuckDb(page);
      await page.waitForFunction(() => performance.getEntriesByName('chiso:answers-seeded').length > 0, null, { timeout: 60_000 });
      const { asked, arrived, painted, hydrating, ready, seeded } = await page.evaluate(() => ({
        asked: performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/answers/')).map((e) => e.startTime),
        arrived: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => e.name.includes('/api/answers/'))!.responseEnd,
        painted: performance.getEntriesByName('first-contentful-paint')[0].startTime,
        hydrating: performance.getEntriesByName('chiso:db-start')[0].startTime,
        ready: performance.getEntriesByName('chiso:db-ready')[0].startTime,
        seeded: performance.getEntriesByName('chiso:answers-seeded')[0].startTime
      }));
      expect(asked).toHaveLength(1);
      // Not part of the first view: asked for once the page is drawn and hydrating.
      expect(asked[0]).toBeGreaterThanOrEqual(Math.max(painted, hydrating));
      // In before DuckDB is ready (loading it takes seconds), and kept once it is.
      expect(arrived).toBeLessThan(ready);
      expect(seeded).toBeGreaterThanOrEqual(ready);
      await page.selectOption('[data-testid="index-select"]', 'papi');
      await expect.poll(() => page.locator('h1').textContent()).toContain('Xếp hạng PAPI');
      expect(await page.getAttribute('[data-testid="view-source"]', 'data-source')).toBe('duckdb-wasm');
      // Nothing read reached the worker since the page opened, warm-up included: only the tables were made.
      const reads = await page.evaluate(() => globalThis.__chisoQueries!.filter((q) => /^\s*(SELECT|WITH)/i.test(q.sql)).map((q) => q.sql.slice(0, 60)));
      expect(reads).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('makes no request outside this machine and logs no console error, across pages and indices', async () => {
    const w = await watchedPage(app.browser);
    try {
      for (const path of ['/', '/xep-hang?chiso=papi', '/tinh/thua-thien-hue?chiso=papi&nam=2015', '/tinh/kon-tum?nam=2022', '/xep-hang?nam=abc']) {
        await w.page.goto(`${app.server.url}${path}`);
        await waitForDuckDb(w.page);
      }
      await screenshot(w.page, 'ranking-invalid-year');
      expect(await w.page.locator('[role="status"]').textContent()).toContain('"abc" không phải là năm');
      expect(w.external).toEqual([]);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});
