import { describe, expect, it } from 'vitest';
import { formatCell, tableCsv } from '../../../src/lib/charts/chartTable';
import { openTables, withTable } from '../../../src/lib/state/openTables';

describe('chart tables', () => {
  it('formats vi-VN, a gap as "—", never 0', () => {
    expect(formatCell(57.2, { label: 'Điểm', kind: 'number' })).toBe('57,20');
    expect(formatCell(null, { label: 'Điểm', kind: 'number' })).toBe('—');
    expect(formatCell(45, { label: 'Hạng', kind: 'integer' })).toBe('45');
    expect(formatCell(-10, { label: 'Thay đổi', kind: 'places' })).toBe('↓ 10');
    expect(formatCell(3, { label: 'Thay đổi', kind: 'places' })).toBe('↑ 3');
    expect(formatCell(-0.99, { label: 'Thay đổi', kind: 'signed' })).toBe('−0,99');
  });
  it('downloads the raw numbers with a header row', () => {
    const csv = tableCsv({ columns: [{ label: 'Năm', kind: 'text' }, { label: 'Hà Tĩnh', kind: 'number' }], rows: [['2015', 57.2], ['2023', null]] });
    expect(csv).toBe('\uFEFFNăm,Hà Tĩnh\r\n2015,57.2\r\n2023,\r\n');
  });
  it('keeps which tables are open in one URL parameter', () => {
    expect(withTable(null, 'xu-huong', true)).toBe('xu-huong');
    expect(withTable('xu-huong', 'xep-hang', true)).toBe('xep-hang,xu-huong');
    expect(withTable('xu-huong', 'xu-huong', false)).toBeNull();
    expect([...openTables('a,<script>,b')]).toEqual(['a', 'b']);
  });
});
