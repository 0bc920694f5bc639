// Backups and restore on real stores of the shipped data: back up, damage the live store,
// restore with the real script, and every version reads back as it was.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupConfig, backupStore, rotateBackups, startBackupSchedule } from '../../../src/lib/server/store/backup';
import { STORE_FILE } from '../../../src/lib/server/store/openStore';
import { listBackups } from '../../../src/lib/server/store/storeFiles.js';
import type { Store } from '../../../src/lib/server/store/types';
import { fileBytes, papiObservations, pciObservations, ROOT, TestClock, workbookExcerpt, WORKBOOK } from './fixtures';
import { storeHarness } from './harness';

const h = storeHarness();
const RESTORE = path.join(ROOT, 'scripts/restore.mjs');
const REFUSED = 'không phải bản sao lưu chiso hợp lệ';

/** A store with three versions of real data: PCI seed, a PCI upload with its file, a PAPI seed. */
function storeWithVersions(dir: string): Store {
  const s = h.open(dir);
  s.seedIfEmpty('pci', pciObservations(WORKBOOK, { to: 2013 }), 'VCCI PCI 2006–2013');
  s.commitVersion({
    indexId: 'pci',
    observations: pciObservations(WORKBOOK, { from: 2014 }),
    kind: 'upload',
    user: null,
    note: 'PCI 2014–2015',
    fileName: 'PCI_2014-2015.csv',
    fileBytes: workbookExcerpt(2014, 2015)
  });
  s.seedIfEmpty('papi', papiObservations(), 'PAPI 2011–2015');
  return s;
}

/** A store of PCI 2006–2007 and where its backups go. */
function smallStore() {
  const dir = h.dir();
  const s = h.open(dir);
  s.seedIfEmpty('pci', pciObservations(WORKBOOK, { to: 2007 }), 'VCCI PCI 2006–2007');
  return { s, dir, backups: path.join(dir, 'backups') };
}

/** Everything a user could read back about the versions. */
function versionsOf(s: Store) {
  return {
    versions: s.listVersions().map((v) => ({
      ...v,
      observations: s.versionObservations(v.id),
      file: s.versionFile(v.id)
    })),
    current: { pci: s.currentVersion('pci')?.id, papi: s.currentVersion('papi')?.id },
    rows: s.db.prepare('SELECT count(*) FROM observations').pluck().get()
  };
}

const sha = (file: string) => (fs.existsSync(file) ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : null);
const liveFiles = (dir: string) => ['', '-wal', '-shm'].map((x) => sha(path.join(dir, STORE_FILE + x)));

function restore(file: string, dataDir: string) {
  return spawnSync(process.execPath, [RESTORE, file, '--data', dataDir], { encoding: 'utf8' });
}

/** Integrity and foreign keys of a copy; returns its version ids. */
function assertConsistent(file: string): number[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    return (db.prepare('SELECT id FROM versions ORDER BY id').pluck().all() as number[]);
  } finally {
    db.close();
  }
}

