// Report CSVs are held to the index-upload standard: encodings, delimiters, decimal commas, and every
// problem in Vietnamese at its row and column; one bad row and nothing is accepted.
import { describe, expect, it } from 'vitest';
import { parseReportCsv, type ReportCsvContext } from '../../../src/lib/plans/reportCsv';
import type { ReportTarget } from '../../../src/lib/plans/reportInput';
import { encodeWindows1258 } from './windows1258';

const W2024 = { from: { year: 2024, month: 1 }, to: { year: 2024, month: 12 } };
const targets = new Map<number, ReportTarget>([
  [16, { id: 16, kind: 'rate', window: W2024, boundUnits: ['42:so-tt', '42:so-nv'], reportableUnits: ['42:so-tt'] }],
  [4, { id: 4, kind: 'window', window: { from: { year: 2024, month: 4 }, to: { year: 2024, month: 9 } }, boundUnits: ['42:so-tt'], reportableUnits: ['42:so-tt'] }],
  [7, { id: 7, kind: 'percent', window: W2024, boundUnits: ['42:so-tt'], reportableUnits: ['42:so-tt'] }],
  [9, { id: 9, kind: 'continuous', window: W2024, boundUnits: ['42:so-tt'], reportableUnits: ['42:so-tt'] }]
]);
const units = [
  { code: '42:so-tt', name: 'Sở Thông tin và Truyền thông' },
  { code: '42:so-nv', name: 'Sở Nội vụ' }
];
const ctx: ReportCsvContext = {
  targets,
  units,
  userUnits: [units[0]],
  unitName: (c) => units.find((u) => u.code === c)?.name ?? c,
  today: { year: 2024, month: 11, day: 20 }
};
const run = (text: string | Uint8Array) => parseReportCsv(typeof text === 'string' ? new TextEncoder().encode(text) : text, ctx);
const msgs = (r: ReturnType<typeof run>) => r.issues.map((i) => i.message);

