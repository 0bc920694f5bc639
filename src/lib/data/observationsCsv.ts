// The long table as one CSV file: what the browser's DuckDB loads, and the server's too.
import { OBSERVATION_COLUMNS, type Observation } from './observation';

function cell(v: unknown): string {
  if (v == null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function observationsToCsv(rows: readonly Observation[]): string {
  const lines = [OBSERVATION_COLUMNS.join(',')];
  for (const r of rows) lines.push(OBSERVATION_COLUMNS.map((c) => cell(r[c])).join(','));
  return lines.join('\n') + '\n';
}
