import { describe, expect, it } from 'vitest';
import { classifyUnit, isMemberOf, resolvePlanUnit, unitKey, type RegistryUnit } from '../../../src/lib/plans/planUnits';

const REGISTRY: RegistryUnit[] = [
  { code: '42', name: 'Hà Tĩnh', group: 'tinh' },
  { code: '42:so-thong-tin-va-truyen-thong', name: 'Sở Thông tin và truyền thông', group: 'so_nganh' },
  { code: '42:so-van-hoa-the-thao-va-du-lich', name: 'Sở Văn hóa, thể thao và du lịch', group: 'so_nganh' },
  { code: '42:huyen-vu-quang', name: 'Huyện Vũ Quang', group: 'huyen' }
];
const ctx = { provinceCode: '42', scope: '42', registry: REGISTRY, resolveProvince: (n: string) => (/h[aà] t[iĩ]nh/i.test(n) ? '42' : null) };

describe('plan units', () => {
  it('one key for every spelling of a unit', () => {
    const radio = ['Đài PT&TH tỉnh', 'Đài Phát thanh - Truyền hình tỉnh', 'Đài Phát thanh và Truyền hình tỉnh'].map(unitKey);
    expect(new Set(radio).size).toBe(1);
    expect(unitKey('UBND các huyện, TP, TX')).toBe(unitKey('UBND các huyện, thành phố, thị xã'));
    expect(unitKey('Trung tâm Hỗ trợ PTĐN và XTĐT')).toBe(unitKey('Trung tâm Hỗ trợ phát triển doanh nghiệp và xúc tiến đầu tư'));
    expect(unitKey('Sở Tư pháp')).not.toBe(unitKey('Sở Tài chính'));
  });

  it('groups stay groups, with the levels their members are at', () => {
    expect(classifyUnit('Các sở, ban, ngành')).toEqual({ kind: 'group', level: null, memberLevels: ['department'] });
    expect(classifyUnit('UBND các huyện, thành phố, thị xã')).toEqual({ kind: 'group', level: null, memberLevels: ['district'] });
    expect(classifyUnit('UBND các xã, phường, thị trấn')).toEqual({ kind: 'group', level: null, memberLevels: ['commune'] });
    expect(classifyUnit('UBND cấp xã').memberLevels).toEqual(['commune']);
    expect(classifyUnit('các cơ quan chủ quản')).toEqual({ kind: 'group', level: null, memberLevels: [] });
    expect(classifyUnit('Sở Nội vụ')).toEqual({ kind: 'unit', level: 'department', memberLevels: [] });
    expect(classifyUnit('Huyện Can Lộc').level).toBe('district');
    expect(classifyUnit('Báo Hà Tĩnh').level).toBe('other');
  });

  it('resolves departments and districts the data knows to the registry, the province to its GSO code', () => {
    expect(resolvePlanUnit('Sở Thông tin và Truyền thông', ctx)).toMatchObject({ code: '42:so-thong-tin-va-truyen-thong', registryCode: '42:so-thong-tin-va-truyen-thong', level: 'department', name: 'Sở Thông tin và Truyền thông' });
    expect(resolvePlanUnit('Sở Văn hóa, Thể thao và Du lịch', ctx)?.registryCode).toBe('42:so-van-hoa-the-thao-va-du-lich');
    expect(resolvePlanUnit('UBND tỉnh Hà Tĩnh', ctx)).toMatchObject({ code: '42', registryCode: '42', level: 'province' });
    expect(resolvePlanUnit('Sở Nội vụ', ctx)).toMatchObject({ code: '42:so-noi-vu', registryCode: null });
    expect(resolvePlanUnit('UBND các huyện, thành phố, thị xã', ctx)).toMatchObject({ kind: 'group', registryCode: null, code: '42:uy-ban-nhan-dan-cac-huyen-thanh-pho-thi-xa' });
    expect(resolvePlanUnit('   ', ctx)).toBeNull();
  });

  it('a district the data knows is a member of the district group of its province only', () => {
    const group = resolvePlanUnit('UBND các huyện, thành phố, thị xã', ctx)!;
    const district = resolvePlanUnit('Huyện Vũ Quang', ctx)!;
    expect(district.registryCode).toBe('42:huyen-vu-quang');
    expect(isMemberOf(district, group)).toBe(true);
    expect(isMemberOf(resolvePlanUnit('Sở Nội vụ', ctx)!, group)).toBe(false);
    expect(isMemberOf({ ...district, provinceCode: '62' }, group)).toBe(false);
  });
});
