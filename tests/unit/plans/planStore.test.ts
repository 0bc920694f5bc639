// Plans and reports in the real SQLite store, over the real shipped data (its units are the registry).
import { afterEach, describe, expect, it } from 'vitest';
import { SHIPPED_DEFINITIONS } from '../../../src/lib/catalogue/definitions';
import { listAudit } from '../../../src/lib/server/auth/audit';
import { createUser } from '../../../src/lib/server/auth/users';
import { seedPlansIfEmpty } from '../../../src/lib/server/plans';
import { DuplicatePlanError, importPlan } from '../../../src/lib/server/plans/importPlan';
import { editLink } from '../../../src/lib/server/plans/links';
import { editTarget, lastTargetEdits, TargetEditError } from '../../../src/lib/server/plans/targetEdits';
import { allTaskProgress, componentViewsFor, planContext } from '../../../src/lib/server/plans/planPages';
import { readPlanData } from '../../../src/lib/server/plans/planStore';
import { ForbiddenReportError, reportTargets, saveReports, setUserUnits, submitReportCsv, userUnitCodes } from '../../../src/lib/server/plans/reports';
import { appendixSlice } from '../../../src/lib/server/plans/seedPlans';
import type { Store } from '../../../src/lib/server/store/types';
import { parsePlanAppendix, rowsOfTasks } from '../../../src/lib/plans/parsePlanAppendix';
import type { PlanData } from '../../../src/lib/plans/planData';
import { readSeed } from '../../../src/lib/plans/readSeed';
import { checkReport } from '../../../src/lib/plans/reportInput';
import { storeHarness } from '../store/harness';
import { seededPlanStore } from './seededStore';

const h = storeHarness();
afterEach(() => {
  delete process.env.CHISO_DEMO_REPORTS;
});

