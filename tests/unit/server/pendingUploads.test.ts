// Pending previews kept in the store (issue 13): per-user budgets, isolation between editors,
// a restart in between, expiry, the total budget and once-only taking. Real PCI 2015 rows and bytes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, PendingUploads, pendingUploadsFor, type PendingLimits } from '../../../src/lib/server/uploads/pendingUploads';
import type { Store } from '../../../src/lib/server/store/types';
import { pciObservations, TestClock, WORKBOOK, workbookExcerpt } from '../store/fixtures';
import { storeHarness } from '../store/harness';

const h = storeHarness();
const observations = pciObservations(WORKBOOK, { from: 2015, to: 2015 });
const bytes = workbookExcerpt(2015, 2015);
const EDITOR_A = 1;
const EDITOR_B = 2;
const MINUTE = 60 * 1000;

const preview = (userId: number, fileName = 'PCI 2015.csv') => ({
  userId,
  indexId: 'pci',
  fileName,
  bytes,
  observations,
  issues: [],
  baseVersionId: null,
  keep: [],
  aliases: []
});

function put(pending: PendingUploads, userId: number, fileName?: string) {
  const r = pending.put(preview(userId, fileName));
  if (!r.ok) throw new Error(r.message);
  return r.entry;
}

function open(clock = new TestClock(), dir?: string): { store: Store; pending: PendingUploads; clock: TestClock } {
  const store = h.open(dir, { now: clock.now });
  return { store, pending: pendingUploadsFor(store), clock };
}

describe('pending previews in the store', () => {
  it("editor A's new previews never evict editor B's, and neither can read or take the other's", () => {
    const { pending } = open();
    const b = put(pending, EDITOR_B);
    const first = Array.from({ length: 5 }, (_, i) => put(pending, EDITOR_A, `a${i}.csv`));
    const next = Array.from({ length: 5 }, (_, i) => put(pending, EDITOR_A, `b${i}.csv`));
    // B's one preview is still there for B, whole.
    const kept = pending.get(b.id, EDITOR_B);
    expect(kept?.observations).toEqual(observations);
    expect(Buffer.from(kept!.bytes).equals(bytes)).toBe(true);
    // A made room only among their own: the five newest remain, the five oldest are gone.
    expect(first.filter((p) => pending.get(p.id, EDITOR_A))).toEqual([]);
    expect(next.map((p) => pending.get(p.id, EDITOR_A)?.fileName)).toEqual(['b0.csv', 'b1.csv', 'b2.csv', 'b3.csv', 'b4.csv']);
    expect(pending.bytesHeld()).toBe(6 * b.size);
    // Ids are not keys to someone else's preview.
    expect(pending.get(next[0].id, EDITOR_B)).toBeNull();
    expect(pending.take(next[0].id, EDITOR_B)).toBeNull();
    expect(pending.consume(next[0].id, EDITOR_B, () => 'landed')).toBeNull();
    expect(pending.get(b.id, EDITOR_A)).toBeNull();
    expect(pending.get(next[0].id, EDITOR_A)).not.toBeNull();
  });

  it('keeps previews across a restart of the server', () => {
    const dir = h.dir();
    const clock = new TestClock();
    const before = open(clock, dir);
    const p = put(before.pending, EDITOR_A);
    before.store.close();
    const after = open(clock, dir);
    const back = after.pending.get(p.id, EDITOR_A);
    expect(back).toMatchObject({ id: p.id, indexId: 'pci', fileName: 'PCI 2015.csv', baseVersionId: null, createdAt: clock.t, size: p.size });
    expect(back?.observations).toEqual(observations);
    expect(Buffer.from(back!.bytes).equals(bytes)).toBe(true);
  });

  it('forgets a preview 10 minutes after it was made', () => {
    const { pending, clock } = open();
    const p = put(pending, EDITOR_A);
    clock.advance(10 * MINUTE);
    expect(pending.get(p.id, EDITOR_A)).not.toBeNull();
    clock.advance(1);
    expect(pending.get(p.id, EDITOR_A)).toBeNull();
    expect(pending.bytesHeld()).toBe(0);
  });

  it('refuses a new preview when all users together hold the total, dropping nobody else’s', () => {
    const probe = open();
    const size = put(probe.pending, EDITOR_A).size;
    // Room for three previews in all, two per user.
    const limits: PendingLimits = { ...DEFAULT_LIMITS, perUserCount: 2, totalBytes: 3 * size };
    const { store } = open();
    const pending = new PendingUploads(store, limits);
    const a = [put(pending, EDITOR_A), put(pending, EDITOR_A)];
    const b = put(pending, EDITOR_B);
    const r = pending.put(preview(EDITOR_B));
    expect(r).toEqual({ ok: false, message: 'Máy chủ đang giữ nhiều bản xem trước chờ xác nhận của người dùng khác: hãy thử lại sau ít phút.' });
    expect(a.every((p) => pending.get(p.id, EDITOR_A))).toBe(true);
    expect(pending.get(b.id, EDITOR_B)).not.toBeNull();
    // A third preview of A's replaces A's oldest, within the same total.
    const a3 = put(pending, EDITOR_A);
    expect(pending.get(a[0].id, EDITOR_A)).toBeNull();
    expect(pending.get(a3.id, EDITOR_A)).not.toBeNull();
    expect(pending.bytesHeld()).toBe(3 * size);
  });

  it('refuses outright a preview larger than one user’s budget, saying how large', () => {
    const { store } = open();
    const pending = new PendingUploads(store, { ...DEFAULT_LIMITS, perUserBytes: 100 * 1024 });
    const r = pending.put(preview(EDITOR_A));
    expect(r.ok).toBe(false);
    expect((r as { message: string }).message).toMatch(/^Bản xem trước quá lớn để giữ chờ xác nhận \(khoảng \d+(,\d)? MB, tối đa 0,1 MB\)/);
    expect(pending.bytesHeld()).toBe(0);
  });

  it('hands a preview over once: a second take, or a second commit, finds it gone', () => {
    const { store, pending } = open();
    const p = put(pending, EDITOR_A);
    expect(pending.take(p.id, EDITOR_A)?.observations).toEqual(observations);
    expect(pending.take(p.id, EDITOR_A)).toBeNull();
    expect(pending.get(p.id, EDITOR_A)).toBeNull();

    // A commit that fails leaves the preview for a retry; the one that lands removes it.
    const q = put(pending, EDITOR_A);
    expect(() =>
      pending.consume(q.id, EDITOR_A, () => {
        throw new Error('refused');
      })
    ).toThrow('refused');
    expect(pending.get(q.id, EDITOR_A)).not.toBeNull();
    const landed = pending.consume(q.id, EDITOR_A, () => store.commitVersion({ indexId: 'pci', observations: q.observations, kind: 'upload', user: null, fileBytes: q.bytes }));
    expect(landed?.value.rowCount).toBe(observations.length);
    let again = false;
    expect(pending.consume(q.id, EDITOR_A, () => (again = true))).toBeNull();
    expect(again).toBe(false);
    expect(store.listVersions('pci').length).toBe(1);
  });

  it('a second server process on the same store cannot take a preview the first one took', () => {
    const dir = h.dir();
    const clock = new TestClock();
    const one = open(clock, dir);
    const two = open(clock, dir);
    const p = put(one.pending, EDITOR_A);
    expect(two.pending.get(p.id, EDITOR_A)).not.toBeNull();
    expect(one.pending.consume(p.id, EDITOR_A, () => 'first')).toEqual({ value: 'first' });
    expect(two.pending.consume(p.id, EDITOR_A, () => 'second')).toBeNull();
  });
});
