// What an upload may do to published figures (issue 11): a file without ranks keeps them, a commit
// that would clear published figures needs explicit confirmation, and aliases live and die with versions.
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/lib/server/auth/audit';
import { RemovalError } from '../../../src/lib/server/store/commit';
import { currentVersionAliases } from '../../../src/lib/server/store/versionAliases';
import type { Store } from '../../../src/lib/server/store/types';
import { pciObservations, WORKBOOK } from './fixtures';
import { storeHarness } from './harness';

const h = storeHarness();

function seeded(): Store {
  const s = h.open();
  s.seedIfEmpty('pci', pciObservations(WORKBOOK), 'Workbook 2006–2015');
  return s;
}
/** PCI 2015 as a long file without rank and band columns would give it: scores only. */
const scoresOnly = () => pciObservations(WORKBOOK, { from: 2015 }).map((o) => ({ ...o, rank: null, rank_of: null, rank_source: null, band: null }));
const total2015 = (s: Store, code: string) => s.currentObservations('pci').find((o) => o.unit_code === code && o.year === 2015 && o.indicator === 'total')!;

describe('uploads and published figures', () => {
  it('a file with no rank column leaves the published ranks and their provenance untouched', () => {
    const s = seeded();
    const before = total2015(s, '42');
    expect(before).toMatchObject({ rank: 45, rank_source: 'published', rank_of: 63 });
    const p = s.diffAgainstCurrent('pci', scoresOnly(), ['rank', 'band']);
    expect(p.removals).toEqual([]);
    expect(p.changed).toBe(0); // no "hạng: 45 → trống" among the lines
    s.commitVersion({ indexId: 'pci', observations: scoresOnly(), kind: 'upload', user: null, keep: ['rank', 'band'] });
    expect(total2015(s, '42')).toMatchObject({ rank: 45, rank_of: 63, rank_source: 'published', band: before.band, value: before.value });
  });

  it('clearing published ranks is named in the preview and refused without confirmation, writing nothing', () => {
    const s = seeded();
    const p = s.diffAgainstCurrent('pci', scoresOnly());
    const ranks = p.removals.filter((r) => r.field === 'rank');
    expect(ranks.length).toBe(63);
    expect(ranks.find((r) => r.unit_code === '42')).toMatchObject({ unit_name: 'Hà Tĩnh', year: 2015, indicator: 'total', before: 45 });
    const versions = s.listVersions().length;
    const attempt = () => s.commitVersion({ indexId: 'pci', observations: scoresOnly(), kind: 'upload', user: null });
    expect(attempt).toThrow(RemovalError);
    expect(attempt).toThrow(/xoá 126 số liệu đã công bố \(.*hạng \d+/);
    expect(s.listVersions().length).toBe(versions);
    expect(total2015(s, '42').rank).toBe(45);
    // Confirmed: it lands, and the audit names what was cleared.
    s.commitVersion({ indexId: 'pci', observations: scoresOnly(), kind: 'upload', user: null, confirmRemovals: true });
    expect(total2015(s, '42').rank).toBeNull();
    const [audit] = listAudit(s, { action: 'upload' });
    expect((audit.detail as { removed: string[] }).removed).toContain('Hà Tĩnh 2015 tổng, hạng 45');
  });

  it("an upload's alias is stored with its version, audited, carried by later versions and undone by rollback", () => {
    const s = seeded();
    const seedId = s.currentVersion('pci')!.id;
    const rows = pciObservations(WORKBOOK, { from: 2015, units: ['46'] });
    s.commitVersion({ indexId: 'pci', observations: rows, kind: 'upload', user: null, aliases: [{ name: 'Thừa Thiên Huế (cũ)', unitCode: '46' }] });
    expect(currentVersionAliases(s).map((a) => [a.aliasKey, a.unitCode])).toEqual([['thuathienhuecu', '46']]);
    expect(listAudit(s, { action: 'upload' })[0].detail).toMatchObject({ aliases: [{ name: 'Thừa Thiên Huế (cũ)', unitCode: '46' }] });
    // A later upload without aliases keeps the set in force.
    s.commitVersion({ indexId: 'pci', observations: pciObservations(WORKBOOK, { from: 2014, to: 2014, units: ['46'] }), kind: 'upload', user: null });
    expect(currentVersionAliases(s)).toHaveLength(1);
    // Another index's versions do not disturb it; a conflicting alias is refused with nothing written.
    expect(() =>
      s.commitVersion({ indexId: 'pci', observations: rows, kind: 'upload', user: null, aliases: [{ name: 'Thừa Thiên Huế (cũ)', unitCode: '42' }] })
    ).toThrow(/đã được gán/);
    s.rollback(seedId, null);
    expect(currentVersionAliases(s)).toEqual([]);
    expect(listAudit(s, { action: 'rollback' })[0].detail).toMatchObject({ aliasesRemoved: [{ name: 'Thừa Thiên Huế (cũ)', unitCode: '46' }] });
    expect(() => s.db.prepare('DELETE FROM version_aliases').run()).toThrow(/append-only/);
  });
});
