// Saving a plan whose appendix a user pasted and corrected in the preview. The server rebuilds the
// tasks from the corrected cells with the same parser rules (it never trusts structures computed in
// the browser) and writes the plan in one audited transaction.
import { createHash } from 'node:crypto';
import { allDefinitions } from '../../catalogue/definitions';
import { duplicateMessage, findDuplicatePlan, normalizeAppendix, type DuplicateMatch, type PlanFingerprint } from '../../plans/duplicatePlan';
import { COLUMNS, tasksFromRows, type AppendixCells, type AppendixWarning } from '../../plans/parsePlanAppendix';
import { draftFromAppendix, type PlanMeta } from '../../plans/planModel';
import { appendAudit } from '../auth/audit';
import type { Actor, StoreCore } from '../store/types';
import { provinceNamesFor } from '../uploads/provinceNamesWithAliases';
import { isoDate, planDate, planEra } from '../../plans/planEra';
import { newUnitByCode } from '../../units/merger2025';
import { unitsByYear } from '../../units/unitsByYear';
import type { ProvinceNames } from '../../units/provinceNames';
import { insertPlanDraft, registryUnits } from './planStore';
import { readAdminUnits, readUnits2025 } from './seedPlans';

export const MAX_ROWS = 500;
export const MAX_CELL = 5000;
export const MAX_APPENDIX = 512 * 1024;

export interface ImportInput {
  title: string;
  issuer: string;
  province: string;
  number: string;
  dateText: string;
  periodFrom: number;
  periodTo: number;
  indices: string[];
  rows: (AppendixCells & { line?: number })[];
  appendixText: string;
  /** The plan this import replaces, once the user chose "Thay thế" for a duplicate. */
  replace?: string;
}

/** The plan is already there; nothing was saved. The user chooses to replace it or cancel. */
export class DuplicatePlanError extends Error {
  constructor(readonly duplicate: DuplicateMatch) {
    super(duplicateMessage(duplicate));
  }
}

export const appendixHash = (text: string): string => createHash('sha256').update(normalizeAppendix(text)).digest('hex');

/** The live plans (not replaced), as compared for duplicates. Seeded plans hash the appendix they store. */
export function planFingerprints(store: StoreCore): PlanFingerprint[] {
  const plans = store.db.prepare('SELECT id, title, issuer, number, date_text, content_hash, appendix_text FROM plans WHERE replaced_by IS NULL').all() as {
    id: string;
    title: string;
    issuer: string;
    number: string;
    date_text: string;
    content_hash: string | null;
    appendix_text: string | null;
  }[];
  const tasks = store.db.prepare('SELECT plan_id, content FROM plan_tasks ORDER BY plan_id, number').all() as { plan_id: string; content: string }[];
  return plans.map((p) => ({
    planId: p.id,
    title: p.title,
    issuer: p.issuer,
    number: p.number,
    dateText: p.date_text,
    contentHash: p.content_hash ?? (p.appendix_text ? appendixHash(p.appendix_text) : null),
    tasks: tasks.filter((t) => t.plan_id === p.id).map((t) => t.content)
  }));
}

const str = (v: unknown, max: number) => (typeof v === 'string' ? v.normalize('NFC').trim().slice(0, max) : '');

/** Reads and checks the posted JSON; Vietnamese messages for whatever is wrong. */
export function readImportInput(raw: unknown): { ok: true; input: ImportInput } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const title = str(o.title, 500);
  const issuer = str(o.issuer, 300);
  const province = str(o.province, 100);
  const periodFrom = Number(o.periodFrom);
  const periodTo = Number(o.periodTo);
  if (!title) errors.push('Thiếu tên kế hoạch.');
  if (!issuer) errors.push('Thiếu cơ quan ban hành.');
  if (!Number.isInteger(periodFrom) || periodFrom < 2000 || periodFrom > 2100) errors.push('Năm bắt đầu không hợp lệ.');
  if (!Number.isInteger(periodTo) || periodTo < periodFrom || periodTo > periodFrom + 10) errors.push('Năm kết thúc phải từ năm bắt đầu đến 10 năm sau.');
  const rowsRaw = Array.isArray(o.rows) ? o.rows : [];
  if (rowsRaw.length === 0) errors.push('Chưa có dòng nào của phụ lục.');
  if (rowsRaw.length > MAX_ROWS) errors.push(`Phụ lục quá dài (tối đa ${MAX_ROWS} dòng).`);
  const rows = rowsRaw.slice(0, MAX_ROWS).map((r, i) => {
    const cells = (r && typeof r === 'object' ? r : {}) as Record<string, unknown>;
    const row = Object.fromEntries(COLUMNS.map((c) => [c, typeof cells[c] === 'string' ? (cells[c] as string).slice(0, MAX_CELL) : ''])) as AppendixCells;
    return { ...row, line: Number.isInteger(cells.line) ? (cells.line as number) : i + 1 };
  });
  const defs = allDefinitions();
  const indices = (Array.isArray(o.indices) ? o.indices : []).filter((x): x is string => typeof x === 'string' && defs.some((d) => d.id === x));
  const appendixText = typeof o.appendixText === 'string' ? o.appendixText : '';
  if (appendixText.length > MAX_APPENDIX) errors.push('Văn bản phụ lục quá dài (tối đa 512 KB).');
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    input: {
      title, issuer, province, number: str(o.number, 100), dateText: str(o.dateText, 200), periodFrom, periodTo, indices: [...new Set(indices)], rows, appendixText,
      ...(typeof o.replace === 'string' && o.replace ? { replace: str(o.replace, 50) } : {})
    }
  };
}

