// Sorting and searching the ranking table, in Vietnamese: names by Intl's 'vi' collation (Đ after D),
// bands in the publisher's order (best first), gaps always last whichever the direction.
import { compareVi, queryMatcher } from '../text/vietnamese';
import type { RankingTableRow } from './rankingTableView';

export type SortKey = 'hang' | 'ten' | 'diem' | 'xep-loai' | 'hang-truoc' | 'doi-hang' | 'doi-diem';
export type SortDir = 'tang' | 'giam';

export const SORT_COLUMNS: { key: SortKey; label: string; first: SortDir }[] = [
  { key: 'hang', label: 'Hạng', first: 'tang' },
  { key: 'ten', label: 'Tỉnh, thành phố', first: 'tang' },
  { key: 'diem', label: 'Điểm', first: 'giam' },
  { key: 'xep-loai', label: 'Xếp loại', first: 'tang' },
  { key: 'hang-truoc', label: 'Hạng năm trước', first: 'tang' },
  { key: 'doi-hang', label: 'Thay đổi hạng', first: 'giam' },
  { key: 'doi-diem', label: 'Thay đổi điểm', first: 'giam' }
];

export function parseSort(key: string | null, dir: string | null): { key: SortKey; dir: SortDir } {
  const col = SORT_COLUMNS.find((c) => c.key === key) ?? SORT_COLUMNS[0];
  return { key: col.key, dir: dir === 'tang' || dir === 'giam' ? dir : col.first };
}

type Cell = string | number | null;

function cellOf(r: RankingTableRow, key: SortKey, bands: readonly string[]): Cell {
  switch (key) {
    case 'hang':
      return r.rank;
    case 'ten':
      return r.name;
    case 'diem':
      return r.value;
    case 'xep-loai':
      return r.band == null ? null : bands.indexOf(r.band) >= 0 ? bands.indexOf(r.band) : bands.length;
    case 'hang-truoc':
      return r.previousRank;
    case 'doi-hang':
      return r.rankChange;
    case 'doi-diem':
      return r.valueChange;
  }
}

export function sortRows(rows: readonly RankingTableRow[], key: SortKey, dir: SortDir, bands: readonly string[] = []): RankingTableRow[] {
  const sign = dir === 'tang' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = cellOf(a, key, bands);
    const y = cellOf(b, key, bands);
    if (x == null || y == null) return x == null && y == null ? compareVi(a.name, b.name) : x == null ? 1 : -1;
    const c = typeof x === 'string' || typeof y === 'string' ? compareVi(String(x), String(y)) : x - y;
    // Ties keep a stable, readable order: by rank, then name.
    return sign * c || (a.rank ?? Infinity) - (b.rank ?? Infinity) || compareVi(a.name, b.name);
  });
}

/** "da nang" finds Đà Nẵng; an empty query keeps every row. */
export function searchRows(rows: readonly RankingTableRow[], query: string): RankingTableRow[] {
  const matches = queryMatcher(query);
  return rows.filter((r) => matches(r.name));
}
