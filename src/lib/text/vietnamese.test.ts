import { describe, expect, it } from 'vitest';
import { compareVi, fold, formatNumber, formatRank, formatRankChange, formatSigned, matchesQuery, nfc, slugify, sortVi } from './vietnamese';

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
    expect(formatSigned(1.254)).toBe('+1,25');
    expect(formatSigned(-0.4)).toBe('−0,40');
  });
  it('formats ranks and rank changes', () => {
    expect(formatRank(12, 63)).toBe('12/63');
    expect(formatRank(null, 63)).toBe('chưa công bố');
    expect(formatRankChange(45, 30)).toBe('↑ 15 bậc');
    expect(formatRankChange(30, 45)).toBe('↓ 15 bậc');
    expect(formatRankChange(30, 30)).toBe('giữ nguyên');
  });
});
