// Saving an edit of a target (targetEdit.ts decides what it becomes), audited with before and after, and
// the last edit of each target for the task page ("sửa lần cuối bởi … lúc …").
import { appendAudit } from '../auth/audit';
import type { Actor, StoreCore } from '../store/types';
import { applyTargetEdit, type TargetEditInput } from '../../plans/targetEdit';
import { monthKey, parseMonthKey } from '../../plans/periods';
import type { Target } from '../../plans/types';

export class TargetEditError extends Error {
  constructor(
    message: string,
    readonly field: string | null = null
  ) {
    super(message);
  }
}

export function editTarget(store: StoreCore, targetId: number, input: TargetEditInput, by: Actor, ip: string | null = null): void {
  store.db
    .transaction(() => {
      const row = store.db.prepare('SELECT id, json, window_from, window_to FROM plan_targets WHERE id = ?').get(targetId) as
        | { id: number; json: string; window_from: string; window_to: string }
        | undefined;
      if (!row) throw new TargetEditError(`Không có mục tiêu #${targetId}.`);
      const before = { target: JSON.parse(row.json) as Target, window: { from: parseMonthKey(row.window_from)!, to: parseMonthKey(row.window_to)! } };
      const r = applyTargetEdit(before, input);
      if (!r.ok) throw new TargetEditError(r.error, r.field);
      const after = { json: JSON.stringify(r.target), from: monthKey(r.window.from), to: monthKey(r.window.to) };
      if (after.json === row.json && after.from === row.window_from && after.to === row.window_to) return;
      store.db.prepare('UPDATE plan_targets SET json = ?, window_from = ?, window_to = ? WHERE id = ?').run(after.json, after.from, after.to, row.id);
      appendAudit(store, {
        action: 'catalogue_changed',
        userId: by.id,
        ip,
        detail: { kind: 'plan_target', target: row.id, before: { target: before.target, from: row.window_from, to: row.window_to }, after: { target: r.target, from: after.from, to: after.to } }
      });
    })
    .immediate();
}

export interface TargetEditNote {
  targetId: number;
  at: string;
  by: string | null;
  count: number;
}

/** The last edit of each target that has one, with how many edits it has had. */
export function lastTargetEdits(store: StoreCore, targetIds: readonly number[]): Map<number, TargetEditNote> {
  const out = new Map<number, TargetEditNote>();
  if (!targetIds.length) return out;
  const rows = store.db
    .prepare(
      `SELECT CAST(json_extract(a.detail, '$.target') AS INTEGER) AS target, a.at, u.username AS by, count(*) OVER (PARTITION BY json_extract(a.detail, '$.target')) AS n
         FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
        WHERE a.action = 'catalogue_changed' AND json_extract(a.detail, '$.kind') = 'plan_target'
          AND json_extract(a.detail, '$.target') IN (SELECT value FROM json_each(?))
        ORDER BY a.id`
    )
    .all(JSON.stringify(targetIds)) as { target: number; at: string; by: string | null; n: number }[];
  for (const r of rows) out.set(r.target, { targetId: r.target, at: r.at, by: r.by, count: r.n });
  return out;
}

/**
 * Gives a saved target to one more unit of the plan's province (a commune, a department…), or takes it
 * from one, audited. Only units of the plan's own province (or, for a plan without one, any unit) and
 * never the last unit of a target: a target nobody carries cannot be followed.
 */
export function setTargetUnit(store: StoreCore, targetId: number, unitCode: string, assign: boolean, by: Actor, ip: string | null = null): void {
  store.db
    .transaction(() => {
      const t = store.db
        .prepare('SELECT t.id, p.province_code AS province FROM plan_targets t JOIN plans p ON p.id = t.plan_id WHERE t.id = ?')
        .get(targetId) as { id: number; province: string | null } | undefined;
      if (!t) throw new TargetEditError(`Không có mục tiêu #${targetId}.`);
      const unit = store.db.prepare('SELECT code, name, kind, province_code AS province FROM plan_units WHERE code = ?').get(unitCode) as
        | { code: string; name: string; kind: string; province: string | null }
        | undefined;
      if (!unit) throw new TargetEditError('Không có đơn vị này trong danh mục đơn vị của kế hoạch: hãy chọn tên trong danh sách gợi ý.', 'unit');
      const has = store.db.prepare('SELECT 1 FROM plan_target_units WHERE target_id = ? AND unit_code = ?').get(targetId, unitCode) != null;
      if (assign) {
        if (unit.kind !== 'unit') throw new TargetEditError(`“${unit.name}” là một nhóm đơn vị: hãy giao cho từng đơn vị.`, 'unit');
        if (t.province && unit.province !== t.province) throw new TargetEditError(`“${unit.name}” không thuộc tỉnh, thành phố của kế hoạch.`, 'unit');
        if (has) throw new TargetEditError(`Mục tiêu đã được giao cho “${unit.name}”.`, 'unit');
        store.db.prepare('INSERT INTO plan_target_units (target_id, unit_code) VALUES (?, ?)').run(targetId, unitCode);
      } else {
        if (!has) throw new TargetEditError(`Mục tiêu không được giao cho “${unit.name}”.`, 'unit');
        const n = (store.db.prepare('SELECT count(*) AS n FROM plan_target_units WHERE target_id = ?').get(targetId) as { n: number }).n;
        if (n <= 1) throw new TargetEditError('Mục tiêu cần ít nhất một đơn vị thực hiện: hãy giao cho đơn vị khác trước khi bỏ đơn vị này.', 'unit');
        // Its reports stay with the target it reported on: a unit that has reported keeps it.
        if (store.db.prepare('SELECT 1 FROM plan_reports WHERE target_id = ? AND unit_code = ?').get(targetId, unitCode))
          throw new TargetEditError(`“${unit.name}” đã báo cáo thực hiện mục tiêu này: không bỏ được, để các báo cáo vẫn được tính.`, 'unit');
        store.db.prepare('DELETE FROM plan_target_units WHERE target_id = ? AND unit_code = ?').run(targetId, unitCode);
      }
      appendAudit(store, {
        action: 'catalogue_changed',
        userId: by.id,
        ip,
        detail: { kind: 'plan_target_unit', target: targetId, unit: unitCode, change: assign ? 'added' : 'removed' }
      });
    })
    .immediate();
}
