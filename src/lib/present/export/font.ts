// The one font of every export: Noto Sans, shipped with the app (never a font CDN), SIL OFL 1.1.
// - The page: `import '$lib/present/export/font.css'` once (woff2 from @fontsource/noto-sans).
// - Exported SVG and single-file HTML: `embeddedFontCss()` → @font-face rules with data: URLs (same woff2 files).
// - PDF: `ttfBytes()` → the whole TTF of the same family (@expo-google-fonts/noto-sans; jsPDF embeds a subset).
//   Google's Noto Sans has no arrows, ≤ ≥ or ▲▼ (the charts print "↓10", titles "2014 → 2015"): a PDF draws
//   those few characters in DejaVu Sans (dejavu-fonts-ttf, Bitstream Vera licence), fetched only when needed.
// Files are fetched from the app's own origin when first needed; tests pass a loader that reads them from disk.
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import vietnamese400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import vietnamese700 from '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff2?url';
import ttfRegular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import ttfBold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import symbolsRegular from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import symbolsBold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import { bytesToBase64, dataUrl } from './base64';
import { SUBSET_ORDER, SUBSET_RANGES, subsetsFor, type Subset } from './fontSubsets';

export const FONT_FAMILY = 'Noto Sans';
/** The stack every chart and export names: the shipped face first, then what the system has. */
export const FONT_STACK = `'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif`;

/** Exports carry a regular and a bold face; 500/600 map to the nearest of these two. */
export type EmbeddedWeight = 400 | 700;

const WOFF2: Record<EmbeddedWeight, Record<Subset, string>> = {
  400: { 'latin-ext': latinExt400, latin: latin400, vietnamese: vietnamese400 },
  700: { 'latin-ext': latinExt700, latin: latin700, vietnamese: vietnamese700 }
};
const TTF: Record<EmbeddedWeight, string> = { 400: ttfRegular, 700: ttfBold };
const SYMBOLS_TTF: Record<EmbeddedWeight, string> = { 400: symbolsRegular, 700: symbolsBold };

/** The PDF's name for the face that draws what Noto Sans lacks (a private name: never a system font's). */
export const SYMBOLS_FAMILY = 'Chiso Symbols';

/** Every font file an export may fetch: precache these (with the page's font.css files) to export offline. */
export const FONT_ASSET_URLS: readonly string[] = Object.freeze([
  ...Object.values(TTF),
  ...Object.values(SYMBOLS_TTF),
  ...Object.values(WOFF2).flatMap((w) => Object.values(w))
]);

/** Reads a font file by its URL. The default fetches from the app's own origin. */
export type FontLoader = (url: string) => Promise<Uint8Array<ArrayBuffer>>;

const cache = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

export const fetchFont: FontLoader = (url) => {
  let hit = cache.get(url);
  if (!hit) {
    hit = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`Không tải được phông chữ ${url}: ${r.status}`);
      return new Uint8Array(await r.arrayBuffer());
    });
    hit.catch(() => cache.delete(url));
    cache.set(url, hit);
  }
  return hit;
};

/** The whole TrueType font (~630 kB), for PDF embedding. */
export function ttfBytes(weight: EmbeddedWeight, load: FontLoader = fetchFont): Promise<Uint8Array<ArrayBuffer>> {
  return load(TTF[weight]);
}

/** DejaVu Sans (~740 kB), for the characters Noto Sans has no glyph for. */
export function symbolsTtfBytes(weight: EmbeddedWeight, load: FontLoader = fetchFont): Promise<Uint8Array<ArrayBuffer>> {
  return load(SYMBOLS_TTF[weight]);
}

export async function ttfBase64(weight: EmbeddedWeight, load: FontLoader = fetchFont): Promise<string> {
  return bytesToBase64(await ttfBytes(weight, load));
}

export async function ttfDataUrl(weight: EmbeddedWeight, load: FontLoader = fetchFont): Promise<string> {
  return dataUrl('font/ttf', await ttfBytes(weight, load));
}

/** One woff2 subset as a data: URL. */
export async function woff2DataUrl(subset: Subset, weight: EmbeddedWeight, load: FontLoader = fetchFont): Promise<string> {
  return dataUrl('font/woff2', await load(WOFF2[weight][subset]));
}

export interface EmbeddedFontOptions {
  /** Embed only the subsets this text needs; all three when absent (an HTML file whose text will change). */
  text?: string;
  weights?: readonly EmbeddedWeight[];
  load?: FontLoader;
}

/**
 * @font-face rules whose sources are data: URLs, for a file that must show Noto Sans with no network:
 * an exported SVG (inside <style>) or the single-file deck (inside <style> in <head>). font-display: block,
 * so text never flashes in another font (the data is local: it loads in a few milliseconds).
 */
export async function embeddedFontCss({ text, weights = [400, 700], load = fetchFont }: EmbeddedFontOptions = {}): Promise<string> {
  const subsets = text == null ? SUBSET_ORDER : subsetsFor(text);
  const rules = await Promise.all(
    weights.flatMap((weight) =>
      subsets.map(
        async (subset) =>
          `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${weight};font-display:block;` +
          `src:url(${await woff2DataUrl(subset, weight, load)}) format('woff2');unicode-range:${SUBSET_RANGES[subset]}}`
      )
    )
  );
  return rules.join('\n');
}
