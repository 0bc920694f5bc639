// A plan ready to store: its metadata, tasks with products, the units each task names (lead,
// cooperating), its targets with the months they run over and the units bound by each, and suggested
// links to index components. Built from an appendix (seed 002, or one pasted by a user) or from the
// hand-entered targets of seeds 001, 003 and 004. Pure: the store writes what this returns.
import type { IndexDefinition } from '../catalogue/types';
import type { MonthWindow } from './periods';
import type { UnitLevel } from './planUnits';
import { suggestLinks, type LinkSuggestion } from './suggestLinks';
import { seedUnitName, type Plan, type SeedPlan, type SeedTask, type SeedUnitRef, type Target, type Task, type TaskProduct } from './types';

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
  /** sha256 of the imported appendix, normalised (appendixHash): finds an appendix imported twice. */
  contentHash?: string;
  /** The appendix text as pasted/read, kept verbatim. */
  appendixText?: string;
  /** Units the plan gives duties to, with the heading that does. */
  responsible: { name: string; source: string }[];
}

export interface TargetDraft {
  target: Target;
  window: MonthWindow;
  /** Units or groups bound to report on it, as written (with the levels of a population, when stated). */
  units: SeedUnitRef[];
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
  lead: { name: string; levels?: UnitLevel[]; product?: number }[];
  cooperating: { name: string; product?: number }[];
  targets: TargetDraft[];
  /** Suggested from keywords, or confirmed where the plan's text names the index. */
  links: (LinkSuggestion & { state?: 'confirmed' })[];
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
 * Seeds 001, 003, 004 state their tasks in sentences (and 002 its "Chỉ tiêu cụ thể" outside the
 * appendix): each is entered by hand in data/plans/seed_plans.json. A target is reported by the units
 * it binds, else by the task's lead units, else by the issuer; a group reports through each of its
 * members, so "mỗi huyện 06 người" is 6 for every district. Windows come from the target, else from a
 * window stated beside it in the same task ("Trong Quý II-2018"), else the plan's period. Links the
 * text states are confirmed; keyword suggestions are added beside them for the other indices.
 */
export function draftFromSeedTasks(plan: SeedPlan, tasks: readonly SeedTask[], definitions: readonly IndexDefinition[], firstNumber = 1): TaskDraft[] {
  const indices = plan.indices.map((i) => i.id);
  return tasks.map((t, i): TaskDraft => {
    const siblings = t.targets.map((x) => x.target);
    const lead = t.lead?.units ?? [];
    const drafts = t.targets.map(
      (x): TargetDraft => ({
        target: x.target,
        window: targetWindow(x.target, siblings.filter((s) => s !== x.target), plan.period),
        units: x.units.length ? x.units : lead.length ? lead : [plan.issuer],
        context: t.context ?? t.content
      })
    );
    const refs: SeedUnitRef[] = lead.length ? lead : drafts.flatMap((d) => d.units);
    const leadRefs = refs.filter((u, k) => refs.findIndex((v) => seedUnitName(v) === seedUnitName(u)) === k);
    const stated = (t.links ?? []).map((l) => ({ indexId: l.indexId, component: l.component, reason: `Văn bản nêu: “${l.source}”`, state: 'confirmed' as const }));
    const suggested = suggestLinks([t.content, ...t.targets.map((x) => x.target.source)].join(' . '), indices, definitions).filter(
      (s) => !stated.some((l) => l.indexId === s.indexId)
    );
    return {
      number: firstNumber + i,
      content: t.content,
      schedule: '',
      frequency: '',
      note: t.context ? `Mục: ${t.context}` : '',
      line: null,
      products: [],
      lead: leadRefs.map((u) => (typeof u === 'string' ? { name: u } : { ...u })),
      cooperating: (t.cooperating?.units ?? []).map((name) => ({ name })),
      targets: drafts,
      links: [...stated, ...suggested]
    };
  });
}

/** A seed plan written in sentences: its tasks, all entered by hand. */
export function draftFromSeedTargets(plan: SeedPlan, definitions: readonly IndexDefinition[]): PlanDraft {
  return { meta: seedMeta(plan), tasks: draftFromSeedTasks(plan, plan.tasks ?? [], definitions) };
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
