// The numbers behind a chart, as a table: shown by the "Bảng số liệu" toggle and downloaded as CSV.
// Cells hold raw values (numbers stay numbers for the CSV); the toggle formats them vi-VN.
import { formatNumber, formatSigned } from '../text/vietnamese';
import { toCsv, type CsvCell } from './export/toCsv';

/** How a column is shown: text, a decimal number, an integer (rank), a signed change, a rank change in places. */
export type CellKind = 'text' | 'number' | 'integer' | 'signed' | 'places';

export interface TableColumn {
  label: string;
  kind: CellKind;
  digits?: number;
}

export interface ChartTable {
  columns: TableColumn[];
  rows: CsvCell[][];
}

/** A missing number is a gap ("—"), never 0. */
export function formatCell(cell: CsvCell, col: TableColumn): string {
  if (cell == null || cell === '') return '—';
  if (typeof cell === 'string') return cell;
  switch (col.kind) {
    case 'number':
      return formatNumber(cell, col.digits ?? 2);
    case 'integer':
      return formatNumber(cell, 0);
    case 'signed':
      return formatSigned(cell, col.digits ?? 2);
    case 'places':
      return cell === 0 ? '0' : cell > 0 ? `↑ ${cell}` : `↓ ${-cell}`;
    default:
      return String(cell);
  }
}

export function tableCsv(t: ChartTable): string {
  return toCsv([t.columns.map((c) => c.label), ...t.rows]);
}
