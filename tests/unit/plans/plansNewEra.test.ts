// Plans in both eras (issue 12): a plan issued from 1/7/2025 names one of the 34 provinces and its
// communes (data/plans/units_2025.json); one issued before keeps its 63-province units and its huyện.
// The 2026 appendix is a placeholder written for this test (tests/fixtures/plans/README.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/lib/server/auth/audit';
import { createUser } from '../../../src/lib/server/auth/users';
import { importPlan } from '../../../src/lib/server/plans/importPlan';
import { allTaskProgress, planContext } from '../../../src/lib/server/plans/planPages';
import { listUnits, readPlanData } from '../../../src/lib/server/plans/planStore';
import { setTargetUnit, TargetEditError } from '../../../src/lib/server/plans/targetEdits';
import type { Store } from '../../../src/lib/server/store/types';
import { parsePlanAppendix, rowsOfTasks } from '../../../src/lib/plans/parsePlanAppendix';
import { isMemberOf } from '../../../src/lib/plans/planUnits';
import { storeHarness } from '../store/harness';
import { seededPlanStore } from './seededStore';

const h = storeHarness();
const seeded = (): Store => seededPlanStore(h, new Date('2026-12-04T03:00:00Z')).store;

const TEXT = readFileSync(path.resolve('tests/fixtures/plans/plan_2026_tuyen_quang_placeholder.txt'), 'utf8');
const units2025 = JSON.parse(readFileSync(path.resolve('data/plans/units_2025.json'), 'utf8')) as {
  provinces: { unit: string; communes: { code: string; name: string }[] }[];
};
const tuyenQuangCommunes = units2025.provinces.find((p) => p.unit === 'Tuyên Quang')!.communes;
const input = (over: Partial<Parameters<typeof importPlan>[1]> = {}) => ({
  title: 'Kế hoạch tuyên truyền cải cách hành chính năm 2026',
  issuer: 'UBND tỉnh Tuyên Quang',
  province: 'Tuyên Quang',
  number: '12/KH-UBND',
  dateText: 'ngày 15/01/2026',
  periodFrom: 2026,
  periodTo: 2026,
  indices: ['par_index', 'sipas', 'pci'],
  rows: rowsOfTasks(parsePlanAppendix(TEXT).tasks),
  appendixText: TEXT,
  ...over
});

describe('a plan dated 2026 is a plan of the 34 provinces', () => {
  it('names the new Tuyên Quang, and offers its communes from the official list, with no district level', async () => {
    const s = seeded();
    const ed = await createUser(s, { username: 'bientap', password: 'mot-mat-khau-dai', role: 'editor' });
    const r = importPlan(s, input(), { id: ed.id });
    const plan = readPlanData(s).plans.find((p) => p.id === r.planId)!;
    expect(plan).toMatchObject({ provinceCode: 'n:tuyen-quang', province: 'Tuyên Quang', date: '2026-01-15' });
    const units = listUnits(s).filter((u) => u.provinceCode === 'n:tuyen-quang');
    const communes = units.filter((u) => u.level === 'commune');
    expect(communes).toHaveLength(tuyenQuangCommunes.length);
    expect(new Set(communes.map((c) => c.name))).toEqual(new Set(tuyenQuangCommunes.map((c) => c.name)));
    expect(units.some((u) => u.level === 'district')).toBe(false);
    // "Phường Hà Giang 1": the old province's capital is a ward of the new Tuyên Quang.
    expect(communes.some((c) => c.name === 'Phường Hà Giang 1')).toBe(true);
    // "UBND các xã, phường" has every commune of the province as a member, and none of another.
    const group = units.find((u) => u.kind === 'group' && u.memberLevels.includes('commune'))!;
    expect(units.filter((u) => isMemberOf(u, group))).toHaveLength(tuyenQuangCommunes.length);
    expect(listUnits(s).filter((u) => isMemberOf(u, group) && u.provinceCode !== 'n:tuyen-quang')).toEqual([]);
    // The task whose lead is that group expects a report from each commune.
    const ctx = planContext(s, new URL('http://x/ke-hoach'));
    const tp = allTaskProgress(ctx, [plan]).find((t) => t.task.number === 2)!;
    expect(tp.targets[0].units.length).toBe(tuyenQuangCommunes.length);
  });

  it('refuses an old province’s name in a 2026 plan, saying what it became', async () => {
    const s = seeded();
    const ed = await createUser(s, { username: 'bientap', password: 'mot-mat-khau-dai', role: 'editor' });
    expect(() => importPlan(s, input({ province: 'Hà Giang' }), { id: ed.id })).toThrow(
      /“Hà Giang” là tỉnh cũ Hà Giang \(trước 1\/7\/2025\), nay thuộc tỉnh Tuyên Quang \(gồm Tuyên Quang, Hà Giang\)/
    );
    expect(readPlanData(s).plans.map((p) => p.id)).toEqual(['001', '002', '003', '004']);
  });

  it('keeps an old-era plan on the 63 provinces: the same file dated 2024 is the old Tuyên Quang', async () => {
    const s = seeded();
    const ed = await createUser(s, { username: 'bientap', password: 'mot-mat-khau-dai', role: 'editor' });
    const r = importPlan(s, input({ dateText: 'ngày 15/01/2024', periodFrom: 2024, periodTo: 2024 }), { id: ed.id });
    expect(readPlanData(s).plans.find((p) => p.id === r.planId)).toMatchObject({ provinceCode: '08', date: '2024-01-15' });
    expect(listUnits(s).some((u) => u.provinceCode === 'n:tuyen-quang')).toBe(false);
  });
});

