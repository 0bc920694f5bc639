// Every sentence the importer says to the user, in Vietnamese, in one place.
// Row/column-bound messages start with where: `Dòng 12, cột "Tính minh bạch": …`.
import type { IndexDefinition, Scale } from '../catalogue/types';
import { tooLargeMessage } from './limits';
import type { NotText } from './sniffBinary';
import type { ImportIssue, Severity } from './types';

const fmt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const num = (v: number) => fmt.format(v);
const q = (s: string) => `"${s}"`;

export function issue(severity: Severity, row: number | null, column: string | null, body: string): ImportIssue {
  const where = row != null ? (column != null ? `Dòng ${row}, cột ${q(column)}: ` : `Dòng ${row}: `) : column != null ? `Cột ${q(column)}: ` : '';
  return { severity, row, column, message: where + body };
}

function orList(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} hoặc ${names.at(-1)}`;
}

const scaleText = (s: Scale) => `${num(s.min)}–${num(s.max)}${s.unit === 'percent' ? '%' : ''}`;

export const msg = {
  // Whole-file problems
  tooLarge: (bytes: number, max: number) => tooLargeMessage(bytes, max),
  tooManyRows: (rows: number, max: number) =>
    `Tệp có ${num(rows)} dòng, vượt giới hạn ${num(max)} dòng. Hãy tách tệp theo năm hoặc theo chỉ số.`,
  empty: () => 'Tệp rỗng: không có dữ liệu.',
  notText: (kind: NotText) =>
    kind === 'binary'
      ? 'Tệp không phải tệp văn bản CSV (có thể là tệp nhị phân hoặc bị hỏng). Hãy mở bằng Excel và lưu lại dưới dạng CSV UTF-8.'
      : `Đây là tệp Excel (.${kind}), không phải CSV. Hãy mở bằng Excel, chọn "Lưu thành" › "CSV UTF-8 (phân cách bằng dấu phẩy)" rồi tải lên lại.`,
  oneColumn: () =>
    'Tệp chỉ có một cột. Hãy kiểm tra dấu phân cách khi lưu CSV (dấu phẩy, dấu chấm phẩy hoặc tab).',
  noHeader: () => 'Không tìm thấy dòng tiêu đề (tên các cột) trong tệp.',
  headerOnly: () => 'Tệp chỉ có dòng tiêu đề, chưa có dòng số liệu nào.',
  noUnitColumn: (def: IndexDefinition) =>
    `Không tìm thấy cột tên ${def.unitLevel === 'province' ? 'tỉnh/thành phố' : 'đơn vị'}. Hãy chọn cột tương ứng.`,
  noDataColumns: (def: IndexDefinition) =>
    `Không tìm thấy cột số liệu nào của ${def.short} (điểm tổng hoặc chỉ số thành phần). Hãy chọn cột tương ứng.`,
  wrongIndex: (likely: IndexDefinition, chosen: IndexDefinition, likelyFit: number, chosenFit: number) =>
    `Tệp có vẻ là số liệu ${likely.short}, không phải ${chosen.short}: tên cột khớp ${likelyFit} chỉ số của ${likely.short} nhưng chỉ ${chosenFit} của ${chosen.short}. Hãy chọn đúng chỉ số khi tải lên.`,
  noYear: () => 'Không xác định được năm của số liệu: hãy thêm cột "Năm" hoặc chọn năm khi tải lên.',
  yearDiffers: (inFile: number, chosen: number) => `Năm trong tệp (${inFile}) khác năm đã chọn (${chosen}): dùng năm trong tệp.`,
  unreadable: (detail: string) => `Không đọc được tệp: ${detail}`,
  moreIssues: (n: number) => `Còn ${num(n)} vấn đề khác không hiển thị; hãy sửa các lỗi trên rồi tải lại.`,

  shortRow: (cells: number, expected: number) =>
    `chỉ có ${cells} ô trong khi dòng tiêu đề có ${expected} cột: dòng bị cắt ngắn (tệp bị cắt giữa chừng hoặc thiếu dấu phân cách). Không lưu nửa dòng; hãy kiểm tra lại tệp.`,
  unclosedQuote: () =>
    'Dấu ngoặc kép (") mở mà không đóng, hoặc đặt sai chỗ: các dòng sau có thể bị gộp vào ô này. Hãy kiểm tra lại tệp.',

  // Cells
  notANumber: (raw: string) => `${q(raw)} không phải là số.`,
  notARank: (raw: string) => `${q(raw)} không phải là thứ hạng (số nguyên từ 1 trở lên).`,
  notAYear: (raw: string) => `${q(raw)} không phải là năm.`,
  missingUnitName: () => 'Thiếu tên đơn vị.',
  unitNameTooLong: (length: number) => `Ô tên đơn vị dài ${num(length)} ký tự, quá dài để là tên một đơn vị: hãy kiểm tra cột và dấu phân cách.`,
  unknownUnit: (name: string, suggestions: string[], others: number) =>
    `Không nhận ra đơn vị ${q(name)}.${suggestions.length ? ` Có phải: ${orList(suggestions)}?` : ''}${others ? ` (Gặp thêm ở ${others} dòng khác.)` : ''}`,
  unknownIndicator: (raw: string, def: IndexDefinition) => `Không nhận ra chỉ số ${q(raw)} của ${def.short}.`,
  aggregateRow: (name: string) => `Bỏ qua dòng tổng hợp ${q(name)}.`,
  notInPeriod: (name: string, def: IndexDefinition, year: number) =>
    `Chỉ số ${q(name)} không thuộc phương pháp ${def.short} năm ${year}: bỏ qua.`,
  unknownBand: (raw: string, def: IndexDefinition) =>
    def.bands.length
      ? `Xếp loại ${q(raw)} không có trong danh mục ${def.short} (${def.bands.join(', ')}): giữ nguyên như trong tệp.`
      : `${def.short} không có xếp loại; giữ nguyên ${q(raw)} như trong tệp.`,
  unknownUnitGroup: (name: string, def: IndexDefinition) =>
    `Không xác định được nhóm đơn vị của ${q(name)} (${(def.unitGroups ?? []).map((g) => g.vi).join(' / ')}).`,

  // Checks across rows
  outOfScale: (raw: string, scale: Scale, def: IndexDefinition, year: number) =>
    `Giá trị ${raw} nằm ngoài thang điểm ${scaleText(scale)} của ${def.short} năm ${year}.`,
  duplicate: (unit: string, year: number, firstRow: number, indicator: string | null) =>
    `${unit} năm ${year}${indicator ? `, chỉ số ${q(indicator)}` : ''} bị trùng với dòng ${firstRow}.`,
  missingColumn: (name: string, def: IndexDefinition, year: number) =>
    `Thiếu cột ${q(name)} của ${def.short} năm ${year}: chỉ số này sẽ để trống (chưa công bố).`,
  missingIndicator: (name: string, def: IndexDefinition, year: number) =>
    `Không có dòng nào cho ${q(name)} của ${def.short} năm ${year}: chỉ số này sẽ để trống (chưa công bố).`,
  rankContradiction: (unit: string, rank: number, value: number, other: string, otherRank: number, otherValue: number) =>
    `Xếp hạng mâu thuẫn với điểm: ${unit} ${num(value)} điểm xếp hạng ${rank}, còn ${other} ${num(otherValue)} điểm lại xếp hạng ${otherRank}.`,
  rankTooHigh: (rank: number, ranked: number, year: number) =>
    `Hạng ${rank} lớn hơn số đơn vị được xếp hạng năm ${year} (${ranked}): giữ nguyên, cần kiểm tra lại.`,
  totalMismatch: (raw: string, value: number, expected: number, aggregation: 'weighted' | 'sum') =>
    `Tổng ${raw} lệch ${num(Math.abs(value - expected))} điểm so với ${
      aggregation === 'weighted' ? 'tổng có trọng số' : 'tổng'
    } của các chỉ số thành phần (${num(expected)}); chỉ cho phép lệch 0,05.`,
  totalsOffForYear: (off: number, checked: number, def: IndexDefinition, year: number) =>
    `${off}/${checked} dòng năm ${year} có tổng lệch quá 0,05 so với các chỉ số thành phần: trọng số ${def.short} năm ${year} trong danh mục có thể chưa đúng. Số liệu vẫn được giữ nguyên.`,
  futureYear: (year: number, now: number) => `Năm ${year} chưa đến (năm nay là ${now}).`,
  noPeriod: (def: IndexDefinition, year: number) => {
    const first = Math.min(...def.periods.map((p) => p.from));
    return `${def.short} không có phương pháp cho năm ${year} (có từ năm ${first}).`;
  }
};