describe('parseReportCsv', () => {
  it('reads the template layout with ";" and decimal commas, units by name in any spelling or left out', () => {
    const r = run(
      [
        'BÁO CÁO THỰC HIỆN KẾ HOẠCH',
        'Mã mục tiêu;Đơn vị;Kỳ;Giá trị;Ghi chú;Minh chứng;Nhiệm vụ',
        '16;Sở Thông tin và Truyền thông;05/2024;4;Đủ 4 số;https://example.org/a;16. Tuyên truyền',
        '16;SO THONG TIN VA TRUYEN THONG;Tháng 6/2024;3;;;',
        '7;;Quý II/2024;85,5;;;',
        '4;;09/2024;1;Đã tổ chức;;',
        '9;;Q3/2024;;Đã đăng 12 tin;;',
        '16;;;;;;(dòng mẫu chưa điền)'
      ].join('\r\n')
    );
    expect(msgs(r)).toEqual(['Bỏ qua 1 dòng chưa điền (không có kỳ, giá trị, ghi chú).']);
    expect(r.ok).toBe(true);
    expect(r.delimiter).toBe(';');
    expect(r.reports.map((x) => [x.targetId, x.unitCode, x.period, x.value])).toEqual([
      [16, '42:so-tt', '2024-05', 4],
      [16, '42:so-tt', '2024-06', 3],
      [7, '42:so-tt', '2024-Q2', 85.5],
      [4, '42:so-tt', '2024-09', 1],
      [9, '42:so-tt', '2024-Q3', null]
    ]);
    expect(r.reports[0]).toMatchObject({ note: 'Đủ 4 số', evidenceUrl: 'https://example.org/a', periodFrom: '2024-05', periodTo: '2024-05' });
  });

  it('reads Windows-1258 and UTF-16 files from Excel', () => {
    const text = 'Mã mục tiêu,Kỳ,Giá trị,Ghi chú\n16,Tháng 7/2024,4,Đã phát sóng đủ\n';
    const cp = run(encodeWindows1258(text));
    expect(cp.encoding).toBe('windows-1258');
    expect(cp.reports[0]).toMatchObject({ period: '2024-07', value: 4, note: 'Đã phát sóng đủ' });
    const u16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from([...text].map((c) => c.charCodeAt(0))).buffer)]);
    expect(run(u16)).toMatchObject({ ok: true, encoding: 'utf-16le' });
  });

  it('says what is wrong at each row and column, and accepts nothing', () => {
    const r = run(
      [
        'Mã mục tiêu,Đơn vị,Kỳ,Giá trị',
        '16,,05/2024,bốn',
        '16,,13/2024,4',
        '16,,12/2025,4',
        '4,,01/2024,1',
        '7,,Quý II/2024,120',
        '16,,05/2024,2.5',
        'abc,,05/2024,1',
        '99,,05/2024,1',
        '16,Sở Tài chính,05/2024,1',
        '16,,06/2024,4',
        '16,,06/2024,3',
        '16,,07/2024,-1'
      ].join('\n')
    );
    expect(r.ok).toBe(false);
    expect(r.reports).toEqual([]);
    expect(msgs(r)).toEqual([
      'Dòng 2, cột "Giá trị": "bốn" không phải là số.',
      'Dòng 3, cột "Kỳ": “13/2024” không phải là kỳ báo cáo: ghi tháng (05/2024) hoặc quý (Quý II/2024).',
      'Dòng 4, cột "Kỳ": Tháng 12/2025 chưa bắt đầu (hôm nay là 20/11/2024).',
      'Dòng 5, cột "Kỳ": Tháng 1/2024 nằm ngoài thời hạn của mục tiêu (4/2024–9/2024).',
      'Dòng 6, cột "Giá trị": Tỷ lệ không quá 100% (ghi 120%).',
      'Dòng 7, cột "Giá trị": Số lượng phải là số nguyên (ghi 2,5).',
      'Dòng 8, cột "Mã mục tiêu": “abc” không phải là mã mục tiêu (một số, ví dụ 12).',
      'Dòng 9, cột "Mã mục tiêu": Không có mục tiêu mã 99.',
      'Dòng 10, cột "Đơn vị": Không nhận ra đơn vị “Sở Tài chính”. Đơn vị của tài khoản: Sở Thông tin và Truyền thông.',
      'Dòng 12: Mục tiêu 16, Sở Thông tin và Truyền thông, kỳ 06/2024 bị trùng với dòng 11.',
      'Dòng 13, cột "Giá trị": Giá trị không được âm (-1).'
    ]);
    expect(r.forbidden).toBe(false);
  });

  it('a row for a unit the account does not report for is a permission error', () => {
    const r = run('Mã mục tiêu,Đơn vị,Kỳ,Giá trị\n16,Sở Nội vụ,05/2024,4\n16,,06/2024,4\n');
    expect(r).toMatchObject({ ok: false, forbidden: true, reports: [] });
    expect(msgs(r)).toEqual(['Dòng 2, cột "Đơn vị": Tài khoản này không được báo cáo cho đơn vị “Sở Nội vụ”.']);
  });

  it('refuses what is not a report table', () => {
    expect(msgs(run(''))).toEqual(['Tệp rỗng: không có dữ liệu.']);
    expect(msgs(run(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))[0]).toMatch(/tệp Excel \(\.xlsx\)/);
    expect(msgs(run('Tỉnh,Năm,PCI\nHà Tĩnh,2015,57.2\n'))[0]).toMatch(/^Thiếu cột "Mã mục tiêu", "Kỳ", "Giá trị"/);
    expect(msgs(run('Mã mục tiêu,Kỳ,Giá trị\n'))).toEqual(['Tệp chỉ có dòng tiêu đề, chưa có dòng số liệu nào.']);
    expect(msgs(run('Mã mục tiêu,Kỳ,Giá trị\n16,,\n'))).toEqual(['Tệp chưa có dòng nào được điền kỳ báo cáo và giá trị.']);
    for (const junk of ['\u0000\u0001\u0002', 'a'.repeat(100_000), '"""\n,,,\n;;;']) expect(run(junk).ok).toBe(false);
  });
});
