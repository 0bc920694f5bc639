// Reporting: which units an account reports for (user_units), which targets that lets it report on,
// and writing a batch of checked reports in one audited transaction.
import { createHash } from 'node:crypto';
import { appendAudit } from '../auth/audit';
import type { User } from '../auth/users';
import type { Actor, StoreCore } from '../store/types';
import type { PlanData } from '../../plans/planData';
import { reportingUnits } from '../../plans/progress';
import type { ReportDraft, ReportTarget } from '../../plans/reportInput';
import { resolvePlanUnit, type PlanUnit, type UnitLevel } from '../../plans/planUnits';
import { ensureUnit, getUnit, listUnits } from './planStore';
import { parseReportCsv, type ReportCsvResult } from '../../plans/reportCsv';
import type { Day } from '../../plans/periods';

export class ForbiddenReportError extends Error {}

export function userUnitCodes(store: StoreCore, userId: number): string[] {
  return (store.db.prepare('SELECT unit_code FROM user_units WHERE user_id = ? ORDER BY unit_code').all(userId) as { unit_code: string }[]).map((r) => r.unit_code);
}

export function allUserUnits(store: StoreCore): { userId: number; unitCode: string }[] {
  return (store.db.prepare('SELECT user_id, unit_code FROM user_units ORDER BY user_id, unit_code').all() as { user_id: number; unit_code: string }[]).map((r) => ({
    userId: r.user_id,
    unitCode: r.unit_code
  }));
}

/** Replaces the units an account reports for. A privilege change: audited as user_changed. */
export function setUserUnits(store: StoreCore, userId: number, codes: readonly string[], by: Actor | null, ip: string | null = null): string[] {
  const clean = [...new Set(codes)].sort();
  return store.db
    .transaction((): string[] => {
      if (!store.db.prepare('SELECT 1 FROM users WHERE id = ?').get(userId)) throw new Error(`Không có người dùng #${userId}`);
      for (const c of clean) {
        const u = getUnit(store, c);
        if (!u) throw new Error(`Không có đơn vị "${c}"`);
        if (u.kind === 'group') throw new Error(`“${u.name}” là một nhóm đơn vị: hãy giao từng đơn vị thành viên.`);
      }
      const before = userUnitCodes(store, userId);
      store.db.prepare('DELETE FROM user_units WHERE user_id = ?').run(userId);
      const ins = store.db.prepare('INSERT INTO user_units (user_id, unit_code, created_at, created_by) VALUES (?, ?, ?, ?)');
      for (const c of clean) ins.run(userId, c, store.now().toISOString(), by?.id ?? null);
      appendAudit(store, { action: 'user_changed', userId: by?.id ?? null, detail: { id: userId, reportUnits: clean, before }, ip });
      return clean;
    })
    .immediate();
}

/** A member unit an admin adds to a group's province and level ("Huyện Can Lộc" under "UBND các huyện…"). */
export function addMemberUnit(store: StoreCore, name: string, group: PlanUnit, level: UnitLevel, by: Actor | null): PlanUnit {
  if (group.kind !== 'group' || !group.memberLevels.includes(level)) throw new Error('Nhóm không gồm đơn vị cấp này.');
  const scope = group.code.split(':').slice(0, -1).join(':') || group.provinceCode || 'khac';
  const u = resolvePlanUnit(name, { provinceCode: group.provinceCode, scope, registry: [] });
  if (!u || u.kind !== 'unit') throw new Error('Tên đơn vị không hợp lệ (một đơn vị, không phải một nhóm).');
  return store.db.transaction(() => ensureUnit(store, { ...u, level }, by)).immediate();
}

/** The targets a user may report on, with the units they may report for on each. */
export function reportTargets(data: PlanData, userUnits: readonly string[]): Map<number, ReportTarget> {
  const mine = new Set(userUnits);
  const out = new Map<number, ReportTarget>();
  for (const t of data.targets) {
    const bound = reportingUnits(t, data.units).map((r) => r.code);
    out.set(t.id, {
      id: t.id,
      kind: t.target.kind,
      window: t.window,
      boundUnits: bound,
      reportableUnits: bound.filter((c) => mine.has(c))
    });
  }
  return out;
}

export interface SaveOptions {
  kind: 'form' | 'csv';
  fileName?: string | null;
  bytes?: Uint8Array | null;
  ip?: string | null;
}

