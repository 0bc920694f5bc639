// Text clean-up shared by the plan parsers. Word exports bring NFD text, NBSP, en dashes,
// zero-width and control characters; everything is reduced to NFC with single spaces and "-".

/** Longer input is not a schedule phrase; capping it keeps every regex pass cheap. */
export const MAX_PHRASE_LENGTH = 5000;

export function cleanPhrase(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Strip the markup Word→Markdown pastes leave in cells: <b>…</b>, **bold**, *italic*. */
export function stripMarkup(text: string): string {
  return text.replace(/<\/?[a-z][a-z0-9]*>/gi, '').replace(/\*+/g, '');
}

/** "03" → 3; undefined when absent or not a safe integer. */
export function toInt(s: string | undefined): number | undefined {
  if (s == null || s === '') return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** "I".."IV" or "1".."4" → 1..4; anything else → undefined. */
export function quarterNumber(s: string): number | undefined {
  const v = s.toUpperCase();
  const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
  if (v in roman) return roman[v];
  const n = Number(v);
  return n >= 1 && n <= 4 ? n : undefined;
}

export function validYear(y: number | undefined): y is number {
  return y != null && y >= 1900 && y <= 2100;
}

export function validMonth(m: number | undefined): m is number {
  return m != null && m >= 1 && m <= 12;
}

/**
 * Split a cell into its "- " bullets. A dash starts a bullet at the start of the text, after
 * [.;:], or (in a cell that opens with a bullet) before a capitalised word that is not the
 * second half of a hyphenated name such as "Phát thanh - Truyền hình".
 */
const NAME_HALVES = /^(Truyền hình|Truyền thông|Thể thao|Tổ chức|Kế hoạch|Xã hội|Thương binh|Quản trị|Công báo|Văn hóa|Văn hoá|Du lịch|UBND|Ủy ban|Uỷ ban|Môi trường)\b/u;

export function splitBullets(text: string): string[] {
  const s = cleanPhrase(text);
  if (!s) return [];
  const bulleted = s.startsWith('- ');
  const parts: string[] = [];
  let start = 0;
  const re = / - (?=\S)/g;
  for (const m of s.matchAll(re)) {
    const i = m.index;
    const before = s.slice(0, i);
    const after = s.slice(i + 3);
    const afterPunct = /[.;:]$/.test(before);
    const newItem = afterPunct || (bulleted && /^\p{Lu}/u.test(after) && !NAME_HALVES.test(after));
    if (newItem) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  // Drop the list punctuation ("…;", "….") but keep an ellipsis ("pano...").
  return parts.map((p) => p.replace(/^-\s*/, '').replace(/(?<!\.)\.$|[;,]$/, '').trim()).filter(Boolean);
}
