// Decks in the real SQLite store (migration 3): per user, ordered, revisioned, owner-only writes.
import { describe, expect, it } from 'vitest';
import { createUser } from '../../../src/lib/server/auth/users';
import { appendSlide, createDeck, deleteDeck, DeckError, getDeck, listDecks, reorderDeck, saveDeck } from '../../../src/lib/server/decks/deckStore';
import { MIGRATIONS, schemaVersion } from '../../../src/lib/server/store/migrations';
import { storeHarness } from '../store/harness';
import { pageCount, stepCounts } from '../../../src/lib/present/deck';

const h = storeHarness();
const chart = (chartId: string, params = 'chiso=pci&nam=2015') => ({ kind: 'chart', route: '/xep-hang', params, chart: chartId, title: chartId, headline: null, steps: [] });

async function setup() {
  const s = h.open();
  const owner = await createUser(s, { username: 'trinhbay', password: 'mot mat khau dai', role: 'viewer' });
  const other = await createUser(s, { username: 'nguoikhac', password: 'mot mat khau dai', role: 'editor', indices: ['pci'] });
  return { s, owner, other };
}

function code(f: () => unknown): number | null {
  try {
    f();
    return null;
  } catch (e) {
    if (e instanceof DeckError) return e.status;
    throw e;
  }
}

