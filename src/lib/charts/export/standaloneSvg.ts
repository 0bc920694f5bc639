// A chart's SVG made to stand alone as a file: white background, its title above, its source below.
// Pure: the DOM side (computed styles inlined into `inner`) is in inlineStyles.ts.
import { legendMarkSvg, type LegendItem } from '../legendItems';

export const EXPORT_LAYOUT = Object.freeze({ pad: 16, titlePx: 16, titleLine: 21, sourcePx: 11, sourceLine: 15, gap: 10, legendPx: 12, legendLine: 20 });

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Greedy word wrap by an estimated glyph width (no layout engine here); never splits a word. */
export function wrapText(text: string, maxWidth: number, fontPx: number): string[] {
  const perLine = Math.max(8, Math.floor(maxWidth / (fontPx * 0.56)));
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (cur && cur.length + 1 + word.length > perLine) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(cur);
  return lines;
}

export interface StandaloneParts {
  /** The chart's own <svg> element, serialised, with x/y/width/height set and styles inlined. */
  inner: string;
  width: number;
  height: number;
  title: string;
  /** "Nguồn: VCCI …" */
  source: string;
  /** The legend shown beside the chart on screen (HTML there), drawn into the file so it stands alone. */
  legend?: LegendItem[];
}

/** Legend items flowed into rows that fit the width; x offsets per item. */
export function legendRows(items: readonly LegendItem[], maxWidth: number, fontPx: number): { item: LegendItem; x: number }[][] {
  const rows: { item: LegendItem; x: number }[][] = [];
  let row: { item: LegendItem; x: number }[] = [];
  let x = 0;
  for (const item of items) {
    const w = 28 + item.label.length * fontPx * 0.56 + 16;
    if (row.length && x + w > maxWidth) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ item, x });
    x += w;
  }
  if (row.length) rows.push(row);
  return rows;
}

export function standaloneSvg(p: StandaloneParts): { svg: string; width: number; height: number } {
  const L = EXPORT_LAYOUT;
  const textWidth = p.width - 2 * L.pad;
  const titleLines = wrapText(p.title, textWidth, L.titlePx);
  const sourceLines = wrapText(p.source, textWidth, L.sourcePx);
  const legend = legendRows(p.legend ?? [], textWidth, L.legendPx);
  const top = L.pad + titleLines.length * L.titleLine + L.gap;
  const legendTop = top + p.height + L.gap;
  const height = Math.ceil(legendTop + legend.length * L.legendLine + (legend.length ? L.gap : 0) + sourceLines.length * L.sourceLine + L.pad);
  const font = `font-family="'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif"`;
  const title = titleLines
    .map((l, i) => `<text x="${L.pad}" y="${L.pad + (i + 0.8) * L.titleLine}" font-size="${L.titlePx}" font-weight="700" fill="#1f2933">${escapeXml(l)}</text>`)
    .join('');
  const legendSvg = legend
    .flatMap((row, r) =>
      row.map(
        ({ item, x }) =>
          `<g transform="translate(${L.pad + x},${legendTop + r * L.legendLine})"><g transform="translate(0,2)">${legendMarkSvg(item.mark, item.colour)}</g>` +
          `<text x="28" y="12" font-size="${L.legendPx}" fill="#1f2933">${escapeXml(item.label)}</text></g>`
      )
    )
    .join('');
  const sourceTop = legendTop + legend.length * L.legendLine + (legend.length ? L.gap : 0);
  const source = sourceLines
    .map((l, i) => `<text x="${L.pad}" y="${sourceTop + (i + 0.8) * L.sourceLine}" font-size="${L.sourcePx}" fill="#5f6b7a">${escapeXml(l)}</text>`)
    .join('');
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${p.width}" height="${height}" viewBox="0 0 ${p.width} ${height}" ${font}>` +
    `<title>${escapeXml(p.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<g class="export-title">${title}</g>` +
    `<g transform="translate(0,${top})">${p.inner}</g>` +
    `<g class="export-legend">${legendSvg}</g>` +
    `<g class="export-source">${source}</g>` +
    `</svg>`;
  return { svg, width: p.width, height };
}
