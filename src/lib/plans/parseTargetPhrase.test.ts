import { describe, expect, it } from 'vitest';
import { parseTargetPhrase } from './parseTargetPhrase';
import type { Target } from './types';

// Results without `source`: each case states only the structure it expects.
const strip = (ts: Target[]) => ts.map(({ source: _source, ...rest }) => rest);

const S001_PORTALS =
  '100% Cổng/trang thông tin điện tử các cơ quan Nhà nước trên địa bàn huyện thường xuyên đăng tải, cập nhật nội dung thông tin hoạt động cải cách hành chính lên chuyên trang, chuyên mục hỏi, đáp về thủ tục hành chính, giới thiệu và hướng dẫn những ưu đãi về cơ chế, chính sách, thủ tục đầu tư... trên địa bàn huyện.';
const S001_RADIO =
  '100% Đài truyền thanh cơ sở có chuyên mục tuyên truyền về cải cách hành chính, định kỳ, thông báo, hướng dẫn người dân tham gia thực hiện các dịch vụ công trên địa bàn xã, thị trấn.';
const S001_POST = '90% điểm Bưu điện Văn hóa xã có tài liệu tuyên truyền về cải cách hành chính;';
const S003_PROVINCE =
  '*Đối với cấp tỉnh:* Lãnh đạo Văn phòng (hoặc Phòng Hành chính - Tổ chức), công chức làm nhiệm vụ đầu mối kiểm soát thủ tục hành chính và công chức làm việc tại Bộ phận tiếp nhận và trả kết quả tại các sở, ban ngành (mỗi đơn vị 03 người).';
const S003_DISTRICT =
  '*Đối với cấp huyện:* Lãnh đạo Phòng Nội vụ, Văn phòng Hội đồng nhân dân - Ủy ban nhân dân và một số công chức trực tiếp làm việc tại Bộ phận tiếp nhận và trả kết quả, công chức trực tiếp tham mưu công tác cải cách hành chính (mỗi huyện 06 người).';
const S003_COMMUNE =
  '*Đối với cấp xã:* Công chức làm việc tại Bộ phận tiếp nhận và trả kết quả, công chức Văn phòng, thống kê tại Ủy ban nhân dân các xã, phường, thị trấn (mỗi đơn vị 02 người).';
const S003_MONTHLY =
  'Các sở, ban, ngành, Ban Quản lý Khu kinh tế tỉnh, Ủy ban nhân dân các huyện, thành phố tổ chức tuyên truyền trên Trang thông tin điện tử, Đài Truyền thanh và Truyền hình, bản tin nội bộ... của cơ quan, đơn vị (*mỗi tháng có ít nhất 01 tin/bài tuyên truyền về cải cách hành chính*).';

const month = (year: number, m: number) => ({ year, month: m });

