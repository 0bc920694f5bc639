// Migration 3 ('decks'): presentation decks, one owner each, and their slides in order.
// Appended to MIGRATIONS; never edit it once shipped (add a migration instead).
//
// - A deck's id is random and unguessable: its link is what a presenter shares with viewers.
// - `revision` increases on every save, so a save made from a stale copy (another tab) is refused.
// - A slide is JSON (a chart slide points at a view: route, parameters, chart id, headline, steps),
//   validated by src/lib/present/deck.ts before it is written; `position` orders them.
export const DECKS_SCHEMA = /* sql */ `
CREATE TABLE decks (
  id         TEXT PRIMARY KEY,
  owner_id   INTEGER NOT NULL REFERENCES users(id),
  meeting    TEXT NOT NULL DEFAULT '',
  date       TEXT NOT NULL DEFAULT '',
  unit       TEXT NOT NULL DEFAULT '',
  revision   INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (date = '' OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT;
CREATE INDEX decks_owner ON decks (owner_id, updated_at);

CREATE TABLE deck_slides (
  deck_id  TEXT NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  slide_id TEXT NOT NULL,
  kind     TEXT NOT NULL CHECK (kind IN ('chart', 'text')),
  content  TEXT NOT NULL CHECK (json_valid(content)),
  PRIMARY KEY (deck_id, position),
  UNIQUE (deck_id, slide_id)
) STRICT;
`;

// Migration 13 ('decks: image slides'): a slide may be a picture (logo, photo) kept as a data: URL in its
// JSON. SQLite cannot change a CHECK in place, so the table is rebuilt with the same rows.
export const DECK_IMAGES_SCHEMA = /* sql */ `
CREATE TABLE deck_slides_v13 (
  deck_id  TEXT NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  slide_id TEXT NOT NULL,
  kind     TEXT NOT NULL CHECK (kind IN ('chart', 'text', 'image')),
  content  TEXT NOT NULL CHECK (json_valid(content)),
  PRIMARY KEY (deck_id, position),
  UNIQUE (deck_id, slide_id)
) STRICT;
INSERT INTO deck_slides_v13 (deck_id, position, slide_id, kind, content) SELECT deck_id, position, slide_id, kind, content FROM deck_slides;
DROP TABLE deck_slides;
ALTER TABLE deck_slides_v13 RENAME TO deck_slides;
`;
