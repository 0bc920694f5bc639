// Progress of every task, target and reporting unit of the stored plans, as of a day. Pure: the
// server loads PlanData, this turns it into statuses, strips and summaries the pages show.
//
// Who reports on a target: each unit bound to it; a group ("UBND các huyện, thành phố, thị xã")
// reports through its members (the known units of the levels it names, in the plan's province),
// each on its own figure. A group with no known member stays "chưa báo cáo": nobody can report for it yet.
import type { LinkRow, LinkState, PlanData, ReportRow, TargetRow, TaskRow } from './planData';
import { planWindow } from './planModel';
import { isMemberOf, type PlanUnit } from './planUnits';
import type { Day, MonthWindow } from './periods';
import {
  BEHIND,
  mergeStrips,
  monthStrip,
  STATUS_ORDER,
  targetProgress,
  unitTargetState,
  worstStatus,
  type MonthCell,
  type Progress,
  type ReportPoint,
  type TargetStatus
} from './targetStatus';

export interface UnitProgress {
  unitCode: string;
  unitName: string;
  /** The group that binds it, when it reports as one of the group's members. */
  viaGroup: string | null;
  progress: Progress;
  strip: MonthCell[];
  reports: ReportRow[];
}

export interface GroupProgress {
  code: string;
  name: string;
  members: number;
  reported: number;
  /** Members that reached the target. */
  met: number;
  /** For a percentage of a population ("90% điểm Bưu điện Văn hóa xã"): members that must reach it. */
  needed: number | null;
  status: TargetStatus;
}

export interface TargetProgressView {
  target: TargetRow;
  status: TargetStatus;
  units: UnitProgress[];
  groups: GroupProgress[];
}

export type StatusCounts = Partial<Record<TargetStatus, number>>;

export interface TaskProgress {
  task: TaskRow;
  status: TargetStatus | null;
  targets: TargetProgressView[];
  strip: MonthCell[];
}

export interface PlanProgress {
  planId: string;
  window: MonthWindow;
  tasks: TaskProgress[];
  /** Targets stated without a task (none in the seeds, kept for completeness). */
  counts: StatusCounts;
}

export function countStatuses(statuses: Iterable<TargetStatus | null>): StatusCounts {
  const out: StatusCounts = {};
  for (const s of statuses) if (s) out[s] = (out[s] ?? 0) + 1;
  return out;
}

/** Units a target is reported by: bound units, and the known members of bound groups. */
export function reportingUnits(target: Pick<TargetRow, 'units'>, units: readonly PlanUnit[]): { code: string; viaGroup: string | null }[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const out: { code: string; viaGroup: string | null }[] = [];
  const seen = new Set<string>();
  for (const code of target.units) {
    const u = byCode.get(code);
    if (!u) continue;
    if (u.kind === 'unit') {
      if (!seen.has(code)) out.push({ code, viaGroup: null });
      seen.add(code);
      continue;
    }
    for (const m of units) {
      if (isMemberOf(m, u) && !seen.has(m.code)) {
        seen.add(m.code);
        out.push({ code: m.code, viaGroup: code });
      }
    }
  }
  return out;
}

const key = (targetId: number, unit: string) => `${targetId}|${unit}`;

export function reportIndex(reports: readonly ReportRow[]): Map<string, ReportRow[]> {
  const idx = new Map<string, ReportRow[]>();
  for (const r of [...reports].sort((a, b) => a.id - b.id)) {
    const k = key(r.targetId, r.unitCode);
    if (!idx.has(k)) idx.set(k, []);
    idx.get(k)!.push(r);
  }
  return idx;
}

const points = (rows: readonly ReportRow[]): ReportPoint[] => rows.map((r) => ({ period: r.period, value: r.value, at: r.at }));

export function targetProgressView(
  target: TargetRow,
  units: readonly PlanUnit[],
  reports: Map<string, ReportRow[]>,
  today: Day,
  display: MonthWindow
): TargetProgressView {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const rows = reportingUnits(target, units).map((r): UnitProgress => {
    const mine = reports.get(key(target.id, r.code)) ?? [];
    const { progress, strip } = unitTargetState(target.target, target.window, points(mine), today, display);
    return { unitCode: r.code, unitName: byCode.get(r.code)?.name ?? r.code, viaGroup: r.viaGroup, progress, strip, reports: mine };
  });
  const nothing = targetProgress(target.target, target.window, [], today).status;
  const t = target.target;
  const groups = target.units
    .map((c) => byCode.get(c))
    .filter((u): u is PlanUnit => !!u && u.kind === 'group')
    .map((g): GroupProgress => {
      const members = rows.filter((r) => r.viaGroup === g.code);
      const met = members.filter((m) => m.progress.status === 'dat').length;
      // A percentage of a population is met when that share of its members reached it (each reports its own).
      const needed = t.kind === 'percent' && members.length ? Math.ceil((t.percent / 100) * members.length - 1e-9) : null;
      const worst = members.length ? worstStatus(members.map((m) => m.progress.status))! : nothing;
      const status = needed != null && met >= needed ? 'dat' : worst;
      return { code: g.code, name: g.name, members: members.length, reported: members.filter((m) => m.progress.reports > 0).length, met, needed, status };
    });
  const direct = rows.filter((r) => !r.viaGroup).map((r) => r.progress.status);
  const statuses = [...direct, ...groups.map((g) => g.status)];
  const status = worstStatus(statuses) ?? nothing;
  return { target, status, units: rows, groups };
}

