// Plans end to end, as the people who use them: an admin pastes seed 002's appendix from Word, fixes a
// cell the parser could not read, is told the appendix is already there (seed 002) and replaces it;
// assigns a reporter to Sở Thông tin và Truyền thông; the reporter reports; the task and the index
// component it is linked to change status; the leader's summary puts quá hạn first, each unit with the
// index components its tasks serve. The server's day is pinned to 10/12/2026 (CHISO_TODAY): the 2024
// tasks are long over. Real server, real store, real Chromium. Every view is screenshot at 1280×900.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launch, screenshot, startServer, watchedPage, type Server, signIn } from './harness';
import { readSeed } from '../../src/lib/plans/readSeed';

const ADMIN = { user: 'quantri', pass: randomBytes(12).toString('base64url') };
const REPORTER = { user: 'sotttt', pass: randomBytes(12).toString('base64url') };
const STT = '42:so-thong-tin-va-truyen-thong';

// The PHỤ LỤC as it stands in the seed: heading, the table with its page breaks, the "Tổng" row.
const SEED = readSeed('002_525e336b753c34f2.txt');
const APPENDIX = SEED.slice(SEED.indexOf('**PHỤ LỤC**'), SEED.indexOf('\n', SEED.indexOf('<b>Tổng</b>')) + 1);

let server: Server;
let browser: Browser;
let planId = '';

