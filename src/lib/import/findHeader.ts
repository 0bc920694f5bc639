// Where the column names are. Excel exports put title rows above the table ("BẢNG XẾP HẠNG PCI 2015",
// "Đơn vị tính: điểm") and often a two-row header: a merged group ("Chỉ số thành phần") above the
// component names, with the other column names merged down from the upper row.
import { parseNumber } from './parseNumber';

export interface HeaderPosition {
  /** Index (0-based, in records) of the row holding most column names. */
  header: number;
  /** Index of the group row of a two-row header, or null. */
  group: number | null;
}

const nonEmpty = (r: string[]) => r.filter((c) => c !== '').length;
const isNumber = (c: string) => {
  const p = parseNumber(c);
  return p.ok && p.value != null;
};

/** Text-like row: at least two names and no numbers (a data row always has numbers). */
function isLabelRow(r: string[]): boolean {
  return nonEmpty(r) >= 2 && !r.some((c) => c !== '' && isNumber(c));
}

/** Upper row fills a column the lower leaves empty: the signature of merged cells. */
function complements(upper: string[], lower: string[]): boolean {
  const n = Math.max(upper.length, lower.length);
  let fills = false;
  for (let i = 0; i < n; i++) if ((upper[i] ?? '') !== '' && (lower[i] ?? '') === '') fills = true;
  return fills;
}

export function findHeader(records: string[][], scan = 50): HeaderPosition | null {
  const head = records.slice(0, scan);
  const width = Math.max(0, ...head.map(nonEmpty));
  const need = Math.max(2, Math.ceil(width / 2));
  for (let i = 0; i < head.length; i++) {
    const r = head[i];
    const filled = nonEmpty(r);
    if (filled < need) continue;
    const numbers = r.filter((c) => c !== '' && isNumber(c)).length;
    if (numbers * 2 > filled) continue; // a data row: the file has no header above it
    const prev = prevFilled(records, i);
    if (prev != null && isLabelRow(records[prev]) && complements(records[prev], r)) return { header: i, group: prev };
    const next = i + 1 < records.length ? i + 1 : null;
    if (next != null && isLabelRow(records[next]) && complements(records[next], r) && complements(r, records[next]))
      return { header: next, group: i };
    return { header: i, group: null };
  }
  return null;
}

function prevFilled(records: string[][], i: number): number | null {
  return i > 0 && nonEmpty(records[i - 1]) > 0 ? i - 1 : null;
}
