import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveUnit } from '../../../src/lib/import/resolveUnit';
import { normalizeBand } from '../../../src/lib/import/normalizeBand';
import { def, fixture, messages, provinces, run, sorted } from './helpers';

describe('resolveUnit', () => {
  it('resolves any province spelling to its code and catalogue name', () => {
    for (const name of ['TP. Hồ Chí Minh', 'Ho Chi Minh City', 'Thành phố Hồ Chí Minh', 'TPHCM'])
      expect(resolveUnit(name, '', def('pci'), provinces)).toEqual({ kind: 'unit', unit: { code: '79', name: 'TP Hồ Chí Minh', group: 'tinh' } });
    expect(resolveUnit('Ha Tay', '', def('pci'), provinces)).toMatchObject({ kind: 'unit', unit: { code: '28' } });
  });
  it('suggests close names for an unknown one', () => {
    expect(resolveUnit('Thua Thien Hoe', '', def('pci'), provinces)).toEqual({ kind: 'unknown', suggestions: ['Thừa Thiên Huế'] });
    expect(resolveUnit('Atlantis', '', def('pci'), provinces)).toEqual({ kind: 'unknown', suggestions: [] });
  });
  it('recognises summary rows', () => {
    expect(resolveUnit('Trung bình cả nước', '', def('pci'), provinces).kind).toBe('aggregate');
    expect(resolveUnit('Cả nước', '', def('pci'), provinces).kind).toBe('aggregate');
  });
  it('codes DDCI units "<province>:<slug>" with their group from the type column, else the name', () => {
    const ddci = def('ddci_42');
    expect(resolveUnit('Sở Tư pháp', 'Sở/ngành', ddci, provinces)).toEqual({ kind: 'unit', unit: { code: '42:so-tu-phap', name: 'Sở Tư pháp', group: 'so_nganh' } });
    expect(resolveUnit('Thị xã  Kỳ Anh', 'Huyện/thị xã/thành phố', ddci, provinces)).toEqual({ kind: 'unit', unit: { code: '42:thi-xa-ky-anh', name: 'Thị xã Kỳ Anh', group: 'huyen' } });
    expect(resolveUnit('Huyện Lộc Hà', '', ddci, provinces)).toMatchObject({ unit: { group: 'huyen' } });
    expect(resolveUnit('Ban Quản lý Khu kinh tế', '', ddci, provinces)).toMatchObject({ unit: { group: 'so_nganh' } });
    expect(resolveUnit('Công an tỉnh', '', ddci, provinces)).toMatchObject({ unit: { group: '' } });
  });
});

describe('normalizeBand', () => {
  it('spells bands as the catalogue does, keeps unknown ones', () => {
    expect(normalizeBand('rat tot', def('pci'))).toEqual({ band: 'Rất tốt', known: true });
    expect(normalizeBand('TƯƠNG ĐỐI THẤP', def('pci'))).toEqual({ band: 'Tương đối thấp', known: true });
    expect(normalizeBand('-', def('pci'))).toEqual({ band: null, known: true });
    expect(normalizeBand('Xuất sắc', def('pci'))).toEqual({ band: 'Xuất sắc', known: false });
  });
});

