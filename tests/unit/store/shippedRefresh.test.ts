// A store seeded by an older release picks up a newer release's shipped data at start: a new 'seed'
// version merging the new rows under what users uploaded (uploaded cells win), audited.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SHIPPED_DEFINITIONS } from '../../../src/lib/catalogue/definitions';
import { loadShipped, SHIPPED_FILES, type ShippedFiles } from '../../../src/lib/data/loadShipped';
import type { Observation } from '../../../src/lib/data/observation';
import { listAudit } from '../../../src/lib/server/auth/audit';
import { readShippedFiles } from '../../../src/lib/server/shippedData';
import { mergeShippedUnderUploads } from '../../../src/lib/server/store/shippedMerge';
import { syncShippedData } from '../../../src/lib/server/store/shippedSync';
import type { Store } from '../../../src/lib/server/store/types';
import { storeHarness } from './harness';
import { pciObservations, PROFILE_PAGES, ROOT } from './fixtures';

const h = storeHarness();

// The release before issue 12: its data/ at the fork point (no 2016–2019 workbooks, no DTI, 16 DDCI units).
const OLD_COMMIT = '08c3935';
function oldFiles(): ShippedFiles {
  const files = {} as ShippedFiles;
  const current = readShippedFiles();
  for (const f of SHIPPED_FILES) {
    try {
      files[f] = execFileSync('git', ['show', `${OLD_COMMIT}:data/${f}`], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      files[f] = current[f].split('\n')[0] + '\n'; // not shipped then: its header, no rows
    }
  }
  return files;
}

const byIndex = (rows: readonly Observation[]) => {
  const m = new Map<string, Observation[]>();
  for (const o of rows) m.set(o.index_id, [...(m.get(o.index_id) ?? []), o]);
  return m;
};
const oldData = byIndex(loadShipped(oldFiles(), SHIPPED_DEFINITIONS).observations);
const newData = byIndex(loadShipped(readShippedFiles(), SHIPPED_DEFINITIONS).observations);
const cell = (s: Store, index: string, unit: string, year: number, indicator = 'total') =>
  s.currentObservations(index).find((o) => o.unit_code === unit && o.year === year && o.indicator === indicator);

describe('shipped data refresh', () => {
  it('a store seeded from the old data, with an upload, takes the new data at start; the upload wins', () => {
    const s = h.open();
    // The old release seeded only an empty store (seedIfEmpty), recording no hash.
    for (const [id, rows] of oldData) s.seedIfEmpty(id, rows, 'old release');
    expect(cell(s, 'pci', '42', 2017)!.source).not.toContain('VCCI'); // profile page, 11 provinces only
    expect(s.currentObservations('pci').filter((o) => o.year === 2017 && o.indicator === 'total').length).toBeLessThan(15);

    // A user uploads the profile page's Lâm Đồng 2010 (the site's column is Lai Châu's; the workbook disagrees).
    const upload = pciObservations(PROFILE_PAGES, { from: 2010, to: 2010, units: ['68'] }).filter((o) => o.indicator === 'total');
    s.commitVersion({ indexId: 'pci', observations: upload, kind: 'upload', user: null, fileName: 'lam-dong-2010.csv' });
    const uploaded = cell(s, 'pci', '68', 2010)!.value;
    const shippedLd = newData.get('pci')!.find((o) => o.unit_code === '68' && o.year === 2010 && o.indicator === 'total')!.value;
    expect(uploaded).not.toBe(shippedLd);

    const before = s.currentVersion('pci')!.id;
    const r = syncShippedData(s, 'pci', newData.get('pci')!, 'new release');
    expect(r.status).toBe('refreshed');
    const v = s.currentVersion('pci')!;
    expect(v).toMatchObject({ kind: 'seed' });
    expect(v.id).toBeGreaterThan(before);
    expect(v.note).toContain('giữ');
    // New: PCI 2017 for all 63 from the workbook.
    expect(s.currentObservations('pci').filter((o) => o.year === 2017 && o.indicator === 'total').length).toBe(63);
    expect(cell(s, 'pci', '42', 2017)!.source).toContain('VCCI');
    // The uploaded cell is kept as uploaded.
    expect(cell(s, 'pci', '68', 2010)!.value).toBe(uploaded);
    const [audit] = listAudit(s, { action: 'seed_refreshed' });
    expect(audit.detail).toMatchObject({ indexId: 'pci', versionId: v.id, replaced: before, userCellsKept: 1, overriddenCount: 1 });
    expect((audit.detail.overridden as { unit_code: string }[])[0]).toMatchObject({ unit_code: '68', year: 2010, kept: uploaded, shipped: shippedLd });

    // The same release again: nothing to do.
    expect(syncShippedData(s, 'pci', newData.get('pci')!, 'new release').status).toBe('unchanged');
    expect(s.currentVersion('pci')!.id).toBe(v.id);
    expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('brings the corrected DDCI (Cẩm Xuyên) and a new index (DTI) into an old store; an unchanged index gets no version', () => {
    const s = h.open();
    for (const [id, rows] of oldData) s.seedIfEmpty(id, rows, 'old release');
    expect(cell(s, 'ddci_42', '42:huyen-cam-xuyen', 2021)).toBeUndefined();
    expect(s.currentVersion('dti')).toBeNull();
    const status = Object.fromEntries([...newData].map(([id, rows]) => [id, syncShippedData(s, id, rows, 'new release').status]));
    expect(status).toMatchObject({ ddci_42: 'refreshed', dti: 'seeded', pci: 'refreshed', papi: 'refreshed' });
    // PAR INDEX rows are the same in both releases: the hash is recorded, no version written.
    expect(status.par_index).toBe('recorded');
    expect(s.listVersions('par_index').length).toBe(1);
    expect(cell(s, 'ddci_42', '42:huyen-cam-xuyen', 2021)).toMatchObject({ value: 13.77, band: 'Rất thấp' });
    expect(cell(s, 'dti', '48', 2022)).toMatchObject({ value: 0.8002, rank: 1 });
    // A seed into an empty index is not a refresh: no audit entry for DTI.
    expect(listAudit(s, { action: 'seed_refreshed' }).map((a) => a.detail.indexId).sort()).toEqual(['ddci_42', 'papi', 'pci', 'sipas']);
    // Next start: all unchanged.
    for (const [id, rows] of newData) expect(syncShippedData(s, id, rows, 'again').status).toBe('unchanged');
  });

  it('merge: a cell users changed or added is theirs; a shipped cell follows the new release, even when dropped', () => {
    const o = (unit: string, value: number | null): Observation => ({
      unit_code: unit, unit_name: unit, unit_group: 'tinh', year: 2020, index_id: 'pci', indicator: 'total',
      value, rank: null, rank_of: null, rank_source: null, band: null, source: 's'
    });
    const real = pciObservations(PROFILE_PAGES, { from: 2020, to: 2020 }).filter((x) => x.indicator === 'total');
    const [a, b, c] = real.map((x) => x.value);
    const prev = [o('A', a), o('B', b)];
    const current = [o('A', a), o('B', c), o('C', a)]; // B changed by an upload, C added by one
    const next = [o('A', b), o('B', a)]; // the release corrects A and B
    const m = mergeShippedUnderUploads(prev, current, next);
    expect(Object.fromEntries(m.merged.map((x) => [x.unit_code, x.value]))).toEqual({ A: b, B: c, C: a });
    expect(m.userCells).toBe(2);
    expect(m.overridden.map((x) => x.unit_code)).toEqual(['B']);
    expect(mergeShippedUnderUploads(prev, prev, [o('A', a)]).merged.map((x) => x.unit_code)).toEqual(['A']);
  });
});
