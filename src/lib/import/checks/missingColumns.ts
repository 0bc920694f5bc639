// A component the period requires but the file never gives: a warning, since a partial table
// (only the total, or only some sub-indices) is still worth importing.
import { periodFor, type IndexDefinition } from '../../catalogue/types';
import { issue, msg } from '../messages';
import type { Draft } from '../toObservations';
import type { HeaderMapping, ImportIssue, Layout } from '../types';

export function checkMissingColumns(drafts: Draft[], years: Iterable<number>, mapping: HeaderMapping, layout: Layout, def: IndexDefinition): ImportIssue[] {
  const out: ImportIssue[] = [];
  const mapped = new Set(mapping.columns.map((c) => c.field));
  const hasTotalColumn = mapped.has('total') || (!mapped.has('indicator') && mapped.has('value'));
  // Long layout: what counts is which indicators each year's rows name.
  const seenByYear = new Map<number, Set<string>>();
  for (const d of drafts) {
    const s = seenByYear.get(d.obs.year) ?? new Set<string>();
    s.add(d.obs.indicator);
    seenByYear.set(d.obs.year, s);
  }
  for (const year of [...years].sort()) {
    const period = periodFor(def, year);
    if (!period) continue;
    const seen = seenByYear.get(year) ?? new Set<string>();
    const present = (code: string) => (layout === 'wide' ? mapped.has(`component:${code}`) : seen.has(code));
    const missing = layout === 'wide' ? msg.missingColumn : msg.missingIndicator;
    for (const c of period.components) if (!present(c.code)) out.push(issue('warning', null, null, missing(c.vi, def, year)));
    const totalPresent = layout === 'wide' ? hasTotalColumn : seen.has('total');
    if (!totalPresent) out.push(issue('warning', null, null, missing(def.total.vi, def, year)));
  }
  return out;
}
