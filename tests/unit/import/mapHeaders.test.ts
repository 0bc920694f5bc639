import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../src/lib/import/detectLayout';
import { detectWrongIndex } from '../../../src/lib/import/detectWrongIndex';
import { fieldChoices, mapHeaders } from '../../../src/lib/import/mapHeaders';
import type { FieldId } from '../../../src/lib/import/types';
import { def, definitions } from './helpers';

const fields = (headers: string[], id = 'pci', overrides = {}, groups: string[] = []) =>
  mapHeaders(headers, groups, def(id), overrides).columns.map((c) => c.field);

describe('mapHeaders', () => {
  it('maps Vietnamese, English, code and diacritics-free headers to the same fields', () => {
    const want: FieldId[] = ['unit', 'year', 'component:tinh_minh_bach', 'component:thiet_che_phap_ly', 'total', 'rank', 'band'];
    expect(fields(['Tỉnh/thành phố', 'Năm', 'Tính minh bạch', 'Thiết chế pháp lý & an ninh trật tự', 'Điểm PCI', 'Xếp hạng', 'Xếp loại'])).toEqual(want);
    expect(fields(['Province', 'Year', 'Transparency', 'Legal institutions', 'PCI score', 'Rank', 'Tier'])).toEqual(want);
    expect(fields(['province', 'year', 'tinh_minh_bach', 'thiet_che_phap_ly', 'pci_score', 'rank', 'tier'])).toEqual(want);
    expect(fields(['TINH/THANH PHO', 'NAM', 'tinh minh bach', 'Thiet che phap ly va an ninh trat tu', 'Diem PCI', 'Thu hang', 'Nhom'])).toEqual(want);
  });
  it('sees through weights, scales, years and list numbers in headers', () => {
    expect(fields(['1. Gia nhập thị trường (5%)', 'Tính minh bạch (thang 10)', 'Điểm PCI 2015', 'Xếp hạng PCI 2015', 'Xếp loại năm 2015'])).toEqual([
      'component:gia_nhap_thi_truong',
      'component:tinh_minh_bach',
      'total',
      'rank',
      'band'
    ]);
  });
  it('knows each period\'s names for a component', () => {
    expect(fields(['Ưu đãi đối với DNNN', 'Chính sách phát triển kinh tế tư nhân', 'Chính sách hỗ trợ doanh nghiệp'])).toEqual([
      'component:canh_tranh_binh_dang',
      'component:ho_tro_doanh_nghiep',
      null // the same component again: the first column keeps it
    ]);
  });
  it('lists what it could not map; notes and numbering columns are ignored, not unmapped', () => {
    const m = mapHeaders(['STT', 'Tỉnh', 'Điểm PCI', 'Địa bàn', 'Ghi chú', 'pci_unweighted'], [], def('pci'));
    expect(m.columns.map((c) => c.field)).toEqual(['ignore', 'unit', 'total', null, 'ignore', null]);
    expect(m.unmapped).toEqual(['Địa bàn', 'pci_unweighted']);
  });
  it('gives a field to the closest header when two claim it', () => {
    expect(fields(['Xếp hạng tính minh bạch', 'Tính minh bạch'])).toEqual([null, 'component:tinh_minh_bach']);
  });
  it('uses the group label of a two-row header when the lower cell alone says nothing', () => {
    expect(fields(['Tỉnh', '2015'], 'pci', {}, ['', 'Điểm PCI'])).toEqual(['unit', 'total']);
  });
  it('applies user overrides by label; an override takes its field from an automatic column', () => {
    const m = mapHeaders(['Tỉnh', 'Địa bàn', 'Điểm', 'Điểm PCI'], [], def('pci'), { 'địa bàn': 'unit', 'Điểm PCI': null, Điểm: 'total' });
    expect(m.columns.map((c) => [c.field, c.by])).toEqual([
      [null, 'override'],
      ['unit', 'override'],
      ['total', 'override'],
      [null, 'override']
    ]);
  });
  it('ignores an override naming a field the index does not have', () => {
    expect(fields(['Tỉnh', 'X'], 'pci', { X: 'component:khong_co' })).toEqual(['unit', null]);
  });
  it('maps a DDCI file: the province column is not the unit', () => {
    expect(fields(['province', 'year', 'unit', 'unit_type', 'n_responses', 'vai_tro_nguoi_dung_dau', 'ddci_score_100', 'xep_loai'], 'ddci_42')).toEqual([
      'ignore',
      'year',
      'unit',
      'unit_type',
      'ignore',
      'component:vai_tro_nguoi_dung_dau',
      'total',
      'band'
    ]);
  });
  it('offers every field of the index to a mapping UI', () => {
    const choices = fieldChoices(def('pci')).map((c) => c.field);
    expect(choices).toContain('component:canh_tranh_binh_dang');
    expect(choices).toContain('unit');
    expect(choices).toContain('ignore');
    expect(fieldChoices(def('ddci_42')).map((c) => c.field)).toContain('unit_type');
  });
});

describe('detectLayout', () => {
  it('is long with indicator and value columns, wide otherwise', () => {
    expect(detectLayout(mapHeaders(['Tỉnh', 'Năm', 'Chỉ số', 'Giá trị'], [], def('pci')))).toBe('long');
    expect(detectLayout(mapHeaders(['Tỉnh', 'Năm', 'Tính minh bạch', 'Điểm PCI'], [], def('pci')))).toBe('wide');
    expect(detectLayout(mapHeaders(['Tỉnh', 'Năm', 'Điểm'], [], def('pci')))).toBe('wide');
  });
});

describe('detectWrongIndex', () => {
  const papi = ['Tỉnh', 'Tham gia của người dân ở cấp cơ sở', 'Trách nhiệm giải trình với người dân', 'Kiểm soát tham nhũng', 'Thủ tục hành chính công', 'Tổng điểm PAPI'];
  it('names the index whose headers fit much better', () => {
    expect(detectWrongIndex(papi, def('pci'), definitions)?.likely.id).toBe('papi');
    expect(detectWrongIndex(['Tỉnh', 'Tính minh bạch', 'Chi phí thời gian', 'Tính năng động', 'Điểm PCI'], def('ddci_42'), definitions)?.likely.id).toBe('pci');
  });
  it('stays quiet for the right index and for thin evidence', () => {
    expect(detectWrongIndex(papi, def('papi'), definitions)).toBeNull();
    expect(detectWrongIndex(['Tỉnh', 'Tính minh bạch', 'Chi phí thời gian', 'Điểm PCI'], def('pci'), definitions)).toBeNull();
    expect(detectWrongIndex(['Tỉnh', 'Tổng'], def('sipas'), definitions)).toBeNull();
  });
});
