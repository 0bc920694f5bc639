// Browser only. A slide as laid out on screen → one SVG (viewBox 0 0 1280 720): text where the browser
// put it (one <text> per line, same font, size, weight and colour), the charts' own SVG with their
// computed styles written on every element, and filled boxes (progress bar, legend swatches).
// What the single-file deck shows: the picture of the slide, vector, with no page CSS behind it.

import { computedDrawStyle } from '../charts/export/inlineStyles';
import { boxPaint } from './boxPaint';
import { escapeMarkup as esc, svgNumber as num } from '../text/markup';

const SVG_NS = 'http://www.w3.org/2000/svg';



interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function inlineSvg(svg: SVGSVGElement, box: Box): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const copy = (from: Element, to: Element) => {
    to.setAttribute('style', computedDrawStyle(from));
    to.removeAttribute('class');
    to.removeAttribute('tabindex');
    to.removeAttribute('role');
    to.removeAttribute('data-tip');
  };
  copy(svg, clone);
  const src = svg.querySelectorAll('*');
  const dst = clone.querySelectorAll('*');
  for (let i = 0; i < src.length; i++) copy(src[i], dst[i]);
  // <title>/<desc> stay (they name the chart for screen readers); ids made unique per slide by the caller.
  clone.setAttribute('x', num(box.x));
  clone.setAttribute('y', num(box.y));
  clone.setAttribute('width', num(box.width));
  clone.setAttribute('height', num(box.height));
  clone.removeAttribute('aria-labelledby');
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${num(svg.clientWidth)} ${num(svg.clientHeight)}`);
  return new XMLSerializer().serializeToString(clone);
}

const visible = (cs: CSSStyleDeclaration) => cs.display !== 'none' && cs.visibility !== 'hidden' && parseFloat(cs.opacity || '1') > 0;


/**
 * @param root the slide element (1280 × 720 slide px, possibly scaled on screen)
 * @param background the slide's background colour
 */
export function slideToSvg(root: HTMLElement, background: string, idPrefix = 's'): string {
  const rootBox = root.getBoundingClientRect();
  const k = rootBox.width / 1280 || 1;
  const rel = (r: DOMRect): Box => ({ x: (r.left - rootBox.left) / k, y: (r.top - rootBox.top) / k, width: r.width / k, height: r.height / k });
  const out: string[] = [];
  let boxes = 0;

  // An element inside a scaled box (a chart is drawn small and scaled up): its computed font size is
  // before that scale, so the text is written at size × (on-screen width / layout width) / k.
  const scaleOf = (el: HTMLElement) => (el.offsetWidth > 0 ? el.getBoundingClientRect().width / el.offsetWidth / k : 1);

  const text = (node: Text, cs: CSSStyleDeclaration, zoom: number) => {
    const content = node.data;
    if (!content.trim()) return;
    // One <text> per line box: words grouped by the line the browser put them on.
    const range = document.createRange();
    const words: { text: string; box: Box }[] = [];
    const re = /\S+/g;
    for (let m = re.exec(content); m; m = re.exec(content)) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const r = range.getClientRects()[0];
      if (r && r.width > 0) words.push({ text: m[0], box: rel(r) });
    }
    const lines: { y: number; x: number; bottom: number; words: string[] }[] = [];
    for (const w of words) {
      const line = lines.find((l) => Math.abs(l.y - w.box.y) < w.box.height / 2);
      if (line) line.words.push(w.text);
      else lines.push({ y: w.box.y, x: w.box.x, bottom: w.box.y + w.box.height, words: [w.text] });
    }
    const size = parseFloat(cs.fontSize) * zoom;
    const attrs = `font-family="${esc(cs.fontFamily)}" font-size="${num(size)}" font-weight="${esc(cs.fontWeight)}" fill="${esc(cs.color)}"${
      cs.fontVariantNumeric && cs.fontVariantNumeric !== 'normal' ? ` font-variant-numeric="${esc(cs.fontVariantNumeric)}"` : ''
    }`;
    for (const l of lines) {
      // The text's box is ascent + descent; Noto Sans' descent is 0.293 em.
      const baseline = l.bottom - 0.293 * size;
      out.push(`<text x="${num(l.x)}" y="${num(baseline)}" ${attrs} xml:space="preserve">${esc(l.words.join(' '))}</text>`);
    }
  };

  const walk = (el: Element) => {
    const cs = getComputedStyle(el);
    if (!visible(cs)) return;
    if (el instanceof SVGSVGElement) {
      const box = rel(el.getBoundingClientRect());
      if (box.width > 0 && box.height > 0) out.push(inlineSvg(el, box));
      return;
    }
    // A picture (image slide): drawn where the browser put it, fitted as object-fit: contain fits it.
    if (el instanceof HTMLImageElement) {
      const box = rel(el.getBoundingClientRect());
      if (box.width > 0 && box.height > 0 && el.src.startsWith('data:image/'))
        out.push(`<image href="${esc(el.src)}" x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" preserveAspectRatio="xMidYMid meet"/>`);
      return;
    }
    if (el !== root && el instanceof HTMLElement) {
      const paint = boxPaint(cs, rel(el.getBoundingClientRect()), `box${boxes++}`);
      if (paint) out.push(paint);
    }
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text(child as Text, cs, el instanceof HTMLElement ? scaleOf(el) : 1);
      else if (child.nodeType === Node.ELEMENT_NODE) walk(child as Element);
    }
  };
  walk(root);
  // Ids inside charts (gradients, patterns, title ids) must stay unique once many slides share a page.
  const body = out.join('\n').replace(/\bid="([^"]+)"/g, `id="${idPrefix}-$1"`).replace(/url\(#([^)]+)\)/g, `url(#${idPrefix}-$1)`).replace(/url\(&quot;#([^&]+)&quot;\)/g, `url(#${idPrefix}-$1)`);
  return `<svg xmlns="${SVG_NS}" viewBox="0 0 1280 720" preserveAspectRatio="xMidYMid meet" role="img"><rect width="1280" height="720" fill="${esc(background)}"/>\n${body}\n</svg>`;
}
