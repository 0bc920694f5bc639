// The "why did it move" part of a unit's page: each component's change since the previous year and,
// where the total is a known combination of the components, each one's weighted share of the total's change.
import { componentName } from '../catalogue/definitions';
import type { IndexDefinition } from '../catalogue/types';
import { totalChangeContributions, type ContributionResult } from '../analysis/totalChangeContributions';
import type { ComponentView } from './provinceView';

export interface ContributionRowView {
  code: string;
  name: string;
  weight: number | null;
  factor: number;
  from: number;
  to: number;
  change: number;
  contribution: number;
}

export type BreakdownContribution =
  | (Omit<Extract<ContributionResult, { status: 'ok' }>, 'rows'> & { rows: ContributionRowView[] })
  | Exclude<ContributionResult, { status: 'ok' }>;

export interface Breakdown {
  year: number;
  previousYear: number;
  /** Component changes in definition order; null where either year is unpublished. */
  changes: { code: string; name: string; change: number | null; from: number | null; to: number | null }[];
  contribution: BreakdownContribution;
}

export function buildBreakdown(
  def: IndexDefinition,
  year: number,
  comps: readonly ComponentView[],
  totals: { current: number | null; previous: number | null }
): Breakdown | null {
  if (comps.length === 0) return null;
  const previousYear = year - 1;
  const changes = comps.map((c) => ({ code: c.code, name: c.name, change: c.change, from: c.previous, to: c.value }));
  if (comps.every((c) => c.previous == null)) return null;
  const scores = (pick: (c: ComponentView) => number | null) => Object.fromEntries(comps.map((c) => [c.code, pick(c)]));
  const result = totalChangeContributions(
    def,
    { year: previousYear, total: totals.previous, scores: scores((c) => c.previous) },
    { year, total: totals.current, scores: scores((c) => c.value) }
  );
  const contribution: BreakdownContribution =
    result.status === 'ok' ? { ...result, rows: result.rows.map((r) => ({ ...r, name: componentName(def, r.code, year) })) } : result;
  return { year, previousYear, changes, contribution };
}
