// Browser only. The briefing page's two buttons: the charts taken from the preview (their live SVG,
// made standalone with the shipped font), then the .docx (2× PNG) or the PDF (vector), saved by name.
import { saveBlob } from '../charts/export/download';
import type { LegendItem } from '../charts/legendItems';
import { svgToPng } from '../present/export/png';
import { svgToStandalone, type StandaloneSvg } from '../present/export/standalone';
import type { Briefing, ChartId } from './briefingModel';

/** Each chart the briefing references, from `[data-briefing-chart="<id>"] svg` inside `root`. */
async function chartsOf(b: Briefing, root: ParentNode, legends: Partial<Record<ChartId, LegendItem[]>>): Promise<Partial<Record<ChartId, StandaloneSvg>>> {
  const out: Partial<Record<ChartId, StandaloneSvg>> = {};
  for (const block of b.blocks) {
    if (block.kind !== 'chart') continue;
    const svg = root.querySelector<SVGSVGElement>(`[data-briefing-chart="${block.chart}"] svg`);
    if (!svg) throw new Error(`Không tìm thấy biểu đồ "${block.title}" trong bản xem trước`);
    out[block.chart] = await svgToStandalone(svg, { title: block.title, source: b.source, legend: legends[block.chart] ?? [] });
  }
  return out;
}

export async function briefingDocxBlob(b: Briefing, root: ParentNode, legends: Partial<Record<ChartId, LegendItem[]>> = {}): Promise<Blob> {
  const [{ briefingToDocx }, charts] = await Promise.all([import('./briefingDocx'), chartsOf(b, root, legends)]);
  const pngs: Parameters<typeof briefingToDocx>[1] = {};
  for (const [id, c] of Object.entries(charts) as [ChartId, StandaloneSvg][]) {
    pngs[id] = { png: new Uint8Array(await (await svgToPng(c.svg, 2)).arrayBuffer()), width: c.width, height: c.height };
  }
  return briefingToDocx(b, pngs);
}

export async function briefingPdfBlob(b: Briefing, root: ParentNode, legends: Partial<Record<ChartId, LegendItem[]>> = {}): Promise<Blob> {
  const [{ briefingToPdf }, charts] = await Promise.all([import('./briefingPdf'), chartsOf(b, root, legends)]);
  return new Blob([await briefingToPdf(b, charts)], { type: 'application/pdf' });
}

export async function downloadBriefing(kind: 'docx' | 'pdf', b: Briefing, root: ParentNode, legends: Partial<Record<ChartId, LegendItem[]>> = {}): Promise<void> {
  const blob = kind === 'docx' ? await briefingDocxBlob(b, root, legends) : await briefingPdfBlob(b, root, legends);
  saveBlob(blob, `${b.fileName}.${kind}`);
}
