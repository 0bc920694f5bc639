import { describe, expect, it } from 'vitest';
import { compareVi, fold, formatNumber, roundHalfUp, formatRank, formatRankChange, formatSigned, matchesQuery, nfc, slugify, sortVi } from './vietnamese';

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