describe('backup and restore', () => {
  it('backs up, the live store is damaged, restore brings back every version as it was', async () => {
    const dir = h.dir();
    const s = storeWithVersions(dir);
    const before = versionsOf(s);
    expect(before.versions.map((v) => [v.id, v.indexId, v.kind])).toEqual([
      [3, 'papi', 'seed'],
      [2, 'pci', 'upload'],
      [1, 'pci', 'seed']
    ]);
    const backups = path.join(dir, 'backups');
    const file = await backupStore(s.db, backups, new Date('2025-03-01T08:00:00Z'));
    expect(path.basename(file)).toBe('chiso-20250301-080000.sqlite');
    expect(fs.statSync(file).mode & 0o077).toBe(0); // it holds password hashes too
    expect(fs.readdirSync(backups)).toEqual(['chiso-20250301-080000.sqlite']); // no partial, no -wal beside it
    s.close();

    // Damage: 64 KiB of the file overwritten in the middle, as a failing disk would.
    const live = path.join(dir, STORE_FILE);
    const size = fs.statSync(live).size;
    const fd = fs.openSync(live, 'r+');
    fs.writeSync(fd, Buffer.alloc(65536, 0xa5), 0, 65536, Math.floor(size / 2 / 4096) * 4096);
    fs.closeSync(fd);
    const damaged = sha(live);
    const broken = new Database(live, { readonly: true });
    let check: unknown;
    try {
      check = broken.pragma('integrity_check', { simple: true });
    } catch (e) {
      check = (e as Error).message;
    }
    broken.close();
    expect(check).not.toBe('ok');

    const r = restore(file, dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã khôi phục');

    const after = h.open(dir);
    expect(after.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(versionsOf(after)).toEqual(before);
    // The damaged store is kept aside, byte for byte, and never deleted.
    const aside = fs.readdirSync(dir).filter((n) => /^chiso\.sqlite\.before-restore-\d{8}-\d{6}$/.test(n));
    expect(aside).toHaveLength(1);
    expect(sha(path.join(dir, aside[0]))).toBe(damaged);
    expect(fs.readdirSync(dir).filter((n) => n.includes('.restoring-'))).toEqual([]);
  });

  it('restore replaces a store that moved on since the backup, and removes its WAL', async () => {
    const dir = h.dir();
    const s = h.open(dir);
    s.seedIfEmpty('pci', pciObservations(WORKBOOK, { to: 2013 }), 'VCCI PCI 2006–2013');
    const before = versionsOf(s);
    const file = await backupStore(s.db, path.join(dir, 'backups'));
    s.commitVersion({ indexId: 'pci', observations: pciObservations(WORKBOOK, { from: 2014 }), kind: 'upload', user: null });
    // Simulate a stopped server whose last commit is still in the WAL: copy the files of an open store.
    const crashed = h.dir();
    for (const x of ['', '-wal']) fs.copyFileSync(path.join(dir, STORE_FILE + x), path.join(crashed, STORE_FILE + x));
    expect(fs.statSync(path.join(crashed, `${STORE_FILE}-wal`)).size).toBeGreaterThan(0);

    const r = restore(file, crashed);
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(crashed, `${STORE_FILE}-wal`))).toBe(false);
    expect(versionsOf(h.open(crashed))).toEqual(before);
    // The aside copy keeps its WAL, so it opens with the commit the backup predates.
    const aside = fs.readdirSync(crashed).find((n) => /before-restore-\d{8}-\d{6}$/.test(n))!;
    expect(fs.existsSync(path.join(crashed, `${aside}-wal`))).toBe(true);
    const old = new Database(path.join(crashed, aside));
    expect(old.prepare('SELECT count(*) FROM versions').pluck().get()).toBe(2);
    old.close();
  });

  it('refuses a file that is not a sound chiso store, in Vietnamese, and leaves the live store untouched', async () => {
    const dir = h.dir();
    const s = storeWithVersions(dir);
    const good = await backupStore(s.db, path.join(dir, 'backups'));
    const before = versionsOf(s);
    const untouched = liveFiles(dir);
    const listing = fs.readdirSync(dir).sort();

    const other = h.dir();
    // A shipped CSV given by mistake.
    const csv = path.join(other, 'pci.csv');
    fs.writeFileSync(csv, fileBytes(WORKBOOK));
    // A backup cut off half way (a copy interrupted by a full disk).
    const cut = path.join(other, 'chiso-20250301-080000.sqlite');
    fs.copyFileSync(good, cut);
    fs.truncateSync(cut, Math.floor(fs.statSync(good).size / 2));
    // A backup whose index disagrees with its table (a flipped bit would do the same): SQLite
    // reads it, only the integrity check finds it.
    const inconsistent = path.join(other, 'chiso-20250302-080000.sqlite');
    fs.copyFileSync(good, inconsistent);
    const bad = new Database(inconsistent);
    bad.unsafeMode(true);
    bad.pragma('writable_schema = ON');
    bad.prepare("UPDATE sqlite_schema SET sql = 'CREATE INDEX observations_index_year ON observations (year, index_id)' WHERE name = 'observations_index_year'").run();
    bad.close();
    // A sound SQLite file of another program.
    const foreign = path.join(other, 'other.sqlite');
    const f = new Database(foreign);
    f.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
    f.close();

    for (const [file, reason] of [
      [csv, '(không phải tệp SQLite: file is not a database)'],
      [cut, '(tệp bị hỏng: database disk image is malformed)'],
      [inconsistent, 'kiểm tra toàn vẹn báo lỗi: '],
      [foreign, 'thiếu bảng versions, schema_version']
    ]) {
      const r = restore(file, dir);
      expect(r.status, file).toBe(1);
      expect(r.stderr).toContain(`Không khôi phục: ${file} ${REFUSED}`);
      expect(r.stderr).toContain(reason);
      expect(r.stderr).toContain('Kho dữ liệu hiện tại giữ nguyên.');
      expect(liveFiles(dir)).toEqual(untouched);
      expect(fs.readdirSync(dir).sort()).toEqual(listing); // no aside copy, no staged file left
    }
    const missing = restore(path.join(other, 'khong-co.sqlite'), dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Không tìm thấy tệp sao lưu');
    const usage = spawnSync(process.execPath, [RESTORE], { encoding: 'utf8' });
    expect(usage.status).toBe(1);
    expect(usage.stderr).toContain('Cách dùng: npm run restore -- <tệp sao lưu>');
    expect(versionsOf(s)).toEqual(before);
  }, 60_000); // six Node processes, on a shared machine

  it('rotation keeps exactly the newest `keep` backups and touches no other file', async () => {
    const { s, dir, backups } = smallStore();
    const clock = new TestClock();
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      made.push(path.basename(await backupStore(s.db, backups, clock.now())));
      clock.advance(24 * 3600_000);
    }
    // Days sort as names: 1 March … 5 March.
    expect(made).toEqual(['01', '02', '03', '04', '05'].map((d) => `chiso-202503${d}-080000.sqlite`));
    const others = ['ghi-chu.txt', 'chiso-moi-nhat.sqlite', '.chiso-20250306-080000.sqlite.partial'];
    for (const n of others) fs.writeFileSync(path.join(backups, n), 'x');

    expect(rotateBackups(backups, 3)).toEqual(made.slice(0, 2));
    expect(listBackups(backups)).toEqual(made.slice(2));
    for (const n of others) expect(fs.existsSync(path.join(backups, n))).toBe(true);
    expect(rotateBackups(backups, 3)).toEqual([]);
  });

  it('a backup taken while another connection commits is consistent', async () => {
    const dir = h.dir();
    const a = h.open(dir);
    a.seedIfEmpty('pci', pciObservations(WORKBOOK, { to: 2013 }), 'VCCI PCI 2006–2013');
    const b = h.open(dir); // a second connection, as a second process would have
    const pages = a.db.pragma('page_count', { simple: true }) as number;
    expect(pages).toBeGreaterThan(300); // several backup steps of 100 pages, with the event loop turning between

    const commits: Array<() => void> = [
      () => b.commitVersion({ indexId: 'pci', observations: pciObservations(WORKBOOK, { from: 2014, to: 2014 }), kind: 'upload', user: null }),
      () => b.seedIfEmpty('papi', papiObservations(), 'PAPI 2011–2015'),
      () => b.commitVersion({ indexId: 'pci', observations: pciObservations(WORKBOOK, { from: 2015 }), kind: 'upload', user: null })
    ];
    let done = false;
    const backup = backupStore(a.db, path.join(dir, 'backups')).finally(() => (done = true));
    let duringBackup = 0;
    for (const commit of commits) {
      await new Promise((r) => setImmediate(r));
      if (done) break;
      commit();
      duringBackup++;
    }
    const file = await backup;
    expect(duringBackup).toBeGreaterThan(0);

    const ids = assertConsistent(file);
    expect(ids).toEqual([1, 2, 3, 4].slice(0, ids.length));
    // Each version in the copy is the one committed, with exactly its rows.
    const copyDir = h.dir();
    fs.copyFileSync(file, path.join(copyDir, STORE_FILE));
    const copy = h.open(copyDir);
    for (const id of ids) {
      expect(copy.getVersion(id)).toEqual(b.getVersion(id));
      expect(copy.versionObservations(id)).toEqual(b.versionObservations(id));
    }
  });
});

