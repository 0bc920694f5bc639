// Vietnamese text: normalisation, diacritics-insensitive matching, collation and vi-VN numbers.
// Everything that enters the app (files, form fields, URLs) goes through `nfc` first:
// Windows-1258 and some Word exports produce decomposed (combining-mark) text.

export function nfc(s: string): string {
  return s.normalize('NFC');
}

/** Lower-case, strip diacritics (đ → d), collapse spaces: "  Thừa Thiên-Huế " → "thua thien-hue". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** URL-safe slug: "Bà Rịa Vũng Tàu" → "ba-ria-vung-tau". */
export function slugify(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when every word of the query starts a word of the text, ignoring diacritics ("ha tinh" ⊂ "Hà Tĩnh"). */
export function matchesQuery(text: string, query: string): boolean {
  return queryMatcher(query)(text);
}

// Folded names, kept: a picker filters the same few hundred names at every keystroke and every redraw.
const foldedTexts = new Map<string, { folded: string; words: string[] }>();
function foldedText(text: string) {
  let f = foldedTexts.get(text);
  if (!f) {
    const folded = fold(text);
    f = { folded, words: folded.split(/[^a-z0-9]+/).filter(Boolean) };
    if (foldedTexts.size > 20_000) foldedTexts.clear(); // names, not free text: bounded only against misuse
    foldedTexts.set(text, f);
  }
  return f;
}

/** matchesQuery with the query folded once, for filtering a list. */
export function queryMatcher(query: string): (text: string) => boolean {
  const q = fold(query);
  const parts = q.split(/[^a-z0-9]+/).filter(Boolean);
  if (parts.length === 0) return () => true;
  return (text) => {
    const t = foldedText(text);
    return parts.every((part) => t.words.some((w) => w.startsWith(part))) || t.folded.includes(q);
  };
}

// Intl's Vietnamese collation puts Đ after D and orders tones the Vietnamese way; never DuckDB's ICU.
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
export const compareVi = (a: string, b: string): number => collator.compare(a, b);

export function sortVi<T>(items: readonly T[], key: (t: T) => string): T[] {
  return [...items].sort((a, b) => compareVi(key(a), key(b)));
}

/**
 * Rounds the way a person rounds the printed decimal: half away from zero on the number as written
 * (0,145 → 0,15 and 0,305 → 0,31). Rounding the binary double instead gives 0,30 for 0,305, because
 * 0.305 is stored as 0.30499999…; the shortest decimal that reads back as the same double is what
 * the publisher printed. The one rounding used for screen, CSV, PDF and headlines.
 */
export function roundHalfUp(v: number, digits: number): number {
  if (!Number.isFinite(v)) return v;
  // Far from a half, rounding the scaled double decides the same way, and dividing two integers gives the
  // double nearest the decimal: no strings (a redraw rounds ~1,000 numbers). Near a half, the decimal.
  const scale = 10 ** digits;
  const x = Math.abs(v) * scale;
  if (x < 1e9 && Math.abs(x - Math.floor(x) - 0.5) > 1e-6) {
    const r = Math.round(x) / scale;
    return v < 0 && r !== 0 ? -r : r;
  }
  // Drop float noise from arithmetic (57.2 − 47.2 = 10.000000000000007) before reading the decimal.
  const clean = Number(Math.abs(v).toPrecision(12));
  const [mantissa, exp = '0'] = String(clean).split('e');
  const shifted = Math.round(Number(`${mantissa}e${Number(exp) + digits}`));
  const r = Number(`${shifted}e-${digits}`);
  return v < 0 && r !== 0 ? -r : r;
}

const formatters = new Map<number, Intl.NumberFormat>();
// Printed numbers, kept per digits: a redraw prints the same medians, bests and scores again (a province
// change formats ~1,000 numbers, ~3 ms of it in rounding and Intl on a slow laptop). Cleared when large.
const printed = new Map<number, Map<number, string>>();
/** vi-VN number: 65.24 → "65,24"; null/NaN → "—" (a gap is never shown as 0). */
export function formatNumber(v: number | null | undefined, digits = 2): string {
  if (v == null || !Number.isFinite(v)) return '—';
  let byValue = printed.get(digits);
  if (!byValue) printed.set(digits, (byValue = new Map()));
  let s = byValue.get(v);
  if (s === undefined) {
    let f = formatters.get(digits);
    if (!f) {
      f = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
      formatters.set(digits, f);
    }
    s = f.format(roundHalfUp(v, digits));
    if (byValue.size > 50_000) byValue.clear();
    byValue.set(v, s);
  }
  return s;
}

/** Points out of a component's full points: "12,38/13", "9,72/10,5". */
export function formatOutOf(value: number | null | undefined, max: number): string {
  return `${formatNumber(value)}/${formatNumber(max, Number.isInteger(max) ? 0 : 1)}`;
}

/** Signed change in vi-VN: +1,25 / −0,40 / 0,00. */
export function formatSigned(v: number | null | undefined, digits = 2): string {
  if (v == null || !Number.isFinite(v)) return '—';
  const r = roundHalfUp(v, digits);
  if (r === 0) return formatNumber(0, digits);
  return (r > 0 ? '+' : '−') + formatNumber(Math.abs(r), digits);
}

/**
 * A rank as a cell or card shows it: "21/63" where the publisher printed it (N = how many it ranked,
 * 63 for PCI 2024 although only 30 were printed); "55 (suy ra)" where nobody printed it; "chưa công bố".
 * Callers that show a derived rank also say in words what "suy ra" means.
 */
export function formatRank(
  rank: number | null | undefined,
  of: number | null | undefined,
  source: 'published' | 'derived' | null | undefined
): string {
  if (rank == null || source == null) return 'chưa công bố';
  if (source === 'derived') return `${rank} (suy ra)`;
  return of ? `${rank}/${of}` : String(rank);
}

/** Rank change in places: a smaller rank is better, so 45 → 30 is "↑ 15 bậc". */
export function formatRankChange(prev: number | null | undefined, cur: number | null | undefined): string {
  if (prev == null || cur == null) return '—';
  const d = prev - cur;
  if (d === 0) return 'giữ nguyên';
  return d > 0 ? `↑ ${d} bậc` : `↓ ${-d} bậc`;
}
