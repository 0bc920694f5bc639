// A unit's reports as a CSV, held to the standard of index uploads: any encoding Excel writes
// (decodeBytes), ",", ";" or tab, title rows above the header, notes below (readTable), decimal commas
// decided per column (parseNumber), every problem in Vietnamese at its row and column, and nothing
// accepted unless every row is right.
import { decodeBytes, type Encoding } from '../import/decodeBytes';
import { headerKey } from '../import/headerKey';
import { issue, msg } from '../import/messages';
import { detectNumberStyle, parseNumber } from '../import/parseNumber';
import { readTable } from '../import/readTable';
import { sniffBinary } from '../import/sniffBinary';
import type { Delimiter, ImportIssue } from '../import/types';
import type { Day } from './periods';
import { unitKey } from './planUnits';
import { checkReport, type ReportDraft, type ReportField, type ReportTarget } from './reportInput';

export const REPORT_CSV_MAX_BYTES = 2 * 1024 * 1024;
export const REPORT_CSV_MAX_ROWS = 5000;
const MAX_ISSUES = 200;

type Col = 'target' | 'unit' | 'period' | 'value' | 'note' | 'evidence';

// Header names as people write them (compared without diacritics, case or punctuation).
const HEADERS: Record<Col, string[]> = {
  target: ['ma muc tieu', 'ma chi tieu', 'muc tieu so', 'so muc tieu', 'id muc tieu', 'ma'],
  unit: ['don vi', 'don vi bao cao', 'ma don vi', 'co quan', 'co quan bao cao'],
  period: ['ky', 'ky bao cao', 'thang', 'quy', 'thang quy', 'thoi gian', 'ky thang quy'],
  value: ['gia tri', 'gia tri thuc hien', 'so thuc hien', 'thuc hien', 'ket qua', 'so luong', 'so luong thuc hien'],
  note: ['ghi chu', 'noi dung', 'noi dung thuc hien', 'mo ta'],
  evidence: ['minh chung', 'duong dan minh chung', 'link minh chung', 'duong dan', 'lien ket', 'link']
};

/** Template column titles (what /api/reports/mau.csv writes). */
export const TEMPLATE_HEADERS: Record<Col, string> = {
  target: 'Mã mục tiêu',
  unit: 'Đơn vị',
  period: 'Kỳ',
  value: 'Giá trị',
  note: 'Ghi chú',
  evidence: 'Minh chứng'
};

const LABEL: Record<ReportField, Col> = { target: 'target', unit: 'unit', period: 'period', value: 'value', note: 'note', evidence: 'evidence' };

export interface ReportCsvContext {
  targets: ReadonlyMap<number, ReportTarget>;
  /** Every unit plans name, to read a unit written by code or by name in any spelling. */
  units: readonly { code: string; name: string }[];
  /** The units this user reports for (shown when a name is not recognised). */
  userUnits: readonly { code: string; name: string }[];
  unitName: (code: string) => string;
  today: Day;
}

export interface ReportCsvResult {
  ok: boolean;
  /** Empty unless ok: a file with an error writes nothing. */
  reports: ReportDraft[];
  issues: ImportIssue[];
  encoding: Encoding | null;
  delimiter: Delimiter | null;
  rowCount: number;
  /** How each needed column was found ("Giá trị" ← "Số thực hiện"). */
  columns: Partial<Record<Col, string>>;
  /** Some row is for a unit the user may not report for (the endpoint answers 403). */
  forbidden: boolean;
}

function findColumns(headers: string[]): Partial<Record<Col, number>> {
  const keys = headers.map(headerKey);
  const out: Partial<Record<Col, number>> = {};
  for (const col of Object.keys(HEADERS) as Col[]) {
    const i = keys.findIndex((k, j) => HEADERS[col].includes(k) && !Object.values(out).includes(j));
    if (i >= 0) out[col] = i;
  }
  return out;
}

