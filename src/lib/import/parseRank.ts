// Rank cells: "12", "12/63", "=5" (tie), "5*", "12.0" from a spreadsheet. null = not published.
import { isNullToken } from './parseNumber';

export type ParsedRank = { ok: true; value: number | null } | { ok: false };

const RANK = /^=?\s*(\d{1,4})(?:[.,]0+)?\s*(?:\/\s*\d{1,4})?\s*\*?$/;

export function parseRank(raw: string): ParsedRank {
  const s = raw.trim();
  if (isNullToken(s)) return { ok: true, value: null };
  const m = RANK.exec(s);
  if (!m) return { ok: false };
  const v = Number(m[1]);
  return v >= 1 ? { ok: true, value: v } : { ok: false };
}
