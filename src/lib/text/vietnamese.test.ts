import { describe, expect, it } from 'vitest';
import { compareVi, fold, formatNumber, roundHalfUp, formatRank, formatRankChange, formatSigned, matchesQuery, nfc, queryMatcher, slugify, sortVi } from './vietnamese';

describe('Vietnamese text', () => {
  it('folds diacritics, đ included', () => {
    expect(fold('Thừa Thiên Huế')).toBe('thua thien hue');
    expect(fold('Đắk Lắk')).toBe('dak lak');
  });
  it('NFC-normalises decomposed text from Windows-1258 files', () => {
    const decomposed = 'Ha\u0300 Ti\u0303nh';
    expect(decomposed).not.toBe('Hà Tĩnh');
    expect(nfc(decomposed)).toBe('Hà Tĩnh');
  });
  it('slugs names for URLs', () => {
    expect(slugify('Bà Rịa - Vũng Tàu')).toBe('ba-ria-vung-tau');
    expect(slugify('TP. Hồ Chí Minh')).toBe('tp-ho-chi-minh');
  });
  it('matches queries without diacritics', () => {
    expect(matchesQuery('Hà Tĩnh', 'ha tinh')).toBe(true);
    expect(matchesQuery('Hà Tĩnh', 'tinh')).toBe(true);
    expect(matchesQuery('Hà Nội', 'ha tinh')).toBe(false);
    expect(matchesQuery('Đà Nẵng', 'da nang')).toBe(true);
  });
  it('filters a list with the query folded once, as matchesQuery does one name at a time', () => {
    const names = ['Hà Tĩnh', 'Hà Nội', 'Đà Nẵng', 'Thừa Thiên Huế', 'TP. Hồ Chí Minh', 'Bà Rịa - Vũng Tàu', 'Đắk Lắk', 'Đắk Nông'];
    for (const q of ['ha', 'ha tinh', 'tinh', '  DA   nang ', 'dak', 'thien-hue', 'vung tau', 'ho chi', 'x', '', '   ']) {
      const matches = queryMatcher(q);
      expect(names.filter((n) => matches(n)), q).toEqual(names.filter((n) => matchesQuery(n, q)));
    }
    expect(names.filter(queryMatcher('dak'))).toEqual(['Đắk Lắk', 'Đắk Nông']);
    expect(names.filter(queryMatcher(''))).toEqual(names);
  });
  it('sorts the Vietnamese way: Đ after D, tones after the bare letter', () => {
    const names = ['Đồng Nai', 'Điện Biên', 'Đà Nẵng', 'Cà Mau', 'Gia Lai', 'Đắk Lắk', 'Bình Dương', 'Dak Test'];
    expect(sortVi(names, (s) => s)).toEqual(['Bình Dương', 'Cà Mau', 'Dak Test', 'Đà Nẵng', 'Đắk Lắk', 'Điện Biên', 'Đồng Nai', 'Gia Lai']);
    expect(compareVi('Ân', 'Ăn')).not.toBe(0);
  });
  it('formats numbers as vi-VN', () => {
    expect(formatNumber(65.24)).toBe('65,24');
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(NaN)).toBe('—');
  });
  it('prints a number the same way again, at each number of digits (printed numbers are kept)', () => {
    expect([formatNumber(65.245), formatNumber(65.245, 1), formatNumber(65.245, 0), formatNumber(65.245)]).toEqual(['65,25', '65,2', '65', '65,25']);
    expect([formatNumber(-0.305), formatNumber(0.305), formatNumber(-0.305)]).toEqual(['-0,31', '0,31', '-0,31']);
    expect([formatNumber(0), formatNumber(-0)]).toEqual(['0,00', '0,00']);
  });

  it('rounds half away from zero on the printed decimal, not the binary double', () => {
    // 0.305 is stored as 0.30499999…; Intl alone printed 0,30 while 0,145 gave 0,15.
    expect(formatNumber(0.305)).toBe('0,31');
    expect(formatNumber(0.145)).toBe('0,15');
    expect(formatNumber(1.005)).toBe('1,01');
    expect(formatNumber(-0.305)).toBe('-0,31');
    expect(formatNumber(57.2 - 47.2)).toBe('10,00');
    expect(formatNumber(0.8002, 4)).toBe('0,8002');
    expect(formatSigned(-0.305)).toBe('−0,31');
    expect(formatSigned(0.004)).toBe('0,00');
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect(roundHalfUp(1e-7, 2)).toBe(0);
    expect(roundHalfUp(123456.785, 2)).toBe(123456.79);
    expect(formatSigned(1.254)).toBe('+1,25');
    expect(formatSigned(-0.4)).toBe('−0,40');
  });
  it('rounds like the printed decimal across many values, not only the half cases', () => {
    // The decimal method alone (what roundHalfUp does near a half), as the reference.
    const byDecimal = (v: number, digits: number) => {
      const clean = Number(Math.abs(v).toPrecision(12));
      const [mantissa, exp = '0'] = String(clean).split('e');
      const r = Number(`${Math.round(Number(`${mantissa}e${Number(exp) + digits}`))}e-${digits}`);
      return v < 0 && r !== 0 ? -r : r;
    };
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const values = [0.005, 0.015, 0.025, 1.005, 2.675, 8.345, 65.245, 99.995, -0.125, 0.0049999, 57.2 - 47.2, 0.1 + 0.2];
    for (let i = 0; i < 20_000; i++) values.push((random() - 0.3) * 10 ** Math.floor(random() * 7 - 2));
    for (let i = 0; i < 2_000; i++) values.push(Math.round(random() * 1e5) / 1000 + 0.0005); // exact halves at 3 digits, as written
    for (const v of values) for (const d of [0, 1, 2, 3, 4]) expect(roundHalfUp(v, d), `${v} at ${d}`).toBe(byDecimal(v, d));
  });
  it('formats ranks and rank changes', () => {
    expect(formatRank(12, 63, 'published')).toBe('12/63');
    expect(formatRank(null, 63, null)).toBe('chưa công bố');
    // Kon Tum PAR INDEX 2022: 55 worked out from "+12 bậc" in 2023's article, never printed.
    expect(formatRank(55, 63, 'derived')).toBe('55 (suy ra)');
    expect(formatRank(55, 63, undefined)).toBe('chưa công bố');
    expect(formatRankChange(45, 30)).toBe('↑ 15 bậc');
    expect(formatRankChange(30, 45)).toBe('↓ 15 bậc');
    expect(formatRankChange(30, 30)).toBe('giữ nguyên');
  });
});
