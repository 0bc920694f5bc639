// Parses a plan appendix (PHỤ LỤC) pasted from Word as tab-separated rows, the shape of seed 002:
// the header row is repeated after every page break, a row cut by a page break continues in the
// first row of the next page, extra product rows of a task have an empty TT cell, and a "Tổng"
// row closes the table. Columns are found by their header names, not by position.
import type { Target, Task, TaskProduct } from './types';
import { parseTargetPhrase } from './parseTargetPhrase';
import { cleanPhrase, splitBullets, stripMarkup } from './phraseText';
import { splitUnits } from './splitUnits';
import { fold } from '../text/vietnamese';

export interface AppendixWarning {
  line: number;
  message: string;
}

export interface AppendixResult {
  tasks: Task[];
  warnings: AppendixWarning[];
}

export type Column = 'number' | 'content' | 'product' | 'lead' | 'cooperating' | 'time' | 'note';
/** One row of the table as cells: what the import preview shows and lets the user correct. */
export type AppendixCells = Record<Column, string>;
type Cells = AppendixCells;
export const COLUMNS: readonly Column[] = ['number', 'content', 'product', 'lead', 'cooperating', 'time', 'note'];

interface Row {
  line: number;
  cells: Cells;
}

interface DraftTask {
  number: number;
  line: number;
  rows: Row[];
}

const COLUMN_NAMES: [Column, RegExp][] = [
  ['number', /^(tt|stt)$/],
  ['content', /nhiem vu|noi dung/],
  ['product', /san pham/],
  ['lead', /chu tri/],
  ['cooperating', /phoi hop/],
  ['time', /thoi gian|tien do/],
  ['note', /ghi chu/]
];

const cell = (s: string | undefined) => cleanPhrase(stripMarkup(s ?? ''));

function headerColumns(line: string): (Column | null)[] | null {
  if (!line.includes('\t')) return null;
  const names = line.split('\t').map((c) => fold(cell(c)));
  if (!/^s?tt$/.test(names[0] ?? '') || !names.some((n) => /nhiem vu/.test(n))) return null;
  return names.map((n) => COLUMN_NAMES.find(([, re]) => re.test(n))?.[0] ?? null);
}

function toCells(parts: string[], columns: (Column | null)[]): Cells {
  const cells: Cells = { number: '', content: '', product: '', lead: '', cooperating: '', time: '', note: '' };
  columns.forEach((col, i) => {
    if (col) cells[col] = cell(parts[i]);
  });
  return cells;
}

const join = (a: string, b: string) => (a && b ? `${a} ${b}` : a || b);

/** A page-break continuation: a cell starts mid-sentence (lower case) or the lead unit is missing. */
function continuesPrevious(c: Cells): boolean {
  const filled = Object.values(c).filter(Boolean);
  return filled.some((v) => /^\p{Ll}/u.test(v)) || !c.lead;
}

const FREQUENCY_LABEL = /^số lượng(?: và tần suất)?[^:]{0,60}:\s*/iu;
const COUNTED = new Set<Target['kind']>(['rate', 'total', 'quota', 'percent']);

/** Splits the THỜI GIAN cell: bullets stating a count go to frequency, the rest to schedule. */
function splitTime(text: string): { schedule: string[]; frequency: string[]; targets: Target[] } {
  const schedule: string[] = [];
  const frequency: string[] = [];
  const targets: Target[] = [];
  for (const bullet of splitBullets(text)) {
    const found = parseTargetPhrase(bullet);
    targets.push(...found);
    const label = FREQUENCY_LABEL.exec(bullet);
    if (label) frequency.push(bullet.slice(label[0].length));
    else if (found.some((t) => COUNTED.has(t.kind))) frequency.push(bullet);
    else schedule.push(bullet);
  }
  return { schedule, frequency, targets };
}

