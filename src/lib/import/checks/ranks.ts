// Ranks must follow scores: a unit with a strictly higher score cannot hold a strictly worse rank
// (ties either way are allowed: printed scores are rounded). A rank above the number of ranked units
// is kept but flagged (data/README: Tiền Giang 2007 prints 65 of 64).
import { rankedUnitsFor, type IndexDefinition } from '../../catalogue/types';
import { issue, msg } from '../messages';
import type { Draft } from '../toObservations';
import type { ImportIssue } from '../types';

type Ranked = Draft & { obs: Draft['obs'] & { value: number; rank: number } };

export function checkRanks(drafts: Draft[], def: IndexDefinition): ImportIssue[] {
  const out: ImportIssue[] = [];
  const groups = new Map<string, Ranked[]>();
  for (const d of drafts) {
    if (d.obs.rank == null) continue;
    const ranked = rankedUnitsFor(def, d.obs.year);
    if (d.obs.rank > ranked) out.push(issue('warning', d.row, d.rankColumn, msg.rankTooHigh(d.obs.rank, ranked, d.obs.year)));
    if (d.obs.value == null) continue;
    const key = `${d.obs.year}|${d.obs.indicator}`;
    const g = groups.get(key);
    if (g) g.push(d as Ranked);
    else groups.set(key, [d as Ranked]);
  }
  for (const g of groups.values()) for (const i of contradictions(g)) out.push(i);
  return out;
}

/**
 * Each contradiction names the unit out of line and one unit it conflicts with. Both directions are
 * computed (too good a rank for its score / too bad) and the shorter list is kept, so one wrong rank
 * yields one message, not one per unit it overtakes.
 */
function contradictions(g: Ranked[]): ImportIssue[] {
  const tooBad = sweep([...g].sort((a, b) => a.obs.value - b.obs.value), (d, best) => d.obs.rank > best.obs.rank, (a, b) => a.obs.rank < b.obs.rank);
  const tooGood = sweep([...g].sort((a, b) => b.obs.value - a.obs.value), (d, worst) => d.obs.rank < worst.obs.rank, (a, b) => a.obs.rank > b.obs.rank);
  const pick = tooBad.length <= tooGood.length ? tooBad : tooGood;
  return pick.map(([d, o]) =>
    issue('warning', d.row, d.rankColumn, msg.rankContradiction(d.obs.unit_name, d.obs.rank, d.obs.value, o.obs.unit_name, o.obs.rank, o.obs.value))
  );
}

/** Walks scores in order; `ref` is the most extreme rank among strictly earlier scores. */
function sweep(sorted: Ranked[], conflicts: (d: Ranked, ref: Ranked) => boolean, better: (a: Ranked, b: Ranked) => boolean): [Ranked, Ranked][] {
  const found: [Ranked, Ranked][] = [];
  let ref: Ranked | null = null;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j].obs.value === sorted[i].obs.value) j++;
    for (let k = i; k < j; k++) if (ref && conflicts(sorted[k], ref)) found.push([sorted[k], ref]);
    for (let k = i; k < j; k++) if (!ref || better(sorted[k], ref)) ref = sorted[k];
    i = j;
  }
  return found;
}
