// What the plan pages print about a plan: its date as the document gives it, and only Vietnamese.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED_DEFINITIONS } from '../../../src/lib/catalogue/definitions';
import { componentView, printedDate } from '../../../src/lib/plans/planViews';
import type { SeedPlanFile } from '../../../src/lib/plans/types';

const file: SeedPlanFile = JSON.parse(readFileSync(path.resolve('data/plans/seed_plans.json'), 'utf8'));

describe('the header date', () => {
  it('a full date prints as a date; a draft’s blank day and month stay blank (the year only); nothing printed is nothing', () => {
    expect(printedDate('2018-02-23', 'Kon Tum, ngày 23 tháng 02 năm 2018')).toBe('ngày 23/02/2018');
    expect(printedDate(null, 'Kon Tum, ngày *23* tháng *02* năm 2018')).toBe('ngày 23/02/2018');
    expect(printedDate(null, 'Bình Sơn, ngày tháng năm 2022')).toBe('năm 2022');
    expect(printedDate(null, '')).toBe('');
  });

  it('no seed plan prints "ngày tháng năm" unfilled', () => {
    for (const p of file.plans) expect(printedDate(p.date, p.dateText)).not.toMatch(/ngày\s+tháng|tháng\s+năm/);
    expect(file.plans.map((p) => printedDate(p.date, p.dateText))).toEqual(['năm 2022', 'năm 2024', 'ngày 23/02/2018', '']);
  });

  it('notes the plan shows are in Vietnamese', () => {
    for (const p of file.plans) if (p.indicesNote) expect(p.indicesNote).toMatch(/^Kế hoạch không nêu/);
  });

  it('an index not in the catalogue is named in Vietnamese, not by its code (DTI before it was added)', () => {
    const withoutDti = SHIPPED_DEFINITIONS.filter((d) => d.id !== 'dti');
    const v = componentView({ indexId: 'dti', component: 'total', tasks: [], counts: { qua_han: 1 }, suggested: 0, confirmed: 1 }, [], withoutDti);
    expect(v.indexShort).toBe('DTI');
    expect(v.name).toBe('Điểm DTI (chưa có trong danh mục chỉ số)');
    expect(v.headline).toBe('Điểm DTI (chưa có trong danh mục chỉ số): 0 nhiệm vụ, 1 quá hạn; chưa có số liệu');
    // Now that DTI is in the catalogue, its own name is used.
    expect(componentView({ indexId: 'dti', component: 'total', tasks: [], counts: {}, suggested: 0, confirmed: 0 }, [], SHIPPED_DEFINITIONS).name).not.toContain('chưa có trong danh mục');
  });
});
