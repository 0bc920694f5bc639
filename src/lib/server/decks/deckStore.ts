// Decks in the SQLite store: one owner each, slides in order. Every write is one transaction and
// bumps the deck's revision; a write based on an older revision is refused (DeckConflict), so two
// tabs cannot silently undo each other's reordering.
import { randomBytes } from 'node:crypto';
import { cleanMeta, cleanSlide, cleanSlides, LIMITS, reorderSlides, type Deck, type DeckMeta, type Slide } from '../../present/deck';
import type { StoreCore } from '../store/types';

export class DeckError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409
  ) {
    super(message);
  }
}

interface DeckRow {
  id: string;
  owner_id: number;
  owner_name: string | null;
  meeting: string;
  date: string;
  unit: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface DeckSummary extends DeckMeta {
  id: string;
  revision: number;
  updatedAt: string;
  slideCount: number;
}

/** 128 random bits, URL-safe: the deck's share link. */
export const newDeckId = (): string => randomBytes(16).toString('base64url');
export const newSlideId = (): string => randomBytes(6).toString('base64url');

const now = (store: StoreCore) => store.now().toISOString();

function readSlides(store: StoreCore, deckId: string): Slide[] {
  const rows = store.db.prepare('SELECT content FROM deck_slides WHERE deck_id = ? ORDER BY position').all(deckId) as { content: string }[];
  // Stored slides were validated on the way in; validate again on the way out (a hand-edited row
  // must not reach a page as anything but a slide).
  return rows.map((r) => cleanSlide(JSON.parse(r.content), newSlideId)).filter((s): s is Slide => s != null);
}

function toDeck(store: StoreCore, r: DeckRow): Deck {
  return {
    id: r.id,
    ownerId: r.owner_id,
    ownerName: r.owner_name ?? `#${r.owner_id}`,
    meeting: r.meeting,
    date: r.date,
    unit: r.unit,
    revision: r.revision,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    slides: readSlides(store, r.id)
  };
}

export function getDeck(store: StoreCore, id: string): Deck | null {
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const r = store.db
    .prepare('SELECT d.*, u.username AS owner_name FROM decks d LEFT JOIN users u ON u.id = d.owner_id WHERE d.id = ?')
    .get(id) as DeckRow | undefined;
  return r ? toDeck(store, r) : null;
}

export function listDecks(store: StoreCore, ownerId: number): DeckSummary[] {
  const rows = store.db
    .prepare(
      `SELECT d.id, d.meeting, d.date, d.unit, d.revision, d.updated_at,
              (SELECT count(*) FROM deck_slides s WHERE s.deck_id = d.id) AS n
       FROM decks d WHERE d.owner_id = ? ORDER BY d.updated_at DESC, d.id`
    )
    .all(ownerId) as { id: string; meeting: string; date: string; unit: string; revision: number; updated_at: string; n: number }[];
  return rows.map((r) => ({ id: r.id, meeting: r.meeting, date: r.date, unit: r.unit, revision: r.revision, updatedAt: r.updated_at, slideCount: r.n }));
}

export function createDeck(store: StoreCore, ownerId: number, meta: unknown, slides: unknown = []): Deck {
  const m = cleanMeta(meta);
  const s = cleanSlides(slides, newSlideId);
  if (!s) throw new DeckError('Danh sách trang không hợp lệ.', 400);
  const id = newDeckId();
  const t = now(store);
  store.db.transaction(() => {
    store.db
      .prepare('INSERT INTO decks (id, owner_id, meeting, date, unit, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)')
      .run(id, ownerId, m.meeting, m.date, m.unit, t, t);
    writeSlides(store, id, s);
  })();
  return getDeck(store, id)!;
}

function writeSlides(store: StoreCore, deckId: string, slides: readonly Slide[]) {
  store.db.prepare('DELETE FROM deck_slides WHERE deck_id = ?').run(deckId);
  const ins = store.db.prepare('INSERT INTO deck_slides (deck_id, position, slide_id, kind, content) VALUES (?, ?, ?, ?, ?)');
  slides.forEach((s, i) => ins.run(deckId, i, s.id, s.kind, JSON.stringify(s)));
}

/** The deck if `userId` owns it; otherwise a 404 (never say a deck exists) or 403. */
function owned(store: StoreCore, id: string, userId: number): Deck {
  const d = getDeck(store, id);
  if (!d) throw new DeckError('Không tìm thấy bài trình bày.', 404);
  if (d.ownerId !== userId) throw new DeckError('Chỉ người tạo bài trình bày mới sửa được.', 403);
  return d;
}

function bump(store: StoreCore, d: Deck, expectedRevision: number | null, meta: DeckMeta, slides: readonly Slide[]): Deck {
  store.db.transaction(() => {
    // Checked inside the write transaction: two saves cannot both pass it.
    const cur = store.db.prepare('SELECT revision FROM decks WHERE id = ?').get(d.id) as { revision: number };
    if (expectedRevision != null && cur.revision !== expectedRevision)
      throw new DeckError('Bài trình bày vừa được sửa ở nơi khác: hãy tải lại trang rồi sửa tiếp.', 409);
    store.db
      .prepare('UPDATE decks SET meeting = ?, date = ?, unit = ?, revision = revision + 1, updated_at = ? WHERE id = ?')
      .run(meta.meeting, meta.date, meta.unit, now(store), d.id);
    writeSlides(store, d.id, slides);
  })();
  return getDeck(store, d.id)!;
}

/** Replaces the title fields and the whole slide list (the editor saves the deck as a whole). */
export function saveDeck(store: StoreCore, id: string, userId: number, input: { meta: unknown; slides: unknown; revision: unknown }): Deck {
  const d = owned(store, id, userId);
  const slides = cleanSlides(input.slides, newSlideId);
  if (!slides) throw new DeckError(`Danh sách trang không hợp lệ (tối đa ${LIMITS.slides} trang).`, 400);
  return bump(store, d, Number.isInteger(input.revision) ? (input.revision as number) : null, cleanMeta(input.meta), slides);
}

/** New order of the same slides, by id. */
export function reorderDeck(store: StoreCore, id: string, userId: number, ids: unknown, revision: unknown): Deck {
  const d = owned(store, id, userId);
  const next = Array.isArray(ids) && ids.every((x) => typeof x === 'string') ? reorderSlides(d.slides, ids as string[]) : null;
  if (!next) throw new DeckError('Thứ tự trang không khớp với bài trình bày.', 400);
  return bump(store, d, Number.isInteger(revision) ? (revision as number) : null, d, next);
}

/** Appends one slide ("Thêm vào bài trình bày"); no revision check: adding never undoes anything. */
export function appendSlide(store: StoreCore, id: string, userId: number, raw: unknown): Deck {
  const d = owned(store, id, userId);
  if (d.slides.length >= LIMITS.slides) throw new DeckError(`Bài trình bày đã có ${LIMITS.slides} trang.`, 400);
  const s = cleanSlide(raw, newSlideId);
  if (!s) throw new DeckError('Trang không hợp lệ.', 400);
  const slide = d.slides.some((x) => x.id === s.id) ? { ...s, id: newSlideId() } : s;
  return bump(store, d, null, d, [...d.slides, slide]);
}

export function deleteDeck(store: StoreCore, id: string, userId: number): void {
  owned(store, id, userId);
  store.db.transaction(() => {
    store.db.prepare('DELETE FROM deck_slides WHERE deck_id = ?').run(id);
    store.db.prepare('DELETE FROM decks WHERE id = ?').run(id);
  })();
}