const cases: [string, string, unknown[]][] = [
  // Seed 002 appendix: rates
  ['range per month', '03-04 số/tháng', [{ kind: 'rate', min: 3, max: 4, per: 'month', unitWord: 'số' }]],
  ['fixed per month', '02 số/tháng', [{ kind: 'rate', min: 2, max: 2, per: 'month', unitWord: 'số' }]],
  ['small range', '01-02 số/tháng', [{ kind: 'rate', min: 1, max: 2, per: 'month', unitWord: 'số' }]],
  ['with label', 'Số lượng và tần suất phát sóng: 01 số/tháng', [{ kind: 'rate', min: 1, max: 1, per: 'month', unitWord: 'số' }]],
  ['total with rate', '48 số (04 số/tháng)', [{ kind: 'rate', min: 4, max: 4, per: 'month', unitWord: 'số', total: 48 }]],
  [
    'total with rate, labelled and split by a page break',
    'Số lượng và tần suất phát sóng: 48 số (04 số/tháng)',
    [{ kind: 'rate', min: 4, max: 4, per: 'month', unitWord: 'số', total: 48 }]
  ],
  ['per quarter', '01 lần/quý', [{ kind: 'rate', min: 1, max: 1, per: 'quarter', unitWord: 'lần' }]],
  ['minimum per year', 'Tối thiểu 01 lần/năm', [{ kind: 'rate', min: 1, max: null, per: 'year', unitWord: 'lần' }]],
  ['"/1 tháng"', '01 mục/1 tháng', [{ kind: 'rate', min: 1, max: 1, per: 'month', unitWord: 'mục' }]],
  ['"/3 tháng" is a quarter', '01 lần/3 tháng', [{ kind: 'rate', min: 1, max: 1, per: 'quarter', unitWord: 'lần' }]],
  ['maximum', 'tối đa 2 bài/tuần', [{ kind: 'rate', min: 0, max: 2, per: 'week', unitWord: 'bài' }]],
  [
    'two bullets: ongoing + a rate',
    '- Tiếp phát thường xuyên. - Nêu gương người tốt, việc tốt về CCHC trên địa bàn (01 mục/1 tháng)',
    [{ kind: 'continuous' }, { kind: 'rate', min: 1, max: 1, per: 'month', unitWord: 'mục' }]
  ],
  // Windows
  ['quarter range', 'Quý II-III/2024', [{ kind: 'window', from: month(2024, 4), to: month(2024, 9) }]],
  ['one quarter', 'Quý III/2024', [{ kind: 'window', from: month(2024, 7), to: month(2024, 9) }]],
  ['Q2', 'Quý II/2024', [{ kind: 'window', from: month(2024, 4), to: month(2024, 6) }]],
  ['month', 'Tháng 10/2024', [{ kind: 'window', from: month(2024, 10), to: month(2024, 10) }]],
  ['open start', 'Từ Quý I/2024', [{ kind: 'window', from: month(2024, 1), to: month(2024, 12), openEnd: true }]],
  ['seed 003 dash before the year', 'Trong Quý II-2018.', [{ kind: 'window', from: month(2018, 4), to: month(2018, 6) }]],
  ['seed 003 deadline', '*Thời gian*: Hoàn thành trong Quý III-2018.', [{ kind: 'window', from: month(2018, 7), to: month(2018, 9) }]],
  ['whole year', 'Năm 2024', [{ kind: 'window', from: month(2024, 1), to: month(2024, 12) }]],
  // Continuous / unquantified
  ['ongoing in a year', 'Thường xuyên trong năm 2024', [{ kind: 'continuous', year: 2024 }]],
  ['ongoing', '*Thời gian*: Thường xuyên.', [{ kind: 'continuous' }]],
  [
    'by another body’s calendar',
    'Định kỳ theo lịch Ban Tuyên giáo Tỉnh ủy',
    [{ kind: 'unquantified', text: 'Định kỳ theo lịch Ban Tuyên giáo Tỉnh ủy' }]
  ],
  ['"Hàng năm" has no number', 'Hàng năm', [{ kind: 'unquantified', text: 'Hàng năm' }]],
  // Seed 001 percentages
  [
    '001 portals',
    S001_PORTALS,
    [{ kind: 'percent', percent: 100, of: 'Cổng/trang thông tin điện tử các cơ quan Nhà nước trên địa bàn huyện thường xuyên đăng tải' }]
  ],
  [
    '001 radio stations',
    S001_RADIO,
    [{ kind: 'percent', percent: 100, of: 'Đài truyền thanh cơ sở có chuyên mục tuyên truyền về cải cách hành chính' }]
  ],
  ['001 culture post offices', S001_POST, [{ kind: 'percent', percent: 90, of: 'điểm Bưu điện Văn hóa xã có tài liệu tuyên truyền về cải cách hành chính' }]],
  ['decimal comma, set before', 'Tỷ lệ hồ sơ đúng hạn đạt 95,5%', [{ kind: 'percent', percent: 95.5, of: 'Tỷ lệ hồ sơ đúng hạn' }]],
  // Seed 003 quotas and the monthly minimum
  ['003 per department', S003_PROVINCE, [{ kind: 'quota', amount: 3, per: 'sở', what: 'người' }]],
  ['003 per district', S003_DISTRICT, [{ kind: 'quota', amount: 6, per: 'huyện', what: 'người' }]],
  ['003 per commune', S003_COMMUNE, [{ kind: 'quota', amount: 2, per: 'xã', what: 'người' }]],
  ['003 monthly minimum', S003_MONTHLY, [{ kind: 'rate', min: 1, max: null, per: 'month', unitWord: 'tin/bài' }]],
  [
    'each unit at least one article a month',
    'mỗi cơ quan, đơn vị ít nhất 01 bài/tháng',
    [{ kind: 'rate', min: 1, max: null, per: 'month', unitWord: 'bài', each: 'cơ quan, đơn vị' }]
  ],
  // Totals
  ['bare total', '48 số', [{ kind: 'total', amount: 48, unitWord: 'số' }]],
  ['total in a year', '12 phóng sự trong năm 2024', [{ kind: 'total', amount: 12, unitWord: 'phóng sự', periodYear: 2024 }]],
  // Tolerance: case, spaces, dashes, NFD, NBSP
  ['upper case, en dash, spaces', '  QUÝ  ii – iii / 2024 ', [{ kind: 'window', from: month(2024, 4), to: month(2024, 9) }]],
  ['upper-case units', 'TỐI  THIỂU 1 LẦN/NĂM', [{ kind: 'rate', min: 1, max: null, per: 'year', unitWord: 'lần' }]],
  ['decomposed (NFD) text', 'Quý II-III/2024'.normalize('NFD'), [{ kind: 'window', from: month(2024, 4), to: month(2024, 9) }]],
  ['NBSP and em dash', '03\u00a0—\u00a004 số/tháng', [{ kind: 'rate', min: 3, max: 4, per: 'month', unitWord: 'số' }]],
  // Garbage and impossible values
  ['empty', '', []],
  ['blank', ' \t\n ', []],
  ['punctuation only', '%%% --- ///', []],
  ['control characters', '\u0000\u0001\u001f', []],
  ['plain word', 'abc', [{ kind: 'unquantified', text: 'abc' }]],
  ['quarter V does not exist', 'Quý V/2024', [{ kind: 'unquantified', text: 'Quý V/2024' }]],
  ['reversed quarter range', 'Quý III-II/2024', [{ kind: 'unquantified', text: 'Quý III-II/2024' }]],
  ['month 13', 'Tháng 13/2024', [{ kind: 'unquantified', text: 'Tháng 13/2024' }]],
  ['reversed rate range', '04-03 số/tháng', [{ kind: 'unquantified', text: '04-03 số/tháng' }]],
  ['over 100 percent', '150% xã', [{ kind: 'unquantified', text: '150% xã' }]],
  ['year out of range', 'Quý I/9999', [{ kind: 'unquantified', text: 'Quý I/9999' }]],
  ['HTML', '<script>alert(1)</script>', [{ kind: 'unquantified', text: '<script>alert(1)</script>' }]]
];

