// An .xlsx made from the real PCI 2015 table imports to exactly what its CSV gives.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import writeXlsxFile from 'write-excel-file/node';
import Papa from 'papaparse';
import { importCsv } from '../../../src/lib/import/importFile';
import { SHIPPED_DEFINITIONS } from '../../../src/lib/catalogue/definitions';
import { provinceRecords } from '../../../src/lib/data/loadShipped';
import { ProvinceNames } from '../../../src/lib/units/provinceNames';
import { isXlsx, xlsxToCsv } from '../../../src/lib/server/uploads/xlsxToCsv';

const pci = SHIPPED_DEFINITIONS.find((d) => d.id === 'pci')!;
const opts = () => ({
  definition: pci,
  definitions: SHIPPED_DEFINITIONS,
  provinces: new ProvinceNames(provinceRecords(readFileSync('data/province_codes_63.csv', 'utf8'))),
  now: new Date('2026-11-25')
});

describe('xlsx uploads', () => {
  it('reads a workbook of the real PCI 2015 table to the same observations as the CSV', async () => {
    const csv = readFileSync('tests/fixtures/import/pci_2015_clean.csv');
    const rows = Papa.parse<string[]>(csv.toString('utf8'), { skipEmptyLines: true }).data;
    // Numbers as numbers, the way Excel stores them.
    const sheet = rows.map((r, i) => r.map((v) => (i > 0 && v !== '' && !Number.isNaN(Number(v)) ? { value: Number(v), type: Number } : { value: v, type: String })));
    const buf = await (writeXlsxFile(sheet as never) as unknown as { toBuffer(): Promise<Buffer> }).toBuffer();
    const bytes = new Uint8Array(buf);
    expect(isXlsx(bytes)).toBe(true);
    const x = await xlsxToCsv(bytes);
    expect(x.ok).toBe(true);
    const fromXlsx = importCsv((x as { csv: Uint8Array }).csv, opts());
    const fromCsv = importCsv(new Uint8Array(csv), opts());
    expect(fromCsv.ok).toBe(true);
    expect(fromXlsx.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const key = (o: { unit_code: string; indicator: string; value: number | null; rank: number | null; band: string | null }) => `${o.unit_code}|${o.indicator}|${o.value}|${o.rank}|${o.band}`;
    expect(fromXlsx.observations.map(key).sort()).toEqual(fromCsv.observations.map(key).sort());
  });

  it('refuses a broken or hostile zip with a Vietnamese message, never a crash', async () => {
    const fake = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 2000 }, (_, i) => (i * 37) % 256)]);
    const r = await xlsxToCsv(fake);
    expect(r.ok).toBe(false);
    expect((r as { message: string }).message).toContain('Không đọc được tệp Excel');
    expect(isXlsx(new TextEncoder().encode('Tỉnh,Năm'))).toBe(false);
  });
});