beforeAll(async () => {
  server = await startServer({ CHISO_ADMIN_USER: ADMIN.user, CHISO_ADMIN_PASSWORD: ADMIN.pass, CHISO_TODAY: '2026-12-10' });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const taskStatus = (page: Page, n: number) => page.getAttribute(`[data-testid="plan-task"][data-task="${n}"]`, 'data-status');
const transparency = (page: Page) => page.locator('[data-testid="plan-component"][data-index="pci"][data-component="tinh_minh_bach"] [data-testid="component-headline"]').textContent();

describe('plans, targets and reports', () => {
  it('shows the four seed plans with targets only: nothing reported, nothing invented; in December 2026 the 2024 tasks are quá hạn', async () => {
    const w = await watchedPage(browser);
    try {
      await w.page.goto(`${server.url}/ke-hoach`);
      expect(await w.page.locator('[data-testid="plan-card"]').count()).toBe(4);
      expect(await w.page.locator('[data-testid="demo-banner"]').count()).toBe(0);
      // The header prints the date as the document gives it: the drafts' blank day and month stay blank.
      const meta = await w.page.locator('[data-testid="plan-card"] .meta').allTextContents();
      expect(meta.join(' ')).not.toMatch(/ngày\s+tháng/);
      expect(await w.page.textContent('[data-testid="plan-card"][data-plan="003"] .meta')).toContain('Số 457/KH-UBND · ngày 23/02/2018 · năm 2018');
      await screenshot(w.page, 'plans-list');
      await w.page.goto(`${server.url}/ke-hoach/002`);
      // 18 tasks of the appendix and the 5 stated targets of "3. Chỉ tiêu cụ thể".
      expect(await w.page.locator('[data-testid="plan-task"]').count()).toBe(23);
      const statuses = await w.page.locator('[data-testid="plan-task"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
      expect(new Set(statuses)).toEqual(new Set(['qua_han']));
      expect(await w.page.textContent('main')).not.toMatch(/ngày\s+tháng\s+năm/);
      // Beside the component, Hà Tĩnh's published trend: PCI Tính minh bạch 5,70 (2022) → 5,95 (2023).
      expect(await transparency(w.page)).toMatch(/^Tính minh bạch: \d+ nhiệm vụ, \d+ quá hạn; 5,70 \(2022\) → 5,95 \(2023\)$/);
      await screenshot(w.page, 'plans-plan-002');
      await w.page.goto(`${server.url}/ke-hoach/002/nhiem-vu/16`);
      expect(await w.page.textContent('h1')).toBe('Nhiệm vụ 16. Tuyên truyền trên sóng truyền thanh các huyện, thành phố, thị xã');
      expect(await w.page.textContent('[data-testid="task-target"] h3')).toContain('48 số (04 số/tháng)');
      // The district group reports through Hà Tĩnh's 13 district-level units of 2024, each one late.
      expect(await w.page.locator('[data-testid="target-unit"]').count()).toBe(13);
      expect(await w.page.locator('[data-testid="target-unit"][data-status="qua_han"]').count()).toBe(13);
      await screenshot(w.page, 'plans-task-16');
      // Seed 003: 6 people from each of Kon Tum's 10 districts; §2.1 linked to PAPI and PCI as the text says.
      await w.page.goto(`${server.url}/ke-hoach/003`);
      const contents = await w.page.locator('[data-testid="plan-task"] .content').allTextContents();
      expect(contents).toContain('Đối với cán bộ, công chức, viên chức');
      await w.page.goto(`${server.url}/ke-hoach/003/nhiem-vu/2`);
      expect(await w.page.locator('[data-testid="link-stated"]').count()).toBe(2);
      await w.page.goto(`${server.url}/ke-hoach/004/nhiem-vu/6`);
      expect(await w.page.locator('[data-testid="link-stated"]').count()).toBe(5);
      // DTI is in the catalogue now: named as an index, never by its code.
      expect(await w.page.textContent('[data-testid="task-links"]')).toContain('DTI');
      expect(await w.page.textContent('[data-testid="task-links"]')).not.toContain('dti');
      expect(w.consoleErrors).toEqual([]);
      expect(w.external).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('an admin pastes the appendix, fixes one cell in the preview, saves it', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, ADMIN);
      await w.page.goto(`${server.url}/ke-hoach/nhap`);
      await w.page.waitForSelector('[data-testid="appendix-read"][data-hydrated="true"]');
      await w.page.fill('[data-testid="appendix-text"]', APPENDIX);
      await w.page.click('[data-testid="appendix-read"]');
      await w.page.waitForSelector('[data-testid="appendix-preview"]');
      expect(await w.page.getAttribute('[data-testid="appendix-summary"]', 'data-tasks')).toBe('18');
      expect(await w.page.locator('[data-testid="preview-row"]').count()).toBe(24);
      expect(await w.page.textContent('[data-testid="appendix-warnings"]')).toContain('Định kỳ theo lịch Ban Tuyên giáo Tỉnh ủy');
      // Task 9's schedule "Định kỳ theo lịch Ban Tuyên giáo Tỉnh ủy" cannot be counted: the user knows it is quarterly.
      const i = await w.page.locator('textarea[data-col="number"]').evaluateAll((els) => els.findIndex((e) => (e as HTMLTextAreaElement).value === '9.'));
      expect(i).toBeGreaterThan(0);
      const nine = w.page.locator(`[data-testid="preview-row"][data-row="${i}"]`);
      await nine.locator('textarea[data-col="time"]').fill('01 lần/quý');
      expect(await nine.locator('[data-testid="preview-read"]').textContent()).toContain('01 lần/quý');
      expect(await w.page.locator('[data-testid="appendix-warnings"]').count()).toBe(0);
      // Pre-filled from "(Kèm theo Kế hoạch … của UBND tỉnh Hà Tĩnh)".
      expect(await w.page.inputValue('[data-testid="meta-issuer"]')).toBe('UBND tỉnh Hà Tĩnh');
      expect(await w.page.inputValue('[data-testid="meta-province"]')).toBe('Hà Tĩnh');
      await w.page.fill('[data-testid="meta-title"]', 'Tuyên truyền CCHC, PCI, DDCI tỉnh Hà Tĩnh năm 2024 (nhập từ phụ lục)');
      await w.page.check('input[type="checkbox"][value="pci"]');
      await w.page.check('input[type="checkbox"][value="ddci_42"]');
      await screenshot(w.page, 'plans-import-preview');
      await w.page.click('[data-testid="appendix-save"]');
      // Seed 002 is this appendix: nothing is saved, the user is told which plan and offered a choice.
      await w.page.waitForSelector('[data-testid="import-duplicate"]');
      expect(await w.page.getAttribute('[data-testid="import-duplicate"]', 'data-plan')).toBe('002');
      expect(await w.page.textContent('[data-testid="import-duplicate"]')).toMatch(/Kế hoạch này đã được nhập: .*\(mã 002\) có cùng (nội dung phụ lục|danh sách nhiệm vụ)\./);
      await screenshot(w.page, 'plans-import-duplicate');
      await w.page.click('[data-testid="duplicate-cancel"]');
      expect(await w.page.locator('[data-testid="import-duplicate"]').count()).toBe(0);
      expect(await w.page.locator('[data-testid="import-done"]').count()).toBe(0);
      // Saved again, and this time it replaces the seeded plan.
      await w.page.click('[data-testid="appendix-save"]');
      await w.page.waitForSelector('[data-testid="import-duplicate"]');
      await w.page.click('[data-testid="duplicate-replace"]');
      await w.page.waitForSelector('[data-testid="import-done"]');
      planId = (await w.page.getAttribute('[data-testid="import-done"]', 'data-plan')) ?? '';
      expect(planId).toMatch(/^kh-\d{3}$/);
      expect(await w.page.textContent('[data-testid="import-done"]')).toContain('thay thế kế hoạch 002');
      await w.page.goto(`${server.url}/ke-hoach`);
      expect(await w.page.locator('[data-testid="plan-card"]').count()).toBe(4);
      expect(await w.page.locator('[data-testid="plan-card"][data-plan="002"]').count()).toBe(0);

      await w.page.goto(`${server.url}/ke-hoach/${planId}/nhiem-vu/9`);
      expect(await w.page.textContent('[data-testid="task-target"] h3')).toContain('01 lần/quý');
      // Task 4's links were suggested from its words; the admin confirms the PCI one.
      await w.page.goto(`${server.url}/ke-hoach/${planId}/nhiem-vu/4`);
      await w.page.waitForSelector('[data-testid="task-links"][data-hydrated="true"]');
      const pciLink = w.page.locator('[data-testid="task-links"] li', { hasText: 'PCI' });
      expect(await pciLink.getAttribute('data-state')).toBe('suggested');
      await pciLink.locator('[data-testid="link-confirm"]').click();
      await w.page.waitForSelector('[data-testid="task-links"] li[data-state="confirmed"]');
      expect(await pciLink.textContent()).toContain(`đã xác nhận (${ADMIN.user})`);
      await screenshot(w.page, 'plans-task-links');
      await w.page.goto(`${server.url}/ke-hoach/${planId}`);
      expect(await w.page.locator('[data-testid="plan-task"]').count()).toBe(18);
      expect(await taskStatus(w.page, 4)).toBe('qua_han');
      expect(await transparency(w.page)).not.toMatch(/đạt/);
      // The two refusals of the duplicate (409), nothing else.
      expect(w.consoleErrors).toEqual(Array(2).fill('Failed to load resource: the server responded with a status of 409 (Conflict)'));
    } finally {
      await w.context.close();
    }
  });

  it('the admin creates a reporter account and gives it Sở Thông tin và Truyền thông', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, ADMIN);
      await w.page.goto(`${server.url}/quan-tri`);
      const f = w.page.locator('[data-testid="create-user"]');
      await f.locator('input[name="username"]').fill(REPORTER.user);
      await f.locator('input[name="password"]').fill(REPORTER.pass);
      await f.locator('select[name="role"]').selectOption('viewer');
      await f.locator('button').click();
      await w.page.waitForSelector(`[data-testid="users"] >> text=${REPORTER.user}`);
      await w.page.goto(`${server.url}/bao-cao/phan-cong`);
      await w.page.click(`[data-testid="assign-pick"][data-user="${REPORTER.user}"]`);
      await w.page.check(`input[data-unit="${STT}"]`);
      await w.page.click('[data-testid="assign-save"]');
      await w.page.waitForSelector('[data-testid="assign-ok"]');
      await screenshot(w.page, 'plans-assign');
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('the reporter reports the contest done; the task and Tính minh bạch change; other units are refused', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, REPORTER);
      await w.page.goto(`${server.url}/bao-cao`);
      await w.page.waitForSelector('[data-testid="report-form"][data-hydrated="true"]');
      expect(await w.page.textContent('[data-testid="my-units"]')).toBe('Sở Thông tin và Truyền thông');
      const option = w.page.locator('[data-testid="report-target"] option', { hasText: `KH ${planId} · NV 4:` });
      const targetId = Number(await option.getAttribute('value'));
      await w.page.selectOption('[data-testid="report-target"]', String(targetId));
      await w.page.selectOption('[data-testid="report-period"]', '2024-09');
      await w.page.fill('[data-testid="report-value"]', '1');
      await w.page.fill('[data-testid="report-note"]', 'Đã tổ chức cuộc thi trên Cổng Thông tin điện tử tỉnh');
      await screenshot(w.page, 'plans-report-form');
      await w.page.click('[data-testid="report-submit"]');
      await w.page.waitForSelector('[data-testid="report-message"]');
      expect(await w.page.textContent('[data-testid="report-message"]')).toMatch(/^Đã lưu báo cáo #\d+\.$/);
      expect(await w.page.textContent('[data-testid="recent-reports"] tbody tr')).toContain(`#${targetId} trong 4/2024–9/2024Sở Thông tin và Truyền thôngTháng 9/2024`);

      // A CSV with one bad row is refused whole, the problem named at its row and column.
      await w.page.setInputFiles('[data-testid="report-csv-file"]', {
        name: 'bao-cao.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`Mã mục tiêu;Kỳ;Giá trị\n${targetId};08/2024;0\n${targetId};Quý V/2024;1\n`, 'utf8')
      });
      await w.page.click('[data-testid="report-csv-preview"]');
      await w.page.waitForSelector('[data-testid="report-csv-result"]');
      expect(await w.page.getAttribute('[data-testid="report-csv-result"]', 'data-status')).toBe('400');
      expect(await w.page.textContent('[data-testid="report-csv-issues"]')).toContain('Dòng 3, cột "Kỳ": “Quý V/2024” không phải là kỳ báo cáo');
      expect(await w.page.isDisabled('[data-testid="report-csv-save"]')).toBe(true);
      await screenshot(w.page, 'plans-report-csv-refused');

      // Another unit's target: 403, whatever the form allows.
      await w.page.goto(`${server.url}/ke-hoach/${planId}/nhiem-vu/5`);
      const other = Number(await w.page.getAttribute('[data-testid="task-target"]', 'data-target'));
      const post = (token: string) =>
        w.page.evaluate(
          async ([t, tok]) => {
            const r = await fetch('/api/reports', {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-csrf-token': tok as string },
              body: JSON.stringify({ targetId: t, unitCode: '42:so-noi-vu', period: '2024-09', value: '1' })
            });
            return { status: r.status, body: r.headers.get('content-type')?.includes('json') ? await r.json() : await r.text() };
          },
          [other, token] as const
        );
      // Without the session's token a script is refused before anything else.
      expect((await post('')).status).toBe(403);
      const csrf = await w.page.inputValue('input[name="csrf"]');
      const refused = await post(csrf);
      expect(refused.status).toBe(403);
      expect(refused.body.problems[0].message).toBe('Tài khoản này không được báo cáo cho đơn vị “Sở Nội vụ”.');

      // The task is done; so is its share of Tính minh bạch.
      await w.page.goto(`${server.url}/ke-hoach/${planId}/nhiem-vu/4`);
      expect(await w.page.getAttribute('[data-testid="task-status"]', 'data-status')).toBe('dat');
      expect(await w.page.getAttribute(`[data-testid="target-unit"][data-unit="${STT}"]`, 'data-status')).toBe('dat');
      await screenshot(w.page, 'plans-task-4');
      await w.page.goto(`${server.url}/ke-hoach/${planId}`);
      expect(await taskStatus(w.page, 4)).toBe('dat');
      expect(await transparency(w.page)).toMatch(/^Tính minh bạch: \d+ nhiệm vụ, \d+ quá hạn, 1 đạt; 5,70 \(2022\) → 5,95 \(2023\)$/);
      await screenshot(w.page, 'plans-plan-imported');
      // Only the three refusals this test provoked (the CSV, the token-less post, the other unit).
      expect(w.consoleErrors).toEqual([
        'Failed to load resource: the server responded with a status of 400 (Bad Request)',
        'Failed to load resource: the server responded with a status of 403 (Forbidden)',
        'Failed to load resource: the server responded with a status of 403 (Forbidden)'
      ]);
      expect(w.external).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('the unit page shows its targets beside its index trends; the leader sees who is behind', async () => {
    const w = await watchedPage(browser);
    try {
      await w.page.goto(`${server.url}/ke-hoach/don-vi/${encodeURIComponent(STT)}`);
      await w.page.waitForSelector('[data-testid="unit-targets"][data-ready="yes"]');
      const rows = w.page.locator('[data-testid="unit-target-row"]');
      expect(await rows.count()).toBeGreaterThan(10);
      expect(await w.page.locator('[data-testid="unit-target-row"][data-status="dat"]').count()).toBe(1);
      expect(await w.page.locator('[data-testid="plan-component"]').count()).toBeGreaterThan(2);
      await screenshot(w.page, 'plans-unit');
      await w.page.goto(`${server.url}/ke-hoach/don-vi/42`);
      await w.page.waitForSelector('[data-testid="unit-targets-tasks"]');
      await screenshot(w.page, 'plans-province');
      // The leader's summary: quá hạn first, each unit with the index components its late tasks serve
      // and their published trend.
      await w.page.goto(`${server.url}/ke-hoach/tom-tat`);
      expect(await w.page.textContent('[data-testid="leader-summary"]')).toMatch(/^\s*\d+ đơn vị có mục tiêu quá hạn;/);
      expect(await w.page.locator('[data-testid="behind-block"]').first().getAttribute('data-block')).toBe('qua-han');
      const stt = w.page.locator(`[data-testid="behind-unit"][data-unit="${STT}"]`);
      expect(await stt.locator('summary').textContent()).toMatch(/\d+ quá hạn/);
      if (!(await stt.evaluate((e) => (e as HTMLDetailsElement).open))) await stt.locator('summary').click();
      const comp = stt.locator('[data-testid="unit-component"][data-key="42|pci|tinh_minh_bach"]');
      expect(await comp.locator('[data-testid="component-headline"]').textContent()).toMatch(/5,70 \(2022\) → 5,95 \(2023\)$/);
      expect(await w.page.textContent('main')).not.toMatch(/\b(the|Names|only says)\b/);
      await screenshot(w.page, 'plans-summary');
      // Kon Tum's §2.1 task: linked by the text to PAPI and PCI, so its units show those, marked as stated.
      await w.page.goto(`${server.url}/ke-hoach/tom-tat?ke-hoach=003`);
      const stated = w.page.locator('[data-testid="unit-component"][data-confirmed="true"]');
      expect(await stated.count()).toBeGreaterThan(0);
      // As of 15/03/2024 nothing of the 2024 plan is over yet: nobody quá hạn there. By 15/07/2024
      // task 14 ("Quý II/2024") is.
      await w.page.goto(`${server.url}/ke-hoach/tom-tat?ke-hoach=${planId}&ngay=2024-03-15`);
      expect(await w.page.locator('[data-testid="behind-block"][data-block="qua-han"]').count()).toBe(0);
      await w.page.goto(`${server.url}/ke-hoach/tom-tat?ke-hoach=${planId}&ngay=2024-07-15`);
      expect(await w.page.locator('[data-testid="behind-block"][data-block="qua-han"]').count()).toBe(1);
      expect(await w.page.locator('[data-testid="behind-unit"]').first().textContent()).toContain('NV 14');
      expect(await w.page.textContent('[data-testid="as-of-rule"]')).toContain('Tính theo kỳ báo cáo, không theo ngày nộp');
      // The component as the profile page embeds it: it fetches its own data, and again when the page
      // moves to another unit without remounting it.
      await w.page.goto(`${server.url}/ke-hoach/don-vi/${encodeURIComponent(STT)}/nhung`);
      await w.page.waitForSelector('[data-testid="unit-targets"][data-ready="yes"]');
      expect(await w.page.locator('[data-testid="unit-target-row"][data-status="dat"]').count()).toBe(1);
      await w.page.evaluate(() => {
        const a = document.createElement('a');
        a.href = '/ke-hoach/don-vi/42/nhung';
        a.id = 'go';
        a.textContent = 'UBND tỉnh Hà Tĩnh';
        document.querySelector('main')!.prepend(a);
      });
      await w.page.click('#go');
      await w.page.waitForSelector('[data-testid="unit-targets-tasks"]');
      // Hà Tĩnh's plan: the imported one, which replaced seed 002.
      expect(await w.page.locator('[data-testid="unit-targets-plan"]').count()).toBe(1);
      await w.page.goto(`${server.url}/ke-hoach/don-vi/01/nhung`);
      await w.page.waitForSelector('[data-testid="unit-targets-none"]');
      await screenshot(w.page, 'plans-embed-none');
      const data = await w.page.evaluate(async (code) => (await fetch(`/api/plans/unit/${encodeURIComponent(code)}`)).json(), STT);
      expect(data.unit.name).toBe('Sở Thông tin và Truyền thông');
      expect(data.counts.dat).toBe(1);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});

describe('plans in the leader’s deck, and targets edited after saving', () => {
  it('the plan’s components and late tasks become a slide; an editor changes a target and the page says who did', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, ADMIN);
      await w.page.goto(`${server.url}/ke-hoach/tom-tat?ke-hoach=${planId}`);
      const add = w.page.locator('[data-testid="plan-to-deck"]');
      await add.locator('[data-testid="add-to-deck"]').click();
      await add.locator('[data-testid="new-deck-name"]').fill('Giao ban kế hoạch tuyên truyền');
      await add.locator('[data-testid="new-deck"]').click();
      const status = add.locator('[data-testid="add-to-deck-status"]');
      await status.waitFor();
      expect(await status.textContent()).toContain('Đã thêm vào');
      const deckId = (await status.locator('a').getAttribute('href'))!.split('/').pop()!;

      await w.page.setViewportSize({ width: 1920, height: 1080 });
      await w.page.goto(`${server.url}/trinh-chieu/${deckId}?trang=2`);
      await w.page.waitForSelector('[data-testid="slide"][data-ready="yes"] [data-testid="plan-slide"]', { timeout: 60_000 });
      const rows = w.page.locator('[data-testid="plan-slide"] tbody tr');
      expect(await rows.count()).toBeGreaterThan(1);
      // Quá hạn first: the components with the most late targets lead.
      const late = (await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-late'))))) as number[];
      expect(late[0]).toBeGreaterThan(0);
      for (let i = 1; i < late.length; i++) if (late[i] > late[i - 1]) throw new Error(`row ${i} has more quá hạn than the one above it`);
      expect(await w.page.textContent('[data-testid="slide-headline"]')).toMatch(/: \d+ chỉ số thành phần được nhắm tới; \d+ mục tiêu quá hạn$/);
      expect(await w.page.textContent('[data-testid="plan-slide"] figcaption')).toContain('trạng thái tính đến 10/12/2026');
      // The component's published trend beside its tasks.
      expect(await w.page.locator('[data-testid="plan-slide"] tr[data-component="tinh_minh_bach"] .trend').textContent()).toContain('5,70 (2022) → 5,95 (2023)');
      // Hide the keys' help (it goes with the first move), then shoot the slide as the room sees it.
      await w.page.keyboard.press('ArrowLeft');
      await w.page.keyboard.press('ArrowRight');
      await w.page.waitForSelector('[data-testid="slide"][data-ready="yes"] [data-testid="plan-slide"]');
      await w.page.waitForTimeout(300);
      await screenshot(w.page, 'plans-summary-slide');

      // A target edited after saving: a wrong number is refused at its field, a right one is kept and audited.
      await w.page.setViewportSize({ width: 1280, height: 900 });
      // The first task with a countable target (a number to change, not only a window).
      await w.page.goto(`${server.url}/ke-hoach/${planId}`);
      const tasks = await w.page.locator('[data-testid="plan-task"]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-task')));
      const editor = w.page.locator('[data-testid="edit-target"]:has([data-testid="target-value"])').first();
      for (const n of tasks) {
        await w.page.goto(`${server.url}/ke-hoach/${planId}/nhiem-vu/${n}`);
        if (await editor.count()) break;
      }
      expect(await editor.count()).toBe(1);
      await editor.locator('summary').click();
      const was = Number((await editor.locator('[data-testid="target-value"]').inputValue()).replace(',', '.'));
      await editor.locator('[data-testid="target-value"]').fill('hai');
      await editor.locator('[data-testid="target-save"]').click();
      expect(await editor.locator('[data-testid="target-error"]').textContent()).toBe('“hai” không phải là một con số.');
      await editor.locator('[data-testid="target-value"]').fill(String(Math.min(99, was + 1)).replace('.', ','));
      await editor.locator('[data-testid="target-save"]').click();
      await w.page.waitForSelector('[data-testid="target-edited"]');
      expect(Number((await editor.locator('[data-testid="target-value"]').inputValue()).replace(',', '.'))).toBe(Math.min(99, was + 1));
      expect(await w.page.textContent('[data-testid="target-edited"]')).toContain(`lần cuối bởi ${ADMIN.user}`);
      await screenshot(w.page, 'plans-target-edited');
      // Any catalogue index can be linked, DTI included, though this plan names only CCHC, PCI and DDCI.
      const links = w.page.locator('[data-testid="task-links"] li');
      const before = await links.count();
      await w.page.selectOption('select[aria-label="Chỉ số"]', 'dti');
      const firstComponent = await w.page.locator('select[aria-label="Thành phần"] option:not([value=""])').first().getAttribute('value');
      await w.page.selectOption('select[aria-label="Thành phần"]', firstComponent!);
      await w.page.click('form.add button');
      await expect.poll(() => links.count()).toBe(before + 1);
      expect(await links.last().textContent()).toContain('DTI');
      // The refused "hai" is the one 400 the browser logs.
      expect(w.consoleErrors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});

describe('the demo data set', () => {
  let demo: Server;
  beforeAll(async () => {
    demo = await startServer({ CHISO_DEMO_REPORTS: '1' });
  });
  afterAll(async () => {
    await demo?.stop();
  });

  it('is announced on every page when on, and the docs screenshot says so', async () => {
    const w = await watchedPage(browser);
    try {
      for (const path of ['/ke-hoach', '/ke-hoach/002', '/ke-hoach/tom-tat']) {
        await w.page.goto(`${demo.url}${path}?ngay=2024-07-15`);
        expect(await w.page.textContent('[data-testid="demo-banner"]')).toContain('không phải kết quả thật');
      }
      await w.page.goto(`${demo.url}/ke-hoach/don-vi/42?ngay=2024-07-15`);
      await w.page.waitForSelector('[data-testid="unit-targets-tasks"]');
      expect(await w.page.locator('[data-testid="demo-banner"]').count()).toBe(1);
      await screenshot(w.page, 'plan-targets', true);
      await w.page.goto(`${demo.url}/ke-hoach/don-vi/${encodeURIComponent(STT)}?ngay=2024-07-15`);
      await w.page.waitForSelector('[data-testid="unit-targets"][data-ready="yes"]');
      await screenshot(w.page, 'plans-unit-demo');
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});
