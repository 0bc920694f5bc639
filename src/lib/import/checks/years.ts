// A year the index has no methodology for, or one that has not happened yet, cannot hold results.
import { periodFor, type IndexDefinition } from '../../catalogue/types';
import { issue, msg } from '../messages';
import type { YearUse } from '../toObservations';
import type { ImportIssue } from '../types';

export function checkYears(years: Map<number, YearUse>, def: IndexDefinition, now: Date): ImportIssue[] {
  const out: ImportIssue[] = [];
  const thisYear = now.getFullYear();
  for (const [year, at] of years) {
    if (year > thisYear) out.push(issue('error', at.row, at.column, msg.futureYear(year, thisYear)));
    else if (!periodFor(def, year)) out.push(issue('error', at.row, at.column, msg.noPeriod(def, year)));
  }
  return out;
}
