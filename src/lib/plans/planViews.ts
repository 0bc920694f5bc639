// View models of the plan pages, built from progress and (for index components) trend series the
// server read from DuckDB. Plain data with Vietnamese text; the Svelte pages only render them.
import type { Successor } from './successor';
import type { IndexDefinition } from '../catalogue/types';
import { componentName } from '../catalogue/definitions';
import { formatNumber } from '../text/vietnamese';
import { actualText, describeTarget, expectedText, saysWhen } from './describeTarget';
import { periodLabel, windowLabel, type MonthWindow } from './periods';
import type { PlanRow, TargetRow, TaskRow } from './planData';
import { LEVEL_LABEL, type PlanUnit } from './planUnits';
import type { ComponentTasks, StatusCounts, TaskProgress, UnitProgress } from './progress';
import { STATUS_LABEL, STATUS_ORDER, type MonthCell, type TargetStatus } from './targetStatus';

export interface TrendPointView {
  year: number;
  value: number | null;
}

export interface SeriesView {
  unitCode: string;
  unitName: string;
  points: TrendPointView[];
}

export interface ComponentView {
  indexId: string;
  indexShort: string;
  component: string;
  name: string;
  tasks: ComponentTasks['tasks'];
  counts: StatusCounts;
  suggested: number;
  confirmed: number;
  series: SeriesView[];
  /** "Tính minh bạch: 8 nhiệm vụ, 6 đúng tiến độ; 5,70 (2022) → 5,95 (2023)". */
  headline: string;
  /** The move of the first series between its last two published years, or null. */
  change: { fromYear: number; from: number; toYear: number; to: number } | null;
  /** Top of the component's scale, or null when its components have different maxima (PAR INDEX). */
  scaleMax: number | null;
}

/** "2 đạt, 5 đúng tiến độ, 1 chậm": only statuses present, worst-first order reversed to read well. */
export function countsText(counts: StatusCounts): string {
  const order: TargetStatus[] = ['qua_han', 'cham', 'dat', 'dung_tien_do', 'chua_bao_cao', 'chua_den_ky', 'khong_do_duoc'];
  return order
    .filter((s) => counts[s])
    .map((s) => `${counts[s]} ${STATUS_LABEL[s]}`)
    .join(', ');
}

export function lastTwo(points: readonly TrendPointView[]): ComponentView['change'] {
  const withValue = points.filter((p): p is { year: number; value: number } => p.value != null).sort((a, b) => a.year - b.year);
  const to = withValue.at(-1);
  const from = withValue.at(-2);
  return to && from ? { fromYear: from.year, from: from.value, toYear: to.year, to: to.value } : to ? { fromYear: to.year, from: to.value, toYear: to.year, to: to.value } : null;
}

/**
 * "5,70 (2022) → 5,95 (2023)", one year alone as "7,67 (2021)"; a department's or district's figure is
 * named ("Sở Tư pháp 7,50 (2021)"), the province's is not.
 */
export function moveText(series: readonly SeriesView[], change: ComponentView['change']): string {
  const who = series.length && series[0].unitCode.includes(':') ? `${series[0].unitName} ` : '';
  if (!change) return 'chưa có số liệu';
  return change.fromYear === change.toYear
    ? `${who}${formatNumber(change.to)} (${change.toYear})`
    : `${who}${formatNumber(change.from)} (${change.fromYear}) → ${formatNumber(change.to)} (${change.toYear})`;
}

export function componentView(c: ComponentTasks, allSeries: SeriesView[], defs: readonly IndexDefinition[]): ComponentView {
  const def = defs.find((d) => d.id === c.indexId);
  // A unit on record in the index but with no value for this component draws nothing: leave it out.
  const series = allSeries.filter((s) => s.points.some((p) => p.value != null));
  const latestYear = Math.max(0, ...series.flatMap((s) => s.points.filter((p) => p.value != null).map((p) => p.year)));
  // An index the catalogue does not have yet (DTI, named by seed 004) is still named in Vietnamese.
  const name = def
    ? componentName(def, c.component, latestYear || new Date().getFullYear())
    : c.component === 'total'
      ? `Điểm ${c.indexId.toUpperCase()} (chưa có trong danh mục chỉ số)`
      : `${c.component} (chưa có trong danh mục chỉ số)`;
  const change = series.length ? lastTwo(series[0].points) : null;
  const move = moveText(series, change);
  const counts = countsText(c.counts);
  const period = def?.periods.at(-1);
  return {
    indexId: c.indexId,
    indexShort: def?.short ?? c.indexId.toUpperCase(),
    component: c.component,
    name,
    tasks: c.tasks,
    counts: c.counts,
    suggested: c.suggested,
    confirmed: c.confirmed,
    series,
    headline: `${name}: ${c.tasks.length} nhiệm vụ${counts ? `, ${counts}` : ''}; ${move}`,
    change,
    scaleMax: c.component === 'total' ? (period?.scale.max ?? null) : (period?.componentScale?.max ?? null)
  };
}

