import { describe, expect, it } from 'vitest';
import { newProvinceOf, successorOf } from '../../../src/lib/plans/successor';

const unit = (code: string, level: 'province' | 'district' | 'department' | 'commune', provinceCode: string) =>
  ({ code, kind: 'unit' as const, level, provinceCode });

describe('successorOf: an old plan’s unit since 1/7/2025', () => {
  it('an old province merged into a new one says which, and what it was formed from', () => {
    expect(successorOf(unit('51', 'province', '51'))).toEqual({
      name: 'Quảng Ngãi',
      href: '/tinh-moi/quang-ngai',
      text: 'Từ 01/07/2025, tỉnh cũ này là một phần của tỉnh Quảng Ngãi mới (gồm Quảng Ngãi, Kon Tum).'
    });
  });

  it('an unmerged province is said to be unmerged, under its current name', () => {
    expect(successorOf(unit('42', 'province', '42'))?.text).toBe('Từ 01/07/2025, là tỉnh Hà Tĩnh (không sáp nhập).');
    expect(successorOf(unit('46', 'province', '46'))?.text).toBe('Từ 01/07/2025, là thành phố Huế (không sáp nhập).');
  });

  it('a huyện no longer exists; its area is in the new province', () => {
    expect(successorOf(unit('51:huyen-binh-son', 'district', '51'))?.text).toBe(
      'Từ 01/07/2025, cấp huyện không còn; địa bàn của đơn vị này thuộc tỉnh Quảng Ngãi mới (gồm Quảng Ngãi, Kon Tum).'
    );
  });

  it('claims no commune-to-commune mapping: only the province', () => {
    const s = successorOf(unit('51:huyen-binh-son:xa-binh-chau-16042', 'commune', '51'))!;
    expect(s.text).toBe('Từ 01/07/2025, địa bàn của đơn vị này thuộc tỉnh Quảng Ngãi mới (gồm Quảng Ngãi, Kon Tum).');
  });

  it('a unit of a new-era plan has no successor, but its new province', () => {
    expect(successorOf(unit('n:tuyen-quang:xa-lung-cu-00715', 'commune', 'n:tuyen-quang'))).toBeNull();
    expect(newProvinceOf({ provinceCode: 'n:tuyen-quang' })).toEqual({ name: 'tỉnh Tuyên Quang', href: '/tinh-moi/tuyen-quang' });
    expect(newProvinceOf({ provinceCode: '42' })).toBeNull();
  });
});
