// Number cells as Vietnamese offices type them: "65,24", "65.24", "1.234,5", "1,234.5", "86,14%", " 7 ".
// Which of comma and dot is the decimal mark is decided per column (see detectNumberStyle), because a
// single cell like "1.234" cannot say it alone.
import { fold } from '../text/vietnamese';

/** 'dot' = 65.24 (dot decimal), 'comma' = 65,24 (comma decimal, vi-VN). */
export type NumberStyle = 'dot' | 'comma';

export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

// Printed for "not published"; a gap is never a zero.
const NULL_TOKENS = new Set(['', '-', '–', '—', '--', '.', '..', '...', '…', 'n/a', 'na', 'n.a', 'n.a.', '#n/a', 'null', 'x', 'chua cong bo', 'khong co', 'khong ap dung']);

export function isNullToken(raw: string): boolean {
  // Fast path: numbers are most cells, and fold() is the slow part.
  if (raw.length > 16 || /^[+-]?\d/.test(raw)) return false;
  return NULL_TOKENS.has(fold(raw));
}

/** Spaces of any kind (thousands groups, NBSP from Excel), percent signs, a typographic minus. */
function clean(raw: string): string {
  return raw
    .replace(/[\s\u00a0\u202f\u2009\u2007']/g, '')
    .replace(/%$|^%/, '')
    .replace(/^[−–](?=\d)/, '-');
}

const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const DOT_GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/; // 1,234.5
const COMMA_GROUPED = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/; // 1.234,5

function strictParse(s: string, style: NumberStyle): number | undefined {
  if (style === 'dot') {
    if (PLAIN.test(s)) return Number(s);
    if (DOT_GROUPED.test(s)) return Number(s.replace(/,/g, ''));
    return undefined;
  }
  const swapped = s.replace(/,/g, '#').replace(/\./g, ',').replace(/#/g, '.');
  return strictParse(swapped, 'dot');
}

/**
 * A cell's number under the column's style; a cell the style cannot read but the other style can
 * ("6,5" in a dot column, typed in by hand) is read that way rather than rejected.
 */
export function parseNumber(raw: string, style: NumberStyle = 'dot'): ParsedNumber {
  if (/^\d+$/.test(raw) || (style === 'dot' && PLAIN.test(raw))) return { ok: true, value: Number(raw) };
  if (isNullToken(raw.trim())) return { ok: true, value: null };
  const s = clean(raw);
  if (s === '' || isNullToken(s)) return { ok: true, value: null };
  const v = strictParse(s, style) ?? strictParse(s, style === 'dot' ? 'comma' : 'dot');
  return v != null && Number.isFinite(v) ? { ok: true, value: v } : { ok: false };
}

/**
 * The decimal mark a column's cells prove, or null when none decides (integers, or only "1.234"-like cells).
 * A comma or dot followed by anything but exactly three digits is a decimal mark; both in one cell means
 * the last one is.
 */
export function detectNumberStyle(cells: Iterable<string>): NumberStyle | null {
  let dot = 0;
  let comma = 0;
  for (const raw of cells) {
    const s = clean(raw);
    if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) continue;
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) {
      if (lastDot > lastComma) dot++;
      else comma++;
    } else if (lastComma >= 0) {
      if (s.indexOf(',') !== lastComma) dot++; // 1,234,567: commas group, so dots would be decimals
      else if (!/,\d{3}$/.test(s)) comma++;
    } else if (lastDot >= 0) {
      if (s.indexOf('.') !== lastDot) comma++;
      else if (!/\.\d{3}$/.test(s)) dot++;
    }
  }
  if (dot === comma) return null;
  return dot > comma ? 'dot' : 'comma';
}
