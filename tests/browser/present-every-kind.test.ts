// Issue 16's "done when": one deck with a slide of every kind the app can present (title, text, image and
// every chart kind of slideSources.ts), presented with the presenter view in a second window, measured for
// type at 1920 × 1080, photographed at both projector sizes, exported to PDF (legend swatches checked on the
// rendered page), presented again with the server stopped, and finally from its single file on disk with
// every request but the file blocked. Real server, Chromium and data; the image is a screenshot of the app.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { screenshot, serverAndBrowser, signIn, waitForDuckDb, watchedPage } from './harness';
import { checkLayout, openPresenterView, position, slideReady } from './slideChecks';
import { renderPdfPage } from '../unit/present-export/helpers';

const ADMIN = { user: 'moiloai', pass: randomBytes(12).toString('base64url') };
const MEETING = 'Hội nghị rà soát chỉ số — mọi loại trang';

/** One chart slide per chart kind: the page and chart it is added from ("Thêm vào bài trình bày"). */
const CHARTS: { kind: string; route: string; params: string; chart: string }[] = [
  { kind: 'ranking-bars', route: '/xep-hang', params: 'chiso=pci&nam=2015&chon=ha-tinh', chart: 'xep-hang' },
  { kind: 'ranking-bump', route: '/xep-hang', params: 'chiso=pci&nam=2015&xem=dien-bien&chon=ha-tinh', chart: 'dien-bien' },
  { kind: 'ranking-slope', route: '/xep-hang', params: 'chiso=pci&nam=2015&xem=tang-giam&tu=2014&chon=ha-tinh', chart: 'tang-giam' },
  { kind: 'trends', route: '/xu-huong', params: 'chiso=pci&tinh=ha-tinh,da-nang', chart: 'xu-huong' },
  { kind: 'province-score', route: '/tinh/ha-tinh', params: 'nam=2015', chart: 'diem' },
  { kind: 'province-rank', route: '/tinh/ha-tinh', params: 'nam=2015', chart: 'thu-hang' },
  { kind: 'province-components', route: '/tinh/ha-tinh', params: 'nam=2015', chart: 'thanh-phan' },
  { kind: 'province-change', route: '/tinh/ha-tinh', params: 'nam=2015', chart: 'thay-doi' },
  { kind: 'province-contribution', route: '/tinh/ha-tinh', params: 'nam=2015', chart: 'dong-gop' },
  { kind: 'province-peers', route: '/tinh/ha-tinh', params: 'nam=2015&so-sanh=nghe-an,quang-binh', chart: 'so-sanh' },
  { kind: 'region-strips', route: '/vung', params: 'chiso=pci&nam=2015', chart: 'theo-vung' },
  { kind: 'merger-score', route: '/tinh-moi/quang-tri', params: 'chiso=pci', chart: 'diem-tinh-cu' },
  { kind: 'merger-rank', route: '/tinh-moi/quang-tri', params: 'chiso=pci', chart: 'hang-tinh-cu' },
  { kind: 'ddci-group', route: '/ddci', params: 'nam=2021&chon=huyen-huong-khe', chart: 'xep-hang-huyen' },
  { kind: 'ddci-heatmap', route: '/ddci', params: 'nam=2021&chon=huyen-huong-khe', chart: 'ban-do-nhiet' },
  // Seed plan 002's summary: the server's records, never in the browser's DuckDB (last: offline must keep it).
  { kind: 'plan-components', route: '/ke-hoach/tom-tat', params: 'ke-hoach=002', chart: 'thanh-phan-ke-hoach' }
];
/** Every slide as the presenter shows it: 1 title, 2 text, 3 image, then the charts. */
const KINDS = ['title', 'text', 'image', ...CHARTS.map((c) => c.kind)];
const LAST = KINDS.length;
const noteOf = (n: number) => `Ghi chú trang ${n}: ${KINDS[n - 1]}.`;

const app = serverAndBrowser({ CHISO_ADMIN_USER: ADMIN.user, CHISO_ADMIN_PASSWORD: ADMIN.pass });
let deckId = '';
let savedFile = '';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'chiso-every-kind-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What the slide on screen is: title/text/image, or its chart's kind. */
const kindOnScreen = (page: Page) =>
  page.evaluate(() => {
    const s = document.querySelector('[data-testid="slide"]')!;
    return s.querySelector('.slide-chart')?.getAttribute('data-kind') ?? s.getAttribute('data-kind');
  });

