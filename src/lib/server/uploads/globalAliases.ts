// A name an admin adds for a province on the registry page: in force for every upload, audited.
// Editors map names only inside their own upload, where the alias lands with the commit (issue 13).
import { appendAudit } from '../auth/audit';
import type { StoreCore } from '../store/types';
import { addUnitAlias } from '../store/unitAliases';
import { provinceNamesFor } from './provinceNamesWithAliases';
import { MAX_UNIT_NAME } from '../../import/suggestUnits';

export type AliasResult = { ok: true; aliasKey: string } | { ok: false; message: string };

export function addGlobalAlias(store: StoreCore, name: string, unitCode: string, admin: { id: number }, ip: string | null): AliasResult {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean || clean.length > MAX_UNIT_NAME) return { ok: false, message: `Tên gọi khác phải có từ 1 đến ${MAX_UNIT_NAME} ký tự.` };
  const names = provinceNamesFor(store);
  const target = names.record(unitCode);
  if (!target) return { ok: false, message: 'Chưa chọn tỉnh.' };
  const known = names.resolve(clean);
  // "Nghệ An" can never become a name of Hà Tĩnh.
  if (known && known !== unitCode) return { ok: false, message: `"${clean}" đã là tên của ${names.record(known)?.nameVi ?? known}: không thể gán cho ${target.nameVi}.` };
  if (known === unitCode) return { ok: false, message: `"${clean}" đã được nhận ra là ${target.nameVi}.` };
  try {
    return store.db.transaction((): AliasResult => {
      const a = addUnitAlias(store, clean, unitCode, admin);
      appendAudit(store, { action: 'catalogue_changed', userId: admin.id, detail: { alias: clean, aliasKey: a.aliasKey, unitCode }, ip });
      return { ok: true, aliasKey: a.aliasKey };
    })();
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : 'Không lưu được tên gọi khác.' };
  }
}
