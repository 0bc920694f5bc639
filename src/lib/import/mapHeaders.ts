// Header cells → catalogue fields for the chosen index, plus what is left for the user to map.
import type { IndexDefinition } from '../catalogue/types';
import { fold } from '../text/vietnamese';
import { HeaderMatcher, type FieldMatch } from './headerMatcher';
import type { FieldId, HeaderMapping, MappedColumn, MappingOverrides } from './types';

export function mapHeaders(
  headers: string[],
  groups: string[],
  def: IndexDefinition,
  overrides: MappingOverrides = {},
  matcher = new HeaderMatcher(def)
): HeaderMapping {
  const matches: (FieldMatch | null)[] = headers.map((h, i) => matcher.match(h, groups[i] ?? ''));
  // One column per field: the closest match keeps it, the first one on a tie. 'ignore' may repeat.
  const owner = new Map<FieldId, number>();
  matches.forEach((m, i) => {
    if (!m || m.field === 'ignore') return;
    const prev = owner.get(m.field);
    if (prev == null || matches[prev]!.quality < m.quality) owner.set(m.field, i);
  });
  const columns: MappedColumn[] = headers.map((label, index) => {
    const m = matches[index];
    const keep = m && (m.field === 'ignore' || owner.get(m.field) === index);
    return { index, label, field: keep ? m.field : null, by: 'auto' };
  });
  applyOverrides(columns, overrides, def);
  return { columns, unmapped: columns.filter((c) => c.field == null).map((c) => c.label) };
}

/** A user's choice wins, and takes its field away from any column that had it automatically. */
function applyOverrides(columns: MappedColumn[], overrides: MappingOverrides, def: IndexDefinition) {
  const byLabel = new Map(Object.entries(overrides).map(([k, v]) => [fold(k), v]));
  for (const col of columns) {
    if (!byLabel.has(fold(col.label))) continue;
    const field = byLabel.get(fold(col.label)) ?? null;
    if (field != null && !isField(field, def)) continue;
    if (field != null && field !== 'ignore')
      for (const other of columns) if (other !== col && other.field === field) Object.assign(other, { field: null, by: 'override' });
    Object.assign(col, { field, by: 'override' });
  }
}

const FIXED: FieldId[] = ['unit', 'year', 'total', 'rank', 'band', 'unit_type', 'indicator', 'value', 'ignore'];

export function isField(field: string, def: IndexDefinition): field is FieldId {
  if ((FIXED as string[]).includes(field)) return true;
  const code = field.startsWith('component:') ? field.slice('component:'.length) : null;
  return code != null && def.periods.some((p) => p.components.some((c) => c.code === code));
}

/** Fields a mapping UI can offer for this index, with Vietnamese labels. */
export function fieldChoices(def: IndexDefinition): { field: FieldId; label: string }[] {
  const fixed: { field: FieldId; label: string }[] = [
    { field: 'unit', label: def.unitLevel === 'province' ? 'Tỉnh/thành phố' : 'Đơn vị' },
    { field: 'year', label: 'Năm' },
    { field: 'total', label: def.total.vi },
    { field: 'rank', label: 'Xếp hạng' },
    { field: 'band', label: 'Xếp loại' },
    { field: 'indicator', label: 'Tên chỉ số (bảng dọc)' },
    { field: 'value', label: 'Giá trị (bảng dọc)' },
    { field: 'ignore', label: 'Bỏ qua cột này' }
  ];
  if (def.unitGroups?.length) fixed.splice(1, 0, { field: 'unit_type', label: 'Nhóm đơn vị' });
  const seen = new Set<string>();
  const components: { field: FieldId; label: string }[] = [];
  for (const p of [...def.periods].reverse())
    for (const c of p.components)
      if (!seen.has(c.code)) {
        seen.add(c.code);
        components.push({ field: `component:${c.code}`, label: c.vi });
      }
  return [...fixed.slice(0, 3), ...components, ...fixed.slice(3)];
}

/** The column holding a field, or undefined. */
export function columnOf(mapping: HeaderMapping, field: FieldId): MappedColumn | undefined {
  return mapping.columns.find((c) => c.field === field);
}
