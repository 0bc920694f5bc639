// Shared by the export tests (unit and browser): fonts read from disk the way the app fetches them, and
// PDFs read back with pdf.js (legacy build, runs in Node) — page count, sizes, text, and a page as PNG.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FontLoader } from '../../../src/lib/present/export/font';

/** Vite gives `?url` imports as "/node_modules/…" or "/@fs/abs/path" under Vitest: read that file. */
export const diskFontLoader: FontLoader = async (url) => {
  const file = url.startsWith('/@fs/') ? url.slice(4) : path.join(process.cwd(), decodeURIComponent(url.split('?')[0]));
  return new Uint8Array(await readFile(file));
};

export interface PdfPageInfo {
  width: number;
  height: number;
  text: string;
  /** Operators that paint a raster image: 0 on a vector page. */
  images: number;
  /** Path-painting operators (fill, stroke): a vector chart has many. */
  paths: number;
}

export interface PdfInfo {
  pages: PdfPageInfo[];
  title: string;
  author: string;
  outline: string[];
  /** Font names embedded (BaseFont, e.g. "ABCDEF+NotoSans-Regular"). */
  fonts: string[];
}

async function pdfjs() {
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

export async function readPdf(bytes: Uint8Array): Promise<PdfInfo> {
  const { getDocument, OPS } = await pdfjs();
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPageInfo[] = [];
  const fonts = new Set<string>();
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    const text = content.items.map((t) => ('str' in t ? t.str + (t.hasEOL ? '\n' : '') : '')).join('');
    const ops = await page.getOperatorList();
    const images = ops.fnArray.filter((f) => f === OPS.paintImageXObject || f === OPS.paintInlineImageXObject || f === OPS.paintImageMaskXObject).length;
    const paths = ops.fnArray.filter((f) => f === OPS.constructPath || f === OPS.fill || f === OPS.stroke || f === OPS.eoFill).length;
    for (const [k, f] of ops.fnArray.entries()) if (f === OPS.setFont) fonts.add(String((ops.argsArray[k] as unknown[])[0]));
    pages.push({ width, height, text, images, paths });
  }
  const meta = (await doc.getMetadata()).info as Record<string, string>;
  const outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
  const fontNames: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    await page.getOperatorList();
    for (const id of fonts) {
      try {
        const f = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: string }) : null;
        if (f?.name && !fontNames.includes(f.name)) fontNames.push(f.name);
      } catch {
        /* not on this page */
      }
    }
  }
  await doc.destroy();
  return { pages, title: meta.Title ?? '', author: meta.Author ?? '', outline, fonts: fontNames };
}

/** Renders one page to PNG bytes with pdf.js on @napi-rs/canvas (pdf.js's own Node canvas). */
export async function renderPdfPage(bytes: Uint8Array, pageNumber = 1, scale = 1.5): Promise<Buffer> {
  const { getDocument } = await pdfjs();
  const { createCanvas } = await import('@napi-rs/canvas');
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const page = await doc.getPage(pageNumber);
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: canvas.getContext('2d') as unknown as CanvasRenderingContext2D, viewport }).promise;
  const png = canvas.toBuffer('image/png');
  await doc.destroy();
  return png;
}

/** Share of dark pixels (any channel < 110) in a region of a PNG: text drawn there shows as ink. */
export async function darkShare(png: Uint8Array, region: { x: number; y: number; width: number; height: number }): Promise<number> {
  const { loadImage, createCanvas } = await import('@napi-rs/canvas');
  const img = await loadImage(Buffer.from(png));
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const d = ctx.getImageData(region.x, region.y, region.width, region.height).data;
  let dark = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i] < 110 && d[i + 1] < 110 && d[i + 2] < 110) dark++;
  return dark / (region.width * region.height);
}