describe('deck store', () => {
  it('migration 3 "decks" applies on a fresh store, migrations in order', async () => {
    const { s } = await setup();
    expect(MIGRATIONS.map((m) => m.version)).toEqual([...MIGRATIONS.map((m) => m.version)].sort((a, b) => a - b));
    expect(MIGRATIONS.find((m) => m.version === 3)?.name).toBe('decks');
    expect(schemaVersion(s.db)).toBe(MIGRATIONS.at(-1)!.version);
  });

  it('keeps image slides and speaker notes (migration 13 lets a slide be a picture)', async () => {
    const { s, owner } = await setup();
    const d = createDeck(s, owner.id, { meeting: 'A' });
    // PNG signature and IHDR tag only: enough for the store's check, no picture anyone sees.
    const image = `data:image/png;base64,${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]).toString('base64')}`;
    appendSlide(s, d.id, owner.id, { kind: 'image', title: 'Logo', alt: 'Logo UBND tỉnh', image, notes: 'Giới thiệu đơn vị' });
    const back = getDeck(s, d.id)!.slides[0];
    expect(back).toMatchObject({ kind: 'image', title: 'Logo', alt: 'Logo UBND tỉnh', image, notes: 'Giới thiệu đơn vị' });
    expect((s.db.prepare('SELECT kind FROM deck_slides WHERE deck_id = ?').get(d.id) as { kind: string }).kind).toBe('image');
    expect(code(() => appendSlide(s, d.id, owner.id, { kind: 'image', title: 'x', alt: '', image: 'https://example.org/a.png' }))).toBe(400);
  });

  it('creates a deck with a random unguessable id, lists it for its owner only', async () => {
    const { s, owner, other } = await setup();
    const d = createDeck(s, owner.id, { meeting: 'Hội nghị PCI 2015', date: '2016-03-20', unit: 'Sở KH&ĐT Hà Tĩnh' });
    expect(d.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(d.revision).toBe(1);
    expect(listDecks(s, owner.id).map((x) => x.id)).toEqual([d.id]);
    expect(listDecks(s, other.id)).toEqual([]);
    // A bad date is dropped rather than stored.
    expect(createDeck(s, owner.id, { meeting: 'x', date: '20/03/2016' }).date).toBe('');
  });

  it('appends slides in order and reorders them; every write bumps the revision', async () => {
    const { s, owner } = await setup();
    const d = createDeck(s, owner.id, { meeting: 'A' });
    appendSlide(s, d.id, owner.id, chart('xep-hang'));
    appendSlide(s, d.id, owner.id, { kind: 'text', title: 'Kết luận', body: '- Một\n- Hai' });
    const three = appendSlide(s, d.id, owner.id, chart('dien-bien', 'chiso=pci&nam=2015&xem=dien-bien'));
    expect(three.slides.map((x) => (x.kind === 'chart' ? x.chart : x.title))).toEqual(['xep-hang', 'Kết luận', 'dien-bien']);
    expect(three.revision).toBe(4);
    const ids = three.slides.map((x) => x.id);
    const moved = reorderDeck(s, d.id, owner.id, [ids[2], ids[0], ids[1]], three.revision);
    expect(moved.slides.map((x) => x.id)).toEqual([ids[2], ids[0], ids[1]]);
    expect(getDeck(s, d.id)!.slides.map((x) => x.id)).toEqual([ids[2], ids[0], ids[1]]);
    expect(code(() => reorderDeck(s, d.id, owner.id, [ids[0], ids[1]], moved.revision))).toBe(400);
  });

  it('a save from a stale revision is refused (409), so two tabs cannot undo each other', async () => {
    const { s, owner } = await setup();
    const d = createDeck(s, owner.id, { meeting: 'A' }, [chart('xep-hang')]);
    const a = saveDeck(s, d.id, owner.id, { meta: { meeting: 'B' }, slides: d.slides, revision: d.revision });
    expect(a.meeting).toBe('B');
    expect(code(() => saveDeck(s, d.id, owner.id, { meta: { meeting: 'C' }, slides: [], revision: d.revision }))).toBe(409);
    expect(getDeck(s, d.id)!.slides.length).toBe(1);
  });

  it('saves the presenter’s headline and build steps with the slide', async () => {
    const { s, owner } = await setup();
    const d = createDeck(s, owner.id, { meeting: 'A' }, [chart('xep-hang', 'chiso=pci&nam=2015&chon=ha-tinh')]);
    const slide = { ...d.slides[0], headline: 'Hà Tĩnh cần cải thiện  tính minh bạch', steps: ['tat-ca'] };
    const saved = saveDeck(s, d.id, owner.id, { meta: d, slides: [slide], revision: d.revision });
    expect(saved.slides[0]).toMatchObject({ headline: 'Hà Tĩnh cần cải thiện tính minh bạch', steps: ['tat-ca'] });
  });

  it('only the owner writes; anyone reads by id; an unknown id is 404', async () => {
    const { s, owner, other } = await setup();
    const d = createDeck(s, owner.id, { meeting: 'A' });
    expect(code(() => appendSlide(s, d.id, other.id, chart('xep-hang')))).toBe(403);
    expect(code(() => saveDeck(s, d.id, other.id, { meta: {}, slides: [], revision: null }))).toBe(403);
    expect(code(() => deleteDeck(s, d.id, other.id))).toBe(403);
    expect(getDeck(s, d.id)!.ownerName).toBe('trinhbay');
    expect(code(() => appendSlide(s, 'khong-co', owner.id, chart('xep-hang')))).toBe(404);
    expect(getDeck(s, "x' OR 1=1 --")).toBeNull();
    deleteDeck(s, d.id, owner.id);
    expect(getDeck(s, d.id)).toBeNull();
  });

  it('refuses slides that are not slides', async () => {
    const { s, owner } = await setup();
    const d = createDeck(s, owner.id, { meeting: 'A' });
    expect(code(() => appendSlide(s, d.id, owner.id, { kind: 'chart', route: 'https://evil.example/', chart: 'x' }))).toBe(400);
    expect(code(() => saveDeck(s, d.id, owner.id, { meta: {}, slides: 'nope', revision: null }))).toBe(400);
  });

  it('the deck list and the presenter count the same pages: 6 slides and the title slide are "7 trang" and "/ 7"', async () => {
    const { s, owner } = await setup();
    const d = createDeck(s, owner.id, { meeting: 'Hội nghị PCI 2015', date: '', unit: '' });
    for (const c of ['xep-hang', 'dien-bien', 'tang-giam']) appendSlide(s, d.id, owner.id, chart(c));
    appendSlide(s, d.id, owner.id, { kind: 'text', title: 'Kết luận', body: 'Một đoạn.' });
    appendSlide(s, d.id, owner.id, { ...chart('xep-hang', 'chiso=pci&nam=2014&chon=ha-tinh'), steps: ['tat-ca'] });
    const out = appendSlide(s, d.id, owner.id, chart('xep-hang', 'chiso=pci&nam=2013'));
    const listed = listDecks(s, owner.id).find((x) => x.id === d.id)!;
    expect(listed.slideCount).toBe(6);
    // The list ("N trang"), the "Thêm vào bài trình bày" message and the presenter's "/ N" (one number per
    // stepCounts entry, the title slide first) say the same N; steps do not add pages.
    const presenterTotal = stepCounts(getDeck(s, d.id)!.slides).length;
    expect(pageCount(listed.slideCount)).toBe(7);
    expect(pageCount(out.slides.length)).toBe(presenterTotal);
    expect(presenterTotal).toBe(7);
  });
});