describe('parseTargetPhrase', () => {
  it.each(cases)('%s: %s', (_name, phrase, expected) => {
    expect(strip(parseTargetPhrase(phrase))).toEqual(expected);
  });

  it('keeps the whitespace-collapsed NFC phrase as source', () => {
    const [t] = parseTargetPhrase('  Số lượng và tần suất phát sóng:\n03–04 số/tháng ');
    expect(t.source).toBe('Số lượng và tần suất phát sóng: 03-04 số/tháng');
    const [w] = parseTargetPhrase('Quý II-III/2024'.normalize('NFD'));
    expect(w.source).toBe('Quý II-III/2024');
  });

  it('reads several percentages in one sentence (seed 002)', () => {
    const s =
      'Công khai, minh bạch tình trạng giải quyết TTHC đối với 100% hồ sơ đã tiếp nhận; 100% điểm Bru điện văn hóa xã có tài liệu tuyên truyền về CCHC phục vụ Nhân dân đọc, tra cứu.';
    expect(strip(parseTargetPhrase(s))).toEqual([
      { kind: 'percent', percent: 100, of: 'hồ sơ đã tiếp nhận' },
      { kind: 'percent', percent: 100, of: 'điểm Bru điện văn hóa xã có tài liệu tuyên truyền về CCHC phục vụ Nhân dân đọc' }
    ]);
  });

  it('returns a rate and a window from one phrase', () => {
    expect(strip(parseTargetPhrase('02 số/tháng, từ Quý III/2024'))).toEqual([
      { kind: 'rate', min: 2, max: 2, per: 'month', unitWord: 'số' },
      { kind: 'window', from: month(2024, 7), to: month(2024, 12), openEnd: true }
    ]);
  });

  it('never throws and stays fast on hostile or huge input', () => {
    const inputs: unknown[] = [
      '1'.repeat(1_000_000),
      'a1/'.repeat(400_000),
      'Quý '.repeat(250_000),
      'mỗi '.repeat(1200) + '1 người',
      '1 số/'.repeat(999),
      '- '.repeat(2400),
      'thường xuyên. '.repeat(350) + '1 số/tháng',
      '\uD800\uDFFF\uFFFF'.repeat(1000),
      null,
      undefined,
      42
    ];
    for (const input of inputs) {
      const t0 = performance.now();
      const out = parseTargetPhrase(input as string);
      expect(performance.now() - t0).toBeLessThan(500);
      expect(Array.isArray(out)).toBe(true);
      for (const t of out) expect(t.source.length).toBeLessThanOrEqual(5000);
    }
    const [huge] = parseTargetPhrase('1'.repeat(1_000_000));
    expect(huge.kind).toBe('unquantified');
  });
});
