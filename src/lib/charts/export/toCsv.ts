// Rows → CSV text that Excel opens safely: UTF-8 BOM (Vietnamese names survive), CRLF, RFC 4180 quoting.
// A text cell starting with = + - @ tab or CR would run as a formula: it gets a leading single quote.
// Numbers stay numbers (negative ones too): only text from the data can carry a formula.

export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(cell: CsvCell): string {
  if (cell == null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The first row is usually the header; every row is written as given. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
