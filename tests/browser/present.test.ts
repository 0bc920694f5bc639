// Presenting at a hội nghị, as a presenter does it: a deck of three charts from three views, edited,
// presented by keyboard only at 1920 × 1080 and 1280 × 720, again with the network cut, and finally
// the saved single-file deck opened from disk with no server at all. Real server, Chromium, data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launch, screenshot, startServer, waitForDuckDb, watchedPage, type Server, signIn } from './harness';
import { readPdf } from '../unit/present-export/helpers';
import { checkLayout, openPresenterView, position, slideReady } from './slideChecks';

const ADMIN = { user: 'trinhbay', pass: randomBytes(12).toString('base64url') };
const MEETING = 'Hội nghị công bố PCI 2015 — Hà Tĩnh';
const HEADLINE_2015 = 'PCI 2015: Hà Tĩnh đạt 57,20 điểm, xếp thứ 45/63, giảm 10 bậc so với 2014';
const EDITED = 'DDCI 2021: các huyện dẫn đầu, sở ngành cần bứt phá';
const NOTES = 'Nhắc lại: xếp thứ 45/63.\nDừng ở Hà Tĩnh, hỏi ý kiến các sở.';

let server: Server;
let browser: Browser;
let deckId = '';
let savedFile = '';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'chiso-present-'));

