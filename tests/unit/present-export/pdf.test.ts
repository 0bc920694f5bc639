// deckToPdf in Node on slides without an SVG (the SVG path needs a browser: tests/browser/export.test.ts).
// Headlines are written by headline.ts from the shipped data, as a deck would.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deckToPdf, fontStyleKeys } from '../../../src/lib/present/export/pdf';
import { SLIDE_PAGE } from '../../../src/lib/present/export/slideLayout';
import { readPngSize } from '../../../src/lib/present/export/png';
import { diskFontLoader, readPdf, renderPdfPage } from './helpers';
import { PLACES } from './vietnamese';
import { HA_TINH_2015, pciHeadline } from './realHeadlines';

const headline = pciHeadline;
const HA_TINH = HA_TINH_2015;

describe('deckToPdf (slides without charts, in Node)', () => {
  const slides = [
    { svg: '', title: 'Hội nghị đánh giá PCI tỉnh Hà Tĩnh — Thừa Thiên Huế, Đắk Lắk, Quảng Ngãi', notes: 'Chào mừng đại biểu' },
    { svg: '', title: headline('Hà Tĩnh', 2015), notes: 'ưu đãi đầu tư: nói chậm' },
    { svg: '', title: headline('Đắk Lắk', 2015) },
    { svg: '', title: headline('Thừa Thiên Huế', 2015) }
  ];
  const made = deckToPdf(slides, { title: 'Hội nghị PCI 2015 — Hà Tĩnh', author: 'Sở Kế hoạch và Đầu tư Hà Tĩnh', load: diskFontLoader });

  it('the headline generator gives the sentence the brief pins (real data)', () => {
    expect(slides[1].title).toBe(HA_TINH);
  });

  it('one 16:9 landscape page per slide', async () => {
    const pdf = await readPdf(await made);
    expect(pdf.pages).toHaveLength(slides.length);
    for (const p of pdf.pages) expect([p.width, p.height]).toEqual([SLIDE_PAGE.width, SLIDE_PAGE.height]);
    expect(SLIDE_PAGE.width / SLIDE_PAGE.height).toBeCloseTo(16 / 9, 6);
  });

  it('extracted text keeps every diacritic: each page holds its headline, whole', async () => {
    const pdf = await readPdf(await made);
    const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const [i, s] of slides.entries()) expect(flat(pdf.pages[i].text)).toContain(s.title);
    expect(flat(pdf.pages[1].text)).toContain(HA_TINH);
    // Speaker notes stay off the page by default; the footer carries the deck title and page number.
    expect(pdf.pages[1].text).not.toContain('ưu đãi');
    expect(flat(pdf.pages[1].text)).toContain('Hội nghị PCI 2015 — Hà Tĩnh');
    expect(flat(pdf.pages[1].text)).toContain('2/4');
  });

  it('metadata and bookmarks in Vietnamese; only Noto Sans embedded', async () => {
    const pdf = await readPdf(await made);
    expect(pdf.title).toBe('Hội nghị PCI 2015 — Hà Tĩnh');
    expect(pdf.author).toBe('Sở Kế hoạch và Đầu tư Hà Tĩnh');
    expect(pdf.outline).toEqual(slides.map((s) => s.title));
    expect(pdf.fonts.length).toBeGreaterThan(0);
    for (const f of pdf.fonts) expect(f).toMatch(/^(Noto Sans|Chiso Symbols)$/); // never Helvetica or Times (no Vietnamese)
  });

  it('notes: true draws the notes under the slide (handouts)', async () => {
    const pdf = await readPdf(await deckToPdf(slides, { title: 'Bản in', notes: true, load: diskFontLoader }));
    expect(pdf.pages[1].text).toContain('ưu đãi đầu tư: nói chậm');
  });

  it('decomposed input is drawn composed (one glyph per letter), so it extracts as typed', async () => {
    const nfd = PLACES.normalize('NFD');
    const pdf = await readPdf(await deckToPdf([{ svg: '', title: nfd }], { title: 'x', load: diskFontLoader }));
    expect(pdf.pages[0].text.replace(/\s+/g, ' ')).toContain(PLACES);
  });

  it('arrows and ≥ (not in Noto Sans) are drawn in the symbols face and extract as typed', async () => {
    const title = 'Tăng – giảm hạng PCI 2014 → 2015: Hà Tĩnh ↓10, Đà Nẵng ↑2, ≥ 60 điểm';
    const bytes = await deckToPdf([{ svg: '', title }], { title: 'Ký hiệu', load: diskFontLoader });
    const pdf = await readPdf(bytes);
    const text = pdf.pages[0].text.replace(/\s+/g, ' ');
    for (const part of ['2014 → 2015', 'Hà Tĩnh ↓10', 'Đà Nẵng ↑2', '≥ 60 điểm']) expect(text).toContain(part);
    expect(pdf.fonts).toContain('Chiso Symbols');
    const dir = path.join(os.tmpdir(), 'chiso-export');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'deck-node-symbols.png'), await renderPdfPage(bytes, 1, 1.5));
  });

  it('no symbols face when nothing needs it', async () => {
    const pdf = await readPdf(await made);
    expect(pdf.fonts).toEqual(['Noto Sans']);
  });

  it('refuses an empty deck', async () => {
    await expect(deckToPdf([], { title: 'x', load: diskFontLoader })).rejects.toThrow(/chưa có trang/);
  });

  it('renders: page 2 as PNG (look at it: ' + path.join(os.tmpdir(), 'chiso-export', 'deck-node-2.png') + ')', async () => {
    const png = await renderPdfPage(await made, 2, 1.5);
    const size = readPngSize(new Uint8Array(png));
    expect(size).toEqual({ width: SLIDE_PAGE.width * 1.5, height: SLIDE_PAGE.height * 1.5 });
    const dir = path.join(os.tmpdir(), 'chiso-export');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'deck-node-2.png'), png);
  });
});

describe('fontStyleKeys', () => {
  // svg2pdf.js's combineFontStyleAndFontWeight for jsPDF ≥ 3, restated: the keys it can ask for.
  const svg2pdfKey = (style: 'normal' | 'italic', weight: number) =>
    weight === 400 ? (style === 'italic' ? 'italic' : 'normal') : weight === 700 && style === 'normal' ? 'bold' : `${weight === 700 ? 'bold' : weight}${style}`;

  it('covers every weight 100–900, upright and italic, regular to 500 and bold from 600', () => {
    const keys = new Map(fontStyleKeys().map((k) => [k.style, k.weight]));
    for (let w = 100; w <= 900; w += 100)
      for (const s of ['normal', 'italic'] as const) expect(keys.get(svg2pdfKey(s, w)), `${w} ${s}`).toBe(w >= 600 ? 700 : 400);
  });
});
