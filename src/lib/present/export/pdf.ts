// Decks and charts as PDF: one page per slide, 16:9 landscape, vector. Charts go through svg2pdf.js (paths and
// real text, never a screenshot); every string is drawn in the embedded Noto Sans TrueType (jsPDF keeps only
// the glyphs used and writes a ToUnicode map), so text copied or extracted from the PDF keeps its diacritics.
// The few characters Noto Sans lacks (→ ↑ ↓ ≤ ≥ ▲ ▼) are drawn in an embedded DejaVu Sans (glyphRuns.ts).
// Runs in the browser with no network (fonts come from the app's own origin, see font.ts). Slides without an
// SVG (title and text slides) need no DOM, so those also run in Node.
import type { jsPDF } from 'jspdf';
import { FONT_FAMILY, fetchFont, symbolsTtfBytes, SYMBOLS_FAMILY, ttfBytes, type FontLoader } from './font';
import { bytesToBase64 } from './base64';
import { glyphRuns, needsFallback } from './glyphRuns';
import { fitContain, NOTES_PAGE, notesPageLayout, PT_PER_PX, SLIDE_PAGE, slideLayout, type Box } from './slideLayout';
import { stripFontFaces, svgSize, svgTextContent } from './svgText';

export interface PdfSlide {
  /** A standalone SVG (svgToStandalone) or any serialised SVG; '' for a slide that is only its headline. */
  svg: string;
  /** The headline drawn above the chart (and the slide's bookmark). */
  title: string;
  /** Speaker notes: kept out of the page unless `notes: true`. */
  notes?: string;
}

export interface PdfOptions {
  title: string;
  author?: string;
  subject?: string;
  /** Draw each slide's notes under its chart (handouts). Default false: notes are the speaker's. */
  notes?: boolean;
  /**
   * The SVGs are whole slides (16:9, headline and slide number drawn in them, as slideToSvg makes them): each
   * fills its page and nothing is added. Default false: the headline is drawn above the chart, a footer below.
   */
  fullSlide?: boolean;
  load?: FontLoader;
}

const INK = '#1f2933';
const MUTED = '#5f6b7a';
const SVG_NS = 'http://www.w3.org/2000/svg';

type Weight = 400 | 700;
type Style = 'normal' | 'bold';

/**
 * The font styles svg2pdf.js asks jsPDF for ('normal', 'bold', '600normal', 'bolditalic', …): every one maps to
 * a face we embed, regular up to 500 and bold from 600, so no text ever falls back to Helvetica (no Vietnamese).
 */
export function fontStyleKeys(): { style: string; weight: Weight }[] {
  const keys: { style: string; weight: Weight }[] = [];
  for (let w = 100; w <= 900; w += 100) {
    const weight = w >= 600 ? 700 : 400;
    for (const italic of [false, true]) {
      const style = w === 400 ? (italic ? 'italic' : 'normal') : w === 700 ? (italic ? 'bolditalic' : 'bold') : `${w}${italic ? 'italic' : 'normal'}`;
      keys.push({ style, weight });
    }
  }
  return keys;
}

export interface Pdf {
  doc: jsPDF;
  hasGlyph: (codePoint: number) => boolean;
  /** The symbols face is embedded (some text needs it). */
  symbols: boolean;
  load: FontLoader;
}

async function register(doc: jsPDF, family: string, file: (w: Weight) => Promise<Uint8Array>) {
  const bytes = await Promise.all([file(400), file(700)]);
  ([400, 700] as const).forEach((w, i) => doc.addFileToVFS(`${family}-${w}.ttf`, bytesToBase64(bytes[i])));
  for (const { style, weight } of fontStyleKeys()) doc.addFont(`${family}-${weight}.ttf`, family, style);
}

