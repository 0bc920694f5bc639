// Editing a task's links to index components: confirm a suggestion, remove one, add one (a link a
// person adds is confirmed). Each change is audited with the other catalogue changes.
import { appendAudit } from '../auth/audit';
import type { Actor, StoreCore } from '../store/types';
import type { IndexDefinition } from '../../catalogue/types';

export type LinkEdit =
  | { action: 'confirm'; linkId: number }
  | { action: 'remove'; linkId: number }
  | { action: 'add'; taskId: number; indexId: string; component: string };

function componentKnown(defs: readonly IndexDefinition[], indexId: string, component: string): boolean {
  const def = defs.find((d) => d.id === indexId);
  if (!def) return false;
  if (component === 'total') return def.periods.every((p) => p.components.length === 0);
  return def.periods.some((p) => p.components.some((c) => c.code === component));
}

export function editLink(store: StoreCore, edit: LinkEdit, defs: readonly IndexDefinition[], by: Actor, ip: string | null = null): void {
  store.db
    .transaction(() => {
      const at = store.now().toISOString();
      if (edit.action === 'add') {
        if (!store.db.prepare('SELECT 1 FROM plan_tasks WHERE id = ?').get(edit.taskId)) throw new Error(`Không có nhiệm vụ #${edit.taskId}.`);
        if (!componentKnown(defs, edit.indexId, edit.component)) throw new Error(`Chỉ số ${edit.indexId} không có thành phần "${edit.component}".`);
        const prev = store.db.prepare('SELECT id FROM plan_task_links WHERE task_id = ? AND index_id = ? AND component = ?').get(edit.taskId, edit.indexId, edit.component) as
          | { id: number }
          | undefined;
        if (prev) store.db.prepare(`UPDATE plan_task_links SET state = 'confirmed', updated_at = ?, updated_by = ? WHERE id = ?`).run(at, by.id, prev.id);
        else
          store.db
            .prepare(`INSERT INTO plan_task_links (task_id, index_id, component, state, reason, created_at, updated_at, updated_by) VALUES (?, ?, ?, 'confirmed', 'Người dùng thêm', ?, ?, ?)`)
            .run(edit.taskId, edit.indexId, edit.component, at, at, by.id);
        appendAudit(store, { action: 'catalogue_changed', userId: by.id, ip, detail: { kind: 'plan_link', action: 'add', task: edit.taskId, index: edit.indexId, component: edit.component } });
        return;
      }
      const link = store.db.prepare('SELECT * FROM plan_task_links WHERE id = ?').get(edit.linkId) as
        | { id: number; task_id: number; index_id: string; component: string; state: string }
        | undefined;
      if (!link) throw new Error(`Không có liên kết #${edit.linkId}.`);
      if (edit.action === 'confirm') store.db.prepare(`UPDATE plan_task_links SET state = 'confirmed', updated_at = ?, updated_by = ? WHERE id = ?`).run(at, by.id, link.id);
      else store.db.prepare('DELETE FROM plan_task_links WHERE id = ?').run(link.id);
      appendAudit(store, {
        action: 'catalogue_changed',
        userId: by.id,
        ip,
        detail: { kind: 'plan_link', action: edit.action, task: link.task_id, index: link.index_id, component: link.component, was: link.state }
      });
    })
    .immediate();
}