// ── Rows of a target per unit ───────────────────────────────────────────────────────────────────

export interface TargetUnitLine {
  unitCode: string;
  unitName: string;
  viaGroup: string | null;
  status: TargetStatus;
  statusLabel: string;
  actual: string | null;
  expected: string;
  lastPeriod: string | null;
  reports: number;
  strip: MonthCell[];
}

export function targetUnitLine(t: TargetRow, u: UnitProgress, units: ReadonlyMap<string, PlanUnit>): TargetUnitLine {
  return {
    unitCode: u.unitCode,
    unitName: u.unitName,
    viaGroup: u.viaGroup ? (units.get(u.viaGroup)?.name ?? u.viaGroup) : null,
    status: u.progress.status,
    statusLabel: STATUS_LABEL[u.progress.status],
    actual: actualText(t.target, u.progress),
    expected: expectedText(t.target, u.progress, t.window),
    lastPeriod: u.progress.lastPeriod ? periodLabel(u.progress.lastPeriod) : null,
    reports: u.progress.reports,
    strip: u.strip
  };
}

export interface TargetLine {
  id: number;
  text: string;
  kind: string;
  source: string;
  window: string;
  /** The target's own words already say when (no need to repeat the window). */
  saysWhen: boolean;
  measurable: boolean;
  status: TargetStatus;
  statusLabel: string;
  productText: string | null;
  units: TargetUnitLine[];
  groups: { code: string; name: string; members: number; reported: number; met: number; needed: number | null; status: TargetStatus; statusLabel: string }[];
}

export function targetLine(task: TaskRow, v: TaskProgress['targets'][number], units: ReadonlyMap<string, PlanUnit>): TargetLine {
  const t = v.target;
  const product = task.products.find((p) => p.id === t.productId);
  return {
    id: t.id,
    text: describeTarget(t.target),
    kind: t.target.kind,
    source: t.target.source,
    window: windowLabel(t.window),
    saysWhen: saysWhen(t.target),
    measurable: !['continuous', 'unquantified'].includes(t.target.kind),
    status: v.status,
    statusLabel: STATUS_LABEL[v.status],
    productText: product?.text ?? null,
    units: v.units.map((u) => targetUnitLine(t, u, units)),
    groups: v.groups.map((g) => ({ ...g, statusLabel: STATUS_LABEL[g.status] }))
  };
}

export interface TaskLine {
  id: number;
  planId: string;
  number: number;
  content: string;
  lead: { code: string; name: string; kind: 'unit' | 'group' }[];
  cooperating: { code: string; name: string; kind: 'unit' | 'group' }[];
  schedule: string;
  frequency: string;
  status: TargetStatus | null;
  statusLabel: string;
  targets: TargetLine[];
  strip: MonthCell[];
}

export function taskLine(tp: TaskProgress, units: ReadonlyMap<string, PlanUnit>): TaskLine {
  const ref = (r: { code: string; written: string }) => ({ code: r.code, name: units.get(r.code)?.name ?? r.written, kind: units.get(r.code)?.kind ?? 'unit' });
  const dedupe = <T extends { code: string }>(xs: T[]) => xs.filter((x, i) => xs.findIndex((y) => y.code === x.code) === i);
  return {
    id: tp.task.id,
    planId: tp.task.planId,
    number: tp.task.number,
    content: tp.task.content,
    lead: dedupe(tp.task.lead.map(ref)),
    cooperating: dedupe(tp.task.cooperating.map(ref)),
    schedule: tp.task.schedule,
    frequency: tp.task.frequency,
    status: tp.status,
    statusLabel: tp.status ? STATUS_LABEL[tp.status] : 'không có mục tiêu',
    targets: tp.targets.map((v) => targetLine(tp.task, v, units)),
    strip: tp.strip
  };
}

