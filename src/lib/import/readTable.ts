// Text → a clean table: delimiter, header row(s), trimmed cells, no empty rows or columns,
// no trailing "Tổng" / "Ghi chú" / "Nguồn:" rows. Knows nothing about indices.
import Papa from 'papaparse';
import { fold } from '../text/vietnamese';
import { detectDelimiter } from './detectDelimiter';
import { findHeader } from './findHeader';
import type { Table, TableRow } from './types';

/**
 * A row the parser could not read whole: fewer cells than the header (a file cut off mid-row, a lost
 * delimiter) or a quote that never closes. Each is an error at its row: a half-read row must not be stored.
 */
export interface RowProblem {
  row: number;
  kind: 'short' | 'quote';
  cells: number;
  expected: number;
}

export type ReadTableResult =
  | { ok: true; table: Table; problems: RowProblem[] }
  | { ok: false; reason: 'empty' | 'one-column' | 'no-header'; delimiter: Table['delimiter']; recordCount: number };

// Rows after the table that are not data: totals, averages, notes, sources.
const NOTE_START = /^(\*|(tong|ghi chu|chu thich|luu y|nguon|trung binh|binh quan|ca nuoc|toan quoc|nguoi lap|note|notes|source|total|average)(\b|$))/;

const isBlank = (cells: string[]) => cells.every((c) => c === '');

export function readTable(input: string): ReadTableResult {
  // One line ending for the whole file. Papa guesses a single newline: in a CRLF file a quoted last
  // field followed by a bare LF then never closes its quote and swallows the next rows (issue 13).
  const text = input.replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(text);
  const parse = Papa.parse<string[]>(text, { delimiter, newline: '\n', skipEmptyLines: false });
  const records = parse.data.map((r) => r.map((c) => (c ?? '').trim()));
  const recordCount = records.length;
  if (records.every(isBlank)) return { ok: false, reason: 'empty', delimiter, recordCount };
  if (records.every((r) => r.filter((c) => c !== '').length <= 1)) return { ok: false, reason: 'one-column', delimiter, recordCount };

  const pos = findHeader(records);
  if (!pos) return { ok: false, reason: 'no-header', delimiter, recordCount };
  const top = pos.group ?? pos.header;
  const headerCells = records[pos.header];
  const groupCells = pos.group != null ? forwardFill(records[pos.group], headerCells) : [];

  let rows: TableRow[] = [];
  for (let i = pos.header + 1; i < records.length; i++) if (!isBlank(records[i])) rows.push({ row: i + 1, cells: records[i] });
  rows = dropTrailingNotes(rows);
  // Width the header names: a row with fewer cells was cut short (Excel pads every row to the used range).
  const named = Math.max(lastFilled(headerCells), lastFilled(groupCells)) + 1;
  const problems = rowProblems(rows, parse.data, named, parse.errors);

  // Keep a column when anything names or fills it: Excel exports pad with empty spacer columns.
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), Math.max(headerCells.length, groupCells.length));
  const keep: number[] = [];
  for (let j = 0; j < width; j++) {
    if ((headerCells[j] ?? '') !== '' || (groupCells[j] ?? '') !== '' || rows.some((r) => (r.cells[j] ?? '') !== '')) keep.push(j);
  }
  const label = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const headers = keep.map((j, k) => label(headerCells[j]) || label(groupCells[j]) || `Cột ${k + 1}`);
  const groups = keep.map((j) => (label(headerCells[j]) ? label(groupCells[j]) : ''));

  return {
    ok: true,
    table: {
      delimiter,
      headers,
      groups,
      headerRow: pos.header + 1,
      rows: rows.map((r) => ({ row: r.row, cells: keep.map((j) => r.cells[j] ?? '') })),
      titleLines: records.slice(0, top).map((r) => r.filter((c) => c !== '').join(' ')).filter(Boolean),
      recordCount
    },
    problems
  };
}

function lastFilled(cells: string[]): number {
  for (let j = cells.length - 1; j >= 0; j--) if (cells[j] !== '') return j;
  return -1;
}

/** Short rows (against the header's last named column) and unclosed or stray quotes, one per row. */
function rowProblems(rows: TableRow[], raw: string[][], headerWidth: number, errors: Papa.ParseError[]): RowProblem[] {
  const out = new Map<number, RowProblem>();
  for (const e of errors) {
    if (e.type !== 'Quotes') continue;
    const i = typeof e.row === 'number' ? Math.min(e.row, raw.length - 1) : raw.length - 1;
    out.set(i + 1, { row: i + 1, kind: 'quote', cells: raw[i]?.length ?? 0, expected: headerWidth });
  }
  for (const r of rows) {
    const cells = raw[r.row - 1].length;
    if (cells < headerWidth && !out.has(r.row)) out.set(r.row, { row: r.row, kind: 'short', cells, expected: headerWidth });
  }
  return [...out.values()].sort((a, b) => a.row - b.row);
}

/** A merged group label sits in its first cell only: carry it right over the columns it spans. */
function forwardFill(group: string[], header: string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (let j = 0; j < Math.max(group.length, header.length); j++) {
    const g = group[j] ?? '';
    if (g !== '') current = g;
    else if ((header[j] ?? '') === '') current = '';
    out.push(g !== '' ? g : (header[j] ?? '') !== '' ? current : '');
  }
  return out;
}

function dropTrailingNotes(rows: TableRow[]): TableRow[] {
  let end = rows.length;
  while (end > 0 && isNote(rows[end - 1].cells)) end--;
  return rows.slice(0, end);
}

function isNote(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  if (filled.length === 0) return true;
  if (NOTE_START.test(fold(filled[0]).replace(/[:.]/g, ' ').trim())) return true;
  // A lone sentence under the table ("Số liệu do Sở KH&ĐT tổng hợp.") rather than a unit with no figures.
  const only = filled.length === 1 ? filled[0] : null;
  return only != null && (only.split(/\s+/).length >= 8 || /[:.]$/.test(only) || /^\(?\*/.test(only));
}