describe('backup schedule', () => {
  it('backs up at once into an empty folder, then every interval, keeping the newest', async () => {
    const { s, dir, backups } = smallStore();
    const clock = new TestClock();
    const now = () => {
      clock.advance(3600_000); // each backup an hour after the last, so each has its own name
      return clock.now();
    };
    const logged: string[] = [];
    const stop = startBackupSchedule(s.db, { dir: backups, everyMs: 20, keep: 2 }, { now, log: (m) => logged.push(m) });
    await expect.poll(() => clock.t >= Date.parse('2025-03-01T12:00:00Z'), { timeout: 10_000 }).toBe(true);
    stop();
    await new Promise((r) => setTimeout(r, 100)); // a run in flight finishes
    expect(listBackups(backups)).toHaveLength(2);
    expect(logged).toEqual([]);
  });

  it('waits the interval after a recent backup, and logs a failure instead of throwing', async () => {
    const { s, dir, backups } = smallStore();
    const clock = new TestClock();
    await backupStore(s.db, backups, clock.now());
    clock.advance(60_000);
    const stop = startBackupSchedule(s.db, { dir: backups, everyMs: 3600_000, keep: 14 }, { now: clock.now });
    await new Promise((r) => setTimeout(r, 200));
    stop();
    expect(listBackups(backups)).toEqual(['chiso-20250301-080000.sqlite']);

    // The folder is a file: every run fails, and says so.
    const notADir = path.join(dir, 'backups-file');
    fs.writeFileSync(notADir, '');
    const logged: string[] = [];
    const stop2 = startBackupSchedule(s.db, { dir: notADir, everyMs: 20, keep: 14 }, { log: (m) => logged.push(m) });
    await expect.poll(() => logged.length, { timeout: 5000 }).toBeGreaterThan(1);
    stop2();
    expect(logged[0]).toContain(`chiso: sao lưu vào ${notADir} thất bại`);
  });

  it('reads its settings from the environment; a bad value is named and its default used', () => {
    const data = '/srv/chiso';
    expect(backupConfig({}, data)).toEqual({ dir: '/srv/chiso/backups', everyMs: 24 * 3600_000, keep: 14 });
    expect(backupConfig({ CHISO_BACKUP_HOURS: '0', CHISO_BACKUP_KEEP: '3', CHISO_BACKUP_DIR: '/mnt/sao-luu' }, data)).toEqual({
      dir: '/mnt/sao-luu',
      everyMs: 0,
      keep: 3
    });
    expect(backupConfig({ CHISO_BACKUP_HOURS: '1,5' }, data).everyMs).toBe(5_400_000);
    const warned: string[] = [];
    const cfg = backupConfig({ CHISO_BACKUP_HOURS: 'mỗi ngày', CHISO_BACKUP_KEEP: '0' }, data, (m) => warned.push(m));
    expect(cfg).toMatchObject({ everyMs: 24 * 3600_000, keep: 14 });
    expect(warned).toEqual([
      'chiso: CHISO_BACKUP_HOURS="mỗi ngày" không hợp lệ (cần số giờ ≥ 0, 0 để tắt); dùng mặc định 24.',
      'chiso: CHISO_BACKUP_KEEP="0" không hợp lệ (cần số nguyên ≥ 1); dùng mặc định 14.'
    ]);
  });
});
