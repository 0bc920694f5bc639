// Migration 2 ('plans'): plans, their tasks, products, units, targets, links to index components,
// the units' reports, and which units each account reports for. Appended to MIGRATIONS; never edit
// it once shipped (add a migration instead).
//
// - Targets keep the Target union as kind + JSON + the sentence it was read from, and the months it
//   runs over (window_from/window_to, "YYYY-MM").
// - Reports are append-only (triggers): a correction is a new report for the same period, the latest
//   wins; who and when are on every row, and each batch keeps the uploaded file byte for byte.
// - user_units makes an account a reporter; the users table and its role CHECK are untouched.
export const PLANS_SCHEMA = /* sql */ `
CREATE TABLE plan_units (
  code          TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('unit', 'group')),
  level         TEXT CHECK (level IN ('province', 'department', 'district', 'commune', 'other')),
  member_levels TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(member_levels) AND json_type(member_levels) = 'array'),
  province_code TEXT,
  registry_code TEXT,
  created_at    TEXT NOT NULL,
  created_by    INTEGER REFERENCES users(id),
  CHECK ((kind = 'unit') = (level IS NOT NULL))
) STRICT;

CREATE TABLE plans (
  id            TEXT PRIMARY KEY,
  origin        TEXT NOT NULL CHECK (origin IN ('seed', 'import')),
  issuer        TEXT NOT NULL,
  issuer_unit   TEXT REFERENCES plan_units(code),
  province      TEXT NOT NULL DEFAULT '',
  province_code TEXT,
  number        TEXT NOT NULL DEFAULT '',
  date          TEXT,
  date_text     TEXT NOT NULL DEFAULT '',
  year          INTEGER NOT NULL,
  title         TEXT NOT NULL,
  period_from   INTEGER NOT NULL,
  period_to     INTEGER NOT NULL,
  indices       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(indices) AND json_type(indices) = 'array'),
  indices_note  TEXT,
  responsible   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(responsible) AND json_type(responsible) = 'array'),
  source_file   TEXT,
  appendix_text TEXT,
  created_at    TEXT NOT NULL,
  created_by    INTEGER REFERENCES users(id),
  CHECK (period_to >= period_from)
) STRICT;

CREATE TABLE plan_tasks (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_id     TEXT NOT NULL REFERENCES plans(id),
  number      INTEGER NOT NULL,
  content     TEXT NOT NULL,
  schedule    TEXT NOT NULL DEFAULT '',
  frequency   TEXT NOT NULL DEFAULT '',
  note        TEXT NOT NULL DEFAULT '',
  source_line INTEGER,
  UNIQUE (plan_id, number)
) STRICT;

CREATE TABLE plan_task_products (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  task_id          INTEGER NOT NULL REFERENCES plan_tasks(id),
  position         INTEGER NOT NULL,
  text             TEXT NOT NULL,
  items            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(items) AND json_type(items) = 'array'),
  lead_text        TEXT NOT NULL DEFAULT '',
  cooperating_text TEXT NOT NULL DEFAULT '',
  schedule         TEXT NOT NULL DEFAULT '',
  frequency        TEXT NOT NULL DEFAULT '',
  time_text        TEXT NOT NULL DEFAULT '',
  note             TEXT NOT NULL DEFAULT '',
  source_line      INTEGER,
  UNIQUE (task_id, position)
) STRICT;

CREATE TABLE plan_task_units (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  task_id    INTEGER NOT NULL REFERENCES plan_tasks(id),
  product_id INTEGER REFERENCES plan_task_products(id),
  role       TEXT NOT NULL CHECK (role IN ('lead', 'cooperating')),
  unit_code  TEXT NOT NULL REFERENCES plan_units(code),
  written    TEXT NOT NULL,
  position   INTEGER NOT NULL
) STRICT;
CREATE INDEX plan_task_units_task ON plan_task_units (task_id);
CREATE INDEX plan_task_units_unit ON plan_task_units (unit_code);

CREATE TABLE plan_targets (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_id     TEXT NOT NULL REFERENCES plans(id),
  task_id     INTEGER REFERENCES plan_tasks(id),
  product_id  INTEGER REFERENCES plan_task_products(id),
  position    INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('rate', 'total', 'percent', 'quota', 'window', 'continuous', 'unquantified')),
  json        TEXT NOT NULL CHECK (json_valid(json) AND json_extract(json, '$.kind') = kind),
  source      TEXT NOT NULL,
  context     TEXT,
  window_from TEXT NOT NULL CHECK (window_from GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  window_to   TEXT NOT NULL CHECK (window_to GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' AND window_to >= window_from)
) STRICT;
CREATE INDEX plan_targets_task ON plan_targets (task_id);

CREATE TABLE plan_target_units (
  target_id INTEGER NOT NULL REFERENCES plan_targets(id),
  unit_code TEXT NOT NULL REFERENCES plan_units(code),
  PRIMARY KEY (target_id, unit_code)
) STRICT;

CREATE TABLE plan_task_links (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  task_id    INTEGER NOT NULL REFERENCES plan_tasks(id),
  index_id   TEXT NOT NULL,
  component  TEXT NOT NULL,
  state      TEXT NOT NULL CHECK (state IN ('suggested', 'confirmed')),
  reason     TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT,
  updated_by INTEGER REFERENCES users(id),
  UNIQUE (task_id, index_id, component)
) STRICT;

CREATE TABLE plan_report_batches (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  kind        TEXT NOT NULL CHECK (kind IN ('form', 'csv')),
  user_id     INTEGER NOT NULL REFERENCES users(id),
  at          TEXT NOT NULL,
  file_name   TEXT,
  file_sha256 TEXT,
  file_bytes  BLOB,
  row_count   INTEGER NOT NULL,
  ip          TEXT,
  CHECK ((kind = 'csv') = (file_bytes IS NOT NULL))
) STRICT;

CREATE TABLE plan_reports (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  batch_id     INTEGER NOT NULL REFERENCES plan_report_batches(id),
  target_id    INTEGER NOT NULL REFERENCES plan_targets(id),
  unit_code    TEXT NOT NULL REFERENCES plan_units(code),
  period       TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
  period_from  TEXT NOT NULL,
  period_to    TEXT NOT NULL,
  value        REAL,
  note         TEXT NOT NULL DEFAULT '',
  evidence_url TEXT,
  user_id      INTEGER NOT NULL REFERENCES users(id),
  at           TEXT NOT NULL
) STRICT;
CREATE INDEX plan_reports_target ON plan_reports (target_id, unit_code, period);

CREATE TABLE user_units (
  user_id    INTEGER NOT NULL REFERENCES users(id),
  unit_code  TEXT NOT NULL REFERENCES plan_units(code),
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id),
  PRIMARY KEY (user_id, unit_code)
) STRICT;

CREATE TRIGGER plan_reports_no_update BEFORE UPDATE ON plan_reports BEGIN SELECT RAISE(ABORT, 'plan_reports are append-only'); END;
CREATE TRIGGER plan_reports_no_delete BEFORE DELETE ON plan_reports BEGIN SELECT RAISE(ABORT, 'plan_reports are append-only'); END;
CREATE TRIGGER plan_report_batches_no_update BEFORE UPDATE ON plan_report_batches BEGIN SELECT RAISE(ABORT, 'plan_report_batches are append-only'); END;
CREATE TRIGGER plan_report_batches_no_delete BEFORE DELETE ON plan_report_batches BEGIN SELECT RAISE(ABORT, 'plan_report_batches are append-only'); END;
`;

// Migration 7 ('plans: admin units, replaced plans'):
// - plan_units.parent_code: a commune's district, and the district a district plan's groups are scoped
//   to (huyện Bình Sơn's "UBND các xã, thị trấn" are its 22 communes, not Quảng Ngãi's).
// - plans.content_hash: sha256 of the imported appendix (normalised), to find an appendix imported twice.
// - plans.replaced_by: a re-imported plan replaces the old one instead of standing beside it; the old
//   rows (and any reports on them) are kept, hidden from the pages.
export const PLANS_V7_SCHEMA = /* sql */ `
ALTER TABLE plan_units ADD COLUMN parent_code TEXT;
ALTER TABLE plans ADD COLUMN content_hash TEXT;
ALTER TABLE plans ADD COLUMN replaced_by TEXT REFERENCES plans(id);
CREATE INDEX plans_content_hash ON plans (content_hash);
`;
