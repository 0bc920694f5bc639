// The browser's DuckDB loads the long table from an Arrow file (server/observationsArrow.ts); the server's
// builds it from the CSV bundle (db/observationsTable.ts). Both must give the same table: same columns,
// same types, every row.
import { beforeAll, describe, expect, it } from 'vitest';
import { brotliCompressSync, constants } from 'node:zlib';
import { openNodeDuckDb } from '../../../src/lib/server/db/nodeDuckDb';
import { buildDataset, readShippedFiles } from '../../../src/lib/server/shippedData';
import { loadObservations } from '../../../src/lib/db/observationsTable';
import { observationsArrow } from '../../../src/lib/server/observationsArrow';
import { observationsBundle } from '../../../src/lib/data/observationsBundle';
import type { Observation } from '../../../src/lib/data/observation';
import type { Db } from '../../../src/lib/db/db';

const dataset = buildDataset(readShippedFiles());
let db: Db & { close(): void };

beforeAll(async () => {
  db = await openNodeDuckDb();
});

/** The table built both ways from `rows`, as `obs_csv` and `obs_arrow`. */
async function both(rows: readonly Observation[]) {
  await db.query('DROP TABLE IF EXISTS obs');
  await db.query('DROP TABLE IF EXISTS obs_arrow');
  await loadObservations(db, rows);
  await db.insertArrow!('obs_arrow', observationsArrow(rows));
}
const describeTable = (t: string) => db.query<{ column_name: string; column_type: string }>(`SELECT column_name, column_type FROM (DESCRIBE ${t})`);
const missing = async (a: string, b: string) => (await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM (SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${b})`))[0].n;

describe('the Arrow data file', () => {
  it('makes the same table as the CSV bundle from the shipped data: columns, types and every row', async () => {
    await both(dataset.observations);
    const types = await describeTable('obs');
    expect(types.map((c) => c.column_name)).toEqual(['unit_code', 'unit_name', 'unit_group', 'year', 'index_id', 'indicator', 'value', 'rank', 'rank_of', 'rank_source', 'band', 'source']);
    expect(await describeTable('obs_arrow')).toEqual(types);
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM obs_arrow');
    expect(n).toBe(dataset.observations.length);
    expect(await missing('obs', 'obs_arrow')).toBe(0);
    expect(await missing('obs_arrow', 'obs')).toBe(0);
    // A published figure read back, and a value that was never published stays NULL (not 0).
    const [ht] = await db.query<{ value: number; rank: number; unit_name: string }>(
      `SELECT value, rank, unit_name FROM obs_arrow WHERE index_id = 'pci' AND unit_code = '42' AND year = 2015 AND indicator = 'total'`
    );
    expect(ht).toEqual({ value: 57.2, rank: 45, unit_name: 'Hà Tĩnh' });
    const nulls = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM obs_arrow WHERE value IS NULL`);
    const nullsCsv = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM obs WHERE value IS NULL`);
    expect(nulls).toEqual(nullsCsv);
  });

  it('keeps names that would break a CSV (commas, quotes, line breaks, a formula) exactly', async () => {
    const hostile = ['Sở "Tư pháp", Hà Tĩnh', 'Huyện\nCẩm Xuyên', '=HYPERLINK("x")', 'Đắk Lắk\r\n', ' Lào Cai '];
    // Real rows of five provinces, renamed: the values stay the published ones.
    const codes = ['42', '51', '26', '62', '10'];
    const rows = dataset.observations
      .filter((o) => o.index_id === 'pci' && codes.includes(o.unit_code))
      .map((o) => ({ ...o, unit_name: hostile[codes.indexOf(o.unit_code)] }));
    await both(rows);
    expect(await missing('obs', 'obs_arrow')).toBe(0);
    expect(await missing('obs_arrow', 'obs')).toBe(0);
    const names = (await db.query<{ unit_name: string }>('SELECT DISTINCT unit_name FROM obs_arrow')).map((r) => r.unit_name).sort();
    expect(names).toEqual([...hostile].sort());
  });

  it('is an empty table, not an error, for no rows', async () => {
    await db.query('DROP TABLE IF EXISTS obs_arrow');
    await db.insertArrow!('obs_arrow', observationsArrow([]));
    expect(await db.query('SELECT * FROM obs_arrow')).toEqual([]);
  });

  it('travels in fewer bytes than the CSV bundle after brotli', () => {
    const br = (b: Uint8Array | string) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 } }).length;
    const arrow = br(observationsArrow(dataset.observations));
    const csv = br(observationsBundle(dataset.observations));
    expect(arrow).toBeLessThan(csv);
  });
});

describe('the data file name', () => {
  it('is the same bytes for the same data in any order (the browser caches it by content hash)', () => {
    const rows = dataset.observations.filter((o) => o.index_id === 'papi');
    const a = observationsArrow(rows);
    const b = observationsArrow([...rows].reverse());
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    // …and other bytes for other data.
    const c = observationsArrow(rows.map((o, i) => (i === 0 ? { ...o, unit_name: `${o.unit_name} ` } : o)));
    expect(Buffer.from(c).equals(Buffer.from(a))).toBe(false);
  });
});