describe('toObservations (through importCsv)', () => {
  it('builds DDCI observations: units, groups, "-" as null, rank_of from the catalogue', () => {
    const r = run(fixture('ddci_hatinh_2021_without_so_tai_chinh.csv'), 'ddci_42');
    expect(messages(r)).toEqual([]);
    const tuPhap = r.observations.filter((o) => o.unit_code === '42:so-tu-phap');
    expect(tuPhap).toHaveLength(10);
    expect(tuPhap.find((o) => o.indicator === 'tiep_can_dat_dai')).toMatchObject({ value: null, unit_group: 'so_nganh' });
    expect(tuPhap.find((o) => o.indicator === 'total')).toMatchObject({ value: 68.2, band: 'Khá', rank: null, rank_of: null, index_id: 'ddci_42', year: 2021 });
    expect(r.observations.find((o) => o.unit_code === '42:thanh-pho-ha-tinh' && o.indicator === 'total')).toMatchObject({ unit_group: 'huyen', value: 80.26, band: 'Rất tốt' });
    // The two rows whose unit type cell is empty in the source still get a group, from the name.
    expect(new Set(r.observations.map((o) => o.unit_group))).toEqual(new Set(['so_nganh', 'huyen']));
  });
  it('puts rank and band on the total only in a wide file', () => {
    const r = run(fixture('pci_2015_clean.csv'));
    const hn = r.observations.filter((o) => o.unit_code === '01');
    expect(hn.filter((o) => o.rank != null).map((o) => o.indicator)).toEqual(['total']);
    expect(hn.find((o) => o.indicator === 'total')).toMatchObject({ rank: 24, rank_of: 63, band: 'Khá', value: 59 });
  });
  it('skips a summary row inside the table with a warning', () => {
    const text = 'Tỉnh,Năm,Điểm PCI,Xếp hạng\nCả nước,2015,58.37,\nĐà Nẵng,2015,68.34,1\n';
    const r = run(text);
    expect(r.ok).toBe(true);
    expect(messages(r)).toContain('[warning] Dòng 2, cột "Tỉnh": Bỏ qua dòng tổng hợp "Cả nước".');
    expect(r.observations.map((o) => o.unit_code)).toEqual(['48']);
  });
  it('reports one unknown name once, counting its other rows', () => {
    const text = 'Tỉnh,Năm,Chỉ số,Giá trị\nAtlantis,2015,Tính minh bạch,6\nAtlantis,2015,Chi phí thời gian,6\nAtlantis,2015,Điểm PCI,60\n';
    const unknown = run(text).issues.filter((i) => i.message.includes('Không nhận ra đơn vị'));
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ row: 2, column: 'Tỉnh' });
    expect(unknown[0].message).toContain('Gặp thêm ở 2 dòng khác');
  });
  it('ignores an empty column of a component the period lacks (PCI 2009–12 policy bias)', () => {
    const text = 'Tỉnh,Năm,Cạnh tranh bình đẳng,Tính minh bạch,Điểm PCI\nĐà Nẵng,2010,,7.5,69\n';
    const r = run(text);
    expect(r.observations.map((o) => o.indicator).sort()).toEqual(['tinh_minh_bach', 'total']);
    expect(messages(r).some((m) => m.includes('Cạnh tranh bình đẳng'))).toBe(false);
  });
  it('warns about values in a column the period does not have, and drops them', () => {
    const r = run('Tỉnh,Năm,Cạnh tranh bình đẳng,Điểm PCI\nĐà Nẵng,2010,5.5,69\n');
    expect(messages(r)).toContain('[warning] Cột "Cạnh tranh bình đẳng": Chỉ số "Cạnh tranh bình đẳng" không thuộc phương pháp PCI năm 2010: bỏ qua.');
    expect(r.observations.map((o) => o.indicator)).toEqual(['total']);
  });
  it('imports every shipped PCI year (2006–2015) in one file', () => {
    const r = run(new Uint8Array(readFileSync(`${__dirname}/../../../data/pci_2006_2015_all_provinces.csv`)));
    expect(r.ok).toBe(true);
    expect(new Set(r.observations.map((o) => o.year)).size).toBe(10);
    // 64 provinces × 3 years + 63 × 7, each with its total.
    expect(r.observations.filter((o) => o.indicator === 'total')).toHaveLength(64 * 3 + 63 * 7);
    // The catalogue's 2009–2012 weights do not reproduce PCI 2011: one summary warning, not 63.
    expect(messages(r)).toEqual([
      '[warning] 61/63 dòng năm 2011 có tổng lệch quá 0,05 so với các chỉ số thành phần: trọng số PCI năm 2011 trong danh mục có thể chưa đúng. Số liệu vẫn được giữ nguyên.'
    ]);
    const y2015 = r.observations.filter((o) => o.year === 2015);
    expect(sorted(y2015)).toEqual(sorted(run(fixture('pci_2015_clean.csv')).observations));
  });
});
