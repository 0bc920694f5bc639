// The decimal mark of each numeric column: the column's own cells decide; a column that cannot
// ("7", "1.234") follows the rest of the file, then the delimiter (";" files come from comma-decimal Excel).
import { detectNumberStyle, type NumberStyle } from './parseNumber';
import type { Delimiter, MappedColumn, TableRow } from './types';

/** Rows looked at per column: evenly spread, enough to see any decimal mark a real column uses. */
const SAMPLE = 5000;

export function numberStyles(rows: TableRow[], columns: MappedColumn[], delimiter: Delimiter): Map<number, NumberStyle> {
  const step = Math.max(1, Math.floor(rows.length / SAMPLE));
  const sample = step === 1 ? rows : rows.filter((_, i) => i % step === 0);
  const cellsOf = (c: MappedColumn) => sample.map((r) => r.cells[c.index] ?? '');
  const fileStyle = detectNumberStyle(columns.flatMap(cellsOf)) ?? (delimiter === ';' ? 'comma' : 'dot');
  return new Map(columns.map((c) => [c.index, detectNumberStyle(cellsOf(c)) ?? fileStyle]));
}
