// An SVG drawn as an image loads its embedded fonts after the image has "decoded": drawn at once, every text is
// still invisible (measured in Chromium: blank at decode, drawn ~50 ms later). So the PNG step draws the SVG
// with a strip of probe glyphs below it, one per embedded face, in the same document as the chart: when every
// probe shows ink, the chart's faces have loaded too, and the strip is cropped away. Pure string work here.
import { SUBSET_RANGES, type Subset } from './fontSubsets';
import { FONT_FAMILY } from './font';
import { asInner } from './standalone';

/** One glyph of each subset: what a probe draws to show that subset's face has loaded. */
export const PROBE_CHARS: Readonly<Record<Subset, string>> = Object.freeze({ latin: 'M', vietnamese: 'Ặ', 'latin-ext': 'Ł' });

export const PROBE = Object.freeze({ strip: 40, cell: 40, fontPx: 28 });

export interface ProbedSvg {
  svg: string;
  /** Width and height of the original chart (top-left of the drawn image); the image is `canvasWidth` wide. */
  width: number;
  /** The drawn image is `height + PROBE.strip` tall. */
  height: number;
  canvasWidth: number;
  /** Probe cells, left to right from x = 0: each is PROBE.cell wide in the strip under the chart. */
  probes: { weight: number; subset: Subset }[];
}

/** The embedded faces (weight × subset) of an SVG made by withFontFaces, or [] when it has none. */
export function embeddedFaces(svg: string): { weight: number; subset: Subset }[] {
  const block = /<defs class="chiso-font">([\s\S]*?)<\/defs>/.exec(svg)?.[1];
  if (!block) return [];
  const faces: { weight: number; subset: Subset }[] = [];
  for (const m of block.matchAll(/@font-face\{([^}]*)\}/g)) {
    const weight = Number(/font-weight:(\d+)/.exec(m[1])?.[1] ?? 400);
    const range = /unicode-range:([^;}]*)/.exec(m[1])?.[1];
    const subset = (Object.keys(SUBSET_RANGES) as Subset[]).find((s) => SUBSET_RANGES[s] === range);
    if (subset) faces.push({ weight, subset });
  }
  return faces;
}

/** The SVG with the probe strip under it, or null when it embeds no font (then nothing needs waiting for). */
export function withFontProbe(svg: string): ProbedSvg | null {
  const probes = embeddedFaces(svg);
  if (!probes.length) return null;
  const { inner, width, height } = asInner(svg);
  const total = height + PROBE.strip;
  const canvasWidth = Math.max(width, probes.length * PROBE.cell);
  const cells = probes
    .map(
      (p, i) =>
        `<text x="${i * PROBE.cell + 4}" y="${height + PROBE.strip - 8}" font-family="'${FONT_FAMILY}'" font-size="${PROBE.fontPx}" font-weight="${p.weight}" fill="#000">${PROBE_CHARS[p.subset]}</text>`
    )
    .join('');
  const out = `<svg xmlns="http://www.w3.org/2000/svg" width="${canvasWidth}" height="${total}" viewBox="0 0 ${canvasWidth} ${total}">${inner}${cells}</svg>`;
  return { svg: out, width, height, canvasWidth, probes };
}
