import { describe, expect, it } from 'vitest';
import { messages, run } from './helpers';

const HEAD = 'Tỉnh,Năm,Điểm PCI,Xếp hạng';
const pci = (...rows: string[]) => [HEAD, ...rows].join('\n');
const warnings = (text: string, id = 'pci', extra = {}) => run(text, id, extra).issues.filter((i) => i.severity === 'warning').map((i) => i.message);
const errors = (text: string, id = 'pci', extra = {}) => run(text, id, extra).issues.filter((i) => i.severity === 'error').map((i) => i.message);

// Only the total is given here, so the missing-component warnings are filtered out.
const rankWarnings = (text: string) => warnings(text).filter((m) => m.includes('hạng'));

describe('scale', () => {
  it('checks the total against the period scale, components against the component scale', () => {
    expect(errors(pci('Đà Nẵng,2015,101,1'))).toEqual(['Dòng 2, cột "Điểm PCI": Giá trị 101 nằm ngoài thang điểm 0–100 của PCI năm 2015.']);
    expect(errors('Tỉnh,Năm,Tính minh bạch\nĐà Nẵng,2015,-0.5\n')).toEqual(['Dòng 2, cột "Tính minh bạch": Giá trị -0.5 nằm ngoài thang điểm 0–10 của PCI năm 2015.']);
    expect(errors('Tỉnh,Năm,Chỉ số CCHC (%)\nQuảng Ninh,2023,"102,5%"\n', 'par_index')).toEqual([
      'Dòng 2, cột "Chỉ số CCHC (%)": Giá trị 102,5% nằm ngoài thang điểm 0–100% của PAR INDEX năm 2023.'
    ]);
  });
  it('uses the scale of the year\'s own period (PAPI: 6–60 to 2017, 8–80 after)', () => {
    expect(errors('Tỉnh,Năm,Điểm PAPI\nHuế,2015,65\n', 'papi')).toHaveLength(1);
    expect(errors('Tỉnh,Năm,Điểm PAPI\nHuế,2023,46.0415\n', 'papi')).toEqual([]);
    expect(errors('Tỉnh,Năm,Điểm PAPI\nHuế,2023,7\n', 'papi')).toHaveLength(1);
  });
});

describe('duplicates', () => {
  it('reports a repeated wide row once, pointing at the first', () => {
    expect(errors(pci('Đà Nẵng,2015,68.34,1', 'Hà Nội,2015,59,24', 'Da Nang,2015,68.34,1'))).toEqual(['Dòng 4: Đà Nẵng năm 2015 bị trùng với dòng 2.']);
  });
  it('names the indicator in a long file', () => {
    const text = 'Tỉnh,Năm,Chỉ số,Giá trị\nHuế,2015,Tính minh bạch,6.59\nHuế,2015,Chi phí thời gian,5.72\nThừa Thiên Huế,2015,Tính minh bạch,6.6\n';
    expect(errors(text)).toEqual(['Dòng 4: Thừa Thiên Huế năm 2015, chỉ số "Tính minh bạch" bị trùng với dòng 2.']);
  });
  it('allows the same unit in different years', () => {
    expect(errors(pci('Đà Nẵng,2014,66.87,1', 'Đà Nẵng,2015,68.34,1'))).toEqual([]);
  });
});

describe('ranks', () => {
  it('allows ties either way', () => {
    expect(rankWarnings(pci('Sóc Trăng,2015,59.04,22', 'Lâm Đồng,2015,59.04,21', 'Hà Nội,2015,59.00,24', 'Đắk Lắk,2015,59.00,24'))).toEqual([]);
  });
  it('flags a strictly higher score with a strictly worse rank, once', () => {
    expect(rankWarnings(pci('Đà Nẵng,2015,68.34,2', 'Đồng Tháp,2015,66.39,1', 'Quảng Ninh,2015,65.75,3'))).toEqual([
      'Dòng 2, cột "Xếp hạng": Xếp hạng mâu thuẫn với điểm: Đà Nẵng 68,34 điểm xếp hạng 2, còn Đồng Tháp 66,39 điểm lại xếp hạng 1.'
    ]);
  });
  it('blames the one unit out of line, not every unit it overtakes', () => {
    // Hà Giang, lowest score, typed as 1st: one message about Hà Giang, not one per province above it.
    const rows = ['Đà Nẵng,2015,68.34,2', 'Đồng Tháp,2015,66.39,3', 'Quảng Ninh,2015,65.75,4', 'Vĩnh Phúc,2015,62.56,5', 'Hà Giang,2015,50.45,1'];
    expect(rankWarnings(pci(...rows))).toEqual([
      'Dòng 6, cột "Xếp hạng": Xếp hạng mâu thuẫn với điểm: Hà Giang 50,45 điểm xếp hạng 1, còn Vĩnh Phúc 62,56 điểm lại xếp hạng 5.'
    ]);
  });
  it('keeps but flags a rank above the number of ranked units', () => {
    const r = run(pci('Tiền Giang,2007,64.63,65'));
    expect(r.ok).toBe(true);
    expect(r.observations[0]).toMatchObject({ rank: 65, rank_of: 64 });
    expect(messages(r)).toContain('[warning] Dòng 2, cột "Xếp hạng": Hạng 65 lớn hơn số đơn vị được xếp hạng năm 2007 (64): giữ nguyên, cần kiểm tra lại.');
  });
  it('ranks PCI 2023–2024 out of 63, although only the top 30 were printed', () => {
    expect(rankWarnings(pci('Hải Phòng,2024,74.84,31'))).toEqual([]);
    expect(rankWarnings(pci('Hải Phòng,2024,74.84,64'))).toEqual(['Dòng 2, cột "Xếp hạng": Hạng 64 lớn hơn số đơn vị được xếp hạng năm 2024 (63): giữ nguyên, cần kiểm tra lại.']);
  });
});