/**
 * Writes checked reports as one batch, with the audit entry, in one transaction. The permission is
 * checked again here, against the store as it is at write time: a unit taken away since the form was
 * opened is refused.
 */
export function saveReports(store: StoreCore, user: Pick<User, 'id' | 'disabled'>, drafts: readonly ReportDraft[], data: PlanData, opts: SaveOptions): { batchId: number; ids: number[] } {
  if (drafts.length === 0) throw new Error('Không có báo cáo nào để lưu.');
  if (user.disabled) throw new ForbiddenReportError('Tài khoản đã bị khoá.');
  return store.db
    .transaction(() => {
      const targets = reportTargets(data, userUnitCodes(store, user.id));
      for (const d of drafts) {
        const t = targets.get(d.targetId);
        if (!t || !t.reportableUnits.includes(d.unitCode)) {
          const name = listUnits(store).find((u) => u.code === d.unitCode)?.name ?? d.unitCode;
          throw new ForbiddenReportError(`Tài khoản này không được báo cáo cho đơn vị “${name}” ở mục tiêu ${d.targetId}.`);
        }
      }
      const at = store.now().toISOString();
      const bytes = opts.kind === 'csv' ? Buffer.from(opts.bytes ?? new Uint8Array(0)) : null;
      const sha = bytes ? createHash('sha256').update(bytes).digest('hex') : null;
      const batchId = Number(
        store.db
          .prepare('INSERT INTO plan_report_batches (kind, user_id, at, file_name, file_sha256, file_bytes, row_count, ip) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(opts.kind, user.id, at, opts.fileName ?? null, sha, bytes, drafts.length, opts.ip ?? null).lastInsertRowid
      );
      const ins = store.db.prepare(
        `INSERT INTO plan_reports (batch_id, target_id, unit_code, period, period_from, period_to, value, note, evidence_url, user_id, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      );
      const ids = drafts.map((d) =>
        Number(ins.run(batchId, d.targetId, d.unitCode, d.period, d.periodFrom, d.periodTo, d.value, d.note, d.evidenceUrl, user.id, at).lastInsertRowid)
      );
      appendAudit(store, {
        action: 'upload',
        userId: user.id,
        ip: opts.ip ?? null,
        detail: {
          kind: 'plan_report',
          via: opts.kind,
          batch: batchId,
          reports: ids,
          rows: drafts.map((d) => ({ target: d.targetId, unit: d.unitCode, period: d.period, value: d.value })),
          ...(opts.fileName ? { file: opts.fileName, sha256: sha } : {})
        }
      });
      return { batchId, ids };
    })
    .immediate();
}

/**
 * A report CSV from upload to store: parsed and checked for this user; saved only when every row is
 * right (and not on a preview). `status` is what the endpoint answers: 200, 400, or 403 when a row is
 * for a unit the user does not report for.
 */
export function submitReportCsv(
  store: StoreCore,
  user: Pick<User, 'id' | 'disabled'>,
  bytes: Uint8Array,
  opts: { data: PlanData; today: Day; preview: boolean; fileName?: string | null; ip?: string | null }
): { status: 200 | 400 | 403; result: ReportCsvResult; saved: { batchId: number; ids: number[] } | null; message: string | null } {
  const mine = userUnitCodes(store, user.id);
  const names = new Map(opts.data.units.map((u) => [u.code, u.name]));
  const result = parseReportCsv(bytes, {
    targets: reportTargets(opts.data, mine),
    units: opts.data.units,
    userUnits: mine.map((c) => ({ code: c, name: names.get(c) ?? c })),
    unitName: (c) => names.get(c) ?? c,
    today: opts.today
  });
  if (!result.ok)
    return {
      status: result.forbidden ? 403 : 400,
      result,
      saved: null,
      message: result.forbidden ? 'Tệp có dòng báo cáo cho đơn vị không thuộc tài khoản này.' : 'Tệp có lỗi: chưa lưu dòng nào.'
    };
  if (opts.preview) return { status: 200, result, saved: null, message: null };
  try {
    const saved = saveReports(store, user, result.reports, opts.data, { kind: 'csv', fileName: opts.fileName, bytes, ip: opts.ip });
    return { status: 200, result, saved, message: null };
  } catch (e) {
    if (e instanceof ForbiddenReportError) return { status: 403, result: { ...result, ok: false }, saved: null, message: e.message };
    throw e;
  }
}
