// Parse a UTF-8 CSV string (shipped files) into header-keyed rows.
import Papa from 'papaparse';
import { nfc } from '../text/vietnamese';

export type CsvRow = Record<string, string>;

export function csvRows(text: string): CsvRow[] {
  const res = Papa.parse<CsvRow>(nfc(text.replace(/^\uFEFF/, '')), { header: true, skipEmptyLines: true });
  if (res.errors.length) {
    const e = res.errors[0];
    throw new Error(`CSV lỗi ở dòng ${(e.row ?? 0) + 2}: ${e.message}`);
  }
  return res.data;
}

/** A published number, or null where the source printed nothing / N/A. */
export function num(s: string | undefined): number | null {
  if (s == null) return null;
  const t = s.trim();
  if (t === '' || t === '-' || /^n\/?a$/i.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

/** A leading integer ("55 (implied: +12 bậc)" → 55), or null. */
export function int(s: string | undefined): number | null {
  const m = s?.trim().match(/^\d+/);
  return m ? Number(m[0]) : null;
}