/** A jsPDF document with the fonts embedded and the metadata set; `texts` decides whether symbols are needed. */
export async function newPdf(format: [number, number], opts: PdfOptions, texts: string[]): Promise<Pdf> {
  const { jsPDF } = await import('jspdf');
  const load = opts.load ?? fetchFont;
  const doc = new jsPDF({ unit: 'pt', format, orientation: format[0] >= format[1] ? 'landscape' : 'portrait', compress: true, putOnlyUsedFonts: true });
  await register(doc, FONT_FAMILY, (w) => ttfBytes(w, load));
  doc.setFont(FONT_FAMILY, 'normal');
  const cmap = doc.getFont().metadata as { characterToGlyph(c: number): number };
  const hasGlyph = (c: number) => cmap.characterToGlyph(c) !== 0;
  const symbols = texts.some((t) => needsFallback(nfc(t), hasGlyph));
  if (symbols) await register(doc, SYMBOLS_FAMILY, (w) => symbolsTtfBytes(w, load));
  doc.setFont(FONT_FAMILY, 'normal');
  doc.setProperties({ title: nfc(opts.title), author: nfc(opts.author ?? ''), subject: nfc(opts.subject ?? ''), creator: 'chiso' });
  doc.setLanguage('vi');
  return { doc, hasGlyph, symbols, load };
}

export function nfc(s: string): string {
  return s.normalize('NFC');
}

/** One line of text at (x, y), each run in the face that has its glyphs. */
export function drawText(pdf: Pdf, text: string, x: number, y: number, align: 'left' | 'center' | 'right', style: Style) {
  const { doc } = pdf;
  const runs = pdf.symbols ? glyphRuns(nfc(text), pdf.hasGlyph) : [{ text: nfc(text), fallback: false }];
  const face = (fallback: boolean) => doc.setFont(fallback ? SYMBOLS_FAMILY : FONT_FAMILY, style);
  const widths = runs.map((r) => (face(r.fallback), doc.getTextWidth(r.text)));
  const total = widths.reduce((a, b) => a + b, 0);
  let at = align === 'left' ? x : align === 'center' ? x - total / 2 : x - total;
  runs.forEach((r, i) => {
    face(r.fallback);
    doc.text(r.text, at, y);
    at += widths[i];
  });
  doc.setFont(FONT_FAMILY, style);
}

/** Wraps the headline at `pt`, shrinking once when it would take more than two lines. */
function headlineLines(doc: jsPDF, text: string, maxWidth: number, pt: number, minPt: number): { lines: string[]; pt: number } {
  doc.setFont(FONT_FAMILY, 'bold');
  let lines: string[] = [];
  for (const size of [pt, minPt]) {
    doc.setFontSize(size);
    lines = doc.splitTextToSize(nfc(text), maxWidth) as string[];
    if (lines.length <= 2) return { lines, pt: size };
  }
  return { lines, pt: minPt };
}

/** Text nodes with characters Noto Sans lacks: those characters go into tspans in the symbols face. */
function splitSymbolRuns(root: Element, hasGlyph: (c: number) => boolean) {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement?.localName;
    if ((parent === 'text' || parent === 'tspan') && needsFallback(n.nodeValue ?? '', hasGlyph)) nodes.push(n as Text);
  }
  for (const node of nodes) {
    const parts = glyphRuns(node.nodeValue ?? '', hasGlyph).map((r) => {
      if (!r.fallback) return root.ownerDocument.createTextNode(r.text);
      const span = root.ownerDocument.createElementNS(SVG_NS, 'tspan');
      span.setAttribute('style', `font-family:'${SYMBOLS_FAMILY}'`);
      span.textContent = r.text;
      return span;
    });
    node.replaceWith(...parts);
  }
}

