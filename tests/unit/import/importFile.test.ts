import { describe, expect, it } from 'vitest';
import type { IndexDefinition } from '../../../src/lib/catalogue/types';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS, MAX_ISSUES, importCsv } from '../../../src/lib/import/importFile';
import { def, definitions, fixture, NOW, provinces, run } from './helpers';

describe('importCsv', () => {
  it('reports what it found: encoding, delimiter, layout, mapping', () => {
    const r = run(fixture('pci_2015_windows1258_semicolon.csv'));
    expect(r).toMatchObject({ ok: true, encoding: 'windows-1258', delimiter: ';', layout: 'wide' });
    expect(r.mapping?.columns.map((c) => c.field)).toContain('component:tinh_minh_bach');
  });
  it('refuses a file over the size limit before reading it (default 20 MB)', () => {
    expect(DEFAULT_MAX_BYTES).toBe(20 * 1024 * 1024);
    const big = new Uint8Array(DEFAULT_MAX_BYTES + 1);
    const r = run(big);
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([{ severity: 'error', row: null, column: null, message: 'Tệp quá lớn (20 MB): chỉ nhận tệp đến 20 MB. Hãy tách tệp theo năm hoặc theo chỉ số rồi tải lên lại.' }]);
    expect(run(fixture('pci_2015_clean.csv'), 'pci', { maxBytes: 1000 }).issues[0].message).toMatch(/^Tệp quá lớn \(0,01 MB\)/);
  });
  it('refuses a file over the row limit (default 200,000)', () => {
    expect(DEFAULT_MAX_ROWS).toBe(200_000);
    const text = `Tỉnh,Năm,Điểm PCI\n${'Đà Nẵng,2015,68.34\n'.repeat(DEFAULT_MAX_ROWS)}`;
    expect(run(text).issues.map((i) => i.message)).toEqual(['Tệp có 200.001 dòng, vượt giới hạn 200.000 dòng. Hãy tách tệp theo năm hoặc theo chỉ số.']);
    expect(run(fixture('pci_2015_clean.csv'), 'pci', { maxRows: 10 }).issues[0].message).toContain('Tệp có 64 dòng, vượt giới hạn 10 dòng');
  });
  it('never throws: an internal failure becomes one error', () => {
    const broken = { ...def('pci'), periods: null } as unknown as IndexDefinition;
    const r = importCsv(fixture('pci_2015_clean.csv'), { definition: broken, definitions, provinces, now: NOW });
    expect(r.ok).toBe(false);
    expect(r.observations).toEqual([]);
    expect(r.issues.at(-1)?.message).toMatch(/^Không đọc được tệp: /);
  });
  it('returns no observations when there is an error, and the mapping to correct', () => {
    const r = run(fixture('bad_text_in_number.csv'));
    expect(r.ok).toBe(false);
    expect(r.observations).toEqual([]);
    expect(r.mapping?.unmapped).toEqual([]);
  });
  it('caps the issue list, errors first', () => {
    const rows = Array.from({ length: 700 }, (_, i) => `Tỉnh ${i},2015,${i}`);
    const r = run(`Tỉnh,Năm,Điểm PCI\nĐà Nẵng,2015,101\n${rows.join('\n')}\n`);
    expect(r.issues).toHaveLength(MAX_ISSUES + 1);
    expect(r.issues.every((i) => i.severity === 'error')).toBe(true);
    expect(r.issues[MAX_ISSUES].message).toMatch(/^Còn \d+ vấn đề khác không hiển thị/);
  });
  it('sorts issues by file row, whole-file ones first', () => {
    const r = run(fixture('bad_unknown_indicator_long.csv'));
    const rows = r.issues.filter((i) => i.severity === 'warning').map((i) => i.row ?? 0);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });
  it('names an old Excel workbook too', () => {
    expect(run(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])).issues[0].message).toContain('Đây là tệp Excel (.xls)');
  });
  it('writes the given source into every observation', () => {
    const r = run(fixture('pci_2015_clean.csv'), 'pci', { source: 'VCCI, PCI 2015 (Sở KH&ĐT gửi)' });
    expect(new Set(r.observations.map((o) => o.source))).toEqual(new Set(['VCCI, PCI 2015 (Sở KH&ĐT gửi)']));
  });
});
