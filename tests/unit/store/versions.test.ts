import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/lib/data/observation';
import { listAudit } from '../../../src/lib/server/auth/audit';
import { StaleBaseError } from '../../../src/lib/server/store/commit';
import type { Store } from '../../../src/lib/server/store/types';
import { fileBytes, papiObservations, pciObservations, PROFILE_PAGES, sortObservations, workbookExcerpt, WORKBOOK } from './fixtures';
import { storeHarness } from './harness';

const h = storeHarness();
const SEED_NOTE = 'Dữ liệu gốc: VCCI PCI 2006–2013';
const counts = (s: Store) => ({
  versions: (s.db.prepare('SELECT count(*) AS n FROM versions').get() as { n: number }).n,
  observations: (s.db.prepare('SELECT count(*) AS n FROM observations').get() as { n: number }).n,
  audit: (s.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n
});
const integrity = (s: Store) => s.db.pragma('integrity_check', { simple: true });

function seeded(): Store {
  const s = h.open();
  s.seedIfEmpty('pci', pciObservations(WORKBOOK, { to: 2013 }), SEED_NOTE);
  return s;
}

describe('snapshot versions', () => {
  it('seeds once, and the snapshot reads back exactly', () => {
    const dir = h.dir();
    const rows = pciObservations(WORKBOOK, { to: 2013 });
    const s = h.open(dir);
    const v = s.seedIfEmpty('pci', rows, SEED_NOTE)!;
    expect(v).toMatchObject({ id: 1, kind: 'seed', indexId: 'pci', note: SEED_NOTE, rowCount: rows.length, added: rows.length, changed: 0 });
    expect(s.seedIfEmpty('pci', rows, SEED_NOTE)).toBeNull();
    s.close();
    // A restart seeds nothing again.
    const again = h.open(dir);
    expect(again.seedIfEmpty('pci', rows, SEED_NOTE)).toBeNull();
    expect(again.listVersions()).toHaveLength(1);
    expect(again.currentObservations()).toEqual(sortObservations(rows));
    expect(listAudit(again)).toEqual([]); // a seed is not a user action
  });

  it('commits an upload: listed with its counts, the file kept byte for byte', () => {
    const s = seeded();
    const seedCount = s.currentVersion('pci')!.rowCount;
    const upload = pciObservations(WORKBOOK, { from: 2014, to: 2015 });
    // A real CSV excerpt, with a BOM and a Windows-1258-style stray byte: stored untouched.
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), workbookExcerpt(2014, 2015), Buffer.from([0xd2, 0x00, 0xff])]);
    const v = s.commitVersion({ indexId: 'pci', observations: upload, kind: 'upload', user: null, note: 'PCI 2014–2015', fileName: 'PCI_2014-2015.csv', fileBytes: bytes, ip: '10.0.0.7' });

    expect(v).toMatchObject({ id: 2, kind: 'upload', added: upload.length, changed: 0, unchanged: 0, removed: 0, rowCount: seedCount + upload.length });
    expect(v.fileName).toBe('PCI_2014-2015.csv');
    expect(v.fileSize).toBe(bytes.length);
    expect(s.listVersions('pci').map((x) => x.id)).toEqual([2, 1]);
    expect(s.currentVersion('pci')!.id).toBe(2);

    const f = s.versionFile(2)!;
    expect(Buffer.compare(f.bytes, bytes)).toBe(0);
    expect(f.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(s.versionFile(1)).toBeNull(); // the seed has no file

    // Merge: the snapshot is now 2006–2015, exactly as in the workbook.
    expect(s.currentObservations('pci')).toEqual(sortObservations(pciObservations(WORKBOOK)));
    // The old snapshot is untouched.
    expect(s.versionObservations(1)).toEqual(sortObservations(pciObservations(WORKBOOK, { to: 2013 })));

    const [audit] = listAudit(s, { action: 'upload' });
    expect(audit).toMatchObject({ ip: '10.0.0.7', detail: { indexId: 'pci', versionId: 2, added: upload.length, sha256: f.sha256 } });
    expect(integrity(s)).toBe('ok');
  });

  it('previews the diff per unit without writing: the workbook corrects the profile pages', () => {
    const s = h.open();
    const pages = pciObservations(PROFILE_PAGES, { to: 2013 });
    s.seedIfEmpty('pci', pages, 'Trang hồ sơ tỉnh');
    const before = { ...counts(s), key: s.currentVersionKey() };
    const upload = pciObservations(WORKBOOK);
    const p = s.diffAgainstCurrent('pci', upload);

    // Expected counts, computed naively from the two files.
    const old = new Map(pages.map((o) => [`${o.unit_code}|${o.year}|${o.indicator}`, o]));
    const same = (a: Observation, b: Observation) => a.value === b.value && a.rank === b.rank && a.rank_of === b.rank_of && a.band === b.band;
    let added = 0, changed = 0, unchanged = 0;
    for (const o of upload) {
      const b = old.get(`${o.unit_code}|${o.year}|${o.indicator}`);
      if (!b) added++;
      else if (same(b, o)) unchanged++;
      else changed++;
    }
    expect(p).toMatchObject({ baseVersionId: 1, added, changed, unchanged, carried: 0, rowCount: upload.length });
    expect(changed).toBeGreaterThan(50);
    expect(unchanged).toBeGreaterThan(500);

    // Lâm Đồng 2010 on the profile pages is Lai Châu's column (data/README.md).
    const lamDong = p.units.find((u) => u.unit_code === '68')!;
    const total2010 = lamDong.changed.find((c) => c.after.year === 2010 && c.after.indicator === 'total')!;
    expect(total2010.before).toMatchObject({ value: 51.77, rank: 57 });
    expect(total2010.after).toMatchObject({ value: 58.26, rank: 29 });
    expect(total2010.fields).toEqual(['value', 'rank']);
    // Tiền Giang's 2007 rank is printed 65 (of 64) on the old site.
    const tg = p.units.find((u) => u.unit_code === '82')!.changed.find((c) => c.after.year === 2007 && c.after.indicator === 'total')!;
    expect([tg.before.rank, tg.after.rank]).toEqual([65, 12]);
    // Hà Tĩnh 2006 SOE bias: missing on the page (null), 6.22 in the workbook.
    const ht = p.units.find((u) => u.unit_code === '42')!.changed.find((c) => c.after.year === 2006 && c.after.indicator === 'canh_tranh_binh_dang')!;
    expect([ht.before.value, ht.after.value]).toEqual([null, 6.22]);
    // A province absent from the pages: everything is new.
    const hanoi = p.units.find((u) => u.unit_code === '01')!;
    expect(hanoi.added.length).toBe(upload.filter((o) => o.unit_code === '01').length);
    expect(hanoi.changed).toEqual([]);
    expect(p.units.map((u) => u.unit_code)).toEqual([...p.units.map((u) => u.unit_code)].sort());

    expect({ ...counts(s), key: s.currentVersionKey() }).toEqual(before);
    // The commit stores the same counts as the preview.
    const v = s.commitVersion({ indexId: 'pci', observations: upload, kind: 'upload', user: null, expectedBaseVersionId: 1 });
    expect([v.added, v.changed, v.unchanged]).toEqual([added, changed, unchanged]);
  });

  it('a commit that fails inside the transaction leaves the store unchanged', () => {
    const s = seeded();
    const before = { ...counts(s), key: s.currentVersionKey(), rows: s.currentObservations(), seq: s.db.prepare('SELECT * FROM sqlite_sequence ORDER BY name').all() };
    expect(() =>
      s.commitVersion({
        indexId: 'pci', observations: pciObservations(WORKBOOK, { from: 2014 }), kind: 'upload', user: null,
        fileName: 'PCI_2014.csv', fileBytes: workbookExcerpt(2014, 2015),
        beforeCommit: () => { throw new Error('disk on fire'); }
      })
    ).toThrow('disk on fire');
    expect({ ...counts(s), key: s.currentVersionKey(), rows: s.currentObservations(), seq: s.db.prepare('SELECT * FROM sqlite_sequence ORDER BY name').all() }).toEqual(before);
    expect(s.db.inTransaction).toBe(false);
    expect(integrity(s)).toBe('ok');
  });

  it('rolls back to an exact copy of an older snapshot, as a new audited version', () => {
    const s = h.open();
    const seed = pciObservations(WORKBOOK, { to: 2015 });
    s.seedIfEmpty('pci', seed, 'Workbook');
    // An editor uploads the profile pages: wrong cells, plus 2016+ rows the workbook lacks.
    const pages = pciObservations(PROFILE_PAGES);
    // It clears bands the workbook has: the editor confirmed that.
    const bad = s.commitVersion({ indexId: 'pci', observations: pages, kind: 'upload', user: null, fileName: 'ho-so-tinh.csv', fileBytes: fileBytes(PROFILE_PAGES), confirmRemovals: true });
    const newRows = pages.filter((o) => o.year > 2015).length;
    expect(bad.added).toBe(newRows);
    expect(bad.changed).toBeGreaterThan(0);

    const r = s.rollback(1, null, { ip: '10.0.0.9' });
    expect(r).toMatchObject({ id: 3, kind: 'rollback', rolledBackTo: 1, rowCount: seed.length, removed: newRows, changed: bad.changed, added: 0 });
    expect(s.versionObservations(3)).toEqual(s.versionObservations(1));
    expect(s.currentObservations('pci')).toEqual(sortObservations(seed));
    expect(s.listVersions('pci').map((v) => v.kind)).toEqual(['rollback', 'upload', 'seed']);
    // The bad upload is still there to inspect.
    expect(s.versionObservations(2)).toHaveLength(bad.rowCount);
    expect(listAudit(s, { action: 'rollback' })[0]).toMatchObject({ ip: '10.0.0.9', detail: { indexId: 'pci', versionId: 3, rolledBackTo: 1, replaced: 2 } });

    expect(() => s.rollback(3, null)).toThrow(/hiện hành/);
    expect(() => s.rollback(99, null)).toThrow(/#99/);
    expect(integrity(s)).toBe('ok');
  });

  it('refuses a commit whose preview is stale, writing nothing', () => {
    const s = seeded();
    const preview = s.diffAgainstCurrent('pci', pciObservations(WORKBOOK, { from: 2015 }));
    s.commitVersion({ indexId: 'pci', observations: pciObservations(WORKBOOK, { from: 2014, to: 2014 }), kind: 'upload', user: null });
    const before = counts(s);
    expect(() =>
      s.commitVersion({ indexId: 'pci', observations: pciObservations(WORKBOOK, { from: 2015 }), kind: 'upload', user: null, expectedBaseVersionId: preview.baseVersionId })
    ).toThrow(StaleBaseError);
    expect(counts(s)).toEqual(before);
  });

  it('keeps every index current at once, in a stable order, with a cache key that moves', () => {
    const s = seeded();
    const k1 = s.currentVersionKey();
    expect(k1).toMatch(/^[0-9a-f]{8}-1$/);
    s.seedIfEmpty('papi', papiObservations(), 'PAPI 2011–2015');
    const k2 = s.currentVersionKey();
    expect(k2).not.toBe(k1);
    const all = s.currentObservations();
    expect(all).toEqual(sortObservations([...pciObservations(WORKBOOK, { to: 2013 }), ...papiObservations()]));
    expect(s.currentObservations()).toEqual(all);
    // An upload to one index and a rollback each move the key; the other index stays current.
    s.commitVersion({ indexId: 'pci', observations: pciObservations(WORKBOOK, { from: 2014 }), kind: 'upload', user: null });
    const k3 = s.currentVersionKey();
    s.rollback(1, null);
    const k4 = s.currentVersionKey();
    expect(new Set([k1, k2, k3, k4]).size).toBe(4);
    expect(s.currentVersion('papi')!.id).toBe(2);
    expect(s.currentObservations()).toEqual(all);
  });

  it('refuses rows the snapshot could not hold unambiguously', () => {
    const s = seeded();
    const [row] = pciObservations(WORKBOOK, { from: 2014, to: 2014 });
    const up = (rows: Observation[]) => () => s.commitVersion({ indexId: 'pci', observations: rows, kind: 'upload', user: null });
    expect(up([row, { ...row }])).toThrow(/trùng lặp/);
    expect(up([{ ...row, index_id: 'papi' }])).toThrow(/papi/);
    expect(up([{ ...row, value: Number.NaN }])).toThrow(/giá trị/);
    expect(up([{ ...row, rank: 1.5 }])).toThrow(/rank/);
    expect(up([])).toThrow(/không có dòng/);
    expect(s.listVersions()).toHaveLength(1);
  });
});
