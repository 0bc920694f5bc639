// Checks across rows, on the drafts toObservations built. Each check is a file of its own in checks/.
import type { IndexDefinition } from '../catalogue/types';
import { checkDuplicates } from './checks/duplicates';
import { checkMissingColumns } from './checks/missingColumns';
import { checkRanks } from './checks/ranks';
import { checkScale } from './checks/scale';
import { checkTotals } from './checks/totals';
import { checkYears } from './checks/years';
import type { Draft, YearUse } from './toObservations';
import type { HeaderMapping, ImportIssue, Layout } from './types';

export interface ValidateInput {
  drafts: Draft[];
  years: Map<number, YearUse>;
  mapping: HeaderMapping;
  layout: Layout;
  def: IndexDefinition;
  now: Date;
}

export function validate(input: ValidateInput): ImportIssue[] {
  const { drafts, years, mapping, layout, def, now } = input;
  return [
    ...checkYears(years, def, now),
    ...checkMissingColumns(drafts, years.keys(), mapping, layout, def),
    ...checkScale(drafts, def),
    ...checkDuplicates(drafts, layout),
    ...checkRanks(drafts, def),
    ...checkTotals(drafts, def)
  ];
}
