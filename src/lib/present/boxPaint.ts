// How an HTML box (a legend swatch, the progress bar) is drawn in the slide's SVG picture: its fill, its
// border as a stroke — dashed and dotted kept — and a repeating-linear-gradient background (the DDCI
// legend's hatched "không áp dụng") as an SVG <pattern>. Pure: it reads computed-style strings.
import { escapeMarkup as esc, svgNumber as num } from '../text/markup';

export interface BoxStyle {
  backgroundColor: string;
  backgroundImage: string;
  borderTopWidth: string;
  borderTopStyle: string;
  borderTopColor: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}


export function isPaint(c: string): boolean {
  return !!c && c !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(c);
}

interface Stripe {
  colour: string;
  from: number;
  to: number;
}

/**
 * A computed `repeating-linear-gradient(45deg, rgb(…) 0px, rgb(…) 3px, rgb(…) 3px, rgb(…) 4.5px)` as its
 * angle and the bands of one period; null for anything else (a smooth gradient has no bands to draw).
 */
export function readStripes(image: string): { angle: number; period: number; stripes: Stripe[] } | null {
  const m = /^repeating-linear-gradient\((.*)\)$/.exec(image.trim());
  if (!m) return null;
  // Split on commas outside parentheses.
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of m[1]) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  parts.push(cur.trim());
  let angle = 180; // CSS default: to bottom
  const first = /^(-?[\d.]+)deg$/.exec(parts[0]);
  if (first) {
    angle = Number(first[1]);
    parts.shift();
  }
  const stops: { colour: string; at: number }[] = [];
  for (const p of parts) {
    const s = /^(.*\))\s+(-?[\d.]+)px(?:\s+(-?[\d.]+)px)?$/.exec(p) ?? /^([a-z#0-9]+)\s+(-?[\d.]+)px(?:\s+(-?[\d.]+)px)?$/i.exec(p);
    if (!s) return null;
    stops.push({ colour: s[1], at: Number(s[2]) });
    if (s[3] != null) stops.push({ colour: s[1], at: Number(s[3]) });
  }
  if (stops.length < 2) return null;
  const period = stops[stops.length - 1].at - stops[0].at;
  if (!(period > 0)) return null;
  // Hard stops: each colour holds from its first stop to where the next colour starts.
  const stripes: Stripe[] = [];
  for (let i = 0; i < stops.length - 1; i++) {
    const a = stops[i];
    const b = stops[i + 1];
    if (b.at > a.at) stripes.push({ colour: a.colour, from: a.at - stops[0].at, to: b.at - stops[0].at });
  }
  return { angle, period, stripes };
}

/** The SVG for one box: `<defs>` for a striped background (id from `id`), then the rect. '' when nothing shows. */
export function boxPaint(style: BoxStyle, box: Box, id: string): string {
  if (!(box.width > 0 && box.height > 0)) return '';
  const width = parseFloat(style.borderTopWidth) || 0;
  const border = width > 0 && style.borderTopStyle !== 'none' && style.borderTopStyle !== 'hidden' && isPaint(style.borderTopColor) ? style.borderTopColor : null;
  const stripes = style.backgroundImage && style.backgroundImage !== 'none' ? readStripes(style.backgroundImage) : null;
  const bg = isPaint(style.backgroundColor) ? style.backgroundColor : null;
  if (!border && !stripes && !bg) return '';
  let defs = '';
  let fill = bg ? esc(bg) : 'none';
  if (stripes) {
    // Pattern x runs along the gradient line: CSS 90deg points right (+x), so turn by angle − 90.
    const bands = stripes.stripes.map((s) => `<rect x="${num(s.from)}" y="0" width="${num(s.to - s.from)}" height="1" fill="${esc(s.colour)}"/>`).join('');
    defs = `<defs><pattern id="${esc(id)}" patternUnits="userSpaceOnUse" width="${num(stripes.period)}" height="1" patternTransform="rotate(${num(stripes.angle - 90)})">${bands}</pattern></defs>`;
    fill = `url(#${esc(id)})`;
  }
  const dash = border && style.borderTopStyle === 'dashed' ? ` stroke-dasharray="${num(width * 3)} ${num(width * 2)}"` : border && style.borderTopStyle === 'dotted' ? ` stroke-dasharray="${num(width)} ${num(width)}"` : '';
  // The border sits inside the box, as CSS draws it: inset the stroke by half its width.
  const inset = border ? width / 2 : 0;
  const rect = `<rect x="${num(box.x + inset)}" y="${num(box.y + inset)}" width="${num(Math.max(0, box.width - 2 * inset))}" height="${num(Math.max(0, box.height - 2 * inset))}" fill="${fill}"${
    border ? ` stroke="${esc(border)}" stroke-width="${num(width)}"${dash}` : ''
  }/>`;
  return defs + rect;
}
