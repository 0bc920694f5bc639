// Unit names a user confirmed during an upload ("Thừa Thiên-Huế (cũ)" → 46), so the next
// upload resolves them without asking. Keys are nameKey()s: folded, prefix-free.
import { nameKey } from '../../units/provinceNames';
import type { Actor, StoreCore } from './types';

export interface UnitAlias {
  aliasKey: string;
  unitCode: string;
  createdBy: number | null;
  createdAt: string;
}

/** Records an alias; the same alias for another unit is refused rather than silently remapped. */
export function addUnitAlias(store: StoreCore, name: string, unitCode: string, user: Actor | null): UnitAlias {
  const aliasKey = nameKey(name);
  if (!aliasKey) throw new Error('Tên đơn vị trống');
  return store.db
    .transaction((): UnitAlias => {
      const prev = getUnitAlias(store, aliasKey);
      if (prev) {
        if (prev.unitCode !== unitCode) throw new Error(`Tên "${name}" đã được gán cho đơn vị ${prev.unitCode}`);
        return prev;
      }
      store.db
        .prepare('INSERT INTO unit_aliases (alias_key, unit_code, created_by, created_at) VALUES (?, ?, ?, ?)')
        .run(aliasKey, unitCode, user?.id ?? null, store.now().toISOString());
      return getUnitAlias(store, aliasKey)!;
    })
    .immediate();
}

export function getUnitAlias(store: StoreCore, aliasKey: string): UnitAlias | null {
  const r = store.db
    .prepare('SELECT alias_key, unit_code, created_by, created_at FROM unit_aliases WHERE alias_key = ?')
    .get(aliasKey) as { alias_key: string; unit_code: string; created_by: number | null; created_at: string } | undefined;
  return r ? { aliasKey: r.alias_key, unitCode: r.unit_code, createdBy: r.created_by, createdAt: r.created_at } : null;
}

export function listUnitAliases(store: StoreCore): UnitAlias[] {
  const rows = store.db
    .prepare('SELECT alias_key, unit_code, created_by, created_at FROM unit_aliases ORDER BY alias_key')
    .all() as { alias_key: string; unit_code: string; created_by: number | null; created_at: string }[];
  return rows.map((r) => ({ aliasKey: r.alias_key, unitCode: r.unit_code, createdBy: r.created_by, createdAt: r.created_at }));
}
