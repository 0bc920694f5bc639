// The four seed plans, written to the store on first start: metadata and the hand-entered targets of
// 001, 003 and 004 from data/plans/seed_plans.json, and 002's tasks parsed from its appendix. Targets
// only: the seeds publish no results, so no report is seeded.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allDefinitions } from '../../catalogue/definitions';
import { parsePlanAppendix } from '../../plans/parsePlanAppendix';
import type { AdminUnitsFile, Units2025File } from '../../plans/adminUnits';
import { draftFromAppendix, draftFromSeedTargets, draftFromSeedTasks, seedMeta, type PlanDraft } from '../../plans/planModel';
import { readSeed } from '../../plans/readSeed';
import type { SeedPlanFile } from '../../plans/types';
import { provinceNamesFor } from '../uploads/provinceNamesWithAliases';
import type { StoreCore } from '../store/types';
import { insertPlanDraft, registryUnits } from './planStore';

/** data/plans of the checkout (CHISO_PLANS_DIR to use another copy). */
export function plansDir(): string {
  return process.env.CHISO_PLANS_DIR ?? path.resolve('data/plans');
}

export function readSeedPlanFile(dir = plansDir()): SeedPlanFile {
  return JSON.parse(readFileSync(path.join(dir, 'seed_plans.json'), 'utf8')) as SeedPlanFile;
}

/** The seed provinces' pre-2025 districts and communes (data/plans/units_pre2025.json). */
export function readAdminUnits(dir = plansDir()): AdminUnitsFile {
  return JSON.parse(readFileSync(path.join(dir, 'units_pre2025.json'), 'utf8')) as AdminUnitsFile;
}

const units2025 = new Map<string, Units2025File>();

/** The 34 provinces' communes from 1/7/2025 (data/plans/units_2025.json, ~3,300 communes), read once. */
export function readUnits2025(dir = plansDir()): Units2025File {
  let f = units2025.get(dir);
  if (!f) units2025.set(dir, (f = JSON.parse(readFileSync(path.join(dir, 'units_2025.json'), 'utf8')) as Units2025File));
  return f;
}

/** The appendix as it stands in the seed: from the first header row to the "Tổng" row. */
export function appendixSlice(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const start = lines.findIndex((l) => /^TT\tNHIỆM VỤ/.test(l.normalize('NFC')));
  if (start < 0) return text;
  const end = lines.findIndex((l, i) => i > start && /^(<b>)?Tổng(<\/b>)?\t/.test(l.normalize('NFC')));
  return lines.slice(start, end < 0 ? undefined : end + 1).join('\n');
}

export function seedDrafts(dir = plansDir()): PlanDraft[] {
  const file = readSeedPlanFile(dir);
  const defs = allDefinitions();
  const seedText = (f: string) => readSeed(f, path.resolve(dir, '..', '..'));
  return file.plans.map((p) => {
    if (p.appendix) {
      const text = appendixSlice(seedText(p.appendix.file));
      const { tasks } = parsePlanAppendix(text);
      if (tasks.length !== p.appendix.expectedTasks) throw new Error(`Phụ lục kế hoạch ${p.id}: đọc được ${tasks.length} nhiệm vụ, cần ${p.appendix.expectedTasks}`);
      const draft = draftFromAppendix({ ...seedMeta(p), appendixText: text }, tasks, defs);
      // The targets the plan states outside its appendix ("3. Chỉ tiêu cụ thể"), numbered after it.
      draft.tasks.push(...draftFromSeedTasks(p, p.tasks ?? [], defs, tasks.length + 1));
      return draft;
    }
    return draftFromSeedTargets(p, defs);
  });
}

/** Seeds the plans once (the first start, or a store that has none); returns how many were written. */
export function seedPlansIfEmpty(store: StoreCore): number {
  const drafts = seedDrafts();
  const provinces = provinceNamesFor(store);
  return store.db
    .transaction((): number => {
      const seeded = (store.db.prepare(`SELECT count(*) AS n FROM plans WHERE origin = 'seed'`).get() as { n: number }).n;
      if (seeded > 0) return 0;
      const deps = { registry: registryUnits(store), resolveProvince: (n: string) => provinces.resolve(n), admin: readAdminUnits() };
      for (const d of drafts) insertPlanDraft(store, d, deps, null);
      return drafts.length;
    })
    .immediate();
}