export function taskProgress(
  task: TaskRow,
  targets: readonly TargetRow[],
  units: readonly PlanUnit[],
  reports: Map<string, ReportRow[]>,
  today: Day,
  display: MonthWindow
): TaskProgress {
  const views = targets.filter((t) => t.taskId === task.id).map((t) => targetProgressView(t, units, reports, today, display));
  // A target reached as a whole (a population share met) shows as met, whatever its lagging members.
  const strips = views.flatMap((v) =>
    v.status === 'dat' ? v.units.map((u) => u.strip.map((c) => (c.state === 'missing' || c.state === 'short' ? { ...c, state: 'met' as const } : c))) : v.units.map((u) => u.strip)
  );
  return {
    task,
    status: worstStatus(views.map((v) => v.status)),
    targets: views,
    strip: strips.length ? mergeStrips(strips) : monthStrip({ kind: 'continuous', source: '' }, display, [], today, display)
  };
}

export function planProgress(data: PlanData, planId: string, today: Day): PlanProgress | null {
  const plan = data.plans.find((p) => p.id === planId);
  if (!plan) return null;
  const window = planWindow(plan.period);
  const reports = reportIndex(data.reports);
  const targets = data.targets.filter((t) => t.planId === planId);
  const tasks = data.tasks
    .filter((t) => t.planId === planId)
    .sort((a, b) => a.number - b.number)
    .map((t) => taskProgress(t, targets, data.units, reports, today, window));
  return { planId, window, tasks, counts: countStatuses(tasks.map((t) => t.status)) };
}

// ── Index components ────────────────────────────────────────────────────────────────────────────

export interface ComponentTasks {
  indexId: string;
  component: string;
  tasks: { taskId: number; planId: string; number: number; content: string; status: TargetStatus | null; state: LinkState; reason: string }[];
  counts: StatusCounts;
  suggested: number;
  confirmed: number;
}

/** Per linked component: its tasks and how they stand. */
export function componentTasks(tasks: readonly TaskProgress[], links: readonly LinkRow[]): ComponentTasks[] {
  const byTask = new Map(tasks.map((t) => [t.task.id, t]));
  const out = new Map<string, ComponentTasks>();
  for (const l of links) {
    const t = byTask.get(l.taskId);
    if (!t) continue;
    const k = `${l.indexId}|${l.component}`;
    if (!out.has(k)) out.set(k, { indexId: l.indexId, component: l.component, tasks: [], counts: {}, suggested: 0, confirmed: 0 });
    const c = out.get(k)!;
    c.tasks.push({ taskId: t.task.id, planId: t.task.planId, number: t.task.number, content: t.task.content, status: t.status, state: l.state, reason: l.reason });
    if (l.state === 'confirmed') c.confirmed++;
    else c.suggested++;
  }
  for (const c of out.values()) {
    c.tasks.sort((a, b) => a.planId.localeCompare(b.planId) || a.number - b.number);
    c.counts = countStatuses(c.tasks.map((t) => t.status));
  }
  return [...out.values()].sort((a, b) => b.tasks.length - a.tasks.length || a.indexId.localeCompare(b.indexId) || a.component.localeCompare(b.component));
}

// ── Units ───────────────────────────────────────────────────────────────────────────────────────

export interface UnitTargetRow {
  planId: string;
  task: TaskRow;
  target: TargetRow;
  row: UnitProgress;
}

/** Every target a unit reports on, across plans, with its progress. */
export function unitRows(tasks: readonly TaskProgress[], unitCode: string): UnitTargetRow[] {
  const out: UnitTargetRow[] = [];
  for (const t of tasks) for (const v of t.targets) for (const r of v.units) if (r.unitCode === unitCode) out.push({ planId: t.task.planId, task: t.task, target: v.target, row: r });
  return out;
}

export interface UnitStanding {
  unitCode: string;
  unitName: string;
  counts: StatusCounts;
  /** Its rows that are behind or unreported, worst first. */
  rows: UnitTargetRow[];
}

/** The leader's list: units with targets overdue (quá hạn) or late (chậm), most overdue first. */
export function unitsBehind(tasks: readonly TaskProgress[]): UnitStanding[] {
  const byUnit = new Map<string, UnitStanding>();
  for (const t of tasks)
    for (const v of t.targets)
      for (const r of v.units) {
        if (!byUnit.has(r.unitCode)) byUnit.set(r.unitCode, { unitCode: r.unitCode, unitName: r.unitName, counts: {}, rows: [] });
        const u = byUnit.get(r.unitCode)!;
        u.counts[r.progress.status] = (u.counts[r.progress.status] ?? 0) + 1;
        if (BEHIND.includes(r.progress.status)) u.rows.push({ planId: t.task.planId, task: t.task, target: v.target, row: r });
      }
  const rank = (s: TargetStatus) => STATUS_ORDER.indexOf(s);
  return [...byUnit.values()]
    .filter((u) => u.rows.length > 0)
    .map((u) => ({ ...u, rows: u.rows.sort((a, b) => rank(a.row.progress.status) - rank(b.row.progress.status) || a.task.number - b.task.number) }))
    .sort((a, b) => (b.counts.qua_han ?? 0) - (a.counts.qua_han ?? 0) || (b.counts.cham ?? 0) - (a.counts.cham ?? 0) || a.unitName.localeCompare(b.unitName, 'vi'));
}