export interface PlanSummary {
  id: string;
  origin: 'seed' | 'import';
  title: string;
  issuer: string;
  province: string;
  number: string;
  dateText: string;
  /** The date as the page prints it: "ngày 23/02/2018", or the year alone when the document left the day blank. */
  dateLine: string;
  period: string;
  indices: { id: string; short: string }[];
  indicesNote: string | null;
  tasks: number;
  targets: number;
  counts: StatusCounts;
  countsText: string;
  hasAppendix: boolean;
}

export function planSummary(p: PlanRow, tasks: readonly TaskProgress[], defs: readonly IndexDefinition[]): PlanSummary {
  const counts: StatusCounts = {};
  for (const t of tasks) if (t.status) counts[t.status] = (counts[t.status] ?? 0) + 1;
  return {
    id: p.id,
    origin: p.origin,
    title: p.title,
    issuer: p.issuer,
    province: p.province,
    number: p.number,
    dateText: p.dateText,
    dateLine: printedDate(p.date, p.dateText),
    period: p.period.from === p.period.to ? `năm ${p.period.from}` : `${p.period.from}–${p.period.to}`,
    indices: p.indices.map((i) => ({ id: i.id, short: defs.find((d) => d.id === i.id)?.short ?? i.id.toUpperCase() })),
    indicesNote: p.indicesNote ?? null,
    tasks: tasks.length,
    targets: tasks.reduce((a, t) => a + t.targets.length, 0),
    counts,
    countsText: countsText(counts),
    hasAppendix: p.hasAppendix
  };
}

/**
 * The issue date for the header. A full date prints as "ngày 23/02/2018"; a draft's blank "ngày tháng
 * năm 2022" prints as "năm 2022" (the blanks stay blank, not printed as words); nothing printed gives "".
 */
export function printedDate(date: string | null, dateText: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (iso) return `ngày ${iso[3]}/${iso[2]}/${iso[1]}`;
  const text = (dateText ?? '').replace(/\*/g, '').replace(/\s+/g, ' ').trim();
  const full = /ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/u.exec(text);
  if (full) return `ngày ${full[1].padStart(2, '0')}/${full[2].padStart(2, '0')}/${full[3]}`;
  const year = /năm (\d{4})/u.exec(text) ?? /(\d{4})/.exec(text);
  return year ? `năm ${year[1]}` : '';
}

export function unitLabel(u: PlanUnit): string {
  if (u.kind === 'group') return `nhóm: ${u.memberLevels.map((l) => LEVEL_LABEL[l]).join(', ') || 'không xác định cấp'}`;
  return LEVEL_LABEL[u.level ?? 'other'];
}

export const STATUS_KEYS = STATUS_ORDER;

export type { MonthWindow };

// ── A unit's targets (UnitTargets.svelte) ──────────────────────────────────────────────────────

export interface UnitTargetRowView extends TargetUnitLine {
  planId: string;
  planTitle: string;
  taskNumber: number;
  taskContent: string;
  targetId: number;
  targetText: string;
  /** The months it runs over, when its words do not already say. */
  window: string;
  /** The product row it comes from, when the task has several. */
  productText: string | null;
}

export interface UnitTargetsData {
  unit: {
    code: string;
    name: string;
    kind: 'unit' | 'group';
    level: string;
    registryCode: string | null;
    groups: string[];
    /** An old plan's unit: where it stands since 1/7/2025. */
    successor: Successor | null;
    /** A new-era plan's unit: its province of the 34. */
    newProvince: { name: string; href: string } | null;
  } | null;
  today: string;
  asOf: boolean;
  demo: { id: string; label: string } | null;
  rows: UnitTargetRowView[];
  counts: StatusCounts;
  countsText: string;
  cooperating: { planId: string; number: number; content: string }[];
  plans: PlanSummary[];
  /** A province's page: the tasks of its plans (it issues them; its departments and districts report). */
  planTasks: { planId: string; number: number; content: string; lead: string[]; status: TargetStatus | null; strip: MonthCell[] }[];
  components: ComponentView[];
}