/** Parses the SVG and draws it as vector into `box` (browser only: svg2pdf.js measures text with the DOM). */
export async function drawSvg(pdf: Pdf, svg: string, box: Box): Promise<void> {
  const [{ svg2pdf }, { ensureMeasuringFonts }] = await Promise.all([import('svg2pdf.js'), import('./measuringFonts')]);
  const parsed = new DOMParser().parseFromString(stripFontFaces(svg), 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.localName !== 'svg' || parsed.getElementsByTagName('parsererror').length) throw new Error('SVG không đọc được');
  // Draw what the reader would type: composed characters (one glyph each), never base letter + combining mark.
  const walker = parsed.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue) n.nodeValue = nfc(n.nodeValue);
  if (pdf.symbols) splitSymbolRuns(root, pdf.hasGlyph);
  await ensureMeasuringFonts(pdf.load, pdf.symbols);
  // svg2pdf.js sets a font only where an element's differs from its parent's: start from SVG's defaults, not
  // from whatever the page drew last (a bold headline would make every unstyled text bold).
  pdf.doc.setFont(FONT_FAMILY, 'normal');
  pdf.doc.setTextColor('#000000');
  await svg2pdf(root, pdf.doc, { x: box.x, y: box.y, width: box.width, height: box.height });
}

function drawFooter(pdf: Pdf, left: string, page: number, pages: number, y: number) {
  const P = SLIDE_PAGE;
  pdf.doc.setFontSize(P.footerPt);
  pdf.doc.setTextColor(MUTED);
  if (left) drawText(pdf, (pdf.doc.splitTextToSize(nfc(left), P.width / 2) as string[])[0], P.margin, y, 'left', 'normal');
  drawText(pdf, `${page}/${pages}`, P.width - P.margin, y, 'right', 'normal');
}

/** A slide with its headline drawn above the chart (or centred, without one), notes if asked, and a footer. */
async function drawHeadlineSlide(pdf: Pdf, slide: PdfSlide, page: number, pages: number, opts: PdfOptions) {
  const P = SLIDE_PAGE;
  const { doc } = pdf;
  const hasChart = slide.svg.trim() !== '';
  const textWidth = P.width - 2 * P.margin;
  const head = headlineLines(doc, slide.title, textWidth, hasChart ? P.titlePt : P.coverPt, hasChart ? P.titleMinPt : P.titlePt);
  doc.setFont(FONT_FAMILY, 'normal');
  doc.setFontSize(P.notesPt);
  const notes = opts.notes && slide.notes?.trim() ? (doc.splitTextToSize(nfc(slide.notes.trim()), textWidth) as string[]).slice(0, 6) : [];
  const at = slideLayout({ titleLines: head.lines.length, titlePt: head.pt, notesLines: notes.length, hasChart });
  doc.setFontSize(head.pt);
  doc.setTextColor(INK);
  head.lines.forEach((line, k) => drawText(pdf, line, hasChart ? P.margin : P.width / 2, at.titleY + k * at.titleStep, hasChart ? 'left' : 'center', 'bold'));
  if (hasChart && at.chartBox) await drawSvg(pdf, slide.svg, fitContain(svgSize(slide.svg), at.chartBox, 'top'));
  doc.setFontSize(P.notesPt);
  doc.setTextColor(MUTED);
  notes.forEach((line, k) => drawText(pdf, line, P.margin, at.notesY + k * P.notesPt * P.leading, 'left', 'normal'));
  drawFooter(pdf, opts.title, page, pages, at.footerY);
}

/** A notes page: the whole slide on top, its speaker notes below (every line that fits), page number. */
async function drawNotesPage(pdf: Pdf, slide: PdfSlide, page: number, pages: number, opts: PdfOptions) {
  const P = NOTES_PAGE;
  const { doc } = pdf;
  const at = notesPageLayout(svgSize(slide.svg));
  await drawSvg(pdf, slide.svg, at.slideBox);
  doc.setDrawColor('#9aa5b1');
  doc.setLineWidth(0.5);
  doc.rect(at.slideBox.x, at.slideBox.y, at.slideBox.width, at.slideBox.height);
  doc.setFont(FONT_FAMILY, 'normal');
  doc.setFontSize(P.notesPt);
  const text = slide.notes?.trim() ?? '';
  const lines = text
    ? text.split(/\n+/).flatMap((para) => doc.splitTextToSize(nfc(para), P.width - 2 * P.margin) as string[])
    : ['(Trang này chưa có ghi chú.)'];
  // A note longer than the page keeps what fits and says that the rest is in the editor.
  const shown = lines.length > at.maxLines ? [...lines.slice(0, Math.max(0, at.maxLines - 1)), '… (còn tiếp trong trang soạn bài trình bày)'] : lines;
  doc.setTextColor(text ? INK : MUTED);
  shown.forEach((line, k) => drawText(pdf, line, P.margin, at.notesY + k * P.notesPt * P.leading, 'left', 'normal'));
  doc.setFontSize(P.footerPt);
  doc.setTextColor(MUTED);
  drawText(pdf, (doc.splitTextToSize(nfc(opts.title), P.width / 2) as string[])[0] ?? '', P.margin, at.footerY, 'left', 'normal');
  drawText(pdf, `${page}/${pages}`, P.width - P.margin, at.footerY, 'right', 'normal');
}

