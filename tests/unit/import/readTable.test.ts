import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/lib/import/detectDelimiter';
import { findHeader } from '../../../src/lib/import/findHeader';
import { readTable } from '../../../src/lib/import/readTable';
import type { Table } from '../../../src/lib/import/types';

function table(text: string): Table {
  const r = readTable(text);
  if (!r.ok) throw new Error(r.reason);
  return r.table;
}

describe('detectDelimiter', () => {
  it('tells comma, semicolon and tab apart', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectDelimiter('Tỉnh;Năm;Điểm\nHà Nội;2015;59,00\n')).toBe(';');
  });
  it('is not fooled by decimal commas that split every data row evenly', () => {
    const text = 'Tỉnh;A;B;C\nHà Nội;6,14;5,56;4,26\nĐà Nẵng;7,33;7,50;6,11\nHuế;6,59;5,72;5,20\n';
    expect(detectDelimiter(text)).toBe(';');
  });
  it('ignores title rows and commas inside quotes', () => {
    expect(detectDelimiter('BẢNG PCI 2015\n\n"Tỉnh, thành phố";Điểm\n"Hà Nội";59\n')).toBe(';');
  });
});

describe('findHeader', () => {
  it('skips title rows', () => {
    expect(findHeader([['BẢNG XẾP HẠNG'], [''], ['Tỉnh', 'Năm', 'Điểm'], ['Hà Nội', '2015', '59']])).toEqual({ header: 2, group: null });
  });
  it('finds a merged group row above the component row', () => {
    const rows = [
      ['Tỉnh', 'Chỉ số thành phần', '', '', 'Điểm'],
      ['', 'A', 'B', 'C', ''],
      ['Hà Nội', '1', '2', '3', '59']
    ];
    expect(findHeader(rows)).toEqual({ header: 1, group: 0 });
  });
  it('returns null when no row looks like a header', () => {
    expect(findHeader([['Hà Nội', '2015', '59.0', '1'], ['Huế', '2015', '58.5', '2']])).toBeNull();
  });
});

describe('readTable', () => {
  it('reads a plain table with 1-based file rows', () => {
    const t = table('Tỉnh,Năm,Điểm\nHà Nội,2015,59.00\nHuế,2015,58.52\n');
    expect(t.headers).toEqual(['Tỉnh', 'Năm', 'Điểm']);
    expect(t.headerRow).toBe(1);
    expect(t.rows).toEqual([
      { row: 2, cells: ['Hà Nội', '2015', '59.00'] },
      { row: 3, cells: ['Huế', '2015', '58.52'] }
    ]);
  });
  it('keeps title text for the year and counts title rows in row numbers', () => {
    const t = table('KẾT QUẢ PCI NĂM 2015\n\nTỉnh,Năm,Điểm\nHà Nội,2015,59\n');
    expect(t.titleLines).toEqual(['KẾT QUẢ PCI NĂM 2015']);
    expect(t.headerRow).toBe(3);
    expect(t.rows[0].row).toBe(4);
  });
  it('combines a two-row merged header', () => {
    const t = table('STT,Tỉnh,Chỉ số thành phần,,Điểm PCI\n,,Tính minh bạch,Chi phí thời gian,\n1,Hà Nội,6.14,5.56,59.00\n');
    expect(t.headers).toEqual(['STT', 'Tỉnh', 'Tính minh bạch', 'Chi phí thời gian', 'Điểm PCI']);
    expect(t.groups).toEqual(['', '', 'Chỉ số thành phần', 'Chỉ số thành phần', '']);
    expect(t.rows[0]).toEqual({ row: 3, cells: ['1', 'Hà Nội', '6.14', '5.56', '59.00'] });
  });
  it('trims cells, drops empty columns and rows, keeps row numbers', () => {
    const t = table(',Tỉnh, ,Điểm,,\n, Hà Nội ,, 59 ,,\n,,,,,\n,\u00a0Huế,,58.5,,\n');
    expect(t.headers).toEqual(['Tỉnh', 'Điểm']);
    expect(t.rows).toEqual([
      { row: 2, cells: ['Hà Nội', '59'] },
      { row: 4, cells: ['Huế', '58.5'] }
    ]);
  });
  it('labels an unnamed column that holds data', () => {
    expect(table(',Tỉnh,Điểm\n1,Hà Nội,59\n').headers).toEqual(['Cột 1', 'Tỉnh', 'Điểm']);
  });
  it('drops trailing totals, notes and sources, but not a trailing unit', () => {
    const text = 'Đơn vị,Điểm,Hạng\nSở Tư pháp,68.2,3\nCông an tỉnh,70.1,2\nTổng,138.3,\nTrung bình cả nước,69.15,\nGhi chú: số liệu tạm tính.\n"Nguồn: VCCI, 2016"\n* Không tính Hà Tây\n';
    expect(table(text).rows.map((r) => r.cells[0])).toEqual(['Sở Tư pháp', 'Công an tỉnh']);
  });
  it('reads quoted fields with delimiters, quotes and line breaks; rows are spreadsheet rows', () => {
    const t = table('Tỉnh,Điểm,Ghi chú\nHà Nội,59,"Tăng 2 bậc,\n""Khá"""\nHuế,58.5,\n');
    expect(t.rows).toEqual([
      { row: 2, cells: ['Hà Nội', '59', 'Tăng 2 bậc,\n"Khá"'] },
      { row: 3, cells: ['Huế', '58.5', ''] }
    ]);
  });
  it('collapses line breaks inside header cells', () => {
    expect(table('"Tính minh\nbạch",Điểm\n6.1,59\n').headers).toEqual(['Tính minh bạch', 'Điểm']);
  });
  it('reports empty, one-column and header-less files', () => {
    expect(readTable('\n\n , \n')).toMatchObject({ ok: false, reason: 'empty' });
    expect(readTable('Tỉnh\nHà Nội\nHuế\n')).toMatchObject({ ok: false, reason: 'one-column' });
    expect(readTable('Hà Nội,2015,59.0,1\nHuế,2015,58.5,2\n')).toMatchObject({ ok: false, reason: 'no-header' });
  });
});
