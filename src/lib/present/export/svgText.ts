// Pure string work on a serialised SVG: its size, the text it draws, and the embedded font block.
// No DOM, so it runs in Node tests and on the server alike.

const ROOT = /<svg\b[^>]*>/;
const FONT_BLOCK = /<defs class="chiso-font">[\s\S]*?<\/defs>/g;

function rootTag(svg: string): string {
  const m = ROOT.exec(svg);
  if (!m) throw new Error('Không phải tệp SVG');
  return m[0];
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[2] ?? m[3]) : null;
}

/** Width and height of the root <svg> in CSS px: its width/height attributes, else its viewBox. */
export function svgSize(svg: string): { width: number; height: number } {
  const tag = rootTag(svg);
  const vb = attr(tag, 'viewBox')?.trim().split(/[\s,]+/).map(Number);
  const num = (v: string | null) => (v != null && /^\s*[\d.]+(px)?\s*$/.test(v) ? parseFloat(v) : NaN);
  const width = num(attr(tag, 'width'));
  const height = num(attr(tag, 'height'));
  if (Number.isFinite(width) && Number.isFinite(height)) return { width, height };
  if (vb && vb.length === 4 && vb.every(Number.isFinite)) return { width: vb[2], height: vb[3] };
  throw new Error('SVG không có kích thước (width/height hoặc viewBox)');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The characters an SVG draws (its text nodes, entities decoded), to pick the font subsets it needs. */
export function svgTextContent(svg: string): string {
  return svg
    .replace(FONT_BLOCK, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e] ?? m)
    );
}

/** Whether any text in the SVG is drawn heavier than 500 (then the bold face is embedded too). */
export function usesBold(svg: string): boolean {
  return /font-weight\s*[:=]\s*["']?\s*(bold|bolder|[6-9]00)\b/i.test(svg);
}

/**
 * The SVG with @font-face rules inside it, right after the root's opening tag (replacing any block a previous
 * call put there). The CSS goes in CDATA: data: URLs never contain "]]>".
 */
export function withFontFaces(svg: string, css: string): string {
  const clean = stripFontFaces(svg);
  const tag = rootTag(clean);
  const at = clean.indexOf(tag) + tag.length;
  return `${clean.slice(0, at)}<defs class="chiso-font"><style><![CDATA[\n${css}\n]]></style></defs>${clean.slice(at)}`;
}

/** The SVG without the embedded font block (a PDF embeds its own TrueType copy). */
export function stripFontFaces(svg: string): string {
  return svg.replace(FONT_BLOCK, '');
}

/** Every URL the SVG would load: url(...) and href values that are neither data: nor #fragment. For tests and guards. */
export function externalReferences(svg: string): string[] {
  const found: string[] = [];
  for (const m of svg.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) found.push(m[1]);
  for (const m of svg.matchAll(/\s(?:xlink:)?href\s*=\s*["']([^"']*)["']/g)) found.push(m[1]);
  for (const m of svg.matchAll(/@import\s+(?:url\()?\s*['"]?([^'");]+)/g)) found.push(m[1]);
  return [...new Set(found.filter((u) => !u.startsWith('data:') && !u.startsWith('#')))];
}
