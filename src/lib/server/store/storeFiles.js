// The files of a data directory: the store, its backups and their rotation, and the backup
// settings. Plain JS (typed by JSDoc) so that scripts/backup.mjs and scripts/restore.mjs, run by
// bare Node, share them with the server.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export const STORE_FILE = 'chiso.sqlite';

/** chiso-YYYYMMDD-HHMMSS.sqlite (UTC): sorting the names sorts the backups by age. */
export const BACKUP_NAME = /^chiso-(\d{8})-(\d{6})\.sqlite$/;

/** The data directory the server uses: CHISO_DATA_DIR, else ./var. */
export function defaultDataDir(env = process.env) {
  return path.resolve(env.CHISO_DATA_DIR ?? 'var');
}

/** YYYYMMDD-HHMMSS in UTC, for backup and aside-copy names. */
export function stamp(/** @type {Date} */ d) {
  const p = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return (
    `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-` +
    `${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`
  );
}

export const backupName = (/** @type {Date} */ d) => `chiso-${stamp(d)}.sqlite`;

/** When a backup was taken, read from its name; null for any other file. */
export function backupTime(/** @type {string} */ name) {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  const [d, t] = [m[1], m[2]];
  const iso = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4)}Z`;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms);
}

/** Backup file names in `dir`, oldest first; [] when the folder does not exist yet. */
export function listBackups(/** @type {string} */ dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => BACKUP_NAME.test(n))
    .sort();
}

/**
 * Writes an online backup of `db` (better-sqlite3's backup API: other connections keep reading
 * and writing) to `dir`/chiso-YYYYMMDD-HHMMSS.sqlite and returns its path. It is written under a
 * name that does not match the pattern and renamed when complete, so a half-written file is never
 * taken for a backup, nor rotated in place of a good one.
 * @param {import('better-sqlite3').Database} db
 * @param {string} dir
 * @param {Date} [now]
 * @returns {Promise<string>}
 */
export async function backupDatabase(db, dir, now = new Date()) {
  // 0700/0600 like the store: a backup holds the password and session hashes too.
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = backupName(now);
  const file = path.join(dir, name);
  const partial = path.join(dir, `.${name}.partial`);
  try {
    fs.rmSync(partial, { force: true });
    fs.closeSync(fs.openSync(partial, 'w', 0o600));
    await db.backup(partial);
    // The copy carries the store's WAL flag; as a rollback-journal file it is one self-contained
    // file, and opening it (restore's check) leaves no -wal/-shm beside it.
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fs.renameSync(partial, file);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
  return file;
}

/**
 * Deletes the oldest backups beyond the newest `keep`; other files in the folder are never touched.
 * @returns {string[]} the names deleted
 */
export function rotateBackups(/** @type {string} */ dir, /** @type {number} */ keep) {
  const names = listBackups(dir);
  const old = names.slice(0, Math.max(0, names.length - Math.max(1, keep)));
  for (const n of old) fs.rmSync(path.join(dir, n), { force: true });
  return old;
}

/**
 * @typedef {object} BackupConfig
 * @property {string} dir
 * @property {number} everyMs 0: no scheduled backups
 * @property {number} keep
 */

/**
 * Backup settings from the environment: CHISO_BACKUP_DIR (default <dataDir>/backups),
 * CHISO_BACKUP_HOURS (default 24, 0 turns the schedule off), CHISO_BACKUP_KEEP (default 14).
 * A value that does not read is reported through `warn` and its default used: a typo must not
 * leave the server without backups.
 * @param {Record<string, string | undefined>} env
 * @param {string} dataDir
 * @param {(message: string) => void} [warn]
 * @returns {BackupConfig}
 */
export function backupConfig(env, dataDir, warn = console.error) {
  /** @param {string} key @param {number} fallback @param {(n: number) => boolean} ok @param {string} want */
  const num = (key, fallback, ok, want) => {
    const raw = env[key]?.trim();
    if (raw == null || raw === '') return fallback;
    const n = Number(raw.replace(',', '.'));
    if (Number.isFinite(n) && ok(n)) return n;
    warn(`chiso: ${key}="${raw}" không hợp lệ (cần ${want}); dùng mặc định ${fallback}.`);
    return fallback;
  };
  const hours = num('CHISO_BACKUP_HOURS', 24, (n) => n >= 0, 'số giờ ≥ 0, 0 để tắt');
  const keep = num('CHISO_BACKUP_KEEP', 14, (n) => Number.isInteger(n) && n >= 1, 'số nguyên ≥ 1');
  const dir = env.CHISO_BACKUP_DIR?.trim() ? path.resolve(env.CHISO_BACKUP_DIR.trim()) : path.join(dataDir, 'backups');
  return { dir, everyMs: Math.round(hours * 3_600_000), keep };
}
