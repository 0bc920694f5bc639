// A chart or slide SVG made into a file that stands alone anywhere, offline: title, legend and source around it
// (charts/export/standaloneSvg.ts, shared with ChartFrame's downloads) and the Noto Sans faces it uses embedded
// as data: URLs, so diacritics draw in the shipped font on a machine that has never seen the app.
import { serializeChart } from '../../charts/export/inlineStyles';
import { standaloneSvg } from '../../charts/export/standaloneSvg';
import type { LegendItem } from '../../charts/legendItems';
import { embeddedFontCss, fetchFont, type EmbeddedWeight, type FontLoader } from './font';
import { svgSize, svgTextContent, usesBold, withFontFaces } from './svgText';

export interface StandaloneOptions {
  title: string;
  /** "Nguồn: VCCI …" */
  source: string;
  legend?: LegendItem[];
  load?: FontLoader;
}

export interface StandaloneSvg {
  svg: string;
  width: number;
  height: number;
}

/** Already made by standaloneSvg (or by this module): wrapping it again would stack two titles. */
export function isStandalone(svg: string): boolean {
  return svg.includes('<g class="export-title">');
}

/** A chart's serialised <svg> as the `inner` part standaloneSvg expects: no XML declaration, placed at 0,0. */
export function asInner(svg: string): { inner: string; width: number; height: number } {
  const { width, height } = svgSize(svg);
  const body = svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '');
  const inner = body.replace(/<svg\b[^>]*>/, (tag) => {
    const rest = tag.replace(/\s(x|y|width|height)\s*=\s*("[^"]*"|'[^']*')/g, '').replace(/^<svg/, '');
    return `<svg x="0" y="0" width="${width}" height="${height}"${rest}`;
  });
  return { inner, width, height };
}

/** Pure: a standalone SVG as is, or a raw chart SVG wrapped with its title, legend and source. */
export function wrapStandalone(svg: string, opts: Omit<StandaloneOptions, 'load'>): StandaloneSvg {
  if (isStandalone(svg)) return { svg, ...svgSize(svg) };
  return standaloneSvg({ ...asInner(svg), title: opts.title, source: opts.source, legend: opts.legend });
}

/**
 * The SVG file for a chart or slide: from the live <svg> element (computed styles inlined, browser only) or
 * from a serialised SVG string. A string that is already standalone keeps its own title and source.
 * Embeds the regular face, the bold one when some text is bold, and only the subsets its text needs.
 */
export async function svgToStandalone(svg: SVGSVGElement | string, opts: StandaloneOptions): Promise<StandaloneSvg> {
  const out = typeof svg === 'string' ? wrapStandalone(svg, opts) : serializeChart(svg, opts.title, opts.source, opts.legend ?? []);
  const weights: EmbeddedWeight[] = usesBold(out.svg) ? [400, 700] : [400];
  const css = await embeddedFontCss({ text: svgTextContent(out.svg), weights, load: opts.load ?? fetchFont });
  return { ...out, svg: withFontFaces(out.svg, css) };
}
