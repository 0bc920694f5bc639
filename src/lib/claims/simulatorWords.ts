// The simulator's sentences ("Cần bao nhiêu điểm để …"): the gap, the rival whose published total is
// to be reached, the tie caveat, the weights' provenance, each mix and every refusal. A rank is printed
// only as the publisher printed it ("xếp thứ 30/63"); a simulated total is never called a rank.
import { periodFor, rankedUnitsFor, valueDigits, type IndexDefinition } from '../catalogue/types';
import type { GainOutcome, GainResult, GainTarget, Mix, MixId, Refusal } from '../simulate/targetGain';
import { formatNumber, formatRank } from '../text/vietnamese';

export const SIMULATION_LABEL = 'Mô phỏng trên số liệu công bố';
export const ESTIMATED_WEIGHTS_LABEL = 'trọng số ước lượng, không phải bảng công bố';

export const MIX_NAMES: Record<MixId, string> = {
  'trong-so-lon': 'Ưu tiên trọng số lớn',
  'theo-trong-so': 'Rải theo trọng số',
  'theo-khoang-cach': 'Cùng tỷ lệ khoảng cách'
};

/** "top 30", "hạng 20 trở lên", "60,50 điểm". */
export function targetLabel(t: GainTarget, digits = 2): string {
  if (t.kind === 'score') return `${formatNumber(t.value, digits)} điểm`;
  return t.words === 'top' ? `top ${t.n}` : `hạng ${t.n} trở lên`;
}

export interface SimulatorWords {
  /** The gap and whom it reaches, or why nothing is computed. */
  summary: string;
  /** Equal printed totals are ordered by unprinted decimals (rank targets only). */
  tieNote: string | null;
  /** How a sub-index gain adds to the total, and where the weights come from. */
  weightsNote: string | null;
  /** The observed range the mixes stay in. */
  rangeNote: string | null;
  /** Each mix: its name, how it splits the gain, and the components it moves ("Tính minh bạch +0,62, …"). */
  mixes: { id: MixId; name: string; description: string; summary: string }[];
}

type Names = (code: string) => string;

function rankText(def: IndexDefinition, year: number, rank: number | null, source: string | null): string | null {
  return rank != null && source === 'published' ? formatRank(rank, rankedUnitsFor(def, year), 'published') : null;
}

function refusalText(def: IndexDefinition, o: Refusal, unitName: string, target: GainTarget | null): string {
  const d = o.detail;
  const digits = valueDigits(def);
  const n = (v: number | undefined) => formatNumber(v, digits);
  const scale = periodFor(def, o.year)?.scale;
  switch (o.reason) {
    case 'invalid-target':
      return target?.kind === 'score'
        ? `Mục tiêu không hợp lệ: điểm ${def.short} nằm trong thang ${scale?.min ?? 0}–${scale?.max ?? 100}.`
        : `Mục tiêu không hợp lệ: ${def.short} ${o.againstYear} xếp hạng ${d.ranked} tỉnh, thành phố; chọn hạng từ 1 đến ${d.ranked}.`;
    case 'break':
      return `${def.short} đổi phương pháp năm ${d.breakYear}: không đặt điểm năm ${o.year} của ${unitName} cạnh điểm năm ${o.againstYear} của các tỉnh khác, vì trọng số và cách tính khác nhau.`;
    case 'incomplete':
      return d.printed! < d.ranked!
        ? `Năm ${d.incompleteYear} ${def.publisher} chỉ công bố điểm và hạng của ${d.printed} tỉnh dẫn đầu (xếp hạng ${d.ranked} tỉnh, thành phố): không có điểm công bố của mọi tỉnh để mô phỏng.`
        : `Năm ${d.incompleteYear} bộ dữ liệu chỉ có điểm ${def.short} của ${d.scored} trong ${d.ranked} tỉnh, thành phố: chưa đủ điểm công bố của mọi tỉnh để mô phỏng.`;
    case 'no-weights': {
      const note = periodFor(def, o.year)?.note?.trim().replace(/[.。]+$/, '');
      return `${def.short} ${o.year}: tổng điểm không phải trung bình có trọng số đã biết của các chỉ số thành phần${note ? ` (${note})` : ''}: không mô phỏng được.`;
    }
    case 'no-ranks':
      return `${def.short} không công bố thứ hạng: chỉ mô phỏng được mục tiêu điểm.`;
    case 'missing-unit':
      return `${unitName} chưa có đủ số liệu ${def.short} năm ${o.year} (tổng điểm và mọi chỉ số thành phần) để mô phỏng.`;
    case 'met':
      return target?.kind === 'score'
        ? `${unitName} năm ${o.year} đã đạt ${n(d.current)} điểm, không thấp hơn mục tiêu ${targetLabel(target, digits)}: không cần thêm điểm.`
        : `${unitName} năm ${o.year} đã đạt mục tiêu ${target ? targetLabel(target) : ''} theo điểm công bố năm ${o.againstYear}: không cần thêm điểm.`;
    case 'unreachable':
      return `Không đạt được trong phạm vi quan sát: cần thêm ${n(d.gain)} điểm, nhưng nếu mọi chỉ số thành phần lên bằng mức cao nhất năm ${o.againstYear} thì ${def.short} chỉ tăng được ${n(d.maxGain)} điểm.`;
  }
}

