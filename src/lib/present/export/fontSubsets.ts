// Which of the shipped Noto Sans woff2 subsets a text needs, so an exported SVG embeds ~18 kB a weight
// instead of every file. Pure. The ranges are @fontsource/noto-sans's (unicode.json); font.css declares the
// same faces in the same order (tested), so a file and the page pick the same face for every character.

export type Subset = 'latin-ext' | 'latin' | 'vietnamese';

/** @font-face declaration order: where ranges overlap, the face declared last wins (CSS Fonts 4). */
export const SUBSET_ORDER: readonly Subset[] = Object.freeze(['latin-ext', 'latin', 'vietnamese']);

export const SUBSET_RANGES: Readonly<Record<Subset, string>> = Object.freeze({
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  vietnamese: 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB'
});

/** "U+0100-02BA,U+2020" → [[0x100, 0x2ba], [0x2020, 0x2020]]. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const m = /^\s*U\+([0-9A-F]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!m) throw new Error(`unicode-range không hợp lệ: ${part}`);
    const lo = parseInt(m[1], 16);
    return [lo, m[2] ? parseInt(m[2], 16) : lo];
  });
}

const PARSED = SUBSET_ORDER.map((s) => [s, parseUnicodeRange(SUBSET_RANGES[s])] as const);

/** The subset whose face the browser uses for a code point, or null (then the next family in the stack draws it). */
export function subsetOf(codePoint: number): Subset | null {
  for (let i = PARSED.length - 1; i >= 0; i--) {
    const [subset, ranges] = PARSED[i];
    if (ranges.some(([lo, hi]) => codePoint >= lo && codePoint <= hi)) return subset;
  }
  return null;
}

/** The subsets a text needs, in declaration order. Text is taken as NFC (how it is drawn). */
export function subsetsFor(text: string): Subset[] {
  const used = new Set<Subset>();
  for (const ch of text.normalize('NFC')) {
    const s = subsetOf(ch.codePointAt(0)!);
    if (s) used.add(s);
  }
  return SUBSET_ORDER.filter((s) => used.has(s));
}
