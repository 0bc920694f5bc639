// The briefing report's own sentences (/tinh/<slug>/bao-cao-tom-tat): the subject line, how the
// contributions are computed, which components count as weak and why, the plan tasks' standing, and
// what is said where the simulator has nothing to compute. Ranks, leaders and changes are never said
// here: the report takes those from claimWords, present/headline, present/slideHeadline and
// simulatorWords, and tests/unit/claims sweeps every line the report writes.
import { ESTIMATED_WEIGHTS_LABEL } from './simulatorWords';

/** The centrally-run cities: "UBND THÀNH PHỐ …", the others "UBND TỈNH …". */
const CITIES = new Set(['Hà Nội', 'TP. Hồ Chí Minh', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ']);

export const isCity = (unitName: string) => CITIES.has(unitName);

/** The default issuing body, in capitals as the header prints it: "UBND TỈNH HÀ TĨNH". */
export function defaultIssuer(unitName: string): string {
  return `UBND ${isCity(unitName) ? 'THÀNH PHỐ' : 'TỈNH'} ${unitName.replace(/^TP\.\s*/, '')}`.toLocaleUpperCase('vi');
}

/** "Phân tích kết quả Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2015 của tỉnh Hà Tĩnh". */
export function briefingSubject(indexName: string, indexShort: string, year: number, unitName: string): string {
  return `Phân tích kết quả ${indexName} (${indexShort}) năm ${year} của ${isCity(unitName) ? 'thành phố' : 'tỉnh'} ${unitName.replace(/^TP\.\s*/, '')}`;
}

/** How a component's contribution is computed, and where the weights come from. */
export function contributionMethod(indexShort: string, weighted: boolean, estimated: boolean): string {
  if (!weighted) return `Tổng ${indexShort} là tổng cộng các nội dung: đóng góp của mỗi nội dung bằng chính thay đổi của nó.`;
  return `Đóng góp của mỗi chỉ số thành phần = trọng số/10 × thay đổi điểm của nó, vì ${indexShort} = Σ (trọng số % / 10) × điểm chỉ số thành phần${
    estimated ? `; ${ESTIMATED_WEIGHTS_LABEL}` : ''
  }.`;
}

export interface WeakComponent {
  name: string;
  belowMedian: boolean;
  pulledDown: boolean;
}

/**
 * Which components the report calls weak, and why each one. `previousYear` is null where the change
 * since the year before is not computed (a methodology break, a missing year): then only the median
 * counts. `caveat` is breakCaveat's clause for a comparison across a methodology break.
 */
export function weakComponentsLine(year: number, previousYear: number | null, weak: readonly WeakComponent[], caveat = ''): string {
  const median = `thấp hơn trung vị toàn quốc năm ${year}`;
  const since = previousYear == null ? '' : ` kéo tổng điểm xuống so với ${previousYear}${caveat}`;
  if (!weak.length) return `Không chỉ số thành phần nào ${median}${since ? ` hay${since}` : ''}.`;
  const why = (w: WeakComponent) => (w.belowMedian && w.pulledDown ? 'dưới trung vị, kéo xuống' : w.belowMedian ? 'dưới trung vị' : 'kéo xuống');
  return `Chỉ số thành phần yếu (${median}${since ? ` hoặc${since}` : ''}): ${weak.map((w) => `${w.name} (${why(w)})`).join(', ')}.`;
}

/** The plan tasks aimed at the weak components: how many, and on which day their statuses stand. */
export function planTasksLine(planLabel: string | null, tasks: number, asOf: string): string {
  const plan = planLabel ?? 'Các kế hoạch của tỉnh';
  if (!tasks) return `${plan}: chưa có nhiệm vụ nào gắn với các chỉ số thành phần yếu.`;
  return `${plan}: ${tasks} nhiệm vụ gắn với các chỉ số thành phần yếu; trạng thái tính đến ngày ${asOf}.`;
}

export const PLANS_UNAVAILABLE = 'Không tải được nhiệm vụ kế hoạch: mục này để trống.';

/** An index without weights per period: nothing to simulate. */
export function noSimulatorLine(indexShort: string): string {
  return `${indexShort} không có trọng số chỉ số thành phần theo từng giai đoạn: không mô phỏng mục tiêu.`;
}
