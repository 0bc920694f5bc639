// The data file the browser's DuckDB loads: names and sources in lookup tables, joined back by DuckDB.
// Whatever goes in must come out of the table unchanged, row for row.
import { beforeAll, describe, expect, it } from 'vitest';
import { observationsBundle, splitBundle } from '../../../src/lib/data/observationsBundle';
import type { Observation } from '../../../src/lib/data/observation';
import { OBSERVATION_COLUMNS } from '../../../src/lib/data/observation';
import { createObservationsTable } from '../../../src/lib/db/sql';
import { openNodeDuckDb } from '../../../src/lib/server/db/nodeDuckDb';
import { buildDataset, readShippedFiles } from '../../../src/lib/server/shippedData';
import type { Db } from '../../../src/lib/db/db';

let shipped: Observation[];
let db: Db;
beforeAll(async () => {
  shipped = buildDataset(readShippedFiles()).observations;
  db = await openNodeDuckDb();
}, 60_000);

/** Load a bundle the way the browser does: split the bytes, register each part as a buffer-backed file. */
async function tableFrom(bundle: string): Promise<Observation[]> {
  const parts = splitBundle(new TextEncoder().encode(bundle));
  const files = { units: 't-units.csv', sources: 't-sources.csv', rows: 't-rows.csv' };
  for (const k of ['units', 'sources', 'rows'] as const) await db.registerCsv(files[k], new TextDecoder().decode(parts[k]));
  await createObservationsTable(db, files);
  return db.query<Observation>(`SELECT ${OBSERVATION_COLUMNS.join(', ')} FROM obs`);
}
const key = (o: Observation) => JSON.stringify(OBSERVATION_COLUMNS.map((c) => o[c] ?? null));
const sortedKeys = (rows: Observation[]) => rows.map(key).sort();

describe('observations bundle', () => {
  it('the shipped data comes back from DuckDB exactly, every row and column', async () => {
    const back = await tableFrom(observationsBundle(shipped));
    expect(back.length).toBe(shipped.length);
    expect(sortedKeys(back)).toEqual(sortedKeys(shipped));
  }, 60_000);

  it('names and sources with quotes, commas and line breaks, and one code under two names, survive', async () => {
    // Real rows; only their names and sources are made hostile.
    const [a, b, c] = shipped.filter((o) => o.index_id === 'pci' && o.year === 2015 && o.indicator === 'total');
    const rows: Observation[] = [
      { ...a, unit_name: 'Tỉnh "Hà Tĩnh", mới\ndòng hai', source: 'https://x.vn/a?b=1,2 "trích"\r\n' },
      { ...b, unit_code: a.unit_code, unit_name: 'Ha Tinh', source: '' },
      { ...c, source: 'chiso-obs 1 0 0\nnot a header' }
    ];
    const back = await tableFrom(observationsBundle(rows));
    // An empty source reads back as no source, as it did in the flat CSV.
    expect(sortedKeys(back)).toEqual(sortedKeys(rows.map((r) => (r.source ? r : { ...r, source: null as unknown as string }))));
  });

  it('a damaged or foreign file is refused with a Vietnamese message, not loaded in part', () => {
    const good = new TextEncoder().encode(observationsBundle(shipped.slice(0, 50)));
    const msg = /Tệp dữ liệu không đúng định dạng/;
    expect(() => splitBundle(new TextEncoder().encode('unit_code,unit_name\n42,Hà Tĩnh\n'))).toThrow(msg);
    expect(() => splitBundle(new Uint8Array(0))).toThrow(msg);
    expect(() => splitBundle(good.subarray(0, 40))).toThrow(msg); // cut inside the lookup tables
    expect(() => splitBundle(new TextEncoder().encode('chiso-obs 2 10 10\n'))).toThrow(msg);
    expect(() => splitBundle(new TextEncoder().encode('chiso-obs 1 99999999999 1\nabc'))).toThrow(msg);
    expect(splitBundle(good).rows.length).toBeGreaterThan(0);
  });

  it('each part has its own buffer: the browser transfers them to the DuckDB worker one by one', () => {
    const p = splitBundle(new TextEncoder().encode(observationsBundle(shipped.slice(0, 50))));
    expect(new Set([p.units.buffer, p.sources.buffer, p.rows.buffer]).size).toBe(3);
    // Transferring one (what postMessage does) leaves the others readable.
    structuredClone(p.units, { transfer: [p.units.buffer] });
    expect(new TextDecoder().decode(p.rows).startsWith('unit,year,')).toBe(true);
  });
});
