import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, schemaVersion } from '../../../src/lib/server/store/migrations';
import { openStore, STORE_FILE } from '../../../src/lib/server/store/openStore';
import { storeHarness } from './harness';

const h = storeHarness();

const tables = (db: Database.Database) =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map(
    (r) => r.name
  );

describe('openStore and migrations', () => {
  it('creates the directory and chiso.sqlite, with WAL, foreign keys and a busy timeout', () => {
    const dir = path.join(h.dir(), 'nested', 'data');
    const store = h.open(dir);
    expect(fs.existsSync(path.join(dir, STORE_FILE))).toBe(true);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    // The core tables of migration 1; later migrations (plans, decks) add their own.
    expect(tables(store.db)).toEqual(
      expect.arrayContaining(['audit_log', 'index_definitions', 'observations', 'schema_version', 'sessions', 'settings', 'unit_aliases', 'users', 'versions'])
    );
    expect(schemaVersion(store.db)).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    // The file holds password hashes: owner only.
    expect(fs.statSync(path.join(dir, STORE_FILE)).mode & 0o077).toBe(0);
  });

  it('is idempotent: reopening and re-running migrations changes nothing', () => {
    const dir = h.dir();
    const first = h.open(dir);
    const schema = first.db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
    const key = first.currentVersionKey();
    expect(schemaVersion(first.db)).toBe(MIGRATIONS.at(-1)!.version);
    first.close();

    const again = h.open(dir);
    expect(migrate(again.db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(migrate(again.db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(again.db.prepare('SELECT count(*) AS n FROM schema_version').get()).toEqual({ n: MIGRATIONS.length });
    expect(again.db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all()).toEqual(schema);
    // The store id survives reopening, so cache keys stay stable.
    expect(again.currentVersionKey()).toBe(key);
    expect(again.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('migration 8 keeps the audit log (ids, rows, append-only) and accepts seed_refreshed', () => {
    const dir = h.dir();
    const db = new Database(path.join(dir, STORE_FILE));
    // A store of schema 4, with an audit entry.
    db.exec(`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
    for (const m of MIGRATIONS.filter((x) => x.version <= 4)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_version VALUES (?, ?, ?)').run(m.version, m.name, 't');
    }
    db.prepare(`INSERT INTO audit_log (at, action, detail) VALUES ('t', 'logout', '{"a":1}')`).run();
    expect(() => db.prepare(`INSERT INTO audit_log (at, action) VALUES ('t', 'seed_refreshed')`).run()).toThrow(/CHECK/);
    db.close();
    const s = h.open(dir);
    expect(s.db.prepare('SELECT id, action, detail FROM audit_log').all()).toEqual([{ id: 1, action: 'logout', detail: '{"a":1}' }]);
    s.db.prepare(`INSERT INTO audit_log (at, action) VALUES ('t', 'seed_refreshed')`).run();
    expect(() => s.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(tables(s.db)).toContain('shipped_data');
    // Numbers are applied by number: a lower one that arrives later (5–7 are reserved) still runs.
    expect(s.db.prepare('SELECT version FROM schema_version ORDER BY version').all().map((r) => (r as { version: number }).version)).toEqual(
      MIGRATIONS.map((m) => m.version)
    );
  });

  it('refuses a database written by a newer app', () => {
    const dir = h.dir();
    const s = h.open(dir);
    s.db.prepare(`INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 'x')`).run();
    s.close();
    expect(() => openStore(dir)).toThrow(/newer/);
  });

  it('enforces foreign keys and the history tables are append-only', () => {
    const s = h.open();
    expect(() =>
      s.db.prepare(`INSERT INTO sessions VALUES ('h', 42, 'a', 'b', 'c')`).run()
    ).toThrow(/FOREIGN KEY/);
    s.seedIfEmpty('pci', [], 'empty seed');
    expect(() => s.db.prepare(`UPDATE versions SET note = 'rewritten'`).run()).toThrow(/append-only/);
    expect(() => s.db.prepare('DELETE FROM versions').run()).toThrow(/append-only/);
    s.db.prepare(`INSERT INTO audit_log (at, action) VALUES ('t', 'logout')`).run();
    expect(() => s.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});
