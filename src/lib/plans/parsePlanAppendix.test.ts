import { describe, expect, it } from 'vitest';
import { parsePlanAppendix } from './parsePlanAppendix';
import { readSeed } from './readSeed';
import type { Task } from './types';

const SEED = readSeed('002_525e336b753c34f2.txt');
const { tasks, warnings } = parsePlanAppendix(SEED);
const task = (n: number): Task => {
  const t = tasks.find((x) => x.number === n);
  if (!t) throw new Error(`no task ${n}`);
  return t;
};
const HEADER = 'TT\tNHIỆM VỤ\tSẢN PHẨM\tCƠ QUAN CHỦ TRÌ\tCƠ QUAN PHỐI HỢP\tTHỜI GIAN THỰC HIỆN\tGHI CHÚ';

describe('parsePlanAppendix on seed 002', () => {
  it('finds the 18 tasks, numbered 1–18, with 24 product rows', () => {
    expect(tasks.map((t) => t.number)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(tasks.flatMap((t) => t.products)).toHaveLength(24);
    expect(task(2).products).toHaveLength(5);
    expect(task(3).products).toHaveLength(2);
    expect(task(17).products).toHaveLength(2);
  });

  it('does not turn the 5 repeated header rows or the "Tổng" row into tasks', () => {
    expect(SEED.split('\n').filter((l) => l.startsWith('TT\tNHIỆM VỤ'))).toHaveLength(6);
    expect(SEED).toContain('<b>Tổng</b>');
    const texts = tasks.flatMap((t) => [t.content, ...t.products.map((p) => p.text)]);
    expect(texts.some((s) => /NHIỆM VỤ|SẢN PHẨM|Tổng/.test(s))).toBe(false);
    expect(task(18).note).toBe('Hiệp hội Doanh nghiệp tỉnh chủ động bố trí');
  });

  it('task 16: lead unit is the district group, 48 issues a year at 4 a month', () => {
    const t = task(16);
    expect(t.content).toBe('Tuyên truyền trên sóng truyền thanh các huyện, thành phố, thị xã');
    expect(t.leadUnits).toEqual(['UBND các huyện, thành phố, thị xã']);
    expect(t.cooperatingUnits).toEqual(['Đài Phát thanh - Truyền hình tỉnh', 'Sở Thông tin và Truyền thông']);
    expect(t.frequency).toBe('48 số (04 số/tháng)');
    expect(t.note).toBe('Huyện, thành phố, thị xã bố trí');
    expect(t.targets).toEqual([
      {
        kind: 'rate',
        min: 4,
        max: 4,
        per: 'month',
        unitWord: 'số',
        total: 48,
        source: 'Số lượng và tần suất phát sóng: 48 số (04 số/tháng)'
      }
    ]);
  });

  it('task 4 runs Quý II–III/2024 (2024-04..2024-09) and is merged across the page break', () => {
    const t = task(4);
    expect(t.content).toBe('Tổ chức cuộc thi tìm hiểu cải cách hành chính trên Cổng Thông tin điện tử tỉnh');
    expect(t.products[0].text).toBe('Cuộc thi tìm hiểu CCHC trên Cổng Thông tin điện tử tỉnh');
    expect(t.leadUnits).toEqual(['Sở Thông tin và Truyền thông']);
    expect(t.cooperatingUnits).toEqual(['Sở Nội vụ', 'các sở, ban, ngành', 'UBND các huyện, thành phố, thị xã']);
    expect(t.schedule).toBe('Quý II-III/2024');
    expect(t.targets).toEqual([{ kind: 'window', from: { year: 2024, month: 4 }, to: { year: 2024, month: 9 }, source: 'Quý II-III/2024' }]);
  });

  it('merges every cell continued after a page break', () => {
    const p = task(2).products[2];
    expect(p.text).toBe('- Chuyên mục “Đại biểu dân cử với cử tri” trên Đài Phát thanh và Truyền hình Hà Tĩnh');
    expect(p.cooperatingUnits).toEqual([
      'Văn phòng Đoàn ĐBQH, HĐND tỉnh',
      'Sở Kế hoạch và Đầu tư',
      'Sở Nội vụ',
      'Sở Tư pháp',
      'Sở Thông tin và Truyền thông',
      'Sở Tài nguyên và Môi trường'
    ]);
    expect(task(8).content).toBe('Tuyên truyền, phổ biến, giáo dục pháp luật trên các lĩnh vực');
    expect(task(8).products[0].items).toEqual(['Văn bản chỉ đạo, hướng dẫn', 'Báo cáo kết quả thực hiện']);
    expect(task(8).note).toBe('Kinh phí từ nguồn thực hiện PBGDPL của Hội đồng PBGDPL tỉnh');
    expect(task(12).products[0].items).toHaveLength(4);
    // The continuation row is absorbed: it is neither a task nor a product row.
    expect(task(4).products).toHaveLength(1);
    expect(task(16).products).toHaveLength(1);
  });

  it('keeps one product row per schedule for a task with several products', () => {
    expect(task(2).products.map((p) => p.leadUnits)).toEqual([
      ['Báo Hà Tĩnh'],
      ['Đài PT&TH tỉnh'],
      ['Đài PT&TH tỉnh'],
      ['Đài PT&TH tỉnh'],
      ['Đài PT&TH tỉnh']
    ]);
    expect(task(2).products.map((p) => p.frequency)).toEqual(['', '03-04 số/tháng', '02 số/tháng', '01-02 số/tháng', '01 số/tháng']);
    expect(task(2).products[0].schedule).toBe('Thường xuyên trong năm 2024');
    expect(task(2).leadUnits).toEqual(['Báo Hà Tĩnh', 'Đài PT&TH tỉnh']);
    expect(task(2).products[0].cooperatingUnits).toEqual(['Sở Nội vụ', 'Sở Tư pháp', 'Sở Thông tin và Truyền thông']);
  });

  it('splits unit lists but keeps groups whole', () => {
    expect(task(1).leadUnits).toEqual(['Sở Thông tin và Truyền thông', 'các cơ quan chủ quản']);
    expect(task(1).cooperatingUnits).toEqual([
      'Văn phòng UBND tỉnh',
      'Sở Tư pháp',
      'Văn phòng HĐND-UBND các huyện, thành phố, thị xã',
      'Phòng Tư pháp'
    ]);
    expect(task(3).cooperatingUnits).toEqual(['Các sở, ban, ngành', 'UBND các huyện, thành phố, thị xã']);
    expect(task(7).leadUnits).toEqual(['Văn phòng UBND tỉnh', 'UBND các huyện, TP, TX', 'UBND các xã, phường, thị trấn']);
    expect(task(8).cooperatingUnits).toEqual(['Các sở, ban, ngành cấp tỉnh']);
    expect(task(9).leadUnits).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
    expect(task(15).leadUnits).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(task(18).cooperatingUnits).toEqual(['Sở Thông tin và Truyền thông', 'Sở Nội vụ', 'Liên minh HTX']);
  });

  it('reads each schedule into targets', () => {
    const kinds = (n: number) => task(n).targets.map((t) => t.kind);
    expect(task(1).targets.map(({ source: _s, ...t }) => t)).toEqual([{ kind: 'continuous', year: 2024 }]);
    expect(task(5).targets[0]).toMatchObject({ kind: 'window', from: { year: 2024, month: 7 }, to: { year: 2024, month: 9 } });
    expect(task(6).targets[0]).toMatchObject({ kind: 'window', from: { year: 2024, month: 10 }, to: { year: 2024, month: 10 } });
    expect(task(7).targets[0]).toMatchObject({ kind: 'rate', min: 1, max: null, per: 'year', unitWord: 'lần' });
    expect(task(14).targets[0]).toMatchObject({ kind: 'window', from: { year: 2024, month: 4 }, to: { year: 2024, month: 6 } });
    expect(task(17).products[0].targets[0]).toMatchObject({ kind: 'rate', min: 1, max: 1, per: 'quarter', unitWord: 'lần' });
    expect(task(17).products[1].schedule).toBe('Tiếp phát thường xuyên');
    expect(task(17).products[1].frequency).toBe('Nêu gương người tốt, việc tốt về CCHC trên địa bàn (01 mục/1 tháng)');
    expect(kinds(17)).toEqual(['rate', 'continuous', 'rate']);
    expect(task(18).targets[0]).toMatchObject({ kind: 'window', from: { year: 2024, month: 1 }, to: { year: 2024, month: 12 }, openEnd: true });
    expect(kinds(9)).toEqual(['unquantified']);
  });

  it('warns, in Vietnamese and with a line number, only about the unquantified schedule of task 9', () => {
    expect(warnings).toEqual([
      { line: task(9).line, message: 'Nhiệm vụ 9: chưa lượng hoá được “Định kỳ theo lịch Ban Tuyên giáo Tỉnh ủy”, giữ nguyên văn bản.' }
    ]);
  });

  it('gives the same tasks for CRLF line ends and decomposed (NFD) text', () => {
    const strip = (ts: Task[]) => JSON.stringify(ts.map((t) => ({ ...t, line: 0, products: t.products.map((p) => ({ ...p, line: 0 })) })));
    expect(strip(parsePlanAppendix(SEED.replace(/\n/g, '\r\n')).tasks)).toBe(strip(tasks));
    expect(strip(parsePlanAppendix(SEED.normalize('NFD')).tasks)).toBe(strip(tasks));
  });
});

describe('parsePlanAppendix on other input', () => {
  it('keeps a capitalised row after a page break as a new product, not a continuation', () => {
    const text = [
      HEADER,
      '1.\tNhiệm vụ A\t- Sản phẩm 1\tSở Nội vụ\tSở Tư pháp\t01 lần/quý\t',
      '',
      HEADER,
      '\t\t- Sản phẩm 2\tSở Tư pháp\tSở Nội vụ\tQuý IV/2024\t',
      '<b>Tổng</b>\t\t\t\t\t\t'
    ].join('\n');
    const r = parsePlanAppendix(text);
    expect(r.tasks).toHaveLength(1);
    expect(r.tasks[0].products.map((p) => p.leadUnits)).toEqual([['Sở Nội vụ'], ['Sở Tư pháp']]);
    expect(r.warnings).toEqual([]);
  });

  it('warns about a missing header, a missing "Tổng", odd rows and gaps in numbering', () => {
    expect(parsePlanAppendix('không có bảng nào').warnings[0].message).toMatch(/Không tìm thấy dòng tiêu đề/);
    const r = parsePlanAppendix(
      [HEADER, '\tmồ côi\t\t\t\t\t', '1.\tA\tB\tSở Nội vụ\t\tQuý I/2024\t', '3.\tC\tD\t\t\tQuý II/2024', 'dòng lạc', 'x.\ty\t\t\t\t\t'].join('\n')
    );
    const messages = r.warnings.map((w) => w.message);
    expect(r.tasks.map((t) => t.number)).toEqual([1, 3]);
    expect([...messages].sort()).toEqual(
      [
      'Dòng không có số thứ tự trước nhiệm vụ đầu tiên; bỏ qua.',
      'Số thứ tự 3 không liền sau 1.',
      'Dòng có 6 ô, bảng có 7 cột.',
      'Dòng không có ô nào (không có dấu tab) giữa bảng; bỏ qua.',
      'Số thứ tự không đọc được: “x.”; bỏ qua dòng.',
      'Bảng không có dòng “Tổng” kết thúc.',
        'Nhiệm vụ 3: thiếu cơ quan chủ trì.'
      ].sort()
    );
    expect(r.warnings.every((w) => w.line >= 1)).toBe(true);
  });

  it('never throws on garbage, empty or huge input', () => {
    for (const input of ['', '\t\t\t', HEADER, `${HEADER}\n${'\t'.repeat(100)}`, 'x'.repeat(1_000_000), `${HEADER}\n${'1.\tA\t'.repeat(50_000)}`, null]) {
      const t0 = performance.now();
      const r = parsePlanAppendix(input as string);
      expect(performance.now() - t0).toBeLessThan(2000);
      expect(Array.isArray(r.tasks)).toBe(true);
    }
  });
});