function gapText(def: IndexDefinition, r: GainResult): string {
  const digits = valueDigits(def);
  const n = (v: number) => formatNumber(v, digits);
  const own = rankText(def, r.year, r.unit.rank, r.unit.rankSource);
  const sameYear = r.year === r.againstYear;
  const start = `${r.unit.name} năm ${r.year} đạt ${n(r.unit.total)} điểm${sameYear && own ? `, xếp thứ ${own}` : ''}.`;
  if (!r.rival) return `${start} Để đạt ${targetLabel(r.target, digits)} cần thêm ${n(r.gap)} điểm.`;
  const rivalRank = rankText(def, r.againstYear, r.rival.rank, r.rival.rankSource);
  const who = `${r.rival.name}${rivalRank ? `, tỉnh xếp thứ ${rivalRank}${sameYear ? '' : ` năm ${r.againstYear}`}` : ''}`;
  const lead = sameYear ? ' Để vào' : ` Với điểm công bố năm ${r.againstYear} của các tỉnh khác, để vào`;
  if (r.gap === 0)
    return `${start}${lead} ${targetLabel(r.target)} cần vượt ${who}, cùng ${n(r.rival.total)} điểm: thêm ít nhất ${n(r.gain)} điểm.`;
  return `${start}${lead} ${targetLabel(r.target)} cần thêm ít nhất ${n(r.gap)} điểm, bằng điểm của ${who} (${n(r.rival.total)} điểm).`;
}

function mixSummary(m: Mix, names: Names, digits: number): string {
  const used = m.steps.filter((s) => s.contribution > 0.0005).sort((a, b) => b.contribution - a.contribution);
  const shown = used.slice(0, 3).map((s) => `${names(s.code)} +${formatNumber(s.gain, digits)}`);
  const more = used.length > 3 ? ` và ${used.length - 3} chỉ số khác` : '';
  return `${shown.join(', ')}${more} (cộng ${formatNumber(m.total, digits)} điểm tổng).`;
}

/** The unit the publisher printed first has no rank to reach: only a score target. */
export function firstAlreadyWords(def: IndexDefinition, unitName: string, year: number): SimulatorWords {
  return {
    summary: `${unitName} năm ${year} xếp thứ ${formatRank(1, rankedUnitsFor(def, year), 'published')}: chọn một mục tiêu điểm để mô phỏng.`,
    tieNote: null,
    weightsNote: null,
    rangeNote: null,
    mixes: []
  };
}

export function simulatorWords(def: IndexDefinition, o: GainOutcome, unitName: string, target: GainTarget | null, names: Names): SimulatorWords {
  if (o.status === 'refused') return { summary: refusalText(def, o, unitName, target), tieNote: null, weightsNote: null, rangeNote: null, mixes: [] };
  const digits = valueDigits(def);
  const p = periodFor(def, o.year);
  const span = p ? `giai đoạn ${p.from}–${p.to ?? 'nay'}` : '';
  const sure = o.sureGain != null && o.rival;
  return {
    summary: gapText(def, o),
    tieNote: sure
      ? `Bằng điểm công bố chưa chắc đã xếp trên: ${def.publisher} xếp các tỉnh bằng điểm theo phần thập phân không in ra. Thêm ${formatNumber(o.sureGain!, digits)} điểm thì chắc chắn vượt ${o.rival!.name}.`
      : null,
    weightsNote: `${def.short} = Σ (trọng số % / 10) × điểm chỉ số thành phần (thang 0–10): tăng g điểm ở một chỉ số thành phần có trọng số w% thêm w × g / 10 điểm ${def.short}.${
      o.weightsEstimated ? ` Trọng số ${span} là ${ESTIMATED_WEIGHTS_LABEL} (ước lượng khớp tổng điểm chính thức).` : ''
    }`,
    rangeNote: `Mỗi chỉ số thành phần không vượt mức cao nhất của các tỉnh năm ${o.againstYear} (phạm vi quan sát): trong phạm vi đó ${def.short} của ${o.unit.name} tăng được tối đa ${formatNumber(o.maxGain, digits)} điểm.`,
    mixes: o.mixes.map((m) => ({
      id: m.id,
      name: MIX_NAMES[m.id],
      description:
        m.id === 'trong-so-lon'
          ? `Dồn vào chỉ số thành phần có trọng số lớn nhất (ít điểm thành phần nhất cho mỗi điểm tổng), mỗi chỉ số tới mức cao nhất năm ${o.againstYear}.`
          : m.id === 'theo-trong-so'
            ? 'Mọi chỉ số thành phần cùng tăng một mức: phần đóng góp của mỗi chỉ số tỷ lệ với trọng số.'
            : `Mỗi chỉ số thành phần thu hẹp cùng một tỷ lệ khoảng cách tới mức cao nhất năm ${o.againstYear}.`,
      summary: mixSummary(m, names, digits)
    }))
  };
}
