// Small key/value settings an admin can change at run time.
import type { StoreCore } from './types';

export function getSetting(store: StoreCore, key: string): string | null {
  const r = store.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return r?.value ?? null;
}

export function setSetting(store: StoreCore, key: string, value: string): void {
  store.db
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(key, value);
}

/** Whether anonymous visitors may read the dashboard. Off until an admin turns it on: fail closed. */
export function isPublicRead(store: StoreCore): boolean {
  return getSetting(store, 'public_read') === 'on';
}

export function setPublicRead(store: StoreCore, on: boolean): void {
  setSetting(store, 'public_read', on ? 'on' : 'off');
}