describe('totals', () => {
  const PAPI_HEAD = 'Tỉnh,Năm,Tham gia của người dân,Công khai minh bạch,Trách nhiệm giải trình,Kiểm soát tham nhũng,Thủ tục hành chính,Cung ứng dịch vụ công,Điểm PAPI';
  it('checks a sum total (PAPI 2011–2017) to within 0.05', () => {
    expect(warnings(`${PAPI_HEAD}\nHà Nội,2015,5.0540,5.2199,5.5838,4.9930,6.5304,6.7208,34.1019\n`, 'papi')).toEqual([]);
    expect(warnings(`${PAPI_HEAD}\nHà Nội,2015,5.0540,5.2199,5.5838,4.9930,6.5304,6.7208,34.2\n`, 'papi')).toEqual([
      'Dòng 2, cột "Điểm PAPI": Tổng 34.2 lệch 0,1 điểm so với tổng của các chỉ số thành phần (34,1); chỉ cho phép lệch 0,05.'
    ]);
  });
  it('does not recompute where the period has no rule (PCI from 2022) or a component is missing', () => {
    const head = 'Tỉnh,Năm,Gia nhập thị trường,Tiếp cận đất đai,Tính minh bạch,Chi phí thời gian,Chi phí không chính thức,Cạnh tranh bình đẳng,Tính năng động,Hỗ trợ doanh nghiệp,Đào tạo lao động,Thiết chế pháp lý,Điểm PCI';
    expect(warnings(`${head}\nĐà Nẵng,2022,9,9,9,9,9,9,9,9,9,9,10\n`)).toEqual([]);
    expect(warnings(`${head}\nĐà Nẵng,2015,9,9,9,9,9,9,9,9,9,,10\n`)).toEqual([]);
    expect(warnings(`${head}\nĐà Nẵng,2015,9,9,9,9,9,9,9,9,9,9,10\n`)[0]).toContain('lệch 80 điểm so với tổng có trọng số');
  });
});

describe('years', () => {
  it('rejects a future year, from a column or from the form', () => {
    expect(errors(pci('Đà Nẵng,2026,68,1'))).toEqual(['Dòng 2, cột "Năm": Năm 2026 chưa đến (năm nay là 2025).']);
    expect(errors('Tỉnh,Điểm PCI\nĐà Nẵng,68\n', 'pci', { year: 2030 })).toEqual(['Năm 2030 chưa đến (năm nay là 2025).']);
    expect(errors(pci('Đà Nẵng,2025,68,1'))).toEqual([]);
  });
  it('rejects a year cell that is not a year', () => {
    expect(errors(pci('Đà Nẵng,năm ngoái,68,1'))).toEqual(['Dòng 2, cột "Năm": "năm ngoái" không phải là năm.']);
  });
  it('warns when the file\'s year differs from the one chosen', () => {
    expect(warnings(pci('Đà Nẵng,2014,66.87,1'), 'pci', { year: 2015 })).toContain('Dòng 2, cột "Năm": Năm trong tệp (2014) khác năm đã chọn (2015): dùng năm trong tệp.');
  });
});

describe('missing columns', () => {
  it('warns once per absent component and for an absent total', () => {
    const w = warnings('Tỉnh,Năm,Tính minh bạch\nĐà Nẵng,2015,7.33\n');
    expect(w).toHaveLength(10);
    expect(w).toContain('Thiếu cột "Gia nhập thị trường" của PCI năm 2015: chỉ số này sẽ để trống (chưa công bố).');
    expect(w).toContain('Thiếu cột "Điểm PCI" của PCI năm 2015: chỉ số này sẽ để trống (chưa công bố).');
  });
  it('asks nothing of an index without components (SIPAS)', () => {
    expect(messages(run('Tỉnh,Năm,Chỉ số SIPAS (%)\nQuảng Ninh,2023,"90,61%"\nBắc Kạn,2023,"75,03%"\n', 'sipas'))).toEqual([]);
  });
});
