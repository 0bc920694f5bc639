// Text split into runs the main font can draw and runs it cannot (→ ↑ ↓ ≤ ≥ ▲ ▼ are not in Google's Noto Sans),
// so a PDF draws the second kind in the symbols face instead of an empty box. Pure.

export interface GlyphRun {
  text: string;
  /** true: the main font has no glyph for these characters. */
  fallback: boolean;
}

/** Whitespace stays with the main font (every font has a space). Adjacent runs of one kind are merged. */
export function glyphRuns(text: string, hasGlyph: (codePoint: number) => boolean): GlyphRun[] {
  const runs: GlyphRun[] = [];
  for (const ch of text) {
    const fallback = !/\s/.test(ch) && !hasGlyph(ch.codePointAt(0)!);
    const last = runs[runs.length - 1];
    if (last && last.fallback === fallback) last.text += ch;
    else runs.push({ text: ch, fallback });
  }
  return runs;
}

export function needsFallback(text: string, hasGlyph: (codePoint: number) => boolean): boolean {
  return glyphRuns(text, hasGlyph).some((r) => r.fallback);
}