export function parseReportCsv(bytes: Uint8Array, ctx: ReportCsvContext): ReportCsvResult {
  const result: ReportCsvResult = { ok: false, reports: [], issues: [], encoding: null, delimiter: null, rowCount: 0, columns: {}, forbidden: false };
  const fail = (message: string) => {
    result.issues.push(issue('error', null, null, message));
    return result;
  };
  try {
    if (bytes.length > REPORT_CSV_MAX_BYTES) return fail(msg.tooLarge(bytes.length, REPORT_CSV_MAX_BYTES));
    if (bytes.length === 0) return fail(msg.empty());
    const { text, encoding } = decodeBytes(bytes);
    result.encoding = encoding;
    const notText = sniffBinary(bytes, text);
    if (notText) return fail(msg.notText(notText));
    if (!text.trim()) return fail(msg.empty());
    const lines = text.split(/\r\n|\r|\n/).length;
    if (lines > REPORT_CSV_MAX_ROWS + 50) return fail(msg.tooManyRows(lines, REPORT_CSV_MAX_ROWS));
    const read = readTable(text);
    result.delimiter = read.ok ? read.table.delimiter : read.delimiter;
    if (!read.ok) return fail(read.reason === 'empty' ? msg.empty() : read.reason === 'one-column' ? msg.oneColumn() : msg.noHeader());
    const table = read.table;
    const cols = findColumns(table.headers);
    result.columns = Object.fromEntries(Object.entries(cols).map(([k, i]) => [k, table.headers[i as number]]));
    const missing = (['target', 'period', 'value'] as Col[]).filter((c) => cols[c] == null);
    if (missing.length)
      return fail(
        `Thiếu cột ${missing.map((c) => `"${TEMPLATE_HEADERS[c]}"`).join(', ')}. Tệp cần các cột: ${Object.values(TEMPLATE_HEADERS).join(', ')} (tải tệp mẫu để xem).`
      );
    if (table.rows.length === 0) return fail(msg.headerOnly());
    if (table.rows.length > REPORT_CSV_MAX_ROWS) return fail(msg.tooManyRows(table.rows.length, REPORT_CSV_MAX_ROWS));
    result.rowCount = table.rows.length;

    const valueStyle = detectNumberStyle(table.rows.map((r) => r.cells[cols.value!] ?? '')) ?? (table.delimiter === ';' ? 'comma' : 'dot');
    const header = (c: Col) => table.headers[cols[c] ?? -1] ?? TEMPLATE_HEADERS[c];
    const at = (cells: string[], c: Col) => (cols[c] == null ? '' : (cells[cols[c]!] ?? '').trim());
    const seen = new Map<string, number>();
    const units = ctx.units.map((u) => ({ ...u, key: unitKey(u.name) }));
    const mine = new Set(ctx.userUnits.map((u) => u.code));

    let blank = 0;
    for (const row of table.rows) {
      if (result.issues.length >= MAX_ISSUES) break;
      const err = (c: Col | null, message: string) => result.issues.push(issue('error', row.row, c ? header(c) : null, message));
      // A template row nobody filled in (target and unit pre-filled, nothing reported): not an error.
      if (!at(row.cells, 'period') && !at(row.cells, 'value') && !at(row.cells, 'note') && !at(row.cells, 'evidence')) {
        blank++;
        continue;
      }
      const rawTarget = at(row.cells, 'target').replace(/^#/, '');
      const targetId = /^\d{1,9}$/.test(rawTarget) ? Number(rawTarget) : null;
      if (rawTarget && targetId == null) {
        err('target', `“${rawTarget}” không phải là mã mục tiêu (một số, ví dụ 12).`);
        continue;
      }
      const target = targetId != null ? ctx.targets.get(targetId) : undefined;

      // Unit: a code, a name in any spelling, or nothing when the user has one unit for this target.
      const rawUnit = at(row.cells, 'unit');
      let unitCode = '';
      if (rawUnit) {
        const byCode = units.find((u) => u.code === rawUnit);
        // Several units can share a spelling across provinces: the user's own one wins.
        const byName = units.filter((u) => u.key === unitKey(rawUnit)).sort((a, b) => Number(mine.has(b.code)) - Number(mine.has(a.code)));
        if (byCode) unitCode = byCode.code;
        else if (byName.length) unitCode = byName[0].code;
        else {
          err('unit', `Không nhận ra đơn vị “${rawUnit}”. Đơn vị của tài khoản: ${ctx.userUnits.map((u) => u.name).join('; ') || 'chưa được giao đơn vị nào'}.`);
          continue;
        }
      } else if (target && target.reportableUnits.length === 1) unitCode = target.reportableUnits[0];
      else if (target && target.reportableUnits.length > 1) {
        err('unit', `Tài khoản báo cáo cho nhiều đơn vị của mục tiêu này: ghi rõ đơn vị (${target.reportableUnits.map(ctx.unitName).join('; ')}).`);
        continue;
      }

      const rawValue = at(row.cells, 'value');
      const parsed = parseNumber(rawValue, valueStyle);
      if (!parsed.ok) {
        err('value', msg.notANumber(rawValue));
        continue;
      }
      const check = checkReport(
        { targetId, unitCode, period: at(row.cells, 'period'), value: parsed.value, note: at(row.cells, 'note'), evidence: at(row.cells, 'evidence') },
        { target, unitName: ctx.unitName, today: ctx.today }
      );
      if (!check.ok) {
        for (const p of check.problems) {
          err(LABEL[p.field], p.message);
          if (p.forbidden) result.forbidden = true;
        }
        continue;
      }
      const key = `${check.report.targetId}|${check.report.unitCode}|${check.report.period}`;
      const first = seen.get(key);
      if (first != null) {
        err(null, `Mục tiêu ${check.report.targetId}, ${ctx.unitName(check.report.unitCode)}, kỳ ${at(row.cells, 'period')} bị trùng với dòng ${first}.`);
        continue;
      }
      seen.set(key, row.row);
      result.reports.push(check.report);
    }
    if (result.issues.length >= MAX_ISSUES) result.issues.push(issue('error', null, null, msg.moreIssues(result.rowCount - result.reports.length)));
    if (blank && blank === table.rows.length) result.issues.push(issue('error', null, null, 'Tệp chưa có dòng nào được điền kỳ báo cáo và giá trị.'));
    else if (blank) result.issues.push(issue('warning', null, null, `Bỏ qua ${blank} dòng chưa điền (không có kỳ, giá trị, ghi chú).`));
  } catch (e) {
    result.issues.push(issue('error', null, null, msg.unreadable(e instanceof Error ? e.message : String(e))));
  }
  result.ok = result.issues.every((i) => i.severity !== 'error') && result.reports.length > 0;
  if (!result.ok) result.reports = [];
  // A row for a unit the user does not report for makes the whole file a 403.
  result.forbidden = result.forbidden && !result.ok;
  return result;
}
