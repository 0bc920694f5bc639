// Which of , ; tab separates the fields. Excel writes ";" where the system decimal mark is a comma
// (Vietnamese Windows), "," elsewhere, and tab for "Unicode text".
import Papa from 'papaparse';
import type { Delimiter } from './types';

const CANDIDATES: Delimiter[] = [',', ';', '\t'];

/**
 * The delimiter under which the most rows share one field count (>1). Title rows have one field under
 * every delimiter; a ";" file with decimal commas also splits evenly on ",", but its header row does not.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 200_000);
  let best: { d: Delimiter; score: number; width: number } = { d: ',', score: -1, width: 0 };
  for (const d of CANDIDATES) {
    const rows = Papa.parse<string[]>(sample, { delimiter: d, preview: 60, skipEmptyLines: 'greedy' }).data;
    const counts = new Map<number, number>();
    for (const r of rows) if (r.length > 1) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let width = 0;
    let score = 0;
    for (const [w, n] of counts) if (n > score || (n === score && w > width)) [width, score] = [w, n];
    if (score > best.score || (score === best.score && width > best.width)) best = { d, score, width };
  }
  return best.d;
}
