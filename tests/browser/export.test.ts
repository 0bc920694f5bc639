// Export in Chromium, on the built app and the real data: the PCI 2015 ranking as PDF through ChartFrame's
// button, as SVG (font inside) and PNG 2× through the export modules in the page, a three-slide deck from
// three views as PDF, and the print stylesheet. Nothing may be requested outside this machine.
// Files land in tests/browser/screenshots/ (export-*), PDF pages rendered to PNG beside them: look at them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch, SCREENSHOTS, startServer, waitForDuckDb, watchedPage, type Server, type Watched } from './harness';
import { buildDataset, readShippedFiles } from '../../src/lib/server/shippedData';
import { externalReferences, svgTextContent } from '../../src/lib/present/export/svgText';
import { readPngSize } from '../../src/lib/present/export/png';
import { SLIDE_PAGE } from '../../src/lib/present/export/slideLayout';
import { exportBundle } from '../unit/present-export/browserBundle';
import { darkShare, readPdf, renderPdfPage } from '../unit/present-export/helpers';
import { HA_TINH_2015, pciHeadline } from '../unit/present-export/realHeadlines';

const data = buildDataset(readShippedFiles());
/** Every province ranked in PCI 2015, by the name the chart prints. */
const provinces2015 = [
  ...new Set(data.observations.filter((o) => o.index_id === 'pci' && o.year === 2015 && o.indicator === 'total' && o.rank != null).map((o) => o.unit_name))
];
const PLACES = ['Hà Tĩnh', 'Đắk Lắk', 'Thừa Thiên Huế', 'Quảng Ngãi'];

let server: Server;
let browser: Browser;
let bundle: string;