function distinct(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

function buildProduct(row: Row): TaskProduct {
  const c = row.cells;
  const time = splitTime(c.time);
  return {
    text: c.product,
    items: splitBullets(c.product),
    leadUnits: splitUnits(c.lead),
    cooperatingUnits: splitUnits(c.cooperating),
    leadText: c.lead,
    cooperatingText: c.cooperating,
    schedule: time.schedule.join('; '),
    frequency: time.frequency.join('; '),
    timeText: c.time,
    note: c.note,
    targets: time.targets,
    line: row.line
  };
}

function buildTask(draft: DraftTask, warn: (line: number, message: string) => void): Task {
  const products = draft.rows.map(buildProduct);
  products.forEach((p) => {
    if (p.leadUnits.length === 0) warn(p.line, `Nhiệm vụ ${draft.number}: thiếu cơ quan chủ trì.`);
    if (!p.timeText) warn(p.line, `Nhiệm vụ ${draft.number}: thiếu thời gian thực hiện.`);
    for (const t of p.targets) {
      if (t.kind === 'unquantified') warn(p.line, `Nhiệm vụ ${draft.number}: chưa lượng hoá được “${t.text}”, giữ nguyên văn bản.`);
    }
  });
  const seen = new Set<string>();
  const targets = products.flatMap((p) => p.targets).filter((t) => !seen.has(JSON.stringify(t)) && seen.add(JSON.stringify(t)));
  return {
    number: draft.number,
    content: distinct(draft.rows.map((r) => r.cells.content)).join(' '),
    products,
    leadUnits: distinct(products.flatMap((p) => p.leadUnits)),
    cooperatingUnits: distinct(products.flatMap((p) => p.cooperatingUnits)),
    schedule: distinct(products.map((p) => p.schedule)).join('; '),
    frequency: distinct(products.map((p) => p.frequency)).join('; '),
    note: distinct(products.map((p) => p.note)).join('; '),
    targets,
    line: draft.line
  };
}

export function parsePlanAppendix(text: string): AppendixResult {
  const warnings: AppendixWarning[] = [];
  const warn = (line: number, message: string) => warnings.push({ line, message });
  const lines = typeof text === 'string' ? text.normalize('NFC').split(/\r\n|\r|\n/) : [];

  let columns: (Column | null)[] | null = null;
  let afterBreak = false;
  let closed = false;
  const drafts: DraftTask[] = [];

  for (let i = 0; i < lines.length && !closed; i++) {
    const lineNo = i + 1;
    const line = lines[i];
    const header = headerColumns(line);
    if (header) {
      if (!columns) {
        columns = header;
        const missing = COLUMN_NAMES.map(([c]) => c).filter((c) => !header.includes(c));
        if (missing.length) warn(lineNo, `Dòng tiêu đề thiếu cột: ${missing.join(', ')}.`);
      }
      afterBreak = true; // a repeated header marks a page break
      continue;
    }
    if (!columns) continue;
    if (!cell(line)) {
      afterBreak = true;
      continue;
    }
    const parts = line.split('\t');
    const first = fold(cell(parts.find((p) => cell(p)) ?? ''));
    if (/^tong( cong)?$/.test(first)) {
      if (parts.filter((p) => cell(p)).length > 1) warn(lineNo, 'Dòng “Tổng” có số liệu; không tính là nhiệm vụ.');
      closed = true;
      continue;
    }
    if (parts.length < 2) {
      warn(lineNo, 'Dòng không có ô nào (không có dấu tab) giữa bảng; bỏ qua.');
      continue;
    }
    if (parts.length !== columns.length) warn(lineNo, `Dòng có ${parts.length} ô, bảng có ${columns.length} cột.`);
    const cells = toCells(parts, columns);
    const current = drafts[drafts.length - 1];
    const numberMatch = /^(\d{1,3})\.?$/.exec(cells.number);

    if (numberMatch) {
      const number = Number(numberMatch[1]);
      const expected = current ? current.number + 1 : 1;
      if (number !== expected) warn(lineNo, `Số thứ tự ${number} không liền sau ${expected - 1}.`);
      drafts.push({ number, line: lineNo, rows: [{ line: lineNo, cells }] });
    } else if (cells.number) {
      warn(lineNo, `Số thứ tự không đọc được: “${cells.number}”; bỏ qua dòng.`);
    } else if (!current) {
      warn(lineNo, 'Dòng không có số thứ tự trước nhiệm vụ đầu tiên; bỏ qua.');
    } else if (afterBreak && continuesPrevious(cells)) {
      const last = current.rows[current.rows.length - 1];
      for (const key of Object.keys(cells) as Column[]) last.cells[key] = join(last.cells[key], cells[key]);
    } else {
      if (cells.content) warn(lineNo, `Nhiệm vụ ${current.number}: dòng sản phẩm có thêm nội dung nhiệm vụ; đã ghép vào nhiệm vụ.`);
      current.rows.push({ line: lineNo, cells });
    }
    afterBreak = false;
  }

  if (!columns) warn(1, 'Không tìm thấy dòng tiêu đề của bảng phụ lục (TT, NHIỆM VỤ, …).');
  else if (!closed) warn(lines.length, 'Bảng không có dòng “Tổng” kết thúc.');
  const tasks = drafts.map((d) => buildTask(d, warn));
  warnings.sort((a, b) => a.line - b.line);
  return { tasks, warnings };
}

/**
 * Tasks from rows the user has seen and corrected (the import preview): a row with a number starts a
 * task, a row without one is another product of the task above. Same rules and warnings as the parser.
 */
export function tasksFromRows(rows: readonly (AppendixCells & { line?: number })[]): AppendixResult {
  const warnings: AppendixWarning[] = [];
  const warn = (line: number, message: string) => warnings.push({ line, message });
  const drafts: DraftTask[] = [];
  rows.forEach((raw, i) => {
    const line = raw.line ?? i + 1;
    const cells = Object.fromEntries(COLUMNS.map((c) => [c, cell(typeof raw[c] === 'string' ? raw[c] : '')])) as Cells;
    if (COLUMNS.every((c) => !cells[c])) return;
    const current = drafts[drafts.length - 1];
    const numberMatch = /^(\d{1,3})\.?$/.exec(cells.number);
    if (numberMatch) {
      const number = Number(numberMatch[1]);
      const expected = current ? current.number + 1 : 1;
      if (number !== expected) warn(line, `Số thứ tự ${number} không liền sau ${expected - 1}.`);
      if (drafts.some((d) => d.number === number)) warn(line, `Số thứ tự ${number} bị trùng.`);
      drafts.push({ number, line, rows: [{ line, cells }] });
    } else if (cells.number) {
      warn(line, `Số thứ tự không đọc được: “${cells.number}”; bỏ qua dòng.`);
    } else if (!current) {
      warn(line, 'Dòng không có số thứ tự trước nhiệm vụ đầu tiên; bỏ qua.');
    } else {
      if (cells.content) warn(line, `Nhiệm vụ ${current.number}: dòng sản phẩm có thêm nội dung nhiệm vụ; đã ghép vào nhiệm vụ.`);
      current.rows.push({ line, cells });
    }
  });
  const tasks = drafts.map((d) => buildTask(d, warn));
  warnings.sort((a, b) => a.line - b.line);
  return { tasks, warnings };
}

/** The cells of each product row, as the preview table shows them (the task's number and content on its first row). */
export function rowsOfTasks(tasks: readonly Task[]): (AppendixCells & { line: number })[] {
  return tasks.flatMap((t) =>
    t.products.map((p, i) => ({
      number: i === 0 ? `${t.number}.` : '',
      content: i === 0 ? t.content : '',
      product: p.text,
      lead: p.leadText,
      cooperating: p.cooperatingText,
      time: p.timeText,
      note: p.note,
      line: p.line
    }))
  );
}

const HEADER_ROW = 'TT\tNHIỆM VỤ\tSẢN PHẨM\tCƠ QUAN CHỦ TRÌ\tCƠ QUAN PHỐI HỢP\tTHỜI GIAN THỰC HIỆN\tGHI CHÚ';

/** The tasks back to an appendix table (tab-separated, one row per product, closing "Tổng"): parses to the same tasks. */
export function appendixToTsv(tasks: readonly Task[]): string {
  return rowsToTsv(rowsOfTasks(tasks));
}

/** Rows of cells as an appendix table with its header and closing "Tổng" row. */
export function rowsToTsv(rows: readonly AppendixCells[]): string {
  const flat = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  const lines = rows.map((r) => COLUMNS.map((c) => flat(r[c] ?? '')).join('\t'));
  return [HEADER_ROW, ...lines, 'Tổng' + '\t'.repeat(COLUMNS.length - 1)].join('\n') + '\n';
}
