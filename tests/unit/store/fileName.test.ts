import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitiseFileName } from '../../../src/lib/server/store/fileName';
import { pciObservations, workbookExcerpt, WORKBOOK } from './fixtures';
import { storeHarness } from './harness';

const h = storeHarness();

describe('upload file names', () => {
  it('are display text only: "../../x" writes nothing outside the data dir', () => {
    const root = h.dir();
    const dataDir = path.join(root, 'data');
    const s = h.open(dataDir);
    s.seedIfEmpty('pci', pciObservations(WORKBOOK, { to: 2013 }), 'seed');
    const escapes = ['../../x', '..\\..\\..\\Windows\\x.xlsx', '/etc/passwd', '../chiso.sqlite'];
    const outside = escapes.map((n) => path.resolve(dataDir, n));
    const existedBefore = outside.map((p) => fs.existsSync(p));

    for (const [i, name] of escapes.entries()) {
      s.commitVersion({
        indexId: 'pci',
        observations: pciObservations(WORKBOOK, { from: 2014 + (i % 2), to: 2014 + (i % 2) }),
        kind: 'upload',
        user: null,
        fileName: name,
        fileBytes: workbookExcerpt(2014, 2015)
      });
    }
    expect(s.listVersions().slice(0, 4).map((v) => v.fileName).reverse()).toEqual(['x', 'x.xlsx', 'passwd', 'chiso.sqlite']);
    s.close();

    // Only the data dir in the root, only SQLite's own files in the data dir.
    expect(fs.readdirSync(root)).toEqual(['data']);
    for (const f of fs.readdirSync(dataDir)) expect(['chiso.sqlite', 'chiso.sqlite-wal', 'chiso.sqlite-shm']).toContain(f);
    expect(outside.map((p) => fs.existsSync(p))).toEqual(existedBefore);
  });

  it('drop control and bidi characters, keep Vietnamese, and cap the length', () => {
    expect(sanitiseFileName('Kết quả PCI 2024.xlsx')).toBe('Kết quả PCI 2024.xlsx');
    expect(sanitiseFileName('Ke\u0302\u0301t qua\u0309.csv')).toBe('Kết quả.csv'); // NFC
    expect(sanitiseFileName('bao-cao\u202Exslx.exe')).toBe('bao-caoxslx.exe');
    expect(sanitiseFileName('a\r\nb\u0000.csv')).toBe('ab.csv');
    expect(sanitiseFileName('..')).toBeNull();
    expect(sanitiseFileName('../..')).toBeNull();
    expect(sanitiseFileName(null)).toBeNull();
    expect(Array.from(sanitiseFileName('ệ'.repeat(500))!)).toHaveLength(200);
  });
});