type PlanProvince =
  | { ok: true; name: string; resolve: (name: string) => string | null }
  | { ok: false; message: string };

/**
 * The plan's province in its era: one of the 63 before 1/7/2025, one of the 34 from it ("Tuyên Quang" in a
 * 2026 plan is the new Tuyên Quang; "Hà Giang" is refused, naming what it became). `resolve` reads the
 * province names inside the plan ("UBND tỉnh …") in the same era.
 */
function planProvince(provinces: ProvinceNames, name: string, era: 'old' | 'new', year: number): PlanProvince {
  if (era === 'old') {
    const resolve = (n: string) => provinces.resolve(n);
    if (!name) return { ok: true, name: '', resolve };
    const code = resolve(name);
    if (!code) return { ok: false, message: `Không nhận ra tỉnh “${name}”.` };
    return { ok: true, name: provinces.record(code)?.nameVi ?? name, resolve };
  }
  const units = unitsByYear(provinces);
  const resolve = (n: string) => units.resolveNew(n)?.code ?? null;
  if (!name) return { ok: true, name: '', resolve };
  const r = units.resolve(name, Math.max(year, 2025));
  if (r.kind === 'unit') return { ok: true, name: r.unit.name, resolve };
  if (r.kind === 'mismatch' && r.old) {
    const now = r.new ? newUnitByCode(r.new.code) : undefined;
    const became = now ? `nay thuộc ${now.type} ${now.name} (gồm ${now.oldNames.join(', ')})` : 'nay thuộc một đơn vị mới';
    return {
      ok: false,
      message: `“${name}” là tỉnh cũ ${r.old.name} (trước 1/7/2025), ${became}. Kế hoạch ban hành từ 1/7/2025 viết cho 34 tỉnh, thành phố mới: hãy ghi tên tỉnh mới, hoặc sửa ngày ban hành nếu kế hoạch có trước 1/7/2025.`
    };
  }
  return { ok: false, message: `Không nhận ra tỉnh, thành phố “${name}” trong 34 đơn vị từ 1/7/2025.` };
}

/**
 * Saves an imported plan. An appendix already imported (same content, number, title and date, or tasks)
 * is refused with DuplicatePlanError unless `input.replace` names that plan: then the new plan replaces
 * it (the old one is kept, hidden, with its reports), audited.
 */
export function importPlan(
  store: StoreCore,
  input: ImportInput,
  by: Actor,
  ip: string | null = null
): { planId: string; tasks: number; warnings: AppendixWarning[]; replaced?: string } {
  const { tasks, warnings } = tasksFromRows(input.rows);
  if (tasks.length === 0) throw new Error('Không đọc được nhiệm vụ nào từ các dòng phụ lục (dòng đầu mỗi nhiệm vụ cần số thứ tự).');
  const provinces = provinceNamesFor(store);
  const era = planEra(input.dateText, input.periodFrom);
  const place = planProvince(provinces, input.province, era, input.periodFrom);
  if (!place.ok) throw new Error(place.message);
  const written = planDate(input.dateText);
  const meta: PlanMeta = {
    id: '',
    origin: 'import',
    issuer: input.issuer,
    province: place.name,
    number: input.number,
    date: written ? isoDate(written) : null,
    dateText: input.dateText,
    year: input.periodFrom,
    title: input.title,
    period: { from: input.periodFrom, to: input.periodTo },
    indices: input.indices.map((id) => ({ id, source: 'Chọn khi nhập phụ lục' })),
    appendixText: input.appendixText || undefined,
    contentHash: input.appendixText ? appendixHash(input.appendixText) : undefined,
    responsible: []
  };
  const draft = draftFromAppendix(meta, tasks, allDefinitions());
  const admin = readAdminUnits();
  return store.db
    .transaction(() => {
      // Checked inside the write transaction: two imports of the same appendix at once cannot both pass.
      const dup = findDuplicatePlan(
        { title: meta.title, issuer: meta.issuer, number: meta.number, dateText: meta.dateText, contentHash: meta.contentHash ?? null, tasks: tasks.map((t) => t.content) },
        planFingerprints(store)
      );
      if (dup && dup.planId !== input.replace) throw new DuplicatePlanError(dup);
      const planId = insertPlanDraft(store, draft, { registry: registryUnits(store), resolveProvince: place.resolve, admin, units2025: readUnits2025() }, by);
      const replaced = dup ? dup.planId : undefined;
      if (replaced) store.db.prepare('UPDATE plans SET replaced_by = ? WHERE id = ?').run(planId, replaced);
      appendAudit(store, {
        action: 'upload',
        userId: by.id,
        ip,
        detail: { kind: 'plan_import', plan: planId, title: input.title, tasks: tasks.length, rows: input.rows.length, ...(replaced ? { replaces: replaced, reason: dup!.reason } : {}) }
      });
      return { planId, tasks: tasks.length, warnings, ...(replaced ? { replaced } : {}) };
    })
    .immediate();
}