beforeAll(async () => {
  server = await startServer({ CHISO_ADMIN_USER: ADMIN.user, CHISO_ADMIN_PASSWORD: ADMIN.pass });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/** "Thêm vào bài trình bày" on the chart with this key; the first time into a new deck. */
async function addChart(page: Page, url: string, chart: string, newDeck: string | null) {
  await page.goto(`${server.url}${url}`);
  await waitForDuckDb(page);
  const frame = page.locator(`figure.chart-frame[data-chart="${chart}"]`);
  await frame.locator('[data-testid="add-to-deck"]').click();
  const panel = frame.locator('[data-testid="add-to-deck-panel"]');
  if (newDeck) {
    await panel.locator('[data-testid="new-deck-name"]').fill(newDeck);
    await panel.locator('[data-testid="new-deck"]').click();
  } else {
    await panel.locator('button[data-deck]').first().click();
  }
  const status = panel.locator('[data-testid="add-to-deck-status"]');
  await status.waitFor();
  expect(await status.textContent()).toContain('Đã thêm vào');
  return (await status.locator('a').getAttribute('href'))!.split('/').pop()!;
}

describe('presentation mode', () => {
  it('builds a deck of three charts from three views, edits it, and keeps it in the store', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, ADMIN);
      deckId = await addChart(w.page, '/xep-hang?chiso=pci&nam=2015&chon=ha-tinh', 'xep-hang', MEETING);
      expect(await addChart(w.page, '/xu-huong?chiso=pci&tinh=ha-tinh,da-nang', 'xu-huong', null)).toBe(deckId);
      expect(await addChart(w.page, '/ddci?nam=2021&chon=huyen-huong-khe', 'ban-do-nhiet', null)).toBe(deckId);

      await w.page.goto(`${server.url}/bai-trinh-bay/${deckId}`);
      const slides = w.page.locator('[data-testid="deck-slide"]');
      expect(await slides.count()).toBe(3);
      // Headlines are written from the data.
      const first = slides.nth(0).locator('[data-testid="headline-input"]');
      await expect.poll(() => first.inputValue(), { timeout: 60_000 }).toBe(HEADLINE_2015);

      // Title slide: date and unit.
      await w.page.fill('[data-testid="deck-date"]', '2016-03-22');
      await w.page.fill('[data-testid="deck-unit"]', 'Sở Kế hoạch và Đầu tư Hà Tĩnh');
      await w.page.locator('[data-testid="deck-unit"]').blur();
      // The ranking reveals in steps: every province, then Hà Tĩnh.
      await slides.nth(0).locator('input[data-step="tat-ca"]').check();
      // The trends reveal Hà Tĩnh first, then Đà Nẵng beside it, up to the meeting's year.
      await slides.nth(1).locator('input[data-step="tinh-1"]').check();
      await slides.nth(1).locator('[data-testid="years-to"]').fill('2015');
      await slides.nth(1).locator('[data-testid="years-to"]').blur();
      // The presenter rewrites the DDCI headline.
      const ddciHeadline = slides.nth(2).locator('[data-testid="headline-input"]');
      await expect.poll(() => ddciHeadline.inputValue(), { timeout: 60_000 }).toMatch(/^DDCI Hà Tĩnh 2021: /);
      await ddciHeadline.fill(EDITED);
      await ddciHeadline.blur();
      // Speaker notes for the ranking: on the presenter's screen only.
      const notes = slides.nth(0).locator('[data-testid="notes-input"]');
      await notes.fill(NOTES);
      await notes.blur();
      await w.page.waitForSelector('[data-testid="deck-message"]:has-text("Đã lưu")');
      // A text slide, then moved up to second place.
      await w.page.fill('[data-testid="add-text-slide"] input[name="title"]', 'Ba việc cần làm năm 2016');
      await w.page.fill('[data-testid="add-text-slide"] textarea[name="body"]', '- Công khai thủ tục đất đai\n- Giảm chi phí không chính thức\n- Đối thoại doanh nghiệp hằng quý');
      await w.page.click('[data-testid="add-text-slide"] button[type="submit"]');
      await expect.poll(() => slides.count()).toBe(4);
      await slides.nth(3).locator('[data-testid="move-up"]').click();
      await slides.nth(2).locator('[data-testid="move-up"]').click();
      await expect.poll(() => slides.nth(1).getAttribute('data-kind')).toBe('text');
      await w.page.waitForSelector('[data-testid="deck-message"]:has-text("Đã lưu thứ tự")');
      await w.page.waitForTimeout(500);

      // Stored: a fresh load shows the same deck.
      const stored = (await (await w.page.request.get(`${server.url}/api/decks/${deckId}`)).json()) as {
        date: string;
        unit: string;
        slides: { kind: string; chart?: string; headline?: string | null; steps?: string[] }[];
      };
      expect(stored.date).toBe('2016-03-22');
      expect(stored.unit).toBe('Sở Kế hoạch và Đầu tư Hà Tĩnh');
      expect(stored.slides.map((s) => s.chart ?? s.kind)).toEqual(['xep-hang', 'text', 'xu-huong', 'ban-do-nhiet']);
      expect(stored.slides[0].steps).toEqual(['tat-ca']);
      expect(stored.slides[2].steps).toEqual(['tinh-1']);
      expect((stored.slides[2] as { years?: unknown }).years).toEqual({ from: null, to: 2015 });
      expect(stored.slides[0].headline).toBeNull();
      expect(stored.slides[3].headline).toBe(EDITED);
      expect((stored.slides[0] as { notes?: string }).notes).toBe(NOTES);
      await screenshot(w.page, 'present-deck-editor');

      // A state change without the CSRF token is refused, even from our own origin.
      const forged = (await w.page.request.delete(`${server.url}/api/decks/${deckId}`, { headers: { origin: server.url } })).status();
      expect(forged).toBe(403);
      expect(w.consoleErrors).toEqual([]);
      expect(w.external).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 }
  ]) {
    it(`presents by keyboard only at ${size.width} × ${size.height}, every slide readable`, async () => {
      const w = await watchedPage(browser, size);
      try {
        // A viewer opens it from its link: no account needed while public reading is on.
        await w.page.goto(`${server.url}/trinh-chieu/${deckId}`);
        const presenter = w.page.locator('[data-testid="presenter"]');
        await w.page.locator('[data-testid="presenter"][data-live="true"]').waitFor();
        expect(await presenter.getAttribute('data-frames')).toBe('7');
        await slideReady(w.page);
        expect(await w.page.textContent('[data-testid="slide-meeting"]')).toBe(MEETING);
        const frames: [number, number][] = [];
        const shoot = async () => {
          await slideReady(w.page);
          const [s, st] = await position(w.page);
          frames.push([s, st]);
          await screenshot(w.page, `present-${size.width}-slide-${s}${st ? `-step-${st}` : ''}`);
          const layout = await checkLayout(w.page);
          expect(layout.problems, `slide ${s}.${st} at ${size.width}`).toEqual([]);
          // Every text at least 24 px at 1080p (16 at 720p), the DDCI heatmap's 17 rows × 9 components included.
          const floor = (size.height / 1080) * 24 - 0.2;
          expect(layout.smallestFont!.px, `smallest text on slide ${s}.${st}: “${layout.smallestFont!.t}”`).toBeGreaterThanOrEqual(floor);
          // Type for ten metres: chart labels at least 2 % of the screen height, headlines 4 %.
          if (layout.smallest != null) expect(layout.smallest, `smallest chart text, slide ${s}.${st}`).toBeGreaterThanOrEqual(size.height * 0.02);
          if (layout.headline != null) expect(layout.headline).toBeGreaterThanOrEqual(size.height * 0.04);
        };
        await w.page.keyboard.press('ArrowRight'); // hides the keys help
        await w.page.keyboard.press('ArrowLeft');
        await shoot(); // 1: title
        await w.page.keyboard.press('ArrowRight');
        await shoot(); // 2.0: every province
        expect(await w.page.getAttribute('[data-testid="slide"]', 'data-stage')).toBe('tat-ca');
        expect(await w.page.locator('[data-testid="slide"] g.bar.highlighted').count()).toBe(0);
        expect(await w.page.locator('[data-testid="slide"] g.bar').count()).toBe(63);
        expect(await w.page.textContent('[data-testid="slide-headline"]')).toBe(HEADLINE_2015);
        await w.page.keyboard.press(' ');
        await shoot(); // 2.1: Hà Tĩnh highlighted
        expect(await w.page.locator('[data-testid="slide"] g.bar.highlighted[data-code="42"]').count()).toBe(1);
        if (size.width === 1920) await screenshot(w.page, 'slide-1920', true);
        await w.page.keyboard.press('PageDown');
        await shoot(); // 3: text slide
        expect(await w.page.textContent('[data-testid="slide"]')).toContain('Đối thoại doanh nghiệp hằng quý');
        await w.page.keyboard.press('ArrowRight');
        await shoot(); // 4.0: trends, Hà Tĩnh only (Đà Nẵng drawn but hidden: the axes do not move)
        const visibility = (key: string) =>
          w.page.evaluate((k) => getComputedStyle(document.querySelector(`[data-testid="slide"] g.series[data-key="${k}"]`)!).visibility, key);
        const ticks = () => w.page.locator('[data-testid="slide"] svg text.tick').allTextContents();
        expect([await visibility('42'), await visibility('48')]).toEqual(['visible', 'hidden']);
        const ticksBefore = await ticks();
        // The presenter limited it to 2015: no year after the meeting's on the axis.
        expect(Math.max(...ticksBefore.map(Number).filter((y) => y > 1990))).toBeLessThanOrEqual(2015);
        await w.page.keyboard.press('ArrowRight');
        await shoot(); // 4.1: both, each line ending in its name and value
        expect([await visibility('42'), await visibility('48')]).toEqual(['visible', 'visible']);
        expect(await ticks()).toEqual(ticksBefore);
        // Hà Tĩnh, Đà Nẵng, the national median, their region's (both BTB&DHMT) median, the best.
        expect(await w.page.locator('[data-testid="slide"] [data-testid="direct-labels"] .end-label:not(.halo)').count()).toBe(5);
        await w.page.keyboard.press('ArrowRight');
        await shoot(); // 5: DDCI heatmap with the edited headline
        expect(await w.page.textContent('[data-testid="slide-headline"]')).toBe(EDITED);
        expect(await w.page.textContent('[data-testid="slide-number"]')).toBe('5 / 5');
        // At the end, → stays.
        await w.page.keyboard.press('ArrowRight');
        expect(await position(w.page)).toEqual([5, 0]);
        // Back: ← onto slide 4 as it was left (fully built), then step by step onto slide 2 fully built.
        await w.page.keyboard.press('ArrowLeft');
        expect(await position(w.page)).toEqual([4, 1]);
        await w.page.keyboard.press('PageUp');
        expect(await position(w.page)).toEqual([4, 0]);
        await w.page.keyboard.press('PageUp');
        await w.page.keyboard.press('PageUp');
        expect(await position(w.page)).toEqual([2, 1]);
        // A number then Enter; Home; End.
        await w.page.keyboard.press('4');
        expect(await w.page.textContent('[data-testid="typed"]')).toContain('4');
        await w.page.keyboard.press('Enter');
        expect(await position(w.page)).toEqual([4, 0]);
        await w.page.keyboard.press('Home');
        expect(await position(w.page)).toEqual([1, 0]);
        await w.page.keyboard.press('End');
        expect(await position(w.page)).toEqual([5, 0]);
        // Dark high-contrast theme.
        await w.page.keyboard.press('t');
        await slideReady(w.page);
        expect(await presenter.getAttribute('data-theme')).toBe('dark');
        await screenshot(w.page, `present-${size.width}-slide-5-dark`);
        await w.page.keyboard.press('2');
        await w.page.keyboard.press('Enter');
        await w.page.keyboard.press('ArrowRight');
        await slideReady(w.page);
        await screenshot(w.page, `present-${size.width}-slide-2-step-1-dark`);
        await w.page.keyboard.press('t');
        // Fullscreen from a key press, then Esc.
        await w.page.keyboard.press('f');
        await expect.poll(() => w.page.evaluate(() => !!document.fullscreenElement)).toBe(true);
        await w.page.keyboard.press('Escape');
        await expect.poll(() => w.page.evaluate(() => !!document.fullscreenElement)).toBe(false);
        expect(frames.map((f) => f.join('.'))).toEqual(['1.0', '2.0', '2.1', '3.0', '4.0', '4.1', '5.0']);
        // The viewer sees the deck read-only: slides and headlines, nothing to edit.
        await w.page.goto(`${server.url}/bai-trinh-bay/${deckId}`);
        await expect.poll(() => w.page.locator('[data-testid="deck-slide"]').count()).toBe(4);
        expect(await w.page.locator('[data-testid="headline-input"], [data-testid="move-up"], [data-testid="add-text-slide"]').count()).toBe(0);
        expect(await w.page.locator('[data-testid="deck-slide"]').nth(3).textContent()).toContain(EDITED);
        expect(w.consoleErrors).toEqual([]);
        expect(w.external).toEqual([]);
      } finally {
        await w.context.close();
      }
    });
  }

  it('opens the presenter view in a second window: current and next frame, notes, clocks; keys in either window move both', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN' });
    const errors: string[] = [];
    try {
      const audience = await context.newPage();
      audience.on('pageerror', (e) => errors.push(String(e)));
      await audience.goto(`${server.url}/trinh-chieu/${deckId}?trang=2`);
      await audience.locator('[data-testid="presenter"][data-live="true"]').waitFor();
      await slideReady(audience);
      const { view, viewAt } = await openPresenterView(context, audience, errors);
      const audienceAt = async () => (await position(audience)).join('.');
      // It opens on the audience's frame: the ranking's first build step, its notes, next = Hà Tĩnh highlighted.
      await expect.poll(viewAt).toBe('2.0');
      await view.waitForSelector('[data-testid="presenter-current"] [data-testid="slide"][data-ready="yes"]', { timeout: 60_000 });
      expect(await view.locator('[data-testid="presenter-notes"] p').allTextContents()).toEqual(NOTES.split('\n'));
      const next = view.locator('[data-testid="presenter-next"]');
      expect([await next.getAttribute('data-slide'), await next.getAttribute('data-step')]).toEqual(['2', '1']);
      expect(await view.textContent('[data-testid="presenter-position"]')).toBe('Trang 2/5 · bước 1/2');
      expect(await view.textContent('[data-testid="elapsed"]')).toMatch(/^00:0\d$/);
      expect(await view.textContent('[data-testid="clock"]')).toMatch(/^\d\d:\d\d$/);
      await view.waitForTimeout(400);
      await screenshot(view, 'presenter-view-1600');
      await view.screenshot({ path: 'docs/presenter-view.png' });

      // A key in the presenter view moves the audience's window…
      await view.keyboard.press('ArrowRight');
      await expect.poll(audienceAt).toBe('2.1');
      await view.keyboard.press('PageDown');
      await expect.poll(audienceAt).toBe('3.0');
      expect(await viewAt()).toBe('3.0');
      // (the text slide has no notes: the view says so)
      expect(await view.textContent('[data-testid="presenter-notes"]')).toContain('chưa có ghi chú');
      // …and a key in the audience's window moves the presenter view, next slide included.
      await audience.keyboard.press('ArrowRight');
      await expect.poll(viewAt).toBe('4.0');
      expect(await next.getAttribute('data-step')).toBe('1');
      await audience.keyboard.press('End');
      await expect.poll(viewAt).toBe('5.0');
      expect(await next.textContent()).toContain('Hết bài trình bày');
      // B from the presenter view blanks the audience's screen, and says so.
      await view.keyboard.press('b');
      await expect.poll(() => audience.locator('[data-testid="presenter"].blank').count()).toBe(1);
      expect(await view.locator('[data-testid="audience-blank"]').count()).toBe(1);
      await view.keyboard.press('Home');
      await expect.poll(audienceAt).toBe('1.0');
      expect(await audience.locator('[data-testid="presenter"].blank').count()).toBe(0);
      // Z zooms 2× on the region under the mouse, Esc comes back; L shows a laser pointer where the mouse is.
      await audience.keyboard.press('2');
      await audience.keyboard.press('Enter');
      await slideReady(audience);
      const slideBox = () => audience.locator('[data-testid="slide"]').boundingBox();
      const before = (await slideBox())!;
      await audience.mouse.move(before.x + before.width * 0.2, before.y + before.height * 0.4);
      await audience.keyboard.press('z');
      expect(await audience.getAttribute('[data-testid="presenter"]', 'data-zoom')).toBe('2');
      await expect.poll(async () => Math.round((await slideBox())!.width / before.width)).toBe(2);
      await audience.waitForTimeout(300);
      await screenshot(audience, 'present-1920-zoom');
      // The point under the mouse stays under the mouse.
      const zoomed = (await slideBox())!;
      expect(Math.abs(zoomed.x + zoomed.width * 0.2 - (before.x + before.width * 0.2))).toBeLessThan(4);
      await audience.keyboard.press('Escape');
      expect(await audience.getAttribute('[data-testid="presenter"]', 'data-zoom')).toBe('1');
      await audience.keyboard.press('l');
      const dot = (await audience.locator('[data-testid="laser"]').boundingBox())!;
      expect(Math.abs(dot.x + dot.width / 2 - (before.x + before.width * 0.2))).toBeLessThan(2);
      await audience.keyboard.press('l');
      expect(await audience.locator('[data-testid="laser"]').count()).toBe(0);
      // The view reloaded (or opened by hand in another tab) finds the deck where the audience is.
      await audience.keyboard.press('4');
      await audience.keyboard.press('Enter');
      await view.goto(`${server.url}/trinh-chieu/${deckId}/dien-gia`);
      await expect.poll(viewAt).toBe('4.0');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('adds a logo or photo as an image slide: editor, presenter, PDF and single file keep the picture', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, ADMIN);
      const id = await addChart(w.page, '/tinh/ha-tinh?nam=2015', 'diem', 'Bài có ảnh');
      await w.page.goto(`${server.url}/bai-trinh-bay/${id}`);
      // A real PNG: the editor itself, photographed.
      const photo = await w.page.screenshot();
      const form = w.page.locator('[data-testid="add-image-slide"]');
      await w.page.waitForSelector('[data-testid="add-image-slide"][data-hydrated="true"]');
      // Not a picture: a clear Vietnamese error, nothing saved.
      await form.locator('input[type="file"]').setInputFiles({ name: 'bao-cao.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
      await form.locator('button[type="submit"]').click();
      expect(await w.page.textContent('[data-testid="image-error"]')).toContain('không nhận SVG');
      await form.locator('input[type="file"]').setInputFiles({ name: 'trang-soan.png', mimeType: 'image/png', buffer: photo });
      await form.locator('input[name="caption"]').fill('Trang soạn bài trình bày');
      await form.locator('input[name="alt"]').fill('Ảnh chụp trang soạn bài trình bày');
      await form.locator('button[type="submit"]').click();
      const slides = w.page.locator('[data-testid="deck-slide"]');
      await expect.poll(() => slides.count()).toBe(2);
      expect(await slides.nth(1).getAttribute('data-kind')).toBe('image');
      await w.page.waitForSelector('[data-testid="deck-message"]:has-text("Đã lưu")');
      const stored = (await (await w.page.request.get(`${server.url}/api/decks/${id}`)).json()) as { slides: { kind: string; image?: string; alt?: string }[] };
      expect(stored.slides[1].kind).toBe('image');
      expect(stored.slides[1].image).toMatch(/^data:image\/(png|jpeg);base64,/);
      expect(stored.slides[1].alt).toBe('Ảnh chụp trang soạn bài trình bày');

      await w.page.setViewportSize({ width: 1920, height: 1080 });
      await w.page.goto(`${server.url}/trinh-chieu/${id}?trang=3`);
      await w.page.locator('[data-testid="presenter"][data-live="true"]').waitFor();
      const img = w.page.locator('[data-testid="slide-image"]');
      await expect.poll(() => img.evaluate((e) => (e as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
      expect(await img.getAttribute('alt')).toBe('Ảnh chụp trang soạn bài trình bày');
      // The picture fills the room the caption leaves, without being stretched.
      const box = (await img.boundingBox())!;
      expect(box.height).toBeGreaterThan(1080 * 0.6);
      await screenshot(w.page, 'present-1920-image');

      const [pdfDownload] = await Promise.all([w.page.waitForEvent('download', { timeout: 120_000 }), w.page.click('[data-testid="download-deck-pdf"]')]);
      const pdf = await readPdf(new Uint8Array(readFileSync(await pdfDownload.path())));
      expect(pdf.pages.length).toBe(3);
      expect(pdf.pages[2].images).toBe(1);
      expect(pdf.pages[2].text).toContain('Trang soạn bài trình bày');
      const [htmlDownload] = await Promise.all([w.page.waitForEvent('download', { timeout: 120_000 }), w.page.click('[data-testid="download-deck-html"]')]);
      const html = readFileSync(await htmlDownload.path(), 'utf8');
      expect(html).toMatch(/<image href="data:image\/(png|jpeg);base64,/);
      expect(w.consoleErrors).toEqual([]);
      expect(w.external).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('every other chart a slide can show fits the slide at 1920 × 1080', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, ADMIN);
      const other = await addChart(w.page, '/xep-hang?chiso=pci&nam=2015&xem=dien-bien&chon=ha-tinh', 'dien-bien', 'Các biểu đồ khác');
      await addChart(w.page, '/xep-hang?chiso=pci&nam=2015&xem=tang-giam&tu=2014&chon=ha-tinh', 'tang-giam', null);
      await addChart(w.page, '/tinh/ha-tinh?nam=2015', 'diem', null);
      await addChart(w.page, '/tinh/ha-tinh?nam=2015', 'thu-hang', null);
      await addChart(w.page, '/tinh/ha-tinh?nam=2015', 'thanh-phan', null);
      await addChart(w.page, '/ddci?nam=2021&chon=huyen-huong-khe', 'xep-hang-huyen', null);
      // Issue 16: the change bars, the waterfall and the peers on /tinh; /vung; both charts of /tinh-moi.
      await addChart(w.page, '/tinh/ha-tinh?nam=2015', 'thay-doi', null);
      await addChart(w.page, '/tinh/ha-tinh?nam=2015', 'dong-gop', null);
      await addChart(w.page, '/tinh/ha-tinh?nam=2015&so-sanh=nghe-an,quang-binh', 'so-sanh', null);
      await addChart(w.page, '/vung?chiso=pci&nam=2015', 'theo-vung', null);
      await addChart(w.page, '/tinh-moi/quang-tri?chiso=pci', 'diem-tinh-cu', null);
      await addChart(w.page, '/tinh-moi/quang-tri?chiso=pci', 'hang-tinh-cu', null);
      // The deck list counts the title slide, as the presenter's "/ N" does.
      await w.page.goto(`${server.url}/bai-trinh-bay`);
      expect(await w.page.locator(`a[href="/bai-trinh-bay/${other}"]`).locator('xpath=..').textContent()).toContain('13 trang');
      await w.page.setViewportSize({ width: 1920, height: 1080 });
      await w.page.goto(`${server.url}/trinh-chieu/${other}`);
      await w.page.locator('[data-testid="presenter"][data-live="true"]').waitFor();
      await w.page.keyboard.press('ArrowRight');
      const kinds = ['ranking-bump', 'ranking-slope', 'province-score', 'province-rank', 'province-components', 'ddci-group'];
      kinds.push('province-change', 'province-contribution', 'province-peers', 'region-strips', 'merger-score', 'merger-rank');
      for (const kind of kinds) {
        await slideReady(w.page);
        expect(await w.page.getAttribute('[data-testid="slide"] .slide-chart', 'data-kind')).toBe(kind);
        await screenshot(w.page, `present-1920-${kind}`);
        const layout = await checkLayout(w.page);
        expect(layout.problems.filter((p) => p.startsWith('outside')), kind).toEqual([]);
        expect(layout.smallestFont!.px, `smallest text on ${kind}: “${layout.smallestFont!.t}”`).toBeGreaterThanOrEqual(24 - 0.2);
        expect(layout.headline).toBeGreaterThanOrEqual(1080 * 0.04);
        expect(await w.page.textContent('[data-testid="slide-number"]')).toMatch(/ \/ 13$/);
        await w.page.keyboard.press('ArrowRight');
      }
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  }, 420_000);

  it('presents again with the network cut, once the dashboard and the deck have loaded', async () => {
    const w = await watchedPage(browser, { width: 1920, height: 1080 });
    try {
      // Online once: the dashboard (the service worker installs and takes over), then the deck, which it keeps.
      await w.page.goto(`${server.url}/xep-hang?nam=2015`);
      await waitForDuckDb(w.page);
      await w.page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 60_000 });
      await w.page.goto(`${server.url}/trinh-chieu/${deckId}`);
      const status = w.page.locator('[data-testid="offline-status"]');
      await status.waitFor({ timeout: 90_000 });
      expect(await status.textContent()).toBe('Đã lưu để trình chiếu khi mất mạng');

      // Cut: offline, and every request that still tries the network is aborted.
      await w.context.setOffline(true);
      const attempted: string[] = [];
      await w.context.route('**/*', (r) => {
        attempted.push(r.request().url());
        return r.abort();
      });
      expect(await w.page.evaluate(() => fetch('/xep-hang').then(() => 'reached', () => 'cut'))).toBe('cut');
      await w.page.goto(`${server.url}/trinh-chieu/${deckId}`);
      await w.page.locator('[data-testid="presenter"][data-live="true"]').waitFor();
      await w.page.keyboard.press('ArrowRight');
      await w.page.keyboard.press('Home');
      const seen: string[] = [];
      for (let i = 0; i < 7; i++) {
        await slideReady(w.page);
        const [s, st] = await position(w.page);
        seen.push(`${s}.${st}`);
        expect(await w.page.locator('[data-testid="slide"] [role="alert"]').count(), `slide ${s}.${st}`).toBe(0);
        await screenshot(w.page, `present-offline-slide-${s}${st ? `-step-${st}` : ''}`);
        await w.page.keyboard.press('ArrowRight');
      }
      expect(seen).toEqual(['1.0', '2.0', '2.1', '3.0', '4.0', '4.1', '5.0']);
      // The charts are the real ones, from the browser's DuckDB or the kept answers.
      await w.page.keyboard.press('2');
      await w.page.keyboard.press('Enter');
      await slideReady(w.page);
      expect(await w.page.locator('[data-testid="slide"] g.bar').count()).toBe(63);
      expect(await w.page.textContent('[data-testid="slide-headline"]')).toBe(HEADLINE_2015);
      expect(w.external).toEqual([]);
      // With the network cut the bar still tells the truth: every slide renders, so nothing is "missing".
      await expect.poll(() => status.textContent(), { timeout: 60_000 }).toBe('Đã lưu để trình chiếu khi mất mạng');
      // A reload on the last slide, server unreachable: the kept presenter page, not the "Mất kết nối" page.
      await w.page.goto(`${server.url}/trinh-chieu/${deckId}?trang=5`);
      await w.page.locator('[data-testid="presenter"][data-live="true"]').waitFor();
      await slideReady(w.page);
      expect(await position(w.page)).toEqual([5, 0]);
      expect(await w.page.textContent('[data-testid="slide-headline"]')).toBe(EDITED);
      await screenshot(w.page, 'present-offline-reload-trang-5');
      const fatal = w.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|ERR_FAILED|Failed to load resource|Failed to fetch/.test(e));
      expect(fatal).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('saves the deck as one HTML file that presents from disk with no server running', async () => {
    const w = await watchedPage(browser, { width: 1920, height: 1080 });
    try {
      await w.page.goto(`${server.url}/trinh-chieu/${deckId}`);
      await slideReady(w.page);
      const [download] = await Promise.all([w.page.waitForEvent('download', { timeout: 120_000 }), w.page.click('[data-testid="download-deck-html"]')]);
      savedFile = path.join(tmp, download.suggestedFilename());
      await download.saveAs(savedFile);
      expect(download.suggestedFilename()).toMatch(/\.html$/);
      // The same pictures as a PDF through the export module: one vector page per slide, fully built.
      const [pdfDownload] = await Promise.all([w.page.waitForEvent('download', { timeout: 120_000 }), w.page.click('[data-testid="download-deck-pdf"]')]);
      const pdfFile = path.join(tmp, pdfDownload.suggestedFilename());
      await pdfDownload.saveAs(pdfFile);
      copyFileSync(pdfFile, path.join('tests/browser/screenshots', 'present-deck.pdf'));
      const pdf = await readPdf(new Uint8Array(readFileSync(pdfFile)));
      expect(pdf.pages.length).toBe(5);
      expect(pdf.pages[1].text.replace(/\s+/g, ' ')).toContain('giảm 10 bậc');
      expect(pdf.pages[1].text).toContain('Hà Tĩnh');
      expect(pdf.pages.every((p) => p.images === 0)).toBe(true);
      expect(pdf.outline[0]).toBe(MEETING);
      // The speaker's copy: A4 portrait, each slide on top and its notes below; no notes in the audience's PDF.
      expect(pdf.pages.some((p) => p.text.includes('Dừng ở Hà Tĩnh'))).toBe(false);
      const [notesDownload] = await Promise.all([w.page.waitForEvent('download', { timeout: 120_000 }), w.page.click('[data-testid="download-deck-notes-pdf"]')]);
      const notesFile = path.join(tmp, notesDownload.suggestedFilename());
      await notesDownload.saveAs(notesFile);
      copyFileSync(notesFile, path.join('tests/browser/screenshots', 'present-deck-notes.pdf'));
      const notesPdf = await readPdf(new Uint8Array(readFileSync(notesFile)));
      expect(notesPdf.pages.length).toBe(5);
      expect(notesPdf.pages.every((p) => p.height > p.width)).toBe(true);
      const page2 = notesPdf.pages[1].text.replace(/\s+/g, ' ');
      expect(page2).toContain('giảm 10 bậc');
      for (const line of NOTES.split('\n')) expect(page2).toContain(line);
      expect(notesPdf.pages[2].text).toContain('chưa có ghi chú');
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
    await server.stop();
    expect(statSync(savedFile).size).toBeGreaterThan(10_000);
    const html = readFileSync(savedFile, 'utf8');
    expect(html).toContain(HEADLINE_2015);
    expect(html).toContain('@font-face');

    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN' });
    const requests: string[] = [];
    await context.route('**/*', (r) => {
      const u = r.request().url();
      if (u.startsWith('file:')) return r.continue();
      requests.push(u);
      return r.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    try {
      await page.goto(`file://${savedFile}`);
      const at = async () => [await page.getAttribute('body', 'data-slide'), await page.getAttribute('body', 'data-step')].join('.');
      const shown = () => page.locator('section.frame:not([hidden])');
      expect(await page.locator('section.frame').count()).toBe(7);
      const seen: string[] = [];
      for (let i = 0; i < 7; i++) {
        seen.push(await at());
        expect(await shown().count()).toBe(1);
        await page.screenshot({ path: path.join('tests/browser/screenshots', `present-file-${seen.at(-1)!.replace('.', '-')}.png`) });
        await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
      }
      expect(seen).toEqual(['1.0', '2.0', '2.1', '3.0', '4.0', '4.1', '5.0']);
      expect(await shown().textContent()).toContain(EDITED);
      await page.keyboard.press('2');
      await page.keyboard.press('Enter');
      expect(await at()).toBe('2.0');
      expect(await shown().locator('text', { hasText: 'Hà Tĩnh' }).count()).toBeGreaterThan(0);
      await page.keyboard.press('End');
      expect(await at()).toBe('5.0');
      await page.keyboard.press('Home');
      expect(await at()).toBe('1.0');
      // The data travels with the pictures.
      const data = await page.evaluate(() => JSON.parse(document.getElementById('deck-data')!.textContent!));
      expect(data.deck.slides.length).toBe(4);

      // The presenter view from the same file: S opens it; keys in either window move both.
      await page.keyboard.press('ArrowRight'); // 2.0
      const [view] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
      view.on('pageerror', (e) => errors.push(String(e)));
      await view.waitForFunction(() => document.body.classList.contains('console'));
      const viewAt = async () => [await view.getAttribute('body', 'data-slide'), await view.getAttribute('body', 'data-step')].join('.');
      await expect.poll(viewAt).toBe('2.0');
      expect((await view.textContent('#notes'))!).toContain('Dừng ở Hà Tĩnh');
      expect(await view.locator('section.frame.next').getAttribute('data-step')).toBe('1');
      expect(await view.locator('section.frame.now').count()).toBe(1);
      await view.setViewportSize({ width: 1600, height: 900 });
      await view.screenshot({ path: path.join('tests/browser/screenshots', 'presenter-view-file.png') });
      await view.keyboard.press('ArrowRight');
      await expect.poll(at).toBe('2.1');
      await page.keyboard.press('ArrowRight');
      await expect.poll(viewAt).toBe('3.0');
      expect(await view.textContent('#notes')).toContain('chưa có ghi chú');
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
