// One figure per unit, year and indicator. A repeated wide row is reported once, not once per column.
import { issue, msg } from '../messages';
import type { Draft } from '../toObservations';
import type { ImportIssue, Layout } from '../types';

export function checkDuplicates(drafts: Draft[], layout: Layout): ImportIssue[] {
  const first = new Map<string, Draft>();
  const reported = new Set<string>();
  const out: ImportIssue[] = [];
  for (const d of drafts) {
    const key = `${d.obs.unit_code}|${d.obs.year}|${d.obs.indicator}`;
    const prev = first.get(key);
    if (!prev) {
      first.set(key, d);
      continue;
    }
    const pair = layout === 'wide' ? `${d.row}|${prev.row}` : `${d.row}|${prev.row}|${d.obs.indicator}`;
    if (reported.has(pair)) continue;
    reported.add(pair);
    const indicator = layout === 'long' ? d.indicatorLabel : null;
    out.push(issue('error', d.row, null, msg.duplicate(d.obs.unit_name, d.obs.year, prev.row, indicator)));
  }
  return out;
}
