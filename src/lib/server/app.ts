// The server's one store, opened on first use: created and seeded from the shipped data set
// (data/) on first start and refreshed when a release ships new data, with the first admin
// taken from the environment.
import path from 'node:path';
import { SHIPPED_DEFINITIONS, setDefinitions } from '../catalogue/definitions';
import type { IndexDefinition } from '../catalogue/types';
import { MIN_PASSWORD_LENGTH } from './auth/passwords';
import { ensureFirstAdmin } from './auth/users';
import { listIndexDefinitions, syncShippedDefinitions } from './store/indexDefinitions';
import { backupConfig, startBackupSchedule } from './store/backup';
import { openStore } from './store/openStore';
import { syncShippedData } from './store/shippedSync';
import { getSetting, setPublicRead } from './store/settings';
import type { Store } from './store/types';
import { buildDataset, readShippedFiles } from './shippedData';

/** Where the SQLite store lives: CHISO_DATA_DIR, else ./var in the checkout. */
export function dataDir(): string {
  return path.resolve(process.env.CHISO_DATA_DIR ?? 'var');
}

let store: Store | null = null;
let ready: Promise<Store> | null = null;

async function open(): Promise<Store> {
  const s = openStore(dataDir());
  const shipped = buildDataset(readShippedFiles());
  const byIndex = new Map<string, typeof shipped.observations>();
  for (const o of shipped.observations) {
    if (!byIndex.has(o.index_id)) byIndex.set(o.index_id, []);
    byIndex.get(o.index_id)!.push(o);
  }
  // Seeds a new store, and brings an existing one up to a newer release's data (uploads win).
  for (const [indexId, rows] of byIndex) {
    const r = syncShippedData(s, indexId, rows, 'Bộ dữ liệu kèm theo (data/), đã kiểm chứng nguồn');
    if (r.status === 'refreshed') console.log(`chiso: cập nhật dữ liệu kèm theo cho ${indexId} (phiên bản #${r.version?.id}, giữ ${r.userCells} ô tải lên)`);
  }
  syncShippedDefinitions(s, SHIPPED_DEFINITIONS);
  (await import('./plans')).seedPlansIfEmpty(s);
  // A fresh install is readable without an account, as the Quick start promises; an admin can close it.
  if (getSetting(s, 'public_read') == null) setPublicRead(s, process.env.CHISO_PUBLIC_READ !== 'off');
  const admin = await ensureFirstAdmin(s, process.env);
  if (admin.status === 'created') console.log(`chiso: đã tạo quản trị viên đầu tiên "${admin.user.username}"`);
  if (admin.status === 'missing-env') {
    console.log(`chiso: chưa có quản trị viên. Đặt CHISO_ADMIN_USER và CHISO_ADMIN_PASSWORD (≥ ${MIN_PASSWORD_LENGTH} ký tự) rồi khởi động lại.`);
  }
  refreshCatalogue(s);
  // Tests open this store in throwaway folders; backing those up would only cost time.
  if (!process.env.VITEST) startBackupSchedule(s.db, backupConfig(process.env, s.dataDir));
  store = s;
  return s;
}

/** The catalogue in force comes from the store (admins edit it). */
export function refreshCatalogue(s: Store): IndexDefinition[] {
  // Shipped indices in their usual order (PCI first), then any an admin added.
  const order = SHIPPED_DEFINITIONS.map((d) => d.id);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const defs = listIndexDefinitions(s)
    .map((d) => d.def)
    .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  setDefinitions(defs);
  return defs;
}

export function appStore(): Promise<Store> {
  ready ??= open().catch((e) => {
    ready = null;
    throw e;
  });
  return ready;
}

/** For code that runs after startup (hooks have awaited appStore()). */
export function openedStore(): Store {
  if (!store) throw new Error('store not opened yet');
  return store;
}
