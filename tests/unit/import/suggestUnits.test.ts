// Unknown province names: suggestions by distance on the accent-free name, and no work on absurd names.
import { describe, expect, it } from 'vitest';
import { suggestProvinces } from '../../../src/lib/import/suggestUnits';
import { FIXTURES, provinces, run } from './helpers';
import { readFileSync } from 'node:fs';

const clean = readFileSync(`${FIXTURES}/pci_2015_clean.csv`, 'utf8').trim().split('\n');
const withName = (from: RegExp, to: string) => clean.map((l) => l.replace(from, to)).join('\n');

describe('suggestProvinces', () => {
  it('"Ha Tinhh" suggests Hà Tĩnh first (issue 11), not Hòa Bình', () => {
    expect(suggestProvinces('Ha Tinhh', provinces)[0]).toBe('Hà Tĩnh');
  });
  it('ranks by edit distance on the accent-free name', () => {
    expect(suggestProvinces('Quang Tri.', provinces)[0]).toBe('Quảng Trị');
    expect(suggestProvinces('Thua Thien Hoe', provinces)[0]).toBe('Thừa Thiên Huế');
    expect(suggestProvinces('Tỉnh Nghe Ann', provinces)[0]).toBe('Nghệ An');
  });
  it('suggests nothing for a name close to no province', () => {
    expect(suggestProvinces('Xyzzy qwerty', provinces)).toEqual([]);
  });
});

describe('unknown names in an upload', () => {
  it('the preview issue for "Ha Tinhh" carries Hà Tĩnh as the first suggestion', () => {
    const r = run(withName(/^Hà Tĩnh,/m, 'Ha Tinhh,'));
    const i = r.issues.find((x) => x.unknownUnit === 'Ha Tinhh');
    expect(i?.suggestions?.[0]).toBe('Hà Tĩnh');
    expect(i?.message).toContain('Có phải: Hà Tĩnh');
  });
  it('a megabyte "name" is an error at its row with no suggestion, and the message does not repeat it', () => {
    const huge = 'Hà Tĩnh '.repeat(130_000);
    const r = run(withName(/^Hà Tĩnh,/m, `${huge},`));
    const i = r.issues.find((x) => x.severity === 'error' && /quá dài/.test(x.message));
    expect(i?.message).toMatch(/^Dòng \d+, cột "Tỉnh\/thành phố": Ô tên đơn vị dài 1\.0\d\d\.\d{3} ký tự/);
    expect(i?.message.length).toBeLessThan(300);
    expect(i?.suggestions).toBeUndefined();
  });
});