/** The headline lost its end to the two-line clamp ("…"). */
const headlineClipped = (page: Page) =>
  page.evaluate(() => {
    const h = document.querySelector<HTMLElement>('[data-testid="slide-headline"]');
    // A clamped line overflows by a whole line; less is the diacritics' overhang.
    return !!h && h.scrollHeight > h.clientHeight + parseFloat(getComputedStyle(h).fontSize) * 0.6;
  });

/** Opens the presenter on slide n at this size and waits until it has drawn. */
async function openSlide(page: Page, n: number) {
  await page.goto(`${app.server.url}/trinh-chieu/${deckId}?trang=${n}`);
  await page.locator('[data-testid="presenter"][data-live="true"]').waitFor();
  await slideReady(page);
}

describe('a deck with one slide of every kind', () => {
  it('is built through the API the editor uses: title, text, image and every chart kind, each with notes', async () => {
    const w = await watchedPage(app.browser, { width: 1280, height: 720 });
    try {
      await signIn(w.page, app.server.url, ADMIN);
      const csrf = (await w.page.getAttribute('input[name="csrf"]', 'value'))!;
      // A real picture for the image slide: the ranking page as the app draws it.
      await w.page.goto(`${app.server.url}/xep-hang?chiso=pci&nam=2015`);
      await waitForDuckDb(w.page);
      const photo = (await w.page.screenshot()).toString('base64');
      const slides = [
        { kind: 'text', title: 'Mục tiêu của buổi rà soát', body: '- Xem lại mọi chỉ số\n- Thống nhất việc cần làm', notes: noteOf(2) },
        { kind: 'image', title: 'Trang xếp hạng PCI 2015', image: `data:image/png;base64,${photo}`, alt: 'Ảnh chụp trang xếp hạng PCI 2015', notes: noteOf(3) },
        ...CHARTS.map((c, i) => ({ kind: 'chart', route: c.route, params: c.params, chart: c.chart, title: c.kind, headline: null, steps: [], notes: noteOf(i + 4) }))
      ];
      const res = await w.page.request.post(`${app.server.url}/api/decks`, {
        headers: { origin: app.server.url, 'x-csrf-token': csrf },
        data: { meeting: MEETING, date: '', unit: 'Sở Kế hoạch và Đầu tư Hà Tĩnh', slides }
      });
      expect(res.status()).toBe(201);
      deckId = ((await res.json()) as { id: string }).id;
      const stored = (await (await w.page.request.get(`${app.server.url}/api/decks/${deckId}`)).json()) as { slides: { kind: string; title: string }[] };
      expect(stored.slides.map((s) => (s.kind === 'chart' ? s.title : s.kind))).toEqual(KINDS.slice(1));
      // The deck list counts the title slide, as the presenter's "/ N" does.
      await w.page.goto(`${app.server.url}/bai-trinh-bay`);
      expect(await w.page.locator(`a[href="/bai-trinh-bay/${deckId}"]`).locator('xpath=..').textContent()).toContain(`${LAST} trang`);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  }, 180_000);

  it('presents every kind with the presenter view in a second window: next slide and notes shown, keys in either window move both, every text ≥ 24 px at 1920 × 1080', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const errors: string[] = [];
    const smallest: string[] = [];
    try {
      const audience = await context.newPage();
      audience.on('pageerror', (e) => errors.push(String(e)));
      await openSlide(audience, 1);
      const { view, viewAt } = await openPresenterView(context, audience, errors);
      const next = view.locator('[data-testid="presenter-next"]');
      for (let n = 1; n <= LAST; n++) {
        await expect.poll(async () => (await position(audience)).join('.'), { timeout: 30_000 }).toBe(`${n}.0`);
        await expect.poll(viewAt, { timeout: 30_000 }).toBe(`${n}.0`);
        await slideReady(audience);
        expect(await kindOnScreen(audience), `slide ${n}`).toBe(KINDS[n - 1]);
        expect(await audience.textContent('[data-testid="slide-number"]')).toBe(`${n} / ${LAST}`);
        // The presenter's screen: the slide after this one, and this slide's notes (the title slide has none).
        expect(await next.getAttribute('data-slide')).toBe(n < LAST ? String(n + 1) : '');
        if (n === LAST) expect(await next.textContent()).toContain('Hết bài trình bày');
        const notes = (await view.locator('[data-testid="presenter-notes"]').textContent())!;
        expect(notes, `notes of slide ${n}`).toContain(n === 1 ? 'chưa có ghi chú' : noteOf(n));
        if (n === 4) await screenshot(view, 'presenter-view-every-kind');

        const kind = KINDS[n - 1];
        await screenshot(audience, `every-kind-1920-${String(n).padStart(2, '0')}-${kind}`);
        const layout = await checkLayout(audience);
        // Soft: one run lists every kind that fails, not only the first.
        expect.soft(layout.problems, `${kind} at 1920 × 1080`).toEqual([]);
        expect.soft(await headlineClipped(audience), `${kind}: headline cut off`).toBe(false);
        smallest.push(`${kind}: ${layout.smallestFont?.px} px “${layout.smallestFont?.t}”`);
        // The floor: no text on any slide under 24 px on a 1080p projector.
        expect.soft(layout.smallestFont!.px, `smallest text on ${kind}: “${layout.smallestFont!.t}”`).toBeGreaterThanOrEqual(24 - 0.05);
        // Keys from both windows: odd slides advance from the presenter's, even ones from the audience's.
        if (n < LAST) await (n % 2 ? view : audience).keyboard.press(n % 3 ? 'ArrowRight' : 'PageDown');
      }
      // And back from the presenter's window, two slides.
      await view.keyboard.press('ArrowLeft');
      await view.keyboard.press('ArrowLeft');
      await expect.poll(async () => (await position(audience)).join('.')).toBe(`${LAST - 2}.0`);
      console.log(`smallest text per slide kind at 1920 × 1080:\n${smallest.join('\n')}`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 600_000);

  it('fits every kind at 1280 × 720 too: nothing outside the slide, no label on another, type at two-thirds', async () => {
    const w = await watchedPage(app.browser, { width: 1280, height: 720 });
    try {
      await openSlide(w.page, 1);
      // A key hides the keys' help and the toolbar, as in a hall; then → through the deck.
      await w.page.keyboard.press('ArrowRight');
      await w.page.keyboard.press('ArrowLeft');
      for (let n = 1; n <= LAST; n++) {
        if (n > 1) await w.page.keyboard.press('ArrowRight');
        await expect.poll(async () => (await position(w.page)).join('.')).toBe(`${n}.0`);
        await slideReady(w.page);
        const kind = KINDS[n - 1];
        expect(await kindOnScreen(w.page)).toBe(kind);
        await screenshot(w.page, `every-kind-1280-${String(n).padStart(2, '0')}-${kind}`);
        const layout = await checkLayout(w.page);
        expect.soft(layout.problems, `${kind} at 1280 × 720`).toEqual([]);
        expect.soft(await headlineClipped(w.page), `${kind}: headline cut off`).toBe(false);
        expect.soft(layout.smallestFont!.px, `smallest text on ${kind}: “${layout.smallestFont!.t}”`).toBeGreaterThanOrEqual(16 - 0.05);
      }
      expect(w.consoleErrors).toEqual([]);
      expect(w.external).toEqual([]);
    } finally {
      await w.context.close();
    }
  }, 600_000);

  it('keeps the DDCI legend swatches as drawn in the PDF: hatched "không áp dụng", dashed "chưa công bố"', async () => {
    const w = await watchedPage(app.browser, { width: 1920, height: 1080 });
    try {
      await openSlide(w.page, 1);
      const [pdfDownload] = await Promise.all([w.page.waitForEvent('download', { timeout: 300_000 }), w.page.click('[data-testid="download-deck-pdf"]')]);
      const pdfBytes = new Uint8Array(readFileSync(await pdfDownload.path()));
      // The single file, saved now for the last test (it presents with no server).
      const [htmlDownload] = await Promise.all([w.page.waitForEvent('download', { timeout: 300_000 }), w.page.click('[data-testid="download-deck-html"]')]);
      savedFile = path.join(tmp, htmlDownload.suggestedFilename());
      await htmlDownload.saveAs(savedFile);

      const heatmapPage = KINDS.indexOf('ddci-heatmap') + 1;
      const swatches = await legendSwatches(pdfBytes, heatmapPage, ['không áp dụng', 'chưa công bố']);
      const [hatched, dashed] = swatches;
      console.log(`PDF legend swatches, page ${heatmapPage}: ${JSON.stringify(swatches)}`);
      writeFileSync(path.join('tests/browser/screenshots', 'every-kind-pdf-heatmap-page.png'), await renderPdfPage(pdfBytes, heatmapPage, 2));
      // Hatched: the pale fill crossed by darker diagonal stripes — the inside holds both, in bands.
      expect(hatched.stripeShare, JSON.stringify(hatched)).toBeGreaterThan(0.1);
      expect(hatched.paleShare, JSON.stringify(hatched)).toBeGreaterThan(0.2);
      // Dashed: a white inside, and a border broken into dashes (ink, gap, ink… along the top edge).
      expect(dashed.whiteInside, JSON.stringify(dashed)).toBeGreaterThan(0.8);
      expect(dashed.topEdgeRuns, JSON.stringify(dashed)).toBeGreaterThanOrEqual(3);
      // And they are not one plain box drawn twice.
      expect(hatched.stripeShare - dashed.stripeShare).toBeGreaterThan(0.05);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  }, 700_000);

  it('presents with the server stopped, reloaded on the last slide, once the deck was opened', async () => {
    const w = await watchedPage(app.browser, { width: 1920, height: 1080 });
    try {
      // Online once: the dashboard installs the service worker, then the deck is opened and kept.
      await w.page.goto(`${app.server.url}/xep-hang?nam=2015`);
      await waitForDuckDb(w.page);
      await w.page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 60_000 });
      await openSlide(w.page, 1);
      const status = w.page.locator('[data-testid="offline-status"]');
      await expect.poll(() => status.textContent(), { timeout: 120_000 }).toBe('Đã lưu để trình chiếu khi mất mạng');

      await app.server.stop();
      expect(await w.page.evaluate(() => fetch('/xep-hang', { cache: 'no-store' }).then((r) => r.status, () => 'cut'))).not.toBe(200);
      await w.page.goto(`${app.server.url}/trinh-chieu/${deckId}?trang=${LAST}`);
      await w.page.locator('[data-testid="presenter"][data-live="true"]').waitFor();
      await slideReady(w.page);
      expect(await position(w.page)).toEqual([LAST, 0]);
      expect(await kindOnScreen(w.page)).toBe(KINDS[LAST - 1]);
      expect(await w.page.locator('[data-testid="slide"] [role="alert"], [data-testid="slide-chart-empty"]').count()).toBe(0);
      await screenshot(w.page, 'every-kind-offline-last');
      // ← still moves, through slides drawn from the kept data.
      await w.page.keyboard.press('ArrowLeft');
      await slideReady(w.page);
      expect(await kindOnScreen(w.page)).toBe(KINDS[LAST - 2]);
      expect(await w.page.locator('[data-testid="slide"] [role="alert"], [data-testid="slide-chart-empty"]').count()).toBe(0);
    } finally {
      await w.context.close();
    }
  }, 300_000);

  it('presents the single file from file:// with every request but the file blocked, presenter view (#dien-gia) included', async () => {
    expect(savedFile).not.toBe('');
    const context = await app.browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN' });
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    await context.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
    const errors: string[] = [];
    try {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(String(e)));
      const url = `file://${savedFile}`;
      await page.goto(url);
      const at = async () => [await page.getAttribute('body', 'data-slide'), await page.getAttribute('body', 'data-step')].join('.');
      expect(await page.locator('section.frame').count()).toBe(LAST);
      for (let n = 1; n <= LAST; n++) {
        expect(await at()).toBe(`${n}.0`);
        expect(await page.locator('section.frame:not([hidden])').count()).toBe(1);
        if (n < LAST) await page.keyboard.press('ArrowRight');
      }
      // The whole deck, every slide drawn: one request, the file.
      expect(requests).toEqual([url]);
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      const [view] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
      view.on('pageerror', (e) => errors.push(String(e)));
      await view.waitForFunction(() => document.body.classList.contains('console'));
      expect(view.url().startsWith(`${url}#dien-gia`)).toBe(true);
      const viewAt = async () => [await view.getAttribute('body', 'data-slide'), await view.getAttribute('body', 'data-step')].join('.');
      await expect.poll(viewAt).toBe('2.0');
      expect(await view.textContent('#notes')).toContain(noteOf(2));
      // The next frame is slide 3 (frames count slides from 0 in the file).
      expect(Number(await view.locator('section.frame.next').getAttribute('data-slide')) + 1).toBe(3);
      await view.keyboard.press('ArrowRight');
      await expect.poll(at).toBe('3.0');
      await page.keyboard.press('ArrowRight');
      await expect.poll(viewAt).toBe('4.0');
      expect(await view.textContent('#notes')).toContain(noteOf(4));
      await view.setViewportSize({ width: 1600, height: 900 });
      await view.screenshot({ path: path.join('tests/browser/screenshots', 'every-kind-file-presenter-view.png') });
      // The presenter view is the same file opened again: nothing else was asked for.
      expect(requests.filter((u) => u.split('#')[0] !== url)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});

interface Swatch {
  box: { x: number; y: number; width: number; height: number };
  /** Share of the inside (border excluded) drawn darker than the pale fill: hatching. */
  stripeShare: number;
  /** Share of the inside in the pale "không áp dụng" grey. */
  paleShare: number;
  /** Share of the inside that is white. */
  whiteInside: number;
  /** Ink runs along the swatch's top edge: 1 for a solid border, several for a dashed one. */
  topEdgeRuns: number;
}

/**
 * Renders one PDF page with pdf.js and reads the swatch left of each legend entry: the PDF's own text
 * positions say where the entry starts, and the swatch is the ink just left of it.
 */
async function legendSwatches(pdf: Uint8Array, pageNumber: number, labels: string[]): Promise<Swatch[]> {
  const scale = 4;
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const page = await doc.getPage(pageNumber);
  const viewport = page.getViewport({ scale });
  const items = (await page.getTextContent()).items.filter((t) => 'str' in t) as { str: string; transform: number[] }[];
  await doc.destroy();
  const png = await renderPdfPage(pdf, pageNumber, scale);
  const { loadImage, createCanvas } = await import('@napi-rs/canvas');
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const out: Swatch[] = [];
  for (const label of labels) {
    const item = items.find((t) => t.str.includes(label));
    if (!item) throw new Error(`"${label}" is not in the PDF's page ${pageNumber}`);
    const [x, y] = viewport.convertToViewportPoint(item.transform[4], item.transform[5]);
    const em = Math.hypot(item.transform[2], item.transform[3]) * scale;
    // Where the swatch can be: up to 2.5 em left of the entry's text, from above the cap height to below the baseline.
    const region = { x: Math.round(x - 2.5 * em), y: Math.round(y - 1.3 * em), width: Math.round(2.4 * em), height: Math.round(1.7 * em) };
    const d = ctx.getImageData(region.x, region.y, region.width, region.height).data;
    const px = (i: number, j: number) => d.subarray((j * region.width + i) * 4, (j * region.width + i) * 4 + 3);
    const ink = (i: number, j: number) => Math.min(...px(i, j)) < 235;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -1, -1];
    for (let j = 0; j < region.height; j++)
      for (let i = 0; i < region.width; i++)
        if (ink(i, j)) [x0, y0, x1, y1] = [Math.min(x0, i), Math.min(y0, j), Math.max(x1, i), Math.max(y1, j)];
    if (x1 < 0) throw new Error(`no swatch left of "${label}"`);
    const inset = Math.max(2, Math.round(scale * 0.8));
    let stripe = 0;
    let pale = 0;
    let white = 0;
    let all = 0;
    for (let j = y0 + inset; j <= y1 - inset; j++)
      for (let i = x0 + inset; i <= x1 - inset; i++) {
        const [r, g, b] = px(i, j);
        all++;
        if (r > 248 && g > 248 && b > 248) white++;
        else if (Math.abs(r - 0xee) <= 8 && Math.abs(g - 0xf0) <= 8 && Math.abs(b - 0xf2) <= 8) pale++;
        else if (Math.max(r, g, b) < 0xe0) stripe++;
      }
    let runs = 0;
    let inRun = false;
    for (let i = x0; i <= x1; i++) {
      const on = ink(i, y0) || ink(i, y0 + 1);
      if (on && !inRun) runs++;
      inRun = on;
    }
    out.push({ box: { x: region.x + x0, y: region.y + y0, width: x1 - x0 + 1, height: y1 - y0 + 1 }, stripeShare: stripe / all, paleShare: pale / all, whiteInside: white / all, topEdgeRuns: runs });
  }
  return out;
}
