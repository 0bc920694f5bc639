// Browser only. svg2pdf.js places centred and right-aligned text by measuring it with the page's fonts; the
// PDF draws it with the embedded TrueType. Registering those same TrueType files in the document (as
// "Noto Sans", and the symbols face under its private name) makes the two agree on any page: one without
// font.css, or before its woff2 files have loaded. Same outlines as font.css's faces: nothing on screen changes.
import { FONT_FAMILY, SYMBOLS_FAMILY, symbolsTtfBytes, ttfBytes, type FontLoader } from './font';

const loaded = new Map<string, Promise<void>>();

function add(family: string, weight: 400 | 700, bytes: () => Promise<Uint8Array<ArrayBuffer>>): Promise<void> {
  const key = `${family} ${weight}`;
  let p = loaded.get(key);
  if (!p) {
    p = bytes().then(async (b) => {
      document.fonts.add(await new FontFace(family, b, { weight: String(weight), style: 'normal' }).load());
    });
    p.catch(() => loaded.delete(key));
    loaded.set(key, p);
  }
  return p;
}

export async function ensureMeasuringFonts(load: FontLoader, symbols: boolean): Promise<void> {
  if (typeof document === 'undefined' || typeof FontFace === 'undefined') return;
  const weights = [400, 700] as const;
  await Promise.all([
    ...weights.map((w) => add(FONT_FAMILY, w, () => ttfBytes(w, load))),
    ...(symbols ? weights.map((w) => add(SYMBOLS_FAMILY, w, () => symbolsTtfBytes(w, load))) : [])
  ]);
}
