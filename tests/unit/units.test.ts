import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { provinceRecords } from '../../src/lib/data/loadShipped';
import { ProvinceNames } from '../../src/lib/units/provinceNames';

const names = new ProvinceNames(provinceRecords(readFileSync('data/province_codes_63.csv', 'utf8')));

describe('province names', () => {
  it.each([
    ['TP. Hồ Chí Minh', '79'],
    ['TP Hồ Chí Minh', '79'],
    ['Thành phố Hồ Chí Minh', '79'],
    ['Ho Chi Minh City', '79'],
    ['Thừa Thiên Huế', '46'],
    ['Thừa Thiên-Huế', '46'],
    ['Thua Thien-Hue', '46'],
    ['Hà Tây', '28'],
    ['Ha Tay', '28'],
    ['Bà Rịa - Vũng Tàu', '77'],
    ['Bà Rịa-Vũng Tàu', '77'],
    ['Ba Ria-Vung Tau', '77'],
    ['tỉnh Hà Tĩnh', '42'],
    ['HA TINH', '42'],
    ['Ha\u0300 Ti\u0303nh', '42'],
    ['Thanh Hoá', '38'],
    ['Đắk Lắk', '66'],
    ['Dak Lak', '66']
  ])('resolves %s', (spelling, code) => {
    expect(names.resolve(spelling)).toBe(code);
  });

  it('reports unknown names with suggestions', () => {
    expect(names.resolve('Hà Tĩnhh')).toBeNull();
    expect(names.suggest('Thua Thien Hueee')[0]?.nameVi).toBe('Thừa Thiên Huế');
    expect(names.resolve('Atlantis')).toBeNull();
    expect(names.suggest('Atlantis')).toEqual([]);
  });

  it('keeps a confirmed alias', () => {
    expect(names.resolve('Xứ Nghệ')).toBeNull();
    names.addAlias('Xứ Nghệ', '40');
    expect(names.resolve('xu nghe')).toBe('40');
  });
});
