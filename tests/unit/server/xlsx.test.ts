// An .xlsx made from the real PCI 2015 table imports to exactly what its CSV gives.
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import writeXlsxFile from 'write-excel-file/node';
import Papa from 'papaparse';
import { importCsv } from '../../../src/lib/import/importFile';
import { SHIPPED_DEFINITIONS } from '../../../src/lib/catalogue/definitions';
import { provinceRecords } from '../../../src/lib/data/loadShipped';
import { ProvinceNames } from '../../../src/lib/units/provinceNames';
import { isXlsx, xlsxToCsv } from '../../../src/lib/server/uploads/xlsxToCsv';
import { checkXlsx } from '../../../src/lib/server/uploads/xlsxGuard';
import { zip, zipBomb } from './zip';
import { parseUpload, type UploadJob } from '../../../src/lib/server/uploads/parseUpload';
import { runImport } from '../../../src/lib/server/uploads/runImport';

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

describe('xlsx budgets, checked before anything is inflated (issue 13)', () => {
  it('refuses a 52 KB zip bomb that unzips to 50 MB, from its stated sizes', async () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(checkXlsx(bomb)).toMatchObject({ ok: false, message: expect.stringMatching(/giải nén ra 50 MB từ \d+(,\d)? KB: tệp bất thường/) });
    const r = await xlsxToCsv(bomb);
    expect(r.ok).toBe(false);
  });

  it('refuses a sheet whose stated range is 250,001 rows, reading only its first bytes', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Hà Tĩnh</t></is></c></row>`).join('');
    const sheet = `<?xml version="1.0"?><worksheet><dimension ref="A1:D250001"/><sheetData>${rows}</sheetData></worksheet>`;
    const file = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet) }]);
    expect(checkXlsx(file)).toEqual({ ok: false, message: 'Bảng tính có 250.001 dòng, vượt giới hạn 200.000 dòng. Hãy tách tệp theo năm.' });
  });

  it('lets a real workbook through', async () => {
    const buf = await (writeXlsxFile([[{ value: 'Tỉnh', type: String }], [{ value: 'Hà Tĩnh', type: String }]] as never) as unknown as { toBuffer(): Promise<Buffer> }).toBuffer();
    expect(checkXlsx(new Uint8Array(buf))).toEqual({ ok: true });
  });
});

describe('parsing in a worker thread', () => {
  const job = (bytes: Uint8Array): UploadJob => ({
    bytes,
    indexId: 'pci',
    definitions: SHIPPED_DEFINITIONS,
    provinceRecords: provinceRecords(readFileSync('data/province_codes_63.csv', 'utf8')),
    storedAliases: [],
    uploadAliases: [{ name: 'Ha Tinhh', unitCode: '42' }],
    now: Date.parse('2026-11-25'),
    source: 'test'
  });
  const csv = new TextEncoder().encode(readFileSync('tests/fixtures/import/pci_2015_clean.csv', 'utf8').replace(/^Hà Tĩnh,/m, 'Ha Tinhh,'));
  let workerFile = '';
  beforeAll(async () => {
    const { buildImportWorker } = await import('../../../scripts/build-import-worker.mjs');
    // Inside the checkout, so its packages resolve from node_modules as they do from build/.
    workerFile = await buildImportWorker(path.resolve('node_modules/.cache/chiso-test/import-worker.mjs'));
  }, 60_000);

  it('gives exactly what parsing in process gives, the upload alias applied', async () => {
    const bytes = csv;
    const inWorker = await runImport(job(bytes), { workerFile });
    const inProcess = await parseUpload(job(bytes));
    expect(inWorker.ok, JSON.stringify(inWorker).slice(0, 500)).toBe(true);
    expect((inWorker as { out: unknown }).out).toEqual(inProcess);
    expect(inProcess.result.ok).toBe(true);
    expect(inProcess.aliases).toEqual([{ name: 'Ha Tinhh', unitCode: '42' }]);
    expect(inProcess.keep).toEqual([]);
  });

  it('stops a parse that passes its time budget, in Vietnamese', async () => {
    const r = await runImport(job(csv), { workerFile, timeoutMs: 1 });
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/^Đọc tệp quá 0 giây nên đã dừng/) });
  });
});