/** A store as the app opens it: the shipped data, then the plans. */
function seeded(): Store {
  const { store, seeded } = seededPlanStore(h, new Date('2024-11-20T03:00:00Z'));
  expect(seeded).toBe(4);
  return store;
}
const count = (s: Store, table: string) => (s.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const task = (d: PlanData, plan: string, n: number) => d.tasks.find((t) => t.planId === plan && t.number === n)!;
const targetsOf = (d: PlanData, taskId: number) => d.targets.filter((t) => t.taskId === taskId);
const STT = '42:so-thong-tin-va-truyen-thong';
const TODAY = { year: 2024, month: 11, day: 20 };

function draft(d: PlanData, targetId: number, unitCode: string, period: string, value: number | null, mine: string[]) {
  const c = checkReport({ targetId, unitCode, period, value, note: '', evidence: '' }, { target: reportTargets(d, mine).get(targetId), unitName: (x) => x, today: TODAY });
  if (!c.ok) throw new Error(JSON.stringify(c.problems));
  return c.report;
}

describe('seeding the four plans', () => {
  it('writes them once, targets only, with 002 parsed from its appendix', () => {
    const s = seeded();
    expect(seedPlansIfEmpty(s)).toBe(0);
    const d = readPlanData(s);
    expect(d.plans.map((p) => [p.id, p.provinceCode])).toEqual([
      ['001', '51'],
      ['002', '42'],
      ['003', '62'],
      ['004', '26']
    ]);
    // 18 tasks from the appendix, then the 5 stated targets of "3. Chỉ tiêu cụ thể".
    expect(d.tasks.filter((t) => t.planId === '002')).toHaveLength(23);
    expect(d.tasks.filter((t) => t.planId === '002' && t.products.length > 0).map((t) => t.number)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(d.tasks.filter((t) => t.planId === '002').flatMap((t) => t.products)).toHaveLength(24);
    // The seeds publish targets, not results.
    expect(count(s, 'plan_reports')).toBe(0);
    // 001, 003, 004: their hand-entered targets, each with its sentence.
    expect(d.targets.filter((t) => t.planId === '003').map((t) => t.target.kind)).toEqual(['quota', 'quota', 'quota', 'window', 'unquantified', 'rate', 'continuous', 'window']);
    expect(d.targets.filter((t) => t.planId !== '002').every((t) => t.target.source.length > 10)).toBe(true);
  });

  it('task 16: the district group leads, 48 issues a year at 4 a month, over 2024', () => {
    const d = readPlanData(seeded());
    const t = task(d, '002', 16);
    const lead = d.units.find((u) => u.code === t.lead[0].code)!;
    expect(lead).toMatchObject({ name: 'UBND các huyện, thành phố, thị xã', kind: 'group', memberLevels: ['district'], registryCode: null });
    const [target] = targetsOf(d, t.id);
    expect(target.target).toMatchObject({ kind: 'rate', min: 4, max: 4, per: 'month', total: 48 });
    expect(target.window).toEqual({ from: { year: 2024, month: 1 }, to: { year: 2024, month: 12 } });
    expect(target.units).toEqual([lead.code]);
    expect(targetsOf(d, task(d, '002', 4).id)[0].window).toEqual({ from: { year: 2024, month: 4 }, to: { year: 2024, month: 9 } });
  });

  it('resolves units to the registry where the data knows them; groups stay groups', () => {
    const d = readPlanData(seeded());
    const unit = (code: string) => d.units.find((u) => u.code === code);
    expect(unit(STT)).toMatchObject({ name: 'Sở Thông tin và Truyền thông', kind: 'unit', registryCode: STT });
    expect(unit('42:so-tu-phap')?.registryCode).toBe('42:so-tu-phap');
    expect(unit('42')).toMatchObject({ name: 'UBND tỉnh Hà Tĩnh', registryCode: '42' });
    expect(unit('42:so-noi-vu')).toMatchObject({ registryCode: null, level: 'department' });
    expect(d.units.filter((u) => u.provinceCode === '42' && u.kind === 'group').map((u) => u.name)).toEqual(
      expect.arrayContaining(['Các sở, ban, ngành', 'UBND các huyện, thành phố, thị xã', 'UBND các xã, phường, thị trấn'])
    );
    // Three spellings of the province radio are one unit.
    expect(d.units.filter((u) => u.code === '42:dai-phat-thanh-truyen-hinh-tinh')).toHaveLength(1);
    expect([...new Set(task(d, '002', 2).lead.map((l) => l.code))]).toEqual(['42:bao-ha-tinh', '42:dai-phat-thanh-truyen-hinh-tinh']);
    // Hà Tĩnh's 13 district-level units of 2024 are units of the plan (members of the district group),
    // under the registry's code where the DDCI data knows them.
    const districts = d.units.filter((u) => u.provinceCode === '42' && u.level === 'district');
    expect(districts).toHaveLength(13);
    expect(districts.filter((u) => u.registryCode).map((u) => u.code).sort()).toEqual([
      '42:huyen-cam-xuyen', '42:huyen-huong-khe', '42:huyen-loc-ha', '42:huyen-vu-quang', '42:thanh-pho-ha-tinh', '42:thi-xa-hong-linh', '42:thi-xa-ky-anh'
    ]);
  });

  it('suggests links from what tasks say, as suggestions, only to indices the plan names; confirms those the text states', () => {
    const d = readPlanData(seeded());
    const planOf = (taskId: number) => d.tasks.find((t) => t.id === taskId)?.planId;
    expect(d.links.filter((l) => planOf(l.taskId) === '002').every((l) => l.state === 'suggested')).toBe(true);
    expect(d.links.filter((l) => l.state === 'confirmed').every((l) => l.reason.startsWith('Văn bản nêu: “'))).toBe(true);
    expect(d.links.filter((l) => l.state === 'confirmed').map((l) => `${planOf(l.taskId)}:${l.indexId}`)).toEqual([
      '003:papi', '003:pci', '004:pci', '004:par_index', '004:sipas', '004:papi', '004:dti'
    ]);
    const of = (plan: string, n: number) => d.links.filter((l) => l.taskId === task(d, plan, n).id).map((l) => `${l.indexId}:${l.component}`);
    expect(of('002', 4)).toEqual(['pci:tinh_minh_bach', 'ddci_42:tinh_minh_bach_tiep_can_thong_tin']);
    expect(of('002', 12)).toEqual(expect.arrayContaining(['pci:chi_phi_thoi_gian', 'sipas:total']));
    expect(d.links.filter((l) => d.tasks.find((t) => t.id === l.taskId)?.planId === '001')).toEqual([]);
  });
});

describe('reports', () => {
  it('are audited, append-only, and change the status of the task and of its linked component', async () => {
    const s = seeded();
    const admin = await createUser(s, { username: 'quantri', password: 'mot-mat-khau-dai', role: 'admin' });
    const rep = await createUser(s, { username: 'sotttt', password: 'mot-mat-khau-dai', role: 'viewer' });
    setUserUnits(s, rep.id, [STT], { id: admin.id });
    expect(listAudit(s, { action: 'user_changed' })[0].detail).toMatchObject({ id: rep.id, reportUnits: [STT] });

    const before = planContext(s, null);
    const d = before.data;
    const contest = targetsOf(d, task(d, '002', 4).id)[0];
    const statusOf = (ctx: ReturnType<typeof planContext>) => allTaskProgress(ctx).find((t) => t.task.id === contest.taskId)!.status;
    // On 20/11/2024 the contest's window (Quý II-III/2024) is over with nothing reported: quá hạn.
    expect(statusOf(before)).toBe('qua_han');

    const saved = saveReports(s, rep, [draft(d, contest.id, STT, '2024-09', 1, [STT])], d, { kind: 'form', ip: '10.0.0.9' });
    const [entry] = listAudit(s, { action: 'upload' });
    expect(entry).toMatchObject({ userId: rep.id, ip: '10.0.0.9', detail: { kind: 'plan_report', via: 'form', reports: saved.ids, rows: [{ target: contest.id, unit: STT, period: '2024-09', value: 1 }] } });
    expect(() => s.db.prepare('UPDATE plan_reports SET value = 5').run()).toThrow(/append-only/);
    expect(() => s.db.prepare('DELETE FROM plan_reports').run()).toThrow(/append-only/);

    const after = planContext(s, null);
    expect(statusOf(after)).toBe('dat');
    const tasks = allTaskProgress(after, after.data.plans.filter((p) => p.id === '002'));
    const comps = await componentViewsFor(after, null, tasks, after.data.links);
    const transparency = comps.find((c) => c.indexId === 'pci' && c.component === 'tinh_minh_bach')!;
    expect(transparency.counts.dat).toBe(1);
    expect(transparency.headline).toMatch(/^Tính minh bạch: \d+ nhiệm vụ, \d+ quá hạn, \d+ chậm, 1 đạt(, [^;]+)?; chưa có số liệu$/);
  });

  it('a reporter reports for their own units only; a group is reported through its members', async () => {
    const s = seeded();
    const rep = await createUser(s, { username: 'vuquang', password: 'mot-mat-khau-dai', role: 'viewer' });
    const d = readPlanData(s);
    const t16 = targetsOf(d, task(d, '002', 16).id)[0];
    const t4 = targetsOf(d, task(d, '002', 4).id)[0];
    expect(() => setUserUnits(s, rep.id, ['42:uy-ban-nhan-dan-cac-huyen-thanh-pho-thi-xa'], null)).toThrow(/nhóm đơn vị/);
    setUserUnits(s, rep.id, ['42:huyen-vu-quang'], null);
    const mine = userUnitCodes(s, rep.id);
    const allowed = reportTargets(d, mine);
    expect(allowed.get(t16.id)?.reportableUnits).toEqual(['42:huyen-vu-quang']);
    expect(allowed.get(t4.id)?.reportableUnits).toEqual([]);
    // Another unit's target, even with a well-formed draft, is refused and writes nothing.
    const foreign = { targetId: t4.id, unitCode: STT, period: '2024-09', periodFrom: '2024-09', periodTo: '2024-09', value: 1, note: '', evidenceUrl: null };
    expect(() => saveReports(s, rep, [draft(d, t16.id, '42:huyen-vu-quang', '2024-05', 4, mine), foreign], d, { kind: 'form' })).toThrow(ForbiddenReportError);
    expect(count(s, 'plan_reports') + count(s, 'plan_report_batches')).toBe(0);
    saveReports(s, rep, [draft(d, t16.id, '42:huyen-vu-quang', '2024-05', 4, mine)], d, { kind: 'form' });
    expect(count(s, 'plan_reports')).toBe(1);
  });

  it('a rejected report CSV writes nothing; a good one is stored with its bytes', async () => {
    const s = seeded();
    const rep = await createUser(s, { username: 'sotttt', password: 'mot-mat-khau-dai', role: 'viewer' });
    setUserUnits(s, rep.id, [STT], null);
    const d = readPlanData(s);
    const t4 = targetsOf(d, task(d, '002', 4).id)[0];
    const t16 = targetsOf(d, task(d, '002', 16).id)[0];
    const enc = (x: string) => new TextEncoder().encode(x);
    const auditBefore = listAudit(s).length;
    const bad = submitReportCsv(s, rep, enc(`Mã mục tiêu;Kỳ;Giá trị\n${t4.id};09/2024;1\n${t4.id};13/2024;1\n`), { data: d, today: TODAY, preview: false });
    expect(bad).toMatchObject({ status: 400, saved: null });
    expect(bad.result.issues.map((i) => i.message)).toEqual(['Dòng 3, cột "Kỳ": “13/2024” không phải là kỳ báo cáo: ghi tháng (05/2024) hoặc quý (Quý II/2024).']);
    const forbidden = submitReportCsv(s, rep, enc(`Mã mục tiêu;Đơn vị;Kỳ;Giá trị\n${t16.id};Huyện Vũ Quang;05/2024;4\n`), { data: d, today: TODAY, preview: false });
    expect(forbidden.status).toBe(403);
    expect(count(s, 'plan_reports') + count(s, 'plan_report_batches')).toBe(0);
    expect(listAudit(s)).toHaveLength(auditBefore);

    const bytes = enc(`Mã mục tiêu;Kỳ;Giá trị;Ghi chú\n${t4.id};Quý III/2024;1;Đã tổ chức\n`);
    expect(submitReportCsv(s, rep, bytes, { data: d, today: TODAY, preview: true }).saved).toBeNull();
    expect(count(s, 'plan_reports')).toBe(0);
    const ok = submitReportCsv(s, rep, bytes, { data: d, today: TODAY, preview: false, fileName: 'bao-cao.csv' });
    expect(ok.status).toBe(200);
    const batch = s.db.prepare('SELECT kind, file_name, file_bytes, row_count FROM plan_report_batches').get() as { kind: string; file_name: string; file_bytes: Buffer; row_count: number };
    expect(batch).toMatchObject({ kind: 'csv', file_name: 'bao-cao.csv', row_count: 1 });
    expect(Buffer.compare(batch.file_bytes, Buffer.from(bytes))).toBe(0);
    expect(listAudit(s, { action: 'upload' })[0].detail).toMatchObject({ kind: 'plan_report', via: 'csv', file: 'bao-cao.csv', reports: ok.saved!.ids });
  });
});

describe('importing an appendix', () => {
  it('seed 002 pasted and saved gives the same tasks, units, targets and links as the seeded plan', async () => {
    const s = seeded();
    const ed = await createUser(s, { username: 'bientap', password: 'mot-mat-khau-dai', role: 'editor' });
    const text = appendixSlice(readSeed('002_525e336b753c34f2.txt'));
    const rows = rowsOfTasks(parsePlanAppendix(text).tasks);
    const input = { title: 'Kế hoạch nhập lại', issuer: 'UBND tỉnh Hà Tĩnh', province: 'Hà Tĩnh', number: '', dateText: '', periodFrom: 2024, periodTo: 2024, indices: ['pci', 'ddci_42', 'sipas'], rows, appendixText: text };
    const shape = (d: PlanData, plan: string) =>
      d.tasks
        .filter((t) => t.planId === plan && t.number <= 18)
        .map((t) => ({
          number: t.number,
          content: t.content,
          products: t.products.map(({ id: _i, line: _l, ...p }) => p),
          lead: t.lead.map((u) => u.code),
          cooperating: t.cooperating.map((u) => u.code),
          targets: targetsOf(d, t.id).map((x) => ({ target: x.target, window: x.window, units: x.units })),
          links: d.links.filter((l) => l.taskId === t.id).map((l) => [l.indexId, l.component, l.state])
        }));
    const seededShape = shape(readPlanData(s), '002');
    // The appendix is already there (seed 002): nothing is saved, the user is told which plan and why.
    expect(() => importPlan(s, input, { id: ed.id })).toThrow(DuplicatePlanError);
    try {
      importPlan(s, input, { id: ed.id });
    } catch (e) {
      expect((e as DuplicatePlanError).duplicate).toEqual({ planId: '002', title: expect.stringContaining('Hà Tĩnh năm 2024'), reason: 'noi_dung' });
      expect((e as Error).message).toMatch(/^Kế hoạch này đã được nhập: .* \(mã 002\) có cùng nội dung phụ lục\. Chọn “Thay thế kế hoạch cũ”/);
    }
    expect(readPlanData(s).plans.map((p) => p.id)).toEqual(['001', '002', '003', '004']);
    // Pasted again with other whitespace, and with other spacing: still the same appendix.
    expect(() => importPlan(s, { ...input, appendixText: text.replace(/\t/g, ' \t').replace(/\n/g, '\r\n\n') }, { id: ed.id })).toThrow(/cùng nội dung phụ lục/);
    // Without the pasted text, the same tasks give it away.
    expect(() => importPlan(s, { ...input, appendixText: '' }, { id: ed.id })).toThrow(/cùng danh sách nhiệm vụ/);
    // Replace: the new plan takes its place; the old one is hidden, not deleted; audited.
    const r = importPlan(s, { ...input, replace: '002' }, { id: ed.id });
    expect(r).toMatchObject({ planId: 'kh-005', tasks: 18, replaced: '002' });
    const d = readPlanData(s);
    expect(d.plans.map((p) => p.id)).toEqual(['001', '003', '004', 'kh-005']);
    expect(d.tasks.some((t) => t.planId === '002')).toBe(false);
    expect(s.db.prepare(`SELECT replaced_by FROM plans WHERE id = '002'`).get()).toEqual({ replaced_by: 'kh-005' });
    expect(shape(d, 'kh-005')).toEqual(seededShape);
    expect(listAudit(s, { action: 'upload' })[0]).toMatchObject({ userId: ed.id, detail: { kind: 'plan_import', plan: 'kh-005', tasks: 18, replaces: '002', reason: 'noi_dung' } });
  });
});

describe('links and the demo data set', () => {
  it('a user confirms, removes and adds links; each change is audited', async () => {
    const s = seeded();
    const ed = await createUser(s, { username: 'bientap', password: 'mot-mat-khau-dai', role: 'editor' });
    const d = readPlanData(s);
    const t4 = task(d, '002', 4);
    const [pciLink, ddciLink] = d.links.filter((l) => l.taskId === t4.id);
    editLink(s, { action: 'confirm', linkId: pciLink.id }, SHIPPED_DEFINITIONS, { id: ed.id });
    editLink(s, { action: 'remove', linkId: ddciLink.id }, SHIPPED_DEFINITIONS, { id: ed.id });
    editLink(s, { action: 'add', taskId: t4.id, indexId: 'pci', component: 'tinh_nang_dong' }, SHIPPED_DEFINITIONS, { id: ed.id });
    expect(() => editLink(s, { action: 'add', taskId: t4.id, indexId: 'pci', component: 'khong_co' }, SHIPPED_DEFINITIONS, { id: ed.id })).toThrow();
    const after = readPlanData(s).links.filter((l) => l.taskId === t4.id);
    expect(after.map((l) => [l.component, l.state, l.updatedBy])).toEqual([
      ['tinh_minh_bach', 'confirmed', ed.id],
      ['tinh_nang_dong', 'confirmed', ed.id]
    ]);
    expect(listAudit(s, { action: 'catalogue_changed' }).map((a) => a.detail.action)).toEqual(['add', 'remove', 'confirm']);
  });

  it('an editor changes a saved target; before and after are audited, a bad value writes nothing', async () => {
    const s = seeded();
    const ed = await createUser(s, { username: 'bientap', password: 'mot mat khau dai', role: 'editor', indices: ['pci'] });
    const d = readPlanData(s);
    // The first countable target of the seeded plans, whatever kind it is.
    const row = d.targets.find((t) => ['rate', 'total', 'percent', 'quota'].includes(t.target.kind))!;
    const raw = () => s.db.prepare('SELECT json, window_from, window_to FROM plan_targets WHERE id = ?').get(row.id);
    const before = raw();
    for (const [input, field] of [
      [{ value: '-3' }, 'value'],
      [{ value: 'hai' }, 'value'],
      [{ value: '0' }, 'value'],
      [{ value: '9'.repeat(30) }, 'value'],
      [{ from: '2025-13' }, 'from'],
      [{ from: '2026-06', to: '2026-01' }, 'to']
    ] as const) {
      const err = (() => {
        try {
          editTarget(s, row.id, input, { id: ed.id });
        } catch (e) {
          return e;
        }
      })();
      expect(err, JSON.stringify(input)).toBeInstanceOf(TargetEditError);
      expect((err as TargetEditError).field).toBe(field);
      expect((err as Error).message).toMatch(/[àáảãạăâđêôơư]/);
    }
    expect(raw()).toEqual(before);
    expect(() => editTarget(s, 999_999, { value: '2' }, { id: ed.id })).toThrow(TargetEditError);
    expect(listAudit(s, { action: 'catalogue_changed' })).toEqual([]);

    editTarget(s, row.id, { value: '7', to: '2026-12' }, { id: ed.id }, '10.0.0.1');
    const after = readPlanData(s).targets.find((t) => t.id === row.id)!;
    expect(after.window.to).toEqual({ year: 2026, month: 12 });
    const t = after.target;
    expect(t.kind === 'rate' ? t.min : t.kind === 'percent' ? t.percent : 'amount' in t ? t.amount : null).toBe(7);
    const [entry] = listAudit(s, { action: 'catalogue_changed' });
    expect(entry.detail).toMatchObject({ kind: 'plan_target', target: row.id, before: { target: row.target }, after: { to: '2026-12' } });
    expect(entry.userId).toBe(ed.id);
    expect(lastTargetEdits(s, [row.id]).get(row.id)).toMatchObject({ by: 'bientap', count: 1 });
    // Saving the same again changes nothing and audits nothing.
    editTarget(s, row.id, { value: '7', to: '2026-12' }, { id: ed.id });
    expect(listAudit(s, { action: 'catalogue_changed' }).length).toBe(1);
  });

  it('demo actuals are off by default, and when on they replace (never join) the store’s reports', async () => {
    const s = seeded();
    expect(planContext(s, null).data).toMatchObject({ demo: null, reports: [] });
    process.env.CHISO_DEMO_REPORTS = '1';
    const ctx = planContext(s, null);
    expect(ctx.data.demo?.id).toBe('bao-cao-minh-hoa');
    expect(ctx.data.reports.length).toBeGreaterThan(50);
    expect(ctx.data.reports.every((r) => r.batchId == null && r.userId == null)).toBe(true);
    expect(count(s, 'plan_reports')).toBe(0);
  });
});
