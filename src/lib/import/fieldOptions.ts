// The fields a column can be mapped to in the upload preview, in Vietnamese.
import type { IndexDefinition } from '../catalogue/types';
import type { FieldId } from './types';

export function uploadFieldOptions(def: IndexDefinition): { id: FieldId; label: string }[] {
  const seen = new Set<string>();
  const components = def.periods
    .flatMap((p) => p.components)
    .filter((c) => !seen.has(c.code) && seen.add(c.code))
    .map((c) => ({ id: `component:${c.code}` as FieldId, label: `Thành phần: ${c.vi}` }));
  return [
    { id: 'unit', label: 'Đơn vị (tỉnh, sở, huyện)' },
    { id: 'year', label: 'Năm' },
    { id: 'total', label: `Tổng: ${def.total.vi}` },
    { id: 'rank', label: 'Xếp hạng' },
    { id: 'band', label: 'Xếp loại' },
    { id: 'unit_type', label: 'Nhóm đơn vị' },
    { id: 'indicator', label: 'Tên thành phần (bảng dọc)' },
    { id: 'value', label: 'Giá trị (bảng dọc)' },
    ...components
  ];
}
