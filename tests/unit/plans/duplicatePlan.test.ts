import { describe, expect, it } from 'vitest';
import { findDuplicatePlan, normalizeAppendix, type PlanFingerprint } from '../../../src/lib/plans/duplicatePlan';

const existing: PlanFingerprint[] = [
  { planId: '003', title: 'Tuyên truyền năm 2018', issuer: 'UBND tỉnh Kon Tum', number: '457/KH-UBND', dateText: 'Kon Tum, ngày 23 tháng 02 năm 2018', contentHash: null, tasks: ['Tập huấn'] },
  { planId: 'kh-005', title: 'Phụ lục', issuer: 'UBND tỉnh Hà Tĩnh', number: '/KH-UBND', dateText: '', contentHash: 'abc', tasks: ['Phát huy hiệu quả', 'Duy trì chuyên mục'] }
];
const blank = { title: 'Khác', issuer: 'UBND tỉnh Hà Tĩnh', number: '', dateText: '', contentHash: null, tasks: ['Một việc khác'] };

describe('an appendix imported twice', () => {
  it('is found by content, number and issuer, title and date, or tasks — in that order', () => {
    expect(findDuplicatePlan({ ...blank, contentHash: 'abc' }, existing)).toEqual({ planId: 'kh-005', title: 'Phụ lục', reason: 'noi_dung' });
    expect(findDuplicatePlan({ ...blank, number: '457/KH-UBND', issuer: 'UBND  tỉnh Kon Tum' }, existing)?.reason).toBe('so_hieu');
    expect(findDuplicatePlan({ ...blank, title: 'tuyên truyền năm 2018', dateText: 'Kon Tum, ngày 23 tháng 02 năm 2018' }, existing)?.reason).toBe('tieu_de_ngay');
    expect(findDuplicatePlan({ ...blank, tasks: ['Phát huy  hiệu quả', 'Duy trì chuyên mục'] }, existing)?.reason).toBe('nhiem_vu');
  });
  it('a blank number template ("/KH-UBND"), a title without a date, or other tasks are not duplicates', () => {
    expect(findDuplicatePlan({ ...blank, number: '/KH-UBND' }, existing)).toBeNull();
    expect(findDuplicatePlan({ ...blank, title: 'Phụ lục' }, existing)).toBeNull();
    expect(findDuplicatePlan(blank, existing)).toBeNull();
  });
  it('whitespace and line ends do not change the appendix', () => {
    expect(normalizeAppendix('TT\tNHIỆM VỤ\r\n\r\n1.\t Việc  một \n')).toBe(normalizeAppendix('TT NHIỆM VỤ\n1. Việc một'));
  });
});
