import { existsSync, readFileSync } from 'node:fs';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { embeddedFontCss, FONT_ASSET_URLS, symbolsTtfBytes, ttfBase64, ttfBytes, woff2DataUrl } from '../../../src/lib/present/export/font';
import { bytesToBase64 } from '../../../src/lib/present/export/base64';
import { glyphRuns } from '../../../src/lib/present/export/glyphRuns';
import { parseUnicodeRange, SUBSET_ORDER, SUBSET_RANGES, subsetOf, subsetsFor } from '../../../src/lib/present/export/fontSubsets';
import { diskFontLoader } from './helpers';
import { PLACES, VIETNAMESE_LETTERS } from './vietnamese';

const css = readFileSync('src/lib/present/export/font.css', 'utf8');

describe('the page font (font.css)', () => {
  const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]);
  const prop = (face: string, name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(face)?.[1].trim();

  it('declares Noto Sans 400 and 700 (the weights exports embed) and 400 italic, each in the three subsets, in SUBSET_ORDER', () => {
    const seen = faces.map((f) => `${prop(f, 'font-weight')} ${prop(f, 'font-style')}`);
    expect(new Set(seen)).toEqual(new Set(['400 normal', '700 normal', '400 italic']));
    for (const f of faces) expect(prop(f, 'font-family')).toBe("'Noto Sans'");
    const subsets = faces.map((f) => /noto-sans-([a-z-]+)-\d00-(?:normal|italic)\.woff2/.exec(f)![1]);
    for (let i = 0; i < faces.length; i += 3) expect(subsets.slice(i, i + 3)).toEqual([...SUBSET_ORDER]);
  });

  it('uses the same unicode-ranges as fontSubsets.ts and as @fontsource/noto-sans publishes', () => {
    const published = JSON.parse(readFileSync('node_modules/@fontsource/noto-sans/unicode.json', 'utf8'));
    for (const s of SUBSET_ORDER) expect(SUBSET_RANGES[s]).toBe(published[s]);
    for (const f of faces) {
      const subset = /noto-sans-([a-z-]+)-\d00-(?:normal|italic)\.woff2/.exec(f)![1] as keyof typeof SUBSET_RANGES;
      expect(prop(f, 'unicode-range')).toBe(SUBSET_RANGES[subset]);
    }
  });

  it('points only at files that ship in node_modules, never at a URL', () => {
    for (const m of css.matchAll(/url\('([^']+)'\)/g)) {
      expect(m[1]).toMatch(/^@fontsource\/noto-sans\/files\//);
      expect(existsSync(`node_modules/${m[1]}`)).toBe(true);
    }
    expect(css).not.toMatch(/https?:|\/\//);
  });
});

describe('subsets a text needs', () => {
  it('every Vietnamese letter is served by latin or vietnamese, never the 55 kB latin-ext file', () => {
    for (const c of VIETNAMESE_LETTERS) expect(['latin', 'vietnamese'], c).toContain(subsetOf(c.codePointAt(0)!));
    expect(subsetsFor(PLACES)).toEqual(['latin', 'vietnamese']);
    expect(subsetsFor('PCI 2015')).toEqual(['latin']);
    expect(subsetsFor('Łódź')).toEqual(['latin-ext', 'latin']);
  });

  it('decomposed input counts as the composed letters it draws', () => {
    expect(subsetsFor('Ha\u0300 Ti\u0303nh')).toEqual(['latin', 'vietnamese']);
  });

  it('parses unicode-range lists', () => {
    expect(parseUnicodeRange('U+0102-0103,U+20AB')).toEqual([
      [0x102, 0x103],
      [0x20ab, 0x20ab]
    ]);
    expect(() => parseUnicodeRange('0102')).toThrow();
  });
});

describe('font bytes for the exports', () => {
  it('FONT_ASSET_URLS are the four TrueType files (Noto Sans, DejaVu Sans symbols) and six woff2 subsets, all local', () => {
    expect(FONT_ASSET_URLS).toHaveLength(10);
    for (const u of FONT_ASSET_URLS) expect(u).not.toMatch(/^https?:/);
  });

  it('ttfBytes gives TrueType files (regular and bold differ)', async () => {
    const [r, b] = await Promise.all([ttfBytes(400, diskFontLoader), ttfBytes(700, diskFontLoader)]);
    for (const bytes of [r, b]) expect([...bytes.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
    expect(r.length).toBeGreaterThan(300_000);
    expect(Buffer.compare(Buffer.from(r), Buffer.from(b))).not.toBe(0);
  });

  it('the TrueType font has a glyph for every Vietnamese letter, regular and bold', async () => {
    for (const w of [400, 700] as const) {
      const doc = new jsPDF();
      doc.addFileToVFS('f.ttf', await ttfBase64(w, diskFontLoader));
      doc.addFont('f.ttf', 'F', 'normal');
      doc.setFont('F', 'normal');
      const internal = doc.internal as unknown as { getFont(): { metadata: { characterToGlyph(c: number): number } } };
      const meta = internal.getFont().metadata;
      const missing = [...VIETNAMESE_LETTERS, ...PLACES].filter((c) => meta.characterToGlyph(c.codePointAt(0)!) === 0 && c !== ' ');
      expect(missing, `weight ${w}`).toEqual([]);
    }
  });

  it('woff2 subsets come as data: URLs holding woff2 files', async () => {
    const url = await woff2DataUrl('vietnamese', 700, diskFontLoader);
    expect(url).toMatch(/^data:font\/woff2;base64,/);
    expect(Buffer.from(url.split(',')[1], 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2');
  });

  it('embeddedFontCss: one @font-face per weight and needed subset, sources inline, nothing fetched later', async () => {
    const out = await embeddedFontCss({ text: PLACES, load: diskFontLoader });
    const faces = out.match(/@font-face/g) ?? [];
    expect(faces).toHaveLength(4); // 400 and 700 × latin and vietnamese
    expect(out).toContain(`unicode-range:${SUBSET_RANGES.vietnamese}`);
    expect(out).toContain('font-weight:700');
    expect(out.match(/url\(([^)]*)\)/g)!.every((u) => u.startsWith('url(data:font/woff2;base64,'))).toBe(true);
    const all = await embeddedFontCss({ weights: [400], load: diskFontLoader });
    expect(all.match(/@font-face/g)).toHaveLength(3);
  });
});

describe('characters Noto Sans lacks', () => {
  // Every non-ASCII, non-letter character the app's own text uses (found by grep in src/): the main font or the
  // symbols face must draw each, or the PDF shows an empty box where the screen shows "↓10".
  const USED = '→—–…”“·×−Σ↑›↓Δ≤’≥←‘±°₫▲▼↕↔✕⚠';

  async function cmapOf(bytes: Uint8Array) {
    const doc = new jsPDF();
    doc.addFileToVFS('f.ttf', bytesToBase64(bytes));
    doc.addFont('f.ttf', 'F', 'normal');
    doc.setFont('F', 'normal');
    const meta = doc.getFont().metadata as { characterToGlyph(c: number): number };
    return (c: string) => meta.characterToGlyph(c.codePointAt(0)!) !== 0;
  }

  it('the symbols face (DejaVu Sans) draws every one Noto Sans does not, regular and bold', async () => {
    for (const w of [400, 700] as const) {
      const noto = await cmapOf(await ttfBytes(w, diskFontLoader));
      const dejavu = await cmapOf(await symbolsTtfBytes(w, diskFontLoader));
      const lacking = [...USED].filter((c) => !noto(c));
      expect(lacking.length, 'Google’s Noto Sans has no arrows').toBeGreaterThan(0);
      expect(lacking.filter((c) => !dejavu(c)), `weight ${w}`).toEqual([]);
    }
  });

  it('glyphRuns splits a label into what each face draws; spaces stay with the main font', async () => {
    const noto = await cmapOf(await ttfBytes(400, diskFontLoader));
    const has = (cp: number) => noto(String.fromCodePoint(cp));
    expect(glyphRuns('45 Hà Tĩnh ↓10', has)).toEqual([
      { text: '45 Hà Tĩnh ', fallback: false },
      { text: '↓', fallback: true },
      { text: '10', fallback: false }
    ]);
    expect(glyphRuns('2014 → 2015', has).map((r) => r.fallback)).toEqual([false, true, false]);
    expect(glyphRuns('Quảng Ngãi', has)).toEqual([{ text: 'Quảng Ngãi', fallback: false }]);
    expect(glyphRuns('', has)).toEqual([]);
  });
});
