// The names each field goes by in real files, for one index definition. Component and total names come
// from the catalogue (code, vi, en, aliases, every period); the generic fields' names are listed here.
import type { IndexDefinition } from '../catalogue/types';
import type { FieldId } from './types';

export interface FieldNames {
  field: FieldId;
  names: string[];
  /** Specific names (the catalogue's) beat generic ones when a header could be both. */
  specific: boolean;
}

const PROVINCE_UNIT = [
  'tỉnh', 'tỉnh/thành phố', 'tỉnh, thành phố', 'tỉnh/tp', 'tỉnh thành', 'tỉnh/thành', 'tên tỉnh', 'tên tỉnh/thành phố',
  'tỉnh/thành phố trực thuộc trung ương', 'địa phương', 'tên địa phương', 'đơn vị', 'tên đơn vị', 'province', 'provinces',
  'province name', 'province/city', 'city/province', 'province vi', 'province en', 'unit', 'unit name', 'name', 'tên'
];
const DDCI_UNIT = [
  'đơn vị', 'tên đơn vị', 'đơn vị được đánh giá', 'cơ quan', 'cơ quan/đơn vị', 'sở, ban, ngành, địa phương', 'sở/ngành/địa phương',
  'sở, ngành, địa phương', 'địa phương', 'unit', 'unit name', 'name', 'tên'
];
const GENERIC: [FieldId, string[]][] = [
  ['year', ['năm', 'year', 'năm đánh giá', 'năm khảo sát', 'kỳ đánh giá']],
  ['rank', ['xếp hạng', 'thứ hạng', 'hạng', 'rank', 'ranking', 'xh', 'vị trí xếp hạng']],
  ['band', ['xếp loại', 'nhóm', 'nhóm xếp hạng', 'nhóm xếp loại', 'phân loại', 'nhóm điều hành', 'tier', 'band', 'category', 'group', 'quartile']],
  ['unit_type', ['loại đơn vị', 'nhóm đơn vị', 'khối', 'khối đơn vị', 'loại hình', 'unit type', 'unit group', 'type']],
  ['indicator', ['chỉ số thành phần', 'chỉ số', 'chỉ tiêu', 'tên chỉ số', 'nội dung', 'lĩnh vực', 'tiêu chí', 'indicator', 'component', 'sub-index', 'subindex', 'dimension']],
  ['value', ['giá trị', 'điểm', 'điểm số', 'số điểm', 'kết quả', 'value', 'score']],
  ['ignore', ['stt', 'tt', 'số tt', 'số thứ tự', 'no', 'ghi chú', 'chú thích', 'note', 'notes', 'nguồn', 'source', 'source url', 'rank note', 'mã tỉnh', 'mã', 'code', 'số phiếu', 'n responses', 'số phiếu khảo sát']]
];

export function fieldSynonyms(def: IndexDefinition): FieldNames[] {
  const out: FieldNames[] = [{ field: 'total', names: totalNames(def), specific: true }];
  const components = new Map<string, Set<string>>();
  for (const p of def.periods)
    for (const c of p.components) {
      const names = components.get(c.code) ?? new Set<string>();
      for (const n of [c.code, c.vi, c.en, ...(c.aliases ?? [])]) names.add(n);
      components.set(c.code, names);
    }
  for (const [code, names] of components) out.push({ field: `component:${code}`, names: [...names], specific: true });
  out.push({ field: 'unit', names: def.unitLevel === 'province' ? PROVINCE_UNIT : DDCI_UNIT, specific: false });
  // A DDCI file names its province in a column of its own; that is not the rated unit.
  if (def.unitLevel !== 'province') out.push({ field: 'ignore', names: ['tỉnh', 'province', 'tỉnh/thành phố'], specific: false });
  for (const [field, names] of GENERIC) out.push({ field, names, specific: false });
  return out;
}

/** The total's names, plus the usual ways of writing "<index> score" ("Điểm PCI", "ddci_score_100"). */
function totalNames(def: IndexDefinition): string[] {
  const s = def.short.split(/\s+/)[0];
  return [
    def.total.code, def.total.vi, def.total.en, ...(def.total.aliases ?? []),
    s, `điểm ${s}`, `${s} score`, `chỉ số ${s}`, `tổng điểm ${s}`, `${s} total`,
    'tổng điểm', 'điểm tổng', 'điểm tổng hợp', 'total', 'total score', 'overall score'
  ];
}
