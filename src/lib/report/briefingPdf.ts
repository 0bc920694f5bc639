// The briefing as PDF: A4 portrait, the administrative layout (margins 20/20/30/15 mm, body 13 pt),
// the same content as the .docx (briefingModel), charts drawn as vector by svg2pdf.js and every string in
// the embedded Noto Sans (present/export/pdf.ts). Browser only where a chart is drawn.
import { FONT_FAMILY, type FontLoader } from '../present/export/font';
import { drawSvg, drawText, newPdf, nfc, type Pdf } from '../present/export/pdf';
import { svgSize, svgTextContent } from '../present/export/svgText';
import { briefingTexts, columnWidths, type Block, type Briefing, type ChartId } from './briefingModel';

const MM = 72 / 25.4;
export const A4 = { width: 210 * MM, height: 297 * MM, top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const BODY_PT = 13;
const SMALL_PT = 11;
const LEADING = 1.3;
const INK = '#000000';
const MUTED = '#333333';

type Style = 'normal' | 'bold';

/** A cursor down the page that starts a new page when the next thing does not fit. */
class Flow {
  y = A4.top;
  readonly x = A4.left;
  readonly width = A4.width - A4.left - A4.right;
  constructor(readonly pdf: Pdf) {}
  fit(height: number) {
    if (this.y + height <= A4.height - A4.bottom) return;
    this.pdf.doc.addPage([A4.width, A4.height], 'portrait');
    this.y = A4.top;
  }
  lines(text: string, pt: number, width: number, style: Style = 'normal'): string[] {
    const { doc } = this.pdf;
    doc.setFont(FONT_FAMILY, style);
    doc.setFontSize(pt);
    return doc.splitTextToSize(nfc(text), width) as string[];
  }
  /** Wrapped text, left-aligned (or centred) within the column, page breaks between lines. */
  text(text: string, opts: { pt?: number; style?: Style; align?: 'left' | 'center'; indent?: number; colour?: string; after?: number } = {}) {
    const pt = opts.pt ?? BODY_PT;
    const style = opts.style ?? 'normal';
    const indent = opts.indent ?? 0;
    const step = pt * LEADING;
    const lines = this.lines(text, pt, this.width - indent, style);
    this.pdf.doc.setTextColor(opts.colour ?? INK);
    for (const line of lines) {
      this.fit(step);
      this.y += step;
      this.pdf.doc.setFontSize(pt);
      drawText(this.pdf, line, opts.align === 'center' ? this.x + this.width / 2 : this.x + indent, this.y - pt * 0.28, opts.align ?? 'left', style);
    }
    this.y += opts.after ?? pt * 0.45;
  }
}

function drawTable(f: Flow, t: Extract<Block, { kind: 'table' }>) {
  const { doc } = f.pdf;
  const pad = 3;
  const pt = SMALL_PT;
  const step = pt * 1.2;
  const widths = columnWidths(t.head, t.numeric, f.width);
  const cells = (row: readonly string[], style: Style) => row.map((c, i) => f.lines(c, pt, widths[i] - 2 * pad, style));
  const rowHeight = (ls: string[][]) => Math.max(...ls.map((l) => l.length)) * step + 2 * pad;
  const draw = (row: readonly string[], style: Style, fill: string | null) => {
    const ls = cells(row, style);
    const h = rowHeight(ls);
    let x = f.x;
    doc.setDrawColor('#000000');
    doc.setLineWidth(0.5);
    ls.forEach((lines, i) => {
      if (fill) {
        doc.setFillColor(fill);
        doc.rect(x, f.y, widths[i], h, 'FD');
      } else doc.rect(x, f.y, widths[i], h);
      doc.setFontSize(pt);
      doc.setTextColor(INK);
      lines.forEach((line, k) => {
        const y = f.y + pad + (k + 1) * step - pt * 0.25;
        if (t.numeric[i]) drawText(f.pdf, line, x + widths[i] - pad, y, 'right', style);
        else drawText(f.pdf, line, x + pad, y, 'left', style);
      });
      x += widths[i];
    });
    f.y += h;
  };
  f.text(t.caption, { pt: SMALL_PT, style: 'bold', after: 2 });
  const headHeight = rowHeight(cells(t.head, 'bold'));
  f.fit(headHeight + step * 2);
  draw(t.head, 'bold', '#e8e8e8');
  t.rows.forEach((row, r) => {
    const style: Style = t.strong?.includes(r) ? 'bold' : 'normal';
    const h = rowHeight(cells(row, style));
    if (f.y + h > A4.height - A4.bottom) {
      f.fit(A4.height);
      draw(t.head, 'bold', '#e8e8e8');
    }
    draw(row, style, null);
  });
  f.y += BODY_PT * 0.6;
}

/** The chart image carries its own title, legend and source (svgToStandalone); the caption numbers it. */
async function drawChart(f: Flow, svg: string, n: number) {
  const size = svgSize(svg);
  const width = f.width;
  const height = (size.height / size.width) * width;
  f.fit(height + BODY_PT * 2);
  await drawSvg(f.pdf, svg, { x: f.x, y: f.y, width, height });
  f.y += height + 2;
  f.text(`Hình ${n}`, { pt: SMALL_PT, align: 'center' });
}

/** The header: issuer and number on the left, Quốc hiệu, tiêu ngữ and place-date on the right. */
function drawHeader(f: Flow, b: Briefing) {
  const { doc } = f.pdf;
  const leftW = f.width * 0.42;
  const rightW = f.width - leftW;
  const lx = f.x + leftW / 2;
  const rx = f.x + leftW + rightW / 2;
  const top = f.y;
  const line = (text: string, x: number, y: number, pt: number, style: Style) => {
    doc.setFontSize(pt);
    drawText(f.pdf, text, x, y, 'center', style);
  };
  doc.setTextColor(INK);
  // Left: the issuer (may wrap), a short rule, the number.
  const issuer = f.lines(b.header.issuer, 12.5, leftW - 6, 'bold');
  let y = top;
  for (const l of issuer) line(l, lx, (y += 12.5 * LEADING), 12.5, 'bold');
  doc.setLineWidth(0.6);
  doc.line(lx - 32, y + 7, lx + 32, y + 7);
  line(b.header.number, lx, (y += 12.5 * LEADING + 10), 13, 'normal');
  // Right: Quốc hiệu, tiêu ngữ underlined, place and date.
  let ry = top;
  line(b.header.nation, rx, (ry += 12.5 * LEADING), 12, 'bold');
  line(b.header.motto, rx, (ry += 13 * LEADING), 13, 'bold');
  doc.setFont(FONT_FAMILY, 'bold');
  doc.setFontSize(13);
  const mw = doc.getTextWidth(nfc(b.header.motto));
  doc.line(rx - mw / 2, ry + 3, rx + mw / 2, ry + 3);
  line(b.header.placeDate, rx, (ry += 13 * LEADING + 8), 13, 'normal');
  f.y = Math.max(y, ry) + BODY_PT * 2;
}

/** Nơi nhận at the bottom left, the signature block at the right, left blank for the signer. */
function drawClosing(f: Flow, b: Briefing) {
  const { doc } = f.pdf;
  const height = (b.recipients.length + 2) * SMALL_PT * LEADING + BODY_PT * 6;
  f.fit(height);
  f.y += BODY_PT;
  const top = f.y;
  doc.setTextColor(INK);
  doc.setFontSize(12);
  drawText(f.pdf, b.recipientsTitle, f.x, top + 12, 'left', 'bold');
  doc.setFontSize(SMALL_PT);
  b.recipients.forEach((r, i) => drawText(f.pdf, r, f.x, top + 12 + (i + 1) * SMALL_PT * LEADING, 'left', 'normal'));
  const cx = f.x + f.width * 0.72;
  doc.setFontSize(13);
  drawText(f.pdf, '……………………………', cx, top + 13, 'center', 'bold');
  drawText(f.pdf, '……………………………', cx, top + 13 + BODY_PT * 6, 'center', 'bold');
  f.y = top + height;
}

/** The briefing as PDF bytes; `charts` holds standalone SVGs (svgToStandalone), a chart without one is left out. */
export async function briefingToPdf(b: Briefing, charts: Partial<Record<ChartId, { svg: string }>>, load?: FontLoader): Promise<Uint8Array<ArrayBuffer>> {
  const svgs = Object.values(charts).map((c) => (c ? svgTextContent(c.svg) : ''));
  const texts = [b.header.issuer, b.header.placeDate, b.subject, ...briefingTexts(b), ...b.recipients, ...svgs, '……'];
  const pdf = await newPdf([A4.width, A4.height], { title: `${b.title} ${b.subject}`, subject: b.source, author: b.header.issuer, load }, texts);
  const f = new Flow(pdf);
  drawHeader(f, b);
  f.text(b.title, { pt: 14, style: 'bold', align: 'center', after: 0 });
  f.text(b.subject, { pt: 14, style: 'bold', align: 'center', after: BODY_PT });
  let figure = 0;
  for (const block of b.blocks) {
    switch (block.kind) {
      case 'heading':
        f.fit(BODY_PT * 4);
        f.y += BODY_PT * 0.4;
        f.text(block.text, { style: 'bold' });
        break;
      case 'paragraph':
        f.text(block.text, block.tone === 'note' ? { pt: 12, colour: MUTED } : block.tone === 'label' ? { style: 'bold', pt: 12 } : {});
        break;
      case 'list':
        for (const item of block.items) f.text(`- ${item}`, { indent: 0 });
        break;
      case 'table':
        drawTable(f, block);
        break;
      case 'chart': {
        const c = charts[block.chart];
        if (c) await drawChart(f, c.svg, ++figure);
        break;
      }
    }
  }
  drawClosing(f, b);
  // Page numbers from the second page, at the top centre (as administrative documents number them).
  const pages = pdf.doc.getNumberOfPages();
  for (let p = 2; p <= pages; p++) {
    pdf.doc.setPage(p);
    pdf.doc.setFontSize(SMALL_PT);
    pdf.doc.setTextColor(INK);
    drawText(pdf, String(p), A4.width / 2, A4.top / 2 + 4, 'center', 'normal');
  }
  return new Uint8Array(pdf.doc.output('arraybuffer'));
}
