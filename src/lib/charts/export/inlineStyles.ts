// Browser only. A chart's <svg> styled by the page's CSS (classes, currentColor) → the same SVG with every
// style that affects drawing written on the element, so it looks the same as a file or on a canvas.
import type { LegendItem } from '../legendItems';
import { standaloneSvg } from './standaloneSvg';

/** Styles that change how an SVG element draws (chart CSS sets them by class); shared with slideToSvg. */
export const SVG_DRAW_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display'
];

/** The computed drawing styles of `from`, as a style attribute value. */
export function computedDrawStyle(from: Element): string {
  const cs = getComputedStyle(from);
  return SVG_DRAW_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
}

function inline(from: Element, to: Element) {
  const style = computedDrawStyle(from);
  to.setAttribute('style', style);
  // Focus and hover are screen states, not part of the picture.
  to.removeAttribute('tabindex');
  to.removeAttribute('class');
}

/** The chart's SVG with inlined styles, wrapped with its title, legend and source. */
export function serializeChart(svg: SVGSVGElement, title: string, source: string, legend: LegendItem[] = []): { svg: string; width: number; height: number } {
  const vb = svg.viewBox.baseVal;
  const width = vb && vb.width ? vb.width : svg.clientWidth;
  const height = vb && vb.height ? vb.height : svg.clientHeight;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inline(svg, clone);
  const src = svg.querySelectorAll('*');
  const dst = clone.querySelectorAll('*');
  for (let i = 0; i < src.length; i++) inline(src[i], dst[i]);
  clone.setAttribute('x', '0');
  clone.setAttribute('y', '0');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.style.removeProperty('display');
  const inner = new XMLSerializer().serializeToString(clone);
  return standaloneSvg({ inner, width, height, title, source, legend });
}
