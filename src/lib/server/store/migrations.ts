// Numbered schema migrations. The SQL lives here, in one place: the app, the tests and the
// crash-test child process (which loads this module through Vite's module runner) all run it.
import type Database from 'better-sqlite3';
import { PLANS_SCHEMA, PLANS_V7_SCHEMA } from '../plans/schema';
import { DECK_IMAGES_SCHEMA, DECKS_SCHEMA } from '../decks/schema';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Tables are STRICT so a wrong type is an error, not a silent coercion.
// History tables (versions, observations, audit_log) are append-only, enforced by triggers:
// a bug or a hand-run UPDATE cannot quietly rewrite what was published or who did what.
const INITIAL = /* sql */ `
CREATE TABLE users (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  username      TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
  indices       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(indices) AND json_type(indices) = 'array'),
  created_at    TEXT NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
) STRICT;

CREATE TABLE versions (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  index_id       TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('seed', 'upload', 'rollback')),
  created_at     TEXT NOT NULL,
  user_id        INTEGER REFERENCES users(id),
  note           TEXT NOT NULL DEFAULT '',
  file_name      TEXT,
  file_sha256    TEXT,
  file_bytes     BLOB,
  row_count      INTEGER NOT NULL,
  added          INTEGER NOT NULL,
  changed        INTEGER NOT NULL,
  unchanged      INTEGER NOT NULL,
  removed        INTEGER NOT NULL DEFAULT 0,
  rolled_back_to INTEGER REFERENCES versions(id),
  CHECK ((kind = 'rollback') = (rolled_back_to IS NOT NULL))
) STRICT;
CREATE INDEX versions_index ON versions (index_id, id);

CREATE TABLE observations (
  version_id INTEGER NOT NULL REFERENCES versions(id),
  unit_code  TEXT NOT NULL,
  unit_name  TEXT NOT NULL,
  unit_group TEXT NOT NULL,
  year       INTEGER NOT NULL,
  index_id   TEXT NOT NULL,
  indicator  TEXT NOT NULL,
  value      REAL,
  rank       INTEGER,
  rank_of    INTEGER,
  band       TEXT,
  source     TEXT NOT NULL
) STRICT;
-- Unique per snapshot (the diff key); its leading column also serves lookups by version_id.
CREATE UNIQUE INDEX observations_version_key ON observations (version_id, unit_code, year, indicator);
CREATE INDEX observations_index_year ON observations (index_id, year);

CREATE TABLE index_definitions (
  id         TEXT PRIMARY KEY,
  version    INTEGER NOT NULL,
  json       TEXT NOT NULL CHECK (json_valid(json)),
  updated_at TEXT NOT NULL,
  updated_by INTEGER REFERENCES users(id)
) STRICT;

CREATE TABLE unit_aliases (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  alias_key  TEXT NOT NULL UNIQUE,
  unit_code  TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  csrf_token TEXT NOT NULL
) STRICT;
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE audit_log (
  id      INTEGER PRIMARY KEY AUTOINCREMENT,
  at      TEXT NOT NULL,
  user_id INTEGER REFERENCES users(id),
  action  TEXT NOT NULL CHECK (action IN
            ('login', 'login_failed', 'logout', 'upload', 'rollback', 'user_created', 'user_changed',
             'catalogue_changed')),
  detail  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail)),
  ip      TEXT
) STRICT;
-- The login rate limit counts recent failures by action and time.
CREATE INDEX audit_action_at ON audit_log (action, at);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
-- Identifies this database in browser cache keys (see currentVersionKey).
INSERT INTO settings (key, value) VALUES ('store_id', lower(hex(randomblob(4))));

CREATE TRIGGER versions_no_update BEFORE UPDATE ON versions BEGIN SELECT RAISE(ABORT, 'versions are append-only'); END;
CREATE TRIGGER versions_no_delete BEFORE DELETE ON versions BEGIN SELECT RAISE(ABORT, 'versions are append-only'); END;
CREATE TRIGGER observations_no_update BEFORE UPDATE ON observations BEGIN SELECT RAISE(ABORT, 'snapshots are append-only'); END;
CREATE TRIGGER observations_no_delete BEFORE DELETE ON observations BEGIN SELECT RAISE(ABORT, 'snapshots are append-only'); END;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`;

// Rank provenance (issue 11). Ranks stored before this migration were all shown as published, so
// they are recorded as such; the append-only trigger is lifted for this one backfill only.
const RANK_SOURCE = /* sql */ `
ALTER TABLE observations ADD COLUMN rank_source TEXT CHECK (rank_source IN ('published', 'derived'));
DROP TRIGGER observations_no_update;
UPDATE observations SET rank_source = 'published' WHERE rank IS NOT NULL;
CREATE TRIGGER observations_no_update BEFORE UPDATE ON observations BEGIN SELECT RAISE(ABORT, 'snapshots are append-only'); END;
`;

