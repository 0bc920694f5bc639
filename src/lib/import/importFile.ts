// The one entry point: bytes of an uploaded CSV → observations and Vietnamese issues.
// It never throws: whatever goes wrong inside becomes one error issue, so the upload form always has
// something to show.
import { decodeBytes } from './decodeBytes';
import { detectLayout } from './detectLayout';
import { detectWrongIndex } from './detectWrongIndex';
import { columnOf, mapHeaders } from './mapHeaders';
import { issue, msg } from './messages';
import { yearInText } from './parseYear';
import { readTable } from './readTable';
import { sniffBinary } from './sniffBinary';
import { toObservations } from './toObservations';
import type { ImportIssue, ImportOptions, ImportResult, Table } from './types';
import { validate } from './validate';

import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS } from './limits';

export { DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS };
/** A broken 200,000-row file must not produce a million messages. */
export const MAX_ISSUES = 500;

export function importCsv(bytes: Uint8Array, opts: ImportOptions): ImportResult {
  const result: ImportResult = { ok: false, observations: [], issues: [], encoding: null, delimiter: null, layout: null, mapping: null };
  try {
    run(bytes, opts, result);
  } catch (e) {
    result.observations = [];
    result.issues.push(issue('error', null, null, msg.unreadable(e instanceof Error ? e.message : String(e))));
  }
  return finish(result);
}

function run(bytes: Uint8Array, opts: ImportOptions, result: ImportResult): void {
  const fail = (body: string) => void result.issues.push(issue('error', null, null, body));
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  const def = opts.definition;

  if (bytes.length > maxBytes) return fail(msg.tooLarge(bytes.length, maxBytes));
  if (bytes.length === 0) return fail(msg.empty());
  const { text, encoding } = decodeBytes(bytes);
  result.encoding = encoding;
  const notText = sniffBinary(bytes, text);
  if (notText) return fail(msg.notText(notText));
  if (text.trim() === '') return fail(msg.empty());
  const lines = countLines(text);
  if (lines > maxRows) return fail(msg.tooManyRows(lines, maxRows));

  const read = readTable(text);
  result.delimiter = read.ok ? read.table.delimiter : read.delimiter;
  if (!read.ok) return fail(read.reason === 'empty' ? msg.empty() : read.reason === 'one-column' ? msg.oneColumn() : msg.noHeader());
  const table = read.table;
  for (const p of read.problems)
    result.issues.push(issue('error', p.row, null, p.kind === 'quote' ? msg.unclosedQuote() : msg.shortRow(p.cells, p.expected)));

  const mapping = mapHeaders(table.headers, table.groups, def, opts.mapping);
  result.mapping = mapping;
  if (table.rows.length === 0) return fail(msg.headerOnly());
  const layout = detectLayout(mapping);
  result.layout = layout;

  const wrong = detectWrongIndex(vocabulary(table, mapping.columns.find((c) => c.field === 'indicator')?.index), def, opts.definitions);
  if (wrong) return fail(msg.wrongIndex(wrong.likely, def, wrong.likelyFit, wrong.chosenFit));
  if (!columnOf(mapping, 'unit')) return fail(msg.noUnitColumn(def));
  const data = mapping.columns.some((c) => c.field && (['total', 'value', 'rank', 'band'].includes(c.field) || c.field.startsWith('component:')));
  if (!data) return fail(msg.noDataColumns(def));

  const yearCol = columnOf(mapping, 'year');
  const fallbackYear = opts.year ?? yearInText(table.titleLines) ?? (yearCol ? null : yearInText(table.headers));
  const converted = toObservations({ table, mapping, layout, def, provinces: opts.provinces, fallbackYear, source: opts.source ?? 'Tệp tải lên' });
  const issues = result.issues;
  for (const i of converted.issues) issues.push(i); // a loop, not push(...): 200,000 rows overflow the stack
  if (opts.year != null) {
    const other = [...converted.years].find(([y, at]) => y !== opts.year && at.row != null);
    if (other) issues.push(issue('warning', other[1].row, other[1].column, msg.yearDiffers(other[0], opts.year)));
  }
  for (const i of validate({ drafts: converted.drafts, years: converted.years, mapping, layout, def, now: opts.now })) issues.push(i);
  result.observations = converted.drafts.map((d) => d.obs);
}

/** Headers, plus a long table's indicator names: what tells one index's file from another's. */
function vocabulary(table: Table, indicatorIndex: number | undefined): string[] {
  if (indicatorIndex == null) return table.headers;
  const names = new Set<string>();
  for (const r of table.rows) {
    if (names.size >= 200) break;
    const v = r.cells[indicatorIndex];
    if (v) names.add(v);
  }
  return [...table.headers, ...names];
}

function countLines(text: string): number {
  let n = 0;
  let filled = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (filled) n++;
      filled = false;
    } else if (c !== 13 && c !== 32) filled = true;
  }
  return filled ? n + 1 : n;
}

/** Errors first, then warnings; each by file row (whole-file issues first); capped. ok = no error. */
function finish(result: ImportResult): ImportResult {
  const rank = (i: ImportIssue) => (i.severity === 'error' ? 0 : 1);
  const sorted = result.issues
    .map((i, k) => ({ i, k }))
    .sort((a, b) => rank(a.i) - rank(b.i) || (a.i.row ?? 0) - (b.i.row ?? 0) || a.k - b.k)
    .map((x) => x.i);
  const ok = !sorted.some((i) => i.severity === 'error');
  const issues = sorted.length > MAX_ISSUES ? [...sorted.slice(0, MAX_ISSUES), issue(ok ? 'warning' : 'error', null, null, msg.moreIssues(sorted.length - MAX_ISSUES))] : sorted;
  return { ...result, ok, issues, observations: ok ? result.observations : [] };
}
