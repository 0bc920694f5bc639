// The catalogue as edited by admins: one current JSON definition per index, with a change counter.
// The previous JSON goes into the audit entry, so no change is lost.
import type { IndexDefinition } from '../../catalogue/types';
import { appendAudit } from '../auth/audit';
import type { Actor, StoreCore } from './types';

export interface StoredDefinition {
  def: IndexDefinition;
  version: number;
  updatedAt: string;
  updatedBy: number | null;
}

interface Row {
  id: string;
  version: number;
  json: string;
  updated_at: string;
  updated_by: number | null;
}

const toStored = (r: Row): StoredDefinition => ({
  def: JSON.parse(r.json) as IndexDefinition,
  version: r.version,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by
});

export function getIndexDefinition(store: StoreCore, id: string): StoredDefinition | null {
  const r = store.db.prepare('SELECT * FROM index_definitions WHERE id = ?').get(id) as Row | undefined;
  return r ? toStored(r) : null;
}

export function listIndexDefinitions(store: StoreCore): StoredDefinition[] {
  return (store.db.prepare('SELECT * FROM index_definitions ORDER BY id').all() as Row[]).map(toStored);
}

/**
 * The shipped data/indices/*.json at each start. A missing index is added. A stored definition nobody
 * has edited (updated_by NULL: it is the shipped text) follows a newer release, as a new version with
 * the old JSON in the audit log; one an admin edited is never overwritten.
 */
export function syncShippedDefinitions(store: StoreCore, defs: readonly IndexDefinition[]): { added: number; updated: number } {
  const insert = store.db.prepare(
    `INSERT INTO index_definitions (id, version, json, updated_at, updated_by) VALUES (?, 1, ?, ?, NULL)
     ON CONFLICT (id) DO NOTHING`
  );
  const at = store.now().toISOString();
  let added = 0;
  let updated = 0;
  for (const d of defs) {
    if (insert.run(d.id, JSON.stringify(d), at).changes) {
      added++;
      continue;
    }
    const cur = getIndexDefinition(store, d.id)!;
    if (cur.updatedBy == null && JSON.stringify(cur.def) !== JSON.stringify(d) && putIndexDefinition(store, d, null) > cur.version) updated++;
  }
  return { added, updated };
}

/** Saves an admin's edit; returns the new change counter (unchanged JSON is a no-op). */
export function putIndexDefinition(store: StoreCore, def: IndexDefinition, user: Actor | null, ip?: string | null): number {
  const json = JSON.stringify(def);
  return store.db
    .transaction((): number => {
      const prev = store.db.prepare('SELECT * FROM index_definitions WHERE id = ?').get(def.id) as Row | undefined;
      if (prev?.json === json) return prev.version;
      const version = (prev?.version ?? 0) + 1;
      store.db
        .prepare(
          `INSERT INTO index_definitions (id, version, json, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET version = excluded.version, json = excluded.json,
             updated_at = excluded.updated_at, updated_by = excluded.updated_by`
        )
        .run(def.id, version, json, store.now().toISOString(), user?.id ?? null);
      appendAudit(store, {
        action: 'catalogue_changed',
        userId: user?.id ?? null,
        detail: { indexId: def.id, version, previous: prev ? (JSON.parse(prev.json) as unknown) : null },
        ip
      });
      return version;
    })
    .immediate();
}