beforeAll(async () => {
  [server, browser, bundle] = await Promise.all([startServer(), launch(), exportBundle()]);
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const save = (name: string, bytes: Uint8Array | Buffer | string) => writeFileSync(path.join(SCREENSHOTS, name), bytes);
const flat = (s: string) => s.replace(/\s+/g, ' ');

async function openRanking(w: Watched) {
  await w.page.goto(`${server.url}/xep-hang?nam=2015&chon=ha-tinh`);
  await w.page.waitForSelector('[data-testid="ranking-chart"] g.bar.highlighted[data-code="42"]');
  // Hydrated (the buttons work) once the layout has started DuckDB.
  await waitForDuckDb(w.page);
}

/** A chart on the page → standalone SVG with the font embedded, through the export module in the page. */
async function standaloneOf(page: Page, chart: string): Promise<{ svg: string; width: number; height: number; title: string; source: string }> {
  await page.addScriptTag({ content: bundle });
  return page.evaluate(async (sel) => {
    const svg = document.querySelector<SVGSVGElement>(sel);
    const frame = svg?.closest('figure.chart-frame');
    if (!svg || !frame) throw new Error(`no chart ${sel}`);
    const title = (frame.querySelector('[data-testid="download-svg"]')?.getAttribute('aria-label') ?? '').replace(/^Tải ảnh SVG: /, '');
    const source = frame.querySelector('figcaption')?.textContent?.trim() ?? '';
    const api = (globalThis as unknown as { chisoExport: { svgToStandalone(s: SVGSVGElement, o: object): Promise<{ svg: string; width: number; height: number }> } }).chisoExport;
    return { ...(await api.svgToStandalone(svg, { title, source })), title, source };
  }, chart);
}

function expectClean(w: Watched) {
  expect(w.external, 'requests outside localhost').toEqual([]);
  expect(w.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
}

describe('export in Chromium', () => {
  it('PDF button on the PCI 2015 ranking: one vector page, every province name as real text in Noto Sans, fonts from the app', async () => {
    const w = await watchedPage(browser);
    try {
      await openRanking(w);
      const title = (await w.page.getAttribute('[data-testid="download-pdf"]', 'aria-label'))!.replace(/^Tải PDF: /, '');
      const [download] = await Promise.all([w.page.waitForEvent('download', { timeout: 60_000 }), w.page.click('[data-testid="download-pdf"]')]);
      expect(download.suggestedFilename()).toMatch(/^xep-hang-pci-2015.*\.pdf$/);
      const bytes = new Uint8Array(readFileSync((await download.path())!));
      save('export-ranking-2015.pdf', bytes);

      const pdf = await readPdf(bytes);
      expect(pdf.pages).toHaveLength(1);
      const [page] = pdf.pages;
      expect(page.images, 'a screenshot inside the PDF').toBe(0);
      expect(page.paths, 'bars drawn as vector paths').toBeGreaterThan(63);
      expect(provinces2015).toHaveLength(63);
      for (const name of provinces2015) expect(page.text, name).toContain(name);
      for (const name of PLACES) expect(page.text).toContain(name);
      expect(flat(page.text)).toContain(flat(title));
      for (const f of pdf.fonts) expect(f).toMatch(/^(Noto Sans|Chiso Symbols)$/);
      expect(pdf.title).toBe(title);
      // The TrueType files came from the app itself.
      expect(w.requests.some((r) => /NotoSans_400Regular.*\.ttf$/.test(r))).toBe(true);
      save('export-ranking-2015.pdf.png', await renderPdfPage(bytes, 1, 1.5));
      expectClean(w);
    } finally {
      await w.context.close();
    }
  });

  it('SVG through the module: font embedded, title, source and names present, no external URL; PNG at 2×', async () => {
    const w = await watchedPage(browser);
    try {
      await openRanking(w);
      const out = await standaloneOf(w.page, '[data-testid="ranking-chart"]');
      save('export-ranking-2015.svg', out.svg);
      expect(externalReferences(out.svg)).toEqual([]);
      expect(new Set(out.svg.match(/https?:\/\/[^\s"'<>)]+/g) ?? [])).toEqual(new Set(['http://www.w3.org/2000/svg']));
      const faces = out.svg.match(/@font-face\{font-family:'Noto Sans'[^}]*src:url\(data:font\/woff2;base64,/g) ?? [];
      expect(faces.length).toBeGreaterThanOrEqual(2);
      const text = svgTextContent(out.svg);
      expect(text).toContain(out.title);
      expect(out.source).toMatch(/VCCI/);
      expect(text).toContain(out.source);
      for (const name of PLACES) expect(text).toContain(name);

      const png = await w.page.evaluate(async (svg) => {
        const api = (globalThis as unknown as { chisoExport: { svgToPng(s: string, k?: number): Promise<Blob>; bytesToBase64(b: Uint8Array): string } }).chisoExport;
        const blob = await api.svgToPng(svg, 2);
        return { type: blob.type, base64: api.bytesToBase64(new Uint8Array(await blob.arrayBuffer())) };
      }, out.svg);
      expect(png.type).toBe('image/png');
      const bytes = new Uint8Array(Buffer.from(png.base64, 'base64'));
      expect(readPngSize(bytes)).toEqual({ width: Math.round(out.width * 2), height: Math.round(out.height * 2) });
      save('export-ranking-2015.png', bytes);
      // Text is drawn, in the embedded font, not left blank while it loads: ink in the title line and in the
      // province names' column (the bars there are pale), none in an empty margin.
      expect(await darkShare(bytes, { x: 32, y: 32, width: 240, height: 36 })).toBeGreaterThan(0.05);
      expect(await darkShare(bytes, { x: 32, y: 140, width: 200, height: 1000 })).toBeGreaterThan(0.03);
      expectClean(w);
    } finally {
      await w.context.close();
    }
  });

  it('a deck of three slides from different views → PDF: three 16:9 pages, the real headline with its diacritics, charts vector', async () => {
    expect(pciHeadline('Hà Tĩnh', 2015)).toBe(HA_TINH_2015);
    const w = await watchedPage(browser);
    try {
      await openRanking(w);
      const ranking = await standaloneOf(w.page, '[data-testid="ranking-chart"]');
      await w.page.goto(`${server.url}/tinh/ha-tinh?nam=2015`);
      await w.page.waitForSelector('figure.chart-frame svg');
      const province = await standaloneOf(w.page, 'figure.chart-frame svg');
      await w.page.goto(`${server.url}/xep-hang?nam=2015&chon=ha-tinh&xem=tang-giam&tu=2014`);
      await w.page.waitForSelector('figure.chart-frame svg');
      const slope = await standaloneOf(w.page, 'figure.chart-frame svg');

      const slides = [
        { svg: ranking.svg, title: HA_TINH_2015, notes: 'Nhấn mạnh: giảm 10 bậc' },
        { svg: province.svg, title: `Hồ sơ PCI Hà Tĩnh 2015 — ${province.title}` },
        { svg: slope.svg, title: `Tăng – giảm hạng 2014–2015: ${PLACES.join(', ')}` }
      ];
      const base64 = await w.page.evaluate(async (s) => {
        const api = (globalThis as unknown as { chisoExport: { deckToPdf(s: unknown, o: unknown): Promise<Uint8Array>; bytesToBase64(b: Uint8Array): string } }).chisoExport;
        return api.bytesToBase64(await api.deckToPdf(s, { title: 'Hội nghị PCI 2015 — Hà Tĩnh', author: 'Sở Kế hoạch và Đầu tư' }));
      }, slides);
      const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
      save('export-deck.pdf', bytes);

      const pdf = await readPdf(bytes);
      expect(pdf.pages).toHaveLength(3);
      for (const p of pdf.pages) {
        expect([p.width, p.height]).toEqual([SLIDE_PAGE.width, SLIDE_PAGE.height]);
        expect(p.images).toBe(0);
        expect(p.paths).toBeGreaterThan(10);
      }
      for (const [i, s] of slides.entries()) expect(flat(pdf.pages[i].text)).toContain(flat(s.title));
      expect(flat(pdf.pages[0].text)).toContain(HA_TINH_2015);
      for (const name of PLACES) expect(pdf.pages[0].text).toContain(name);
      expect(pdf.pages[0].text).not.toContain('Nhấn mạnh');
      // The slope chart labels the chosen province's move with an arrow Noto Sans has no glyph for: drawn in
      // the symbols face, it stays in the PDF and in its text (Hà Tĩnh 35 → 45).
      expect(flat(pdf.pages[2].text)).toContain('45 Hà Tĩnh ↓10');
      expect(pdf.fonts).toContain('Chiso Symbols');
      expect(pdf.outline).toEqual(slides.map((s) => s.title));
      expect(pdf.author).toBe('Sở Kế hoạch và Đầu tư');
      for (const f of pdf.fonts) expect(f).toMatch(/^(Noto Sans|Chiso Symbols)$/);
      for (const i of [1, 2, 3]) save(`export-deck-${i}.pdf.png`, await renderPdfPage(bytes, i, 2));

      // Whole-slide SVGs (the presenting view's slideToSvg: 1280×720, headline inside) fill their page as is.
      const cut = HA_TINH_2015.indexOf(' giảm');
      const slideSvg =
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1280 720" width="1280" height="720" font-family="'Noto Sans', sans-serif">` +
        `<rect width="1280" height="720" fill="#111827"/><text x="64" y="110" font-size="44" font-weight="700" fill="#ffffff">${HA_TINH_2015.slice(0, cut)}</text>` +
        `<text x="64" y="170" font-size="44" font-weight="700" fill="#ffffff">${HA_TINH_2015.slice(cut + 1)}</text>` +
        `<rect x="64" y="200" width="${(57.2 / 70) * 1152}" height="60" fill="#d55e00"/><text x="1216" y="680" text-anchor="end" font-size="24" fill="#9ca3af">2/3</text></svg>`;
      const full = await w.page.evaluate(async (svg) => {
        const api = (globalThis as unknown as { chisoExport: { deckToPdf(s: unknown, o: unknown): Promise<Uint8Array>; bytesToBase64(b: Uint8Array): string } }).chisoExport;
        return api.bytesToBase64(await api.deckToPdf([{ svg, title: 'Trang 2' }], { title: 'Hội nghị', fullSlide: true }));
      }, slideSvg);
      const fullBytes = new Uint8Array(Buffer.from(full, 'base64'));
      const fullPdf = await readPdf(fullBytes);
      expect(fullPdf.pages).toHaveLength(1);
      expect(flat(fullPdf.pages[0].text).trim()).toBe(`${HA_TINH_2015} 2/3`);
      expect([fullPdf.pages[0].width, fullPdf.pages[0].height]).toEqual([SLIDE_PAGE.width, SLIDE_PAGE.height]);
      expect(fullPdf.outline).toEqual(['Trang 2']);
      save('export-full-slide.pdf.png', await renderPdfPage(fullBytes, 1, 1));
      expectClean(w);
    } finally {
      await w.context.close();
    }
  });

  it('print stylesheet: no navigation, controls or footer; each chart on its own page at the page width', async () => {
    const w = await watchedPage(browser);
    try {
      await openRanking(w);
      // The app imports print.css from its layout; injected here too so this test stands on its own.
      await w.page.addStyleTag({ content: readFileSync('src/lib/present/export/print.css', 'utf8') });
      await w.page.emulateMedia({ media: 'print' });
      const seen = await w.page.evaluate(() => {
        const shown = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].some((e) => e.offsetParent !== null || getComputedStyle(e).display !== 'none');
        const frame = document.querySelector<HTMLElement>('figure.chart-frame')!;
        const svg = frame.querySelector('svg')!;
        return {
          nav: shown('nav'),
          siteFooter: shown('main ~ footer'),
          toolbar: shown('.chart-frame .toolbar'),
          buttons: shown('button'),
          selects: shown('select'),
          svgWidth: svg.getBoundingClientRect().width,
          frameWidth: frame.getBoundingClientRect().width,
          mainWidth: document.querySelector('main')!.getBoundingClientRect().width,
          breakAfter: getComputedStyle(frame).breakAfter,
          swatchWidth: frame.querySelector('ul.legend svg')?.getBoundingClientRect().width ?? 0,
          colour: getComputedStyle(document.body).color,
          source: frame.querySelector('figcaption')?.textContent ?? ''
        };
      });
      expect(seen).toMatchObject({ nav: false, siteFooter: false, toolbar: false, buttons: false, selects: false, breakAfter: 'page', colour: 'rgb(0, 0, 0)' });
      expect(seen.source).toMatch(/VCCI/);
      expect(seen.swatchWidth, 'legend swatches keep their size').toBe(22);
      expect(Math.abs(seen.svgWidth - seen.frameWidth)).toBeLessThan(2);
      expect(Math.abs(seen.frameWidth - seen.mainWidth)).toBeLessThan(2);

      const bytes = new Uint8Array(await w.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
      save('export-print.pdf', bytes);
      const pdf = await readPdf(bytes);
      expect(pdf.pages.length).toBeGreaterThan(1);
      const all = pdf.pages.map((p) => p.text).join('\n');
      expect(all).not.toContain('Đăng nhập');
      expect(all).not.toContain('Bảng số liệu');
      for (const name of PLACES) expect(all).toContain(name);
      save('export-print-1.pdf.png', await renderPdfPage(bytes, 1, 1));
      expectClean(w);
    } finally {
      await w.context.close();
    }
  });
});
