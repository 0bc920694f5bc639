// Values must lie on the period's scale: componentScale for components, scale for the total.
import { periodFor, type IndexDefinition } from '../../catalogue/types';
import { issue, msg } from '../messages';
import type { Draft } from '../toObservations';
import type { ImportIssue } from '../types';

export function checkScale(drafts: Draft[], def: IndexDefinition): ImportIssue[] {
  const out: ImportIssue[] = [];
  for (const d of drafts) {
    const v = d.obs.value;
    if (v == null) continue;
    const period = periodFor(def, d.obs.year);
    const scale = d.obs.indicator === 'total' ? period?.scale : period?.componentScale;
    if (scale && (v < scale.min || v > scale.max)) out.push(issue('error', d.row, d.column, msg.outOfScale(d.raw, scale, def, d.obs.year)));
  }
  return out;
}
