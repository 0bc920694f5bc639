// Everything a report check needs for one user: the plans, the targets they may report on, their units.
import type { User } from '../auth/users';
import type { StoreCore } from '../store/types';
import type { PlanData } from '../../plans/planData';
import type { ReportTarget } from '../../plans/reportInput';
import { vietnamDay, type Day } from '../../plans/periods';
import { readPlanData } from './planStore';
import { reportTargets, userUnitCodes } from './reports';

export interface ReportContext {
  data: PlanData;
  targets: Map<number, ReportTarget>;
  userUnits: { code: string; name: string }[];
  unitName: (code: string) => string;
  /** Reports are checked against the real day, never a ?ngay= look back. */
  today: Day;
}

export function reportContext(store: StoreCore, user: Pick<User, 'id'>): ReportContext {
  const data = readPlanData(store);
  const mine = userUnitCodes(store, user.id);
  const names = new Map(data.units.map((u) => [u.code, u.name]));
  return {
    data,
    targets: reportTargets(data, mine),
    userUnits: mine.map((c) => ({ code: c, name: names.get(c) ?? c })),
    unitName: (c) => names.get(c) ?? c,
    today: vietnamDay(store.now())
  };
}
