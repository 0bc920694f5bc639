// Where the period says how the total is built (weighted mean: Σ weight/10 × score; plain sum), a total
// more than 0.05 away from its components is flagged. Weights are derived, not published, so this warns.
// When most rows of a year disagree, the catalogue's weights are the likelier culprit: one warning then.
import { periodFor, type IndexDefinition } from '../../catalogue/types';
import { issue, msg } from '../messages';
import type { Draft } from '../toObservations';
import type { ImportIssue } from '../types';

const TOLERANCE = 0.05;

export function checkTotals(drafts: Draft[], def: IndexDefinition): ImportIssue[] {
  const byUnitYear = new Map<string, Draft[]>();
  for (const d of drafts) {
    const key = `${d.obs.unit_code}|${d.obs.year}`;
    const g = byUnitYear.get(key);
    if (g) g.push(d);
    else byUnitYear.set(key, [d]);
  }
  const perYear = new Map<number, { checked: number; off: ImportIssue[] }>();
  for (const group of byUnitYear.values()) {
    const total = group.find((d) => d.obs.indicator === 'total' && d.obs.value != null);
    if (!total) continue;
    const expected = expectedTotal(group, def, total.obs.year);
    if (expected == null) continue;
    const stats = perYear.get(total.obs.year) ?? { checked: 0, off: [] };
    stats.checked++;
    const agg = periodFor(def, total.obs.year)!.aggregation as 'weighted' | 'sum';
    if (Math.abs(total.obs.value! - expected) > TOLERANCE + 1e-9)
      stats.off.push(issue('warning', total.row, total.column, msg.totalMismatch(total.raw, total.obs.value!, expected, agg)));
    perYear.set(total.obs.year, stats);
  }
  const out: ImportIssue[] = [];
  for (const [year, s] of perYear) {
    if (s.off.length > 3 && s.off.length * 2 > s.checked) out.push(issue('warning', null, null, msg.totalsOffForYear(s.off.length, s.checked, def, year)));
    else for (const i of s.off) out.push(i);
  }
  return out;
}

/** The total the components imply, or null when the period has no rule or a component is missing. */
export function expectedTotal(group: Draft[], def: IndexDefinition, year: number): number | null {
  const period = periodFor(def, year);
  if (!period || period.aggregation === 'none' || period.components.length === 0) return null;
  let sum = 0;
  for (const c of period.components) {
    const v = group.find((d) => d.obs.indicator === c.code)?.obs.value;
    if (v == null) return null;
    if (period.aggregation === 'weighted') {
      if (c.weight == null) return null;
      sum += (c.weight / 10) * v;
    } else sum += v;
  }
  return sum;
}
