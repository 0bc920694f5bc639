import { describe, expect, it } from 'vitest';
import { assignableUnits } from '../../../src/lib/plans/assignableUnits';
import type { PlanUnit } from '../../../src/lib/plans/planUnits';

const unit = (code: string, name: string, level: PlanUnit['level'], provinceCode: string, parentCode: string | null = null): PlanUnit => ({
  code, name, kind: 'unit', level, memberLevels: [], provinceCode, registryCode: null, parentCode
});

describe('assignableUnits: what an editor can give a target to', () => {
  const units: PlanUnit[] = [
    unit('51:huyen-binh-son', 'Huyện Bình Sơn', 'district', '51'),
    unit('51:huyen-son-tinh', 'Huyện Sơn Tịnh', 'district', '51'),
    unit('51:huyen-binh-son:xa-binh-chau-1', 'Xã Bình Châu', 'commune', '51', '51:huyen-binh-son'),
    unit('51:huyen-son-tinh:xa-binh-chau-2', 'Xã Bình Châu', 'commune', '51', '51:huyen-son-tinh'),
    unit('51:xa-dong-son', 'Xã Đông Sơn', 'commune', '51'),
    unit('51:xa-duc-pho', 'Xã Dục Phổ', 'commune', '51'),
    unit('42:so-noi-vu', 'Sở Nội vụ', 'department', '42'),
    { ...unit('51:cac-xa', 'UBND các xã', null, '51'), kind: 'group', memberLevels: ['commune'] }
  ];

  it('lists only the units of the plan’s province, never groups', () => {
    const codes = assignableUnits(units, '51').map((u) => u.code);
    expect(codes).not.toContain('42:so-noi-vu');
    expect(codes).not.toContain('51:cac-xa');
    expect(codes).toHaveLength(6);
  });

  it('tells apart two communes of the same name by their district', () => {
    const labels = assignableUnits(units, '51').map((u) => u.label);
    expect(labels).toContain('Xã Bình Châu (Huyện Bình Sơn)');
    expect(labels).toContain('Xã Bình Châu (Huyện Sơn Tịnh)');
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('sorts the Vietnamese way: Đ after D', () => {
    const labels = assignableUnits(units, '51').map((u) => u.label);
    expect(labels.indexOf('Xã Dục Phổ')).toBeLessThan(labels.indexOf('Xã Đông Sơn'));
  });
});
