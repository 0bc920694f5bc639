// The new unit's page: old provinces' own series before the merger, the new unit's own from it, and
// an old slug that opens its successor saying what it became. 2025 figures are the placeholder file's.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Db } from '../../../src/lib/db/db';
import { loadObservations } from '../../../src/lib/db/observationsTable';
import { importCsv } from '../../../src/lib/import/importFile';
import { openNodeDuckDb } from '../../../src/lib/server/db/nodeDuckDb';
import { buildDataset, readShippedFiles } from '../../../src/lib/server/shippedData';
import { loadMergerView } from '../../../src/lib/views/mergerView';
import { def, definitions, provinces } from '../import/helpers';

let db: Db;
let placeholder2025: ReturnType<typeof importCsv>['observations'];
beforeAll(async () => {
  const shipped = buildDataset(readShippedFiles());
  placeholder2025 = importCsv(new Uint8Array(readFileSync('tests/fixtures/eras/dti_2025_34_units_placeholder.csv')), {
    definition: def('dti'), definitions, provinces, now: new Date('2026-06-01T00:00:00Z')
  }).observations;
  db = await openNodeDuckDb();
  await loadObservations(db, [...shipped.observations, ...placeholder2025]);
}, 60_000);

describe('merger view across the two eras', () => {
  it('new Tuyên Quang: old Tuyên Quang and Hà Giang to 2024, then its own series from its first year on the 34', async () => {
    const v = await loadMergerView(db, { slug: 'tuyen-quang', index: 'dti' });
    expect(v.status).toBe('merged');
    expect(v.oldUnits.map((u) => [u.code, u.name])).toEqual([['08', 'Tuyên Quang'], ['02', 'Hà Giang']]);
    // DTI 2022: both old provinces ranked of 63 (published), nothing after the merger on them.
    expect(v.oldUnits[0].points.find((p) => p.year === 2022)).toMatchObject({ rank: 48, rankOf: 63 });
    expect(v.oldUnits[1].points.find((p) => p.year === 2022)).toMatchObject({ rank: 57, rankOf: 63 });
    expect(v.oldUnits.every((u) => u.points.every((p) => p.year < v.mergerYear))).toBe(true);
    const own = placeholder2025.find((o) => o.unit_code === 'n:tuyen-quang' && o.indicator === 'total')!;
    expect(v.own).toEqual({ code: 'n:tuyen-quang', points: [{ year: 2025, value: own.value, rank: own.rank, rankOf: 34, rankSource: 'published' }] });
    expect(v.mergerYear).toBe(2024);
    expect(Object.keys(v)).not.toContain('average');
  });

  it('an old slug keeps working: Hà Giang opens new Tuyên Quang and says what it became', async () => {
    const v = await loadMergerView(db, { slug: 'ha-giang', index: 'pci' });
    expect(v).toMatchObject({ status: 'merged', name: 'Tuyên Quang', slug: 'tuyen-quang', from: { name: 'Hà Giang', slug: 'ha-giang' } });
    expect(v.mergerYear).toBe(2025);
  });

  it('an unchanged unit with figures of its own stays on its page (Hà Tĩnh 2025); without, it goes to its history', async () => {
    const dti = await loadMergerView(db, { slug: 'ha-tinh', index: 'dti' });
    expect(dti).toMatchObject({ status: 'unchanged', redirectTo: null });
    expect(dti.own.points.map((p) => p.year)).toEqual([2025]);
    expect(dti.oldUnits[0].points.find((p) => p.year === 2022)).toMatchObject({ rank: 37 });
    expect((await loadMergerView(db, { slug: 'ha-tinh', index: 'pci' })).redirectTo).toBe('/tinh/ha-tinh');
    expect((await loadMergerView(db, { slug: 'hue', index: 'pci' })).redirectTo).toBe('/tinh/thua-thien-hue');
    expect((await loadMergerView(db, { slug: 'atlantis', index: 'pci' })).status).toBe('unknown');
  });
});
