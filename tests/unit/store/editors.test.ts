import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/lib/server/auth/audit';
import { canUpload } from '../../../src/lib/server/auth/permissions';
import { createUser } from '../../../src/lib/server/auth/users';
import { pciObservations, TestClock, workbookExcerpt, WORKBOOK } from './fixtures';
import { storeHarness } from './harness';

const h = storeHarness();

describe('two editors', () => {
  it('records two sequential commits from two editors, both, in order', async () => {
    const clock = new TestClock();
    const s = h.open(h.dir(), { now: clock.now });
    s.seedIfEmpty('pci', pciObservations(WORKBOOK, { to: 2013 }), 'VCCI 2006–2013');
    const lan = await createUser(s, { username: 'lan.nguyen', password: 'Ha-Tinh-2014-pci', role: 'editor', indices: ['pci'] });
    const minh = await createUser(s, { username: 'minh.tran', password: 'Kon-Tum-2015-pci', role: 'editor', indices: ['pci', 'papi'] });
    expect(canUpload(lan, 'pci') && canUpload(minh, 'pci')).toBe(true);

    clock.advance(60_000);
    const a = s.commitVersion({ indexId: 'pci', observations: pciObservations(WORKBOOK, { from: 2014, to: 2014 }), kind: 'upload', user: lan, fileName: 'PCI_2014.csv', fileBytes: workbookExcerpt(2014, 2014) });
    clock.advance(60_000);
    const b = s.commitVersion({ indexId: 'pci', observations: pciObservations(WORKBOOK, { from: 2015, to: 2015 }), kind: 'upload', user: minh, fileName: 'PCI_2015.csv', fileBytes: workbookExcerpt(2015, 2015) });

    expect(s.listVersions('pci').map((v) => [v.id, v.kind, v.userId, v.fileName])).toEqual([
      [b.id, 'upload', minh.id, 'PCI_2015.csv'],
      [a.id, 'upload', lan.id, 'PCI_2014.csv'],
      [1, 'seed', null, null]
    ]);
    expect(a.createdAt < b.createdAt).toBe(true);
    // The second commit builds on the first: nothing of 2014 is lost.
    expect(b.rowCount).toBe(a.rowCount + b.added);
    expect(s.currentObservations('pci').filter((o) => o.year === 2014)).toHaveLength(a.added);
    expect(listAudit(s, { action: 'upload' }).map((e) => [e.userId, e.detail.versionId])).toEqual([
      [minh.id, b.id],
      [lan.id, a.id]
    ]);
    expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
