// Long Vietnamese component names ("Tính năng động của chính quyền tỉnh") in a narrow label column:
// split on spaces into at most `maxLines` lines of about `maxChars` characters; the last line ends in "…" if cut.
export function wrapLabel(text: string, maxChars: number, maxLines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (!cur) cur = w;
    else if ((cur + ' ' + w).length <= maxChars) cur += ' ' + w;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur) lines.push(cur);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  // Mark the cut with "…", dropping the last word only if the mark would not fit.
  kept[maxLines - 1] = last.length + 1 <= maxChars || !last.includes(' ') ? `${last}…` : `${last.replace(/\s*\S*$/, '')}…`;
  return kept;
}

/** Characters that fit in `px` at a 12 px sans-serif (about 6.4 px a character for Vietnamese text). */
export function charsFor(px: number, charPx = 6.4): number {
  return Math.max(8, Math.floor(px / charPx));
}
