// The sentences of the DDCI page and slides. The province prints bands, not ranks, and the shipped
// year holds part of the units: an order by score is said as one, and a "leader" only within the units
// we have (CLAIMS.md).
import { formatNumber } from '../text/vietnamese';

interface GroupRow {
  unit_code: string;
  unit_name: string;
  value: number;
  band: string | null;
  group_rank: number;
}

interface Group {
  label: string;
  rows: GroupRow[];
}

/** "cao điểm nhất trong 7 đơn vị có số liệu của nhóm huyện, thị xã, thành phố là Thị xã Hồng Lĩnh (80,03 điểm)". */
export function groupLeader(g: Group): string | null {
  const top = g.rows.filter((r) => r.group_rank === 1);
  if (!top.length) return null;
  const who = top.map((r) => `${r.unit_name} (${formatNumber(r.value)} điểm)`).join(' và ');
  return `cao điểm nhất trong ${g.rows.length} đơn vị có số liệu của nhóm ${g.label.toLowerCase()} là ${who}`;
}

export function groupDescription(indexShort: string, year: number | null, g: Group): string {
  const lead = groupLeader(g);
  return `Điểm ${indexShort} năm ${year ?? ''} của ${g.rows.length} đơn vị nhóm ${g.label.toLowerCase()} có số liệu, xếp từ cao xuống thấp, tô màu theo xếp loại${lead ? `; ${lead}` : ''}.`;
}

/** "thứ 2 theo điểm trong 7 đơn vị có số liệu của nhóm …, 78,10 điểm, Tốt" — never "hạng 2/7". */
export function unitPosition(row: GroupRow, g: Group, year: number | null): string {
  return (
    `thứ ${row.group_rank} theo điểm trong ${g.rows.length} đơn vị có số liệu của nhóm ${g.label.toLowerCase()} năm ${year ?? ''}` +
    ` (không phải hạng công bố), ${formatNumber(row.value)} điểm${row.band ? `, ${row.band}` : ''}`
  );
}

/** The heatmap's headline: each group's best-scoring unit among those with figures. */
export function heatmapLeaders(indexShort: string, year: number | null, groups: readonly Group[]): string | null {
  const parts = groups.map(groupLeader).filter((x): x is string => !!x);
  return parts.length ? `${indexShort} ${year ?? ''}: ${parts.join('; ')}` : null;
}
