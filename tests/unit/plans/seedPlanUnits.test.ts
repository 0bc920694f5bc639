// Whole plans from the documents: each seed's targets, for every unit the text names, counted against
// the seed text and against the pre-2025 unit list (data/plans/units_pre2025.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/lib/data/observation';
import type { AdminUnitsFile } from '../../../src/lib/plans/adminUnits';
import type { PlanData, TargetRow } from '../../../src/lib/plans/planData';
import { reportingUnits } from '../../../src/lib/plans/progress';
import { readSeed } from '../../../src/lib/plans/readSeed';
import { seedPlansIfEmpty } from '../../../src/lib/server/plans';
import { readPlanData } from '../../../src/lib/server/plans/planStore';
import { buildDataset, readShippedFiles } from '../../../src/lib/server/shippedData';
import { storeHarness } from '../store/harness';

const h = storeHarness();
const admin: AdminUnitsFile = JSON.parse(readFileSync(path.resolve('data/plans/units_pre2025.json'), 'utf8'));
const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');
const text = (file: string) => collapse(readSeed(file));
let d: PlanData;

beforeAll(() => {
  const s = h.open(undefined, { now: () => new Date('2024-11-20T03:00:00Z') });
  const byIndex = new Map<string, Observation[]>();
  for (const o of buildDataset(readShippedFiles()).observations) {
    if (!byIndex.has(o.index_id)) byIndex.set(o.index_id, []);
    byIndex.get(o.index_id)!.push(o);
  }
  for (const [id, rows] of byIndex) s.seedIfEmpty(id, rows, 'test');
  seedPlansIfEmpty(s);
  d = readPlanData(s);
});

const province = (code: string) => admin.provinces.find((p) => p.code === code)!;
const communesOf = (code: string, district?: string) =>
  province(code).districts.filter((x) => !district || x.name === district).flatMap((x) => x.communes ?? []);
const targets = (plan: string) => d.targets.filter((t) => t.planId === plan);
const reporters = (t: TargetRow) => reportingUnits(t, d.units);
const levelsOf = (t: TargetRow) => {
  const out: Record<string, number> = {};
  for (const r of reporters(t)) {
    const l = d.units.find((u) => u.code === r.code)?.level ?? '?';
    out[l] = (out[l] ?? 0) + 1;
  }
  return out;
};
const pick = (plan: string, kind: string, pred: (t: TargetRow) => boolean = () => true) => targets(plan).filter((t) => t.target.kind === kind && pred(t));

describe('the pre-2025 unit list', () => {
  it('names its source and dates each province’s list', () => {
    expect(admin.source.name).toMatch(/Tổng cục Thống kê/);
    for (const p of admin.provinces) expect(p.asOf).toMatch(/^20(22|24)-\d\d-01$/);
  });
  it('Hà Tĩnh had 13 district-level units and 216 communes; Kon Tum 10 and 102; Vĩnh Phúc 9; Quảng Ngãi 13, Bình Sơn 22 communes', () => {
    expect(province('42').districts).toHaveLength(13);
    expect(communesOf('42')).toHaveLength(216);
    expect(province('62').districts).toHaveLength(10);
    expect(communesOf('62')).toHaveLength(102);
    expect(province('26').districts).toHaveLength(9);
    expect(province('51').districts).toHaveLength(13);
    expect(communesOf('51', 'Huyện Bình Sơn')).toHaveLength(22);
  });
});

describe('seed 001 (Bình Sơn): every unit × target of "II. MỤC TIÊU CỤ THỂ"', () => {
  const src = text('001_e0df102b173ac995.txt');
  const section = src.slice(src.indexOf('II. MỤC TIÊU CỤ THỂ'), src.indexOf('III. NỘI DUNG TUYÊN TRUYỀN'));

  it('the three percentages of the text, and no task is a section heading', () => {
    expect(section.match(/\d+%/g)).toEqual(['100%', '100%', '90%']);
    expect(pick('001', 'percent').map((t) => t.target.kind === 'percent' && t.target.percent)).toEqual([100, 100, 90]);
    for (const t of d.tasks.filter((x) => x.planId === '001')) expect(t.content).not.toMatch(/^[IVX]+\. /);
  });

  it('portals: the 7 district offices the plan names and each of Bình Sơn’s 22 communes', () => {
    const [portal] = pick('001', 'percent', (t) => t.target.source.includes('Cổng/trang'));
    expect(levelsOf(portal).commune).toBe(22);
    expect(reporters(portal).filter((r) => !r.viaGroup)).toHaveLength(7);
  });

  it('radio stations and post offices: each commune of Bình Sơn (22), none of Quảng Ngãi’s other districts', () => {
    for (const t of pick('001', 'percent', (x) => !x.target.source.includes('Cổng/trang'))) {
      expect(levelsOf(t)).toEqual({ commune: 22 });
      expect(reporters(t).every((r) => r.code.startsWith('51:huyen-binh-son:'))).toBe(true);
    }
  });
});

