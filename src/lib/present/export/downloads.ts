// Browser only. What the buttons call: a deck or a chart saved as PDF, SVG or PNG, named from its title.
// Loaded with import() on click, so jsPDF and svg2pdf.js never weigh on a page load.
import { saveBlob } from '../../charts/export/download';
import type { LegendItem } from '../../charts/legendItems';
import { slugify } from '../../text/vietnamese';
import { chartToPdf, deckNotesToPdf, deckToPdf, type PdfOptions, type PdfSlide } from './pdf';
import { svgToPng } from './png';
import { svgToStandalone } from './standalone';

export type ExportKind = 'pdf' | 'svg' | 'png';

/** "Hội nghị PCI 2015" → "hoi-nghi-pci-2015.pdf" (same rule as charts/export/fileName.ts). */
export function exportFileName(title: string, ext: ExportKind): string {
  return `${slugify(title).slice(0, 80) || 'bai-trinh-bay'}.${ext}`;
}

/** What a deck must give to become a PDF. The deck keeps its own shape; it maps its slides to these. */
export interface DeckForPdf {
  title: string;
  author?: string;
  slides: PdfSlide[];
}

export async function deckPdfBlob(deck: DeckForPdf, opts: Omit<PdfOptions, 'title' | 'author'> = {}): Promise<Blob> {
  const bytes = await deckToPdf(deck.slides, { ...opts, title: deck.title, author: deck.author });
  return new Blob([bytes], { type: 'application/pdf' });
}

/** Saves the deck as "<title>.pdf": one 16:9 page per slide, vector, Noto Sans embedded. */
export async function downloadDeckPdf(deck: DeckForPdf, opts: Omit<PdfOptions, 'title' | 'author'> = {}): Promise<void> {
  saveBlob(await deckPdfBlob(deck, opts), exportFileName(deck.title, 'pdf'));
}

/** Saves "<title>-ghi-chu.pdf": each slide on an A4 page with its speaker notes below. */
export async function downloadDeckNotesPdf(deck: DeckForPdf): Promise<void> {
  const bytes = await deckNotesToPdf(deck.slides, { title: deck.title, author: deck.author });
  saveBlob(new Blob([bytes], { type: 'application/pdf' }), exportFileName(`${deck.title} ghi chu`, 'pdf'));
}

/** A chart's live <svg> (inside ChartFrame) saved as PDF, SVG or PNG 2×, with title, legend, source and font. */
export async function downloadChart(kind: ExportKind, svg: SVGSVGElement | null | undefined, title: string, source: string, legend: LegendItem[] = []): Promise<void> {
  if (!svg) throw new Error('Không tìm thấy biểu đồ');
  const out = await svgToStandalone(svg, { title, source, legend });
  const name = exportFileName(title, kind);
  if (kind === 'svg') return saveBlob(new Blob([out.svg], { type: 'image/svg+xml;charset=utf-8' }), name);
  if (kind === 'png') return saveBlob(await svgToPng(out.svg, 2), name);
  const bytes = await chartToPdf(out.svg, { title, subject: source });
  saveBlob(new Blob([bytes], { type: 'application/pdf' }), name);
}

/** ChartFrame's PDF button: the chart as a one-page vector PDF. */
export function downloadChartPdf(svg: SVGSVGElement | null | undefined, title: string, source: string, legend: LegendItem[] = []): Promise<void> {
  return downloadChart('pdf', svg, title, source, legend);
}