/**
 * The deck with its speaker notes: one A4 portrait page per slide, the slide (whole, as slideToSvg draws it)
 * on top and its notes below. For the presenter's own hands, never the audience's.
 */
export async function deckNotesToPdf(slides: readonly PdfSlide[], opts: PdfOptions): Promise<Uint8Array<ArrayBuffer>> {
  if (slides.length === 0) throw new Error('Bài trình bày chưa có trang nào');
  const P = NOTES_PAGE;
  const texts = [opts.title, '(Trang này chưa có ghi chú.)… (còn tiếp trong trang soạn bài trình bày)', ...slides.flatMap((s) => [s.title, s.notes ?? '', s.svg ? svgTextContent(s.svg) : ''])];
  const pdf = await newPdf([P.width, P.height], { ...opts, notes: true }, texts);
  for (const [i, slide] of slides.entries()) {
    if (i > 0) pdf.doc.addPage([P.width, P.height], 'portrait');
    await drawNotesPage(pdf, slide, i + 1, slides.length, opts);
    if (slide.title.trim()) pdf.doc.outline.add(null, nfc(slide.title), { pageNumber: i + 1 });
  }
  return new Uint8Array(pdf.doc.output('arraybuffer'));
}

/** The deck as PDF bytes: one 16:9 landscape page per slide, in order, each with a bookmark. */
export async function deckToPdf(slides: readonly PdfSlide[], opts: PdfOptions): Promise<Uint8Array<ArrayBuffer>> {
  if (slides.length === 0) throw new Error('Bài trình bày chưa có trang nào');
  const P = SLIDE_PAGE;
  const texts = [opts.title, ...slides.flatMap((s) => [s.title, opts.notes ? (s.notes ?? '') : '', s.svg ? svgTextContent(s.svg) : ''])];
  const pdf = await newPdf([P.width, P.height], opts, texts);
  for (const [i, slide] of slides.entries()) {
    if (i > 0) pdf.doc.addPage([P.width, P.height], 'landscape');
    if (slide.svg.trim() && opts.fullSlide) await drawSvg(pdf, slide.svg, fitContain(svgSize(slide.svg), { x: 0, y: 0, width: P.width, height: P.height }));
    else await drawHeadlineSlide(pdf, slide, i + 1, slides.length, opts);
    if (slide.title.trim()) pdf.doc.outline.add(null, nfc(slide.title), { pageNumber: i + 1 });
  }
  return new Uint8Array(pdf.doc.output('arraybuffer'));
}

/** One chart as PDF bytes: a page the size of its standalone SVG (1 px = 0.75 pt), vector, nothing added. */
export async function chartToPdf(svg: string, opts: PdfOptions): Promise<Uint8Array<ArrayBuffer>> {
  const size = svgSize(svg);
  const page: Box = { x: 0, y: 0, width: size.width * PT_PER_PX, height: size.height * PT_PER_PX };
  const pdf = await newPdf([page.width, page.height], opts, [opts.title, svgTextContent(svg)]);
  await drawSvg(pdf, svg, page);
  return new Uint8Array(pdf.doc.output('arraybuffer'));
}