describe('seed 002 (Hà Tĩnh): "3. Chỉ tiêu cụ thể" and the 13 districts', () => {
  const src = text('002_525e336b753c34f2.txt');
  const section = src.slice(src.indexOf('3. Chỉ tiêu cụ thể'), src.indexOf('II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN'));

  it('every percentage of the section is a target (6), in tasks numbered after the appendix’s 18', () => {
    expect(section.match(/\d+%/g)).toHaveLength(6);
    const stated = pick('002', 'percent');
    expect(stated).toHaveLength(6);
    const numbers = stated.map((t) => d.tasks.find((x) => x.id === t.taskId)!.number);
    expect(Math.min(...numbers)).toBeGreaterThan(18);
  });

  it('"UBND các huyện, thành phố, thị xã" is the 13 district-level units; "UBND các xã, phường, thị trấn" the 216 communes', () => {
    const t16 = d.tasks.find((t) => t.planId === '002' && t.number === 16)!;
    const [target] = d.targets.filter((t) => t.taskId === t16.id);
    expect(levelsOf(target)).toEqual({ district: 13 });
    const t17 = d.tasks.find((t) => t.planId === '002' && t.number === 17)!;
    const communeTarget = d.targets.filter((t) => t.taskId === t17.id).find((t) => reporters(t).length > 1)!;
    expect(levelsOf(communeTarget)).toEqual({ commune: 216 });
  });

  it('radio and post offices: each of the 216 communes; portals: departments, 13 districts and 216 communes', () => {
    const radio = pick('002', 'percent', (t) => t.target.kind === 'percent' && t.target.of.startsWith('Đài truyền thanh'))[0];
    expect(levelsOf(radio)).toEqual({ commune: 216 });
    const post = pick('002', 'percent', (t) => t.target.kind === 'percent' && t.target.of.startsWith('điểm Bru điện'))[0];
    expect(levelsOf(post)).toEqual({ commune: 216 });
    const portal = pick('002', 'percent', (t) => t.target.kind === 'percent' && t.target.of.startsWith('Cổng/Trang'))[0];
    expect(levelsOf(portal)).toMatchObject({ district: 13, commune: 216 });
    expect(levelsOf(portal).department).toBeGreaterThan(5);
  });
});

describe('seed 003 (Kon Tum): quotas per unit and monthly articles', () => {
  const src = text('003_f617ae68c29cd72d.txt');
  const quota = (n: number) => pick('003', 'quota', (t) => t.target.kind === 'quota' && t.target.amount === n)[0];

  it('the text’s three quotas', () => {
    expect(src.match(/mỗi (đơn vị|huyện) 0\d người/g)).toEqual(['mỗi đơn vị 03 người', 'mỗi huyện 06 người', 'mỗi đơn vị 02 người']);
    expect(pick('003', 'quota')).toHaveLength(3);
  });

  it('6 people × each of the 10 districts, 2 × each of the 102 communes, in Quý II-2018', () => {
    expect(levelsOf(quota(6))).toEqual({ district: 10 });
    expect(levelsOf(quota(2))).toEqual({ commune: 102 });
    expect(quota(6).window).toEqual({ from: { year: 2018, month: 4 }, to: { year: 2018, month: 6 } });
  });

  it('at least 01 article a month for each unit: the departments and management board named, and each of the 10 districts', () => {
    const [rate] = pick('003', 'rate');
    expect(rate.target).toMatchObject({ min: 1, per: 'month' });
    const l = levelsOf(rate);
    expect(l.district).toBe(10);
    expect(l.department).toBeGreaterThanOrEqual(5); // Sở Nội vụ, TT&TT, Tư pháp, KH&CN, Ban Quản lý Khu kinh tế tỉnh
  });

  it('section 2.1, which names PAPI and PCI, is a task linked to both, confirmed', () => {
    const t = d.tasks.find((x) => x.planId === '003' && x.content === 'Đối với cán bộ, công chức, viên chức')!;
    const links = d.links.filter((l) => l.taskId === t.id && l.state === 'confirmed').map((l) => l.indexId);
    expect(links.sort()).toEqual(['papi', 'pci']);
    expect(src).toContain('(PAPI), chỉ số năng lực cạnh tranh cấp tỉnh (PCI)');
  });
});

describe('seed 004 (Vĩnh Phúc): content e) and its five indices', () => {
  it('is a task linked, confirmed, to PCI, PAR INDEX, SIPAS, PAPI and DTI', () => {
    const src = text('004_32f0e46036a135d6.txt');
    const t = d.tasks.find((x) => x.planId === '004' && x.content.startsWith('Tuyên truyền đối với nội dung, kết quả các Chỉ số'))!;
    const links = d.links.filter((l) => l.taskId === t.id && l.state === 'confirmed');
    expect(links.map((l) => l.indexId)).toEqual(['pci', 'par_index', 'sipas', 'papi', 'dti']);
    for (const l of links) expect(l.reason).toContain('(DTI)');
    for (const name of ['(PCI)', '(PAR INDEX)', '(SIPAS)', '(PAPI)', '(DTI)']) expect(src).toContain(name);
    // The other contents a)–đ) are tasks too, and the office's reporting duty.
    expect(d.tasks.filter((x) => x.planId === '004')).toHaveLength(7);
  });
});
