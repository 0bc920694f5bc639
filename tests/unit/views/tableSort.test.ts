// Sorting and searching the ranking table, Vietnamese style.
import { describe, expect, it } from 'vitest';
import { parseSort, searchRows, sortRows } from '../../../src/lib/views/tableSort';
import type { RankingTableRow } from '../../../src/lib/views/rankingTableView';
import { workbookYear } from '../charts/realFixtures';

const bands = ['Rất tốt', 'Tốt', 'Khá', 'Trung bình', 'Tương đối thấp', 'Thấp'];
const y14 = workbookYear(2014);
const rows: RankingTableRow[] = workbookYear(2015).map((r) => {
  const p = y14.find((x) => x.name === r.name)!;
  return {
    code: r.name,
    name: r.name,
    slug: r.name,
    rank: r.rank,
    rankOf: 63,
    value: r.value,
    band: r.band,
    previousRank: p.rank,
    rankChange: p.rank! - r.rank!,
    valueChange: r.value! - p.value!
  };
});

describe('ranking table', () => {
  it('sorts by score, best first: Đà Nẵng leads PCI 2015', () => {
    const s = sortRows(rows, 'diem', 'giam', bands);
    expect(s[0].name).toBe('Đà Nẵng');
    expect(s[0].value).toBe(68.34);
    expect(sortRows(rows, 'diem', 'tang', bands).at(-1)!.name).toBe('Đà Nẵng');
  });

  it('sorts names in Vietnamese order: every Đ after every D', () => {
    const names = sortRows(rows, 'ten', 'tang', bands).map((r) => r.name);
    const lastD = Math.max(...names.map((n, i) => (n.startsWith('D') ? i : -1)));
    const firstDd = names.findIndex((n) => n.startsWith('Đ'));
    expect(firstDd).toBeGreaterThan(lastD);
    expect(names.indexOf('Bà Rịa - Vũng Tàu')).toBeLessThan(names.indexOf('Bắc Giang'));
  });

  it('sorts bands best first and changes by size; gaps go last either way', () => {
    const byBand = sortRows(rows, 'xep-loai', 'tang', bands);
    expect(byBand[0].band).toBe('Rất tốt');
    const withGap = [...rows, { ...rows[0], code: 'gap', name: 'Không số liệu', rankChange: null }];
    expect(sortRows(withGap, 'doi-hang', 'giam').at(-1)!.code).toBe('gap');
    expect(sortRows(withGap, 'doi-hang', 'tang').at(-1)!.code).toBe('gap');
    const fell = sortRows(rows, 'doi-hang', 'tang')[0];
    expect(fell.rankChange).toBe(Math.min(...rows.map((r) => r.rankChange!)));
  });

  it('finds Đà Nẵng from "da nang" and Hà Tĩnh from "ha tinh"', () => {
    expect(searchRows(rows, 'da nang').map((r) => r.name)).toEqual(['Đà Nẵng']);
    expect(searchRows(rows, 'ha tinh').map((r) => r.name)).toEqual(['Hà Tĩnh']);
    expect(searchRows(rows, '').length).toBe(63);
  });

  it('parses sort parameters with sensible defaults', () => {
    expect(parseSort(null, null)).toEqual({ key: 'hang', dir: 'tang' });
    expect(parseSort('diem', null)).toEqual({ key: 'diem', dir: 'giam' });
    expect(parseSort('xyz', 'giam')).toEqual({ key: 'hang', dir: 'giam' });
  });
});