// Shipped data that changes after the first start (issue 12). Per index: the content hash of the
// shipped rows and the rows themselves (gzip JSON), so the next release can tell the cells users
// uploaded (they differ from what was shipped) from ours. The audit log is rebuilt to accept
// 'seed_refreshed'; its rows, ids and append-only triggers are kept.
const SHIPPED_DATA = /* sql */ `
CREATE TABLE shipped_data (
  index_id     TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  rows_gzip    BLOB NOT NULL,
  version_id   INTEGER REFERENCES versions(id),
  recorded_at  TEXT NOT NULL
) STRICT;
DROP TRIGGER audit_no_update;
DROP TRIGGER audit_no_delete;
CREATE TABLE audit_log_new (
  id      INTEGER PRIMARY KEY AUTOINCREMENT,
  at      TEXT NOT NULL,
  user_id INTEGER REFERENCES users(id),
  action  TEXT NOT NULL CHECK (action IN
            ('login', 'login_failed', 'logout', 'upload', 'rollback', 'user_created', 'user_changed',
             'catalogue_changed', 'seed_refreshed')),
  detail  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail)),
  ip      TEXT
) STRICT;
INSERT INTO audit_log_new (id, at, user_id, action, detail, ip) SELECT id, at, user_id, action, detail, ip FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_action_at ON audit_log (action, at);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`;

// Names an upload mapped to a unit ("Ghi nhớ và đọc lại"), kept as part of each version like its rows:
// every version holds the full set in force for its index (the previous set plus its own), so a
// rollback restores the older set and the alias is gone with the upload that brought it (issue 11).
const VERSION_ALIASES = /* sql */ `
CREATE TABLE version_aliases (
  version_id INTEGER NOT NULL REFERENCES versions(id),
  alias_key  TEXT NOT NULL,
  name       TEXT NOT NULL,
  unit_code  TEXT NOT NULL,
  added_in   INTEGER NOT NULL REFERENCES versions(id),
  PRIMARY KEY (version_id, alias_key)
) STRICT;
CREATE TRIGGER version_aliases_no_update BEFORE UPDATE ON version_aliases BEGIN SELECT RAISE(ABORT, 'version aliases are append-only'); END;
CREATE TRIGGER version_aliases_no_delete BEFORE DELETE ON version_aliases BEGIN SELECT RAISE(ABORT, 'version aliases are append-only'); END;
`;

// Previews uploaded but not yet confirmed (issue 13), on disk so they hold no memory and survive a
// restart. Working state, not history: rows are deleted when taken or expired, so no triggers.
const PENDING_UPLOADS = /* sql */ `
CREATE TABLE pending_uploads (
  id         TEXT PRIMARY KEY,
  user_id    INTEGER NOT NULL,
  index_id   TEXT NOT NULL,
  file_name  TEXT NOT NULL,
  bytes      BLOB NOT NULL,
  payload    TEXT NOT NULL, -- JSON: observations, issues, baseVersionId, keep, aliases
  size       INTEGER NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX pending_uploads_user ON pending_uploads (user_id, created_at);
`;

/** Append only; never edit a migration that has shipped. Numbers may have gaps (5 and 7 are reserved); each runs once, by number. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial schema', sql: INITIAL },
  { version: 2, name: 'plans', sql: PLANS_SCHEMA },
  { version: 3, name: 'decks', sql: DECKS_SCHEMA },
  { version: 4, name: 'rank provenance', sql: RANK_SOURCE },
  { version: 6, name: 'aliases kept with versions', sql: VERSION_ALIASES },
  { version: 7, name: 'plans: admin units, replaced plans', sql: PLANS_V7_SCHEMA },
  { version: 8, name: 'shipped data refresh', sql: SHIPPED_DATA },
  { version: 9, name: 'pending previews', sql: PENDING_UPLOADS },
  { version: 13, name: 'decks: image slides', sql: DECK_IMAGES_SCHEMA }
];

export function schemaVersion(db: Database.Database): number {
  const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

/** Applies pending migrations, each in its own write transaction; safe to run on every start. */
export function migrate(db: Database.Database, now: () => Date = () => new Date()): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const latest = Math.max(...MIGRATIONS.map((m) => m.version));
  const applied = db.prepare('SELECT 1 FROM schema_version WHERE version = ?');
  for (const m of MIGRATIONS) {
    // IMMEDIATE takes the write lock before reading the version: two processes starting at once
    // cannot both apply the same migration. Checked by number, not by the maximum: branches merge
    // reserved numbers in any order, and a store that ran 6 must still get 5.
    db.transaction(() => {
      if (applied.get(m.version)) return;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        now().toISOString()
      );
    }).immediate();
  }
  const v = schemaVersion(db);
  if (v > latest) throw new Error(`Database schema ${v} is newer than this app (${latest}); refusing to run.`);
  return v;
}