describe('giving a target to a commune', () => {
  it('adds a commune to a target, audited; refuses groups, other provinces, repeats and the last unit', async () => {
    const s = seeded();
    const ed = await createUser(s, { username: 'bientap', password: 'mot-mat-khau-dai', role: 'editor' });
    const { planId } = importPlan(s, input(), { id: ed.id });
    const d = readPlanData(s);
    const t3 = d.tasks.find((t) => t.planId === planId && t.number === 3)!;
    const target = d.targets.find((t) => t.taskId === t3.id)!;
    const lungCu = listUnits(s).find((u) => u.provinceCode === 'n:tuyen-quang' && u.name === 'Xã Lũng Cú')!;
    setTargetUnit(s, target.id, lungCu.code, true, { id: ed.id }, '10.0.0.2');
    expect(readPlanData(s).targets.find((t) => t.id === target.id)!.units).toContain(lungCu.code);
    expect(listAudit(s, { action: 'catalogue_changed' })[0]).toMatchObject({
      userId: ed.id,
      ip: '10.0.0.2',
      detail: { kind: 'plan_target_unit', target: target.id, unit: lungCu.code, change: 'added' }
    });

    const refuse = (code: string, assign: boolean) => {
      try {
        setTargetUnit(s, target.id, code, assign, { id: ed.id });
      } catch (e) {
        expect(e).toBeInstanceOf(TargetEditError);
        return (e as Error).message;
      }
      throw new Error('not refused');
    };
    const group = listUnits(s).find((u) => u.provinceCode === 'n:tuyen-quang' && u.kind === 'group')!;
    expect(refuse(group.code, true)).toMatch(/là một nhóm đơn vị/);
    expect(refuse('42:so-noi-vu', true)).toMatch(/không thuộc tỉnh, thành phố của kế hoạch/);
    expect(refuse(lungCu.code, true)).toMatch(/đã được giao/);
    expect(refuse('khong-co', true)).toMatch(/Không có đơn vị này/);
    // Back to one unit, which cannot be taken away.
    setTargetUnit(s, target.id, lungCu.code, false, { id: ed.id });
    const [only] = readPlanData(s).targets.find((t) => t.id === target.id)!.units;
    expect(refuse(only, false)).toMatch(/cần ít nhất một đơn vị/);
    expect(listAudit(s, { action: 'catalogue_changed' })).toHaveLength(2);
  });
});
