// CSV downloads: formula injection neutralised in text, numbers untouched, Excel-friendly UTF-8.
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../../src/lib/charts/export/toCsv';

describe('toCsv', () => {
  it('neutralises text cells that start with = + - @ tab or CR', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('\tx')).toBe("'\tx");
    // CR also needs quoting: the quote goes around the neutralised text.
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('writes numbers, negative ones included, as numbers', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(57.2)).toBe('57.2');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(-10)).toBe('-10');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('leaves ordinary Vietnamese text alone and a gap empty (never 0)', () => {
    expect(csvCell('Hà Tĩnh')).toBe('Hà Tĩnh');
    expect(csvCell('Bà Rịa - Vũng Tàu')).toBe('Bà Rịa - Vũng Tàu');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('dòng\nhai')).toBe('"dòng\nhai"');
  });

  it('starts with a UTF-8 BOM, separates with commas and ends lines with CRLF', () => {
    const csv = toCsv([
      ['Tỉnh, thành phố', 'Điểm', 'Thay đổi'],
      ['Hà Tĩnh', 57.2, -0.99],
      ['=cmd', null, -3.5]
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe('"Tỉnh, thành phố",Điểm,Thay đổi\r\nHà Tĩnh,57.2,-0.99\r\n\'=cmd,,-3.5\r\n');
  });
});
