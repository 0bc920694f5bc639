// Opens (creating if needed) the SQLite store in a data directory and binds the version API.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { commitVersion, diffAgainstCurrent, rollback, seedIfEmpty } from './commit';
import { migrate } from './migrations';
import { readCurrent, readSnapshot } from './snapshot';
import { STORE_FILE } from './storeFiles.js';
import type { Store, StoreCore } from './types';
import { currentVersion, currentVersionKey, getVersion, listVersions, versionFile } from './versionQueries';

export { STORE_FILE };

export interface OpenOptions {
  /** Clock for timestamps, session expiry and the login window; tests move it. */
  now?: () => Date;
}

export function openStore(dataDir: string, opts: OpenOptions = {}): Store {
  const dir = path.resolve(dataDir);
  // 0700/0600: the file holds password hashes and session hashes. SQLite gives the -wal and
  // -shm files the main file's permissions.
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, STORE_FILE);
  if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, 'a', 0o600));

  const db = new Database(file);
  try {
    // WAL: readers never block the one writer, and a killed writer leaves the last commit intact.
    db.pragma('journal_mode = WAL');
    // synchronous stays FULL (the default): uploads are rare, durability matters more than speed.
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, opts.now);
  } catch (e) {
    db.close();
    throw e;
  }

  const core: StoreCore = { db, dataDir: dir, file, now: opts.now ?? (() => new Date()) };
  return {
    ...core,
    close: () => db.close(),
    currentVersion: (indexId) => currentVersion(core, indexId),
    getVersion: (id) => getVersion(core, id),
    listVersions: (indexId) => listVersions(core, indexId),
    versionFile: (id) => versionFile(core, id),
    versionObservations: (id) => readSnapshot(db, id),
    diffAgainstCurrent: (indexId, rows, keep) => diffAgainstCurrent(core, indexId, rows, keep),
    commitVersion: (input) => commitVersion(core, input),
    rollback: (id, user, o) => rollback(core, id, user, o),
    seedIfEmpty: (indexId, rows, note) => seedIfEmpty(core, indexId, rows, note),
    currentObservations: (indexId) => readCurrent(db, indexId),
    currentVersionKey: () => currentVersionKey(core)
  };
}
