// A plan ready to store: its metadata, tasks with products, the units each task names (lead,
// cooperating), its targets with the months they run over and the units bound by each, and suggested
// links to index components. Built from an appendix (seed 002, or one pasted by a user) or from the
// hand-entered targets of seeds 001, 003 and 004. Pure: the store writes what this returns.
import type { IndexDefinition } from '../catalogue/types';
import type { MonthWindow } from './periods';
import { suggestLinks, type LinkSuggestion } from './suggestLinks';
import type { Plan, SeedPlan, Target, Task, TaskProduct } from './types';

export interface PlanMeta {
  id: string;
  origin: 'seed' | 'import';
  issuer: string;
  province: string;
  number: string;
  date: string | null;
  dateText: string;
  year: number;
  title: string;
  period: { from: number; to: number };
  indices: Plan['indices'];
  indicesNote?: string;
  /** Seed file name, for seeded plans. */
  sourceFile?: string;
  /** The appendix text as pasted/read, kept verbatim. */
  appendixText?: string;
  /** Units the plan gives duties to, with the heading that does. */
  responsible: { name: string; source: string }[];
}

export interface TargetDraft {
  target: Target;
  window: MonthWindow;
  /** Units or groups bound to report on it, as written. */
  units: string[];
  context?: string;
  /** Index into the task's products, when the target comes from a product row. */
  product?: number;
}

export interface TaskDraft {
  number: number;
  content: string;
  schedule: string;
  frequency: string;
  note: string;
  line: number | null;
  products: TaskProduct[];
  /** Units as written, with the product row that names them (none for seed targets). */
  lead: { name: string; product?: number }[];
  cooperating: { name: string; product?: number }[];
  targets: TargetDraft[];
  links: LinkSuggestion[];
}

export interface PlanDraft {
  meta: PlanMeta;
  tasks: TaskDraft[];
}

export function planWindow(period: { from: number; to: number }): MonthWindow {
  return { from: { year: period.from, month: 1 }, to: { year: period.to, month: 12 } };
}

/**
 * The months a target runs over: its own window; else a window or year stated beside it ("Thường xuyên
 * trong năm 2024" next to "03-04 số/tháng"); else the plan's period.
 */
export function targetWindow(target: Target, siblings: readonly Target[], period: { from: number; to: number }): MonthWindow {
  if (target.kind === 'window') return { from: target.from, to: target.to };
  if (target.kind === 'continuous' && target.year) return { from: { year: target.year, month: 1 }, to: { year: target.year, month: 12 } };
  const win = siblings.find((s) => s.kind === 'window' && !s.openEnd);
  if (win && win.kind === 'window') return { from: win.from, to: win.to };
  const open = siblings.find((s) => s.kind === 'window');
  if (open && open.kind === 'window') return { from: open.from, to: open.to };
  const year = siblings.find((s) => s.kind === 'continuous' && s.year);
  if (year && year.kind === 'continuous' && year.year) return { from: { year: year.year, month: 1 }, to: { year: year.year, month: 12 } };
  if (target.kind === 'total' && target.periodYear) return { from: { year: target.periodYear, month: 1 }, to: { year: target.periodYear, month: 12 } };
  return planWindow(period);
}

const taskText = (t: Pick<TaskDraft, 'content' | 'products'>) => [t.content, ...t.products.map((p) => p.text)].join(' . ');

/** Tasks parsed from an appendix (seed 002's, or pasted and corrected in the import preview). */
export function draftFromAppendix(meta: PlanMeta, tasks: readonly Task[], definitions: readonly IndexDefinition[]): PlanDraft {
  const indices = meta.indices.map((i) => i.id);
  return {
    meta,
    tasks: tasks.map((t): TaskDraft => {
      const draft: TaskDraft = {
        number: t.number,
        content: t.content,
        schedule: t.schedule,
        frequency: t.frequency,
        note: t.note,
        line: t.line,
        products: t.products,
        lead: t.products.flatMap((p, i) => p.leadUnits.map((name) => ({ name, product: i }))),
        cooperating: t.products.flatMap((p, i) => p.cooperatingUnits.map((name) => ({ name, product: i }))),
        targets: t.products.flatMap((p, i) =>
          p.targets.map((target) => ({ target, window: targetWindow(target, p.targets, meta.period), units: p.leadUnits, product: i }))
        ),
        links: []
      };
      draft.links = suggestLinks(taskText(draft), indices, definitions);
      return draft;
    })
  };
}

/**
 * Seeds 001, 003, 004 state targets in sentences, not in a table: each heading that scopes targets
 * becomes one task (its content is the heading, verbatim). A target is reported by the units its
 * sentence binds, else by those another sentence makes responsible, else by the issuer; a percentage
 * of a set of units is reported by whoever is responsible for the set, not by each member.
 */
export function draftFromSeedTargets(plan: SeedPlan, definitions: readonly IndexDefinition[]): PlanDraft {
  const meta = seedMeta(plan);
  const indices = meta.indices.map((i) => i.id);
  const byContext = new Map<string, NonNullable<SeedPlan['targets']>>();
  for (const t of plan.targets ?? []) {
    const key = t.context ?? 'Mục tiêu của kế hoạch';
    if (!byContext.has(key)) byContext.set(key, []);
    byContext.get(key)!.push(t);
  }
  const tasks = [...byContext.entries()].map(([context, targets], i): TaskDraft => {
    const drafts = targets.map((t): TargetDraft => {
      const responsible = t.responsible?.units ?? [];
      const units = t.target.kind === 'percent' ? (responsible.length ? responsible : [plan.issuer]) : t.units.length ? t.units : responsible.length ? responsible : [plan.issuer];
      return { target: t.target, window: targetWindow(t.target, [], plan.period), units, context };
    });
    const lead = [...new Set(drafts.flatMap((d) => d.units))].map((name) => ({ name }));
    const draft: TaskDraft = { number: i + 1, content: context, schedule: '', frequency: '', note: '', line: null, products: [], lead, cooperating: [], targets: drafts, links: [] };
    draft.links = suggestLinks([context, ...targets.map((t) => t.target.source)].join(' . '), indices, definitions);
    return draft;
  });
  return { meta, tasks };
}

export function seedMeta(plan: SeedPlan): PlanMeta {
  return {
    id: plan.id,
    origin: 'seed',
    issuer: plan.issuer,
    province: plan.province,
    number: plan.number,
    date: plan.date,
    dateText: plan.dateText,
    year: plan.year,
    title: plan.title,
    period: plan.period,
    indices: plan.indices,
    ...(plan.indicesNote ? { indicesNote: plan.indicesNote } : {}),
    sourceFile: plan.file,
    responsible: plan.responsibleUnits ?? []
  };
}
