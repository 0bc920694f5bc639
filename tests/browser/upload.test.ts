// Data in, as the people who do it: an admin, an editor with an awkward real file, a viewer,
// and someone hostile. Real server, real SQLite store, real Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launch, screenshot, startServer, waitForDuckDb, watchedPage, type Server, signIn } from './harness';
import { SHIPPED_FILES } from '../../src/lib/data/loadShipped';
import { zipBomb } from '../unit/server/zip';
import { dataTable } from '../helpers/dataFile';

// The shipped data set without the PCI 2015 workbook rows: the upload brings them back.
const shipped = mkdtempSync(path.join(os.tmpdir(), 'chiso-shipped-'));
for (const f of SHIPPED_FILES) copyFileSync(path.join('data', f), path.join(shipped, f));
const wb = readFileSync('data/pci_2006_2015_all_provinces.csv', 'utf8').split('\n');
writeFileSync(path.join(shipped, 'pci_2006_2015_all_provinces.csv'), wb.filter((l) => !l.startsWith('2015,')).join('\n'));
const awkward = path.resolve('tests/fixtures/import/pci_2015_windows1258_semicolon.csv');

const ADMIN = { user: 'quantri', pass: randomBytes(12).toString('base64url') };
const EDITOR = { user: 'sokhdt', pass: randomBytes(12).toString('base64url') };
const VIEWER = { user: 'lanhdao', pass: randomBytes(12).toString('base64url') };

let server: Server;
let browser: Browser;
const parent = mkdtempSync(path.join(os.tmpdir(), 'chiso-parent-'));
const dataDir = path.join(parent, 'store');

beforeAll(async () => {
  mkdirSync(dataDir);
  server = await startServer({ CHISO_SHIPPED_DIR: shipped, CHISO_DATA_DIR: dataDir, CHISO_ADMIN_USER: ADMIN.user, CHISO_ADMIN_PASSWORD: ADMIN.pass });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(shipped, { recursive: true, force: true });
  rmSync(parent, { recursive: true, force: true });
});

async function barsIn2015(page: Page) {
  await page.goto(`${server.url}/xep-hang?nam=2015`);
  return page.locator('[data-testid="ranking-chart"] g.bar').count();
}

describe('uploads, versions and accounts', () => {
  it('admin creates an editor for PCI and a viewer', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, ADMIN);
      await w.page.goto(`${server.url}/quan-tri`);
      for (const [who, role] of [
        [EDITOR, 'editor'],
        [VIEWER, 'viewer']
      ] as const) {
        const f = w.page.locator('[data-testid="create-user"]');
        await f.locator('input[name="username"]').fill(who.user);
        await f.locator('input[name="password"]').fill(who.pass);
        await f.locator('select[name="role"]').selectOption(role);
        if (role === 'editor') await f.locator('input[name="indices"][value="pci"]').check();
        await f.locator('button').click();
        await w.page.waitForSelector(`[data-testid="users"] >> text=${who.user}`);
      }
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('an editor uploads PCI 2015 as Windows-1258 with semicolons and decimal commas, previews, confirms, and sees the ranking change', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, EDITOR);
      expect(await barsIn2015(w.page)).toBe(11); // before: only the profile pages' provinces
      await w.page.goto(`${server.url}/tai-len`);
      await w.page.waitForSelector('[data-testid="upload-form"][data-hydrated="true"]');
      await w.page.selectOption('[data-testid="upload-index"]', 'pci');
      await w.page.setInputFiles('[data-testid="upload-file"]', awkward);
      await w.page.click('[data-testid="upload-preview"]');
      await w.page.waitForSelector('[data-testid="upload-preview-result"]');
      const summary = await w.page.textContent('[data-testid="upload-diff-summary"]');
      expect(summary).toMatch(/Thêm \d+/);
      expect(await w.page.textContent('[data-testid="upload-preview-result"]')).toContain('windows-1258');
      // Nothing is written before the confirmation.
      expect(await w.page.evaluate(async (u) => (await fetch(u)).ok, `${server.url}/xep-hang?nam=2015`)).toBe(true);
      await screenshot(w.page, 'upload-preview', true);
      if (await w.page.locator('[data-testid="upload-accept"]').count()) await w.page.check('[data-testid="upload-accept"]');
      await w.page.click('[data-testid="upload-commit"]');
      await w.page.waitForSelector('[data-testid="upload-done"]');
      expect(await barsIn2015(w.page)).toBe(63);
      const first = w.page.locator('[data-testid="ranking-chart"] g.bar').first();
      expect(await first.textContent()).toContain('Đà Nẵng');
      expect(await first.textContent()).toContain('68,34');
      // The browser's DuckDB loads the new version too.
      await waitForDuckDb(w.page);
      await w.page.selectOption('[data-testid="year-select"]', '2014');
      await w.page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Xếp hạng PCI 2014');
      await w.page.selectOption('[data-testid="year-select"]', '2015');
      await w.page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Xếp hạng PCI 2015');
      expect(await w.page.locator('[data-testid="ranking-chart"] g.bar').count()).toBe(63);
      expect(await w.page.getAttribute('[data-testid="view-source"]', 'data-source')).toBe('duckdb-wasm');
      expect(w.consoleErrors).toEqual([]);
      expect(w.external).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('keeps the form off until the page has hydrated, so no choice made before is silently undone', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, EDITOR);
      // The page's script never arrives: what a person sees on a slow link before it does.
      await w.context.route('**/_app/immutable/**/*.js', (r) => r.abort());
      await w.page.goto(`${server.url}/tai-len`);
      for (const id of ['upload-index', 'upload-year', 'upload-file']) expect(await w.page.isDisabled(`[data-testid="${id}"]`), id).toBe(true);
      await w.context.unroute('**/_app/immutable/**/*.js');
      await w.page.reload();
      await w.page.waitForSelector('[data-testid="upload-form"][data-hydrated="true"]');
      for (const id of ['upload-index', 'upload-year', 'upload-file']) expect(await w.page.isEnabled(`[data-testid="${id}"]`), id).toBe(true);
      await w.page.fill('[data-testid="upload-year"]', '2015');
      expect(await w.page.inputValue('[data-testid="upload-year"]')).toBe('2015');
    } finally {
      await w.context.close();
    }
  });

  it('keeps every version with its original bytes, and an admin rollback is itself a version', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, ADMIN);
      await w.page.goto(`${server.url}/lich-su`);
      const upload = w.page.locator('[data-testid="versions"] tr', { hasText: 'tải lên' }).first();
      const id = Number(await upload.getAttribute('data-version'));
      const res = await w.page.request.get(`${server.url}/api/versions/${id}/file`);
      expect(Buffer.from(await res.body()).equals(readFileSync(awkward))).toBe(true);
      const seed = w.page.locator('[data-testid="versions"] tr', { hasText: 'PCI' }).filter({ hasText: 'dữ liệu gốc' });
      const seedId = Number(await seed.getAttribute('data-version'));
      w.page.once('dialog', (d) => d.accept());
      await w.page.click(`[data-testid="rollback-${seedId}"]`);
      await w.page.waitForSelector('[data-testid="history-message"]', { timeout: 10_000 }).catch(async (e) => {
        await screenshot(w.page, 'rollback-failure');
        throw new Error(`${e}\n${w.consoleErrors.join('\n')}\n${server.log().slice(-1500)}`);
      });
      expect(await w.page.textContent('[data-testid="history-message"]')).toContain('Đã khôi phục');
      await w.page.waitForSelector(`[data-testid="versions"] tr:has-text("khôi phục → #${seedId}")`);
      expect(await barsIn2015(w.page)).toBe(11);
    } finally {
      await w.context.close();
    }
  });

  it('"Ha Tinhh" suggests Hà Tĩnh first; the alias lands with the commit, and a rollback of that version undoes it', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, EDITOR);
      const clean = readFileSync('tests/fixtures/import/pci_2015_clean.csv', 'utf8').split('\n');
      const renamed = path.join(parent, 'ha-tinhh.csv');
      writeFileSync(renamed, clean.map((l) => l.replace(/^Hà Tĩnh,/, 'Ha Tinhh,')).join('\n'));
      await w.page.goto(`${server.url}/tai-len`);
      await w.page.waitForSelector('[data-testid="upload-form"][data-hydrated="true"]');
      await w.page.selectOption('[data-testid="upload-index"]', 'pci');
      await w.page.setInputFiles('[data-testid="upload-file"]', renamed);
      await w.page.click('[data-testid="upload-preview"]');
      await w.page.waitForSelector('[data-testid="unknown-units"]');
      expect(await w.page.textContent('[data-testid="upload-issues"]')).toContain('Không nhận ra đơn vị "Ha Tinhh". Có phải: Hà Tĩnh');
      // The closest province is preselected; keep it.
      expect(await w.page.locator('[data-testid="unknown-units"] select').inputValue()).toBe('42');
      await w.page.click('[data-testid="unknown-units"] button');
      await w.page.waitForSelector('[data-testid="upload-commit"]');
      expect(await w.page.locator('[data-testid="unknown-units"]').count()).toBe(0);
      expect(await w.page.textContent('[data-testid="upload-aliases"]')).toContain('“Ha Tinhh” = Hà Tĩnh');
      await screenshot(w.page, 'upload-alias-with-commit');
      // Nothing is stored before the commit.
      await w.page.goto(`${server.url}/danh-muc-don-vi`);
      expect(await w.page.locator('[data-testid="old-provinces"] tr', { hasText: 'Hà Tĩnh' }).first().textContent()).not.toContain('hatinhh');
      expect(await w.page.locator('[data-testid="add-alias"]').count()).toBe(0); // editors add no global alias
      await w.page.goto(`${server.url}/tai-len`);
      await w.page.waitForSelector('[data-testid="upload-form"][data-hydrated="true"]');
      await w.page.selectOption('[data-testid="upload-index"]', 'pci');
      await w.page.setInputFiles('[data-testid="upload-file"]', renamed);
      await w.page.click('[data-testid="upload-preview"]');
      await w.page.waitForSelector('[data-testid="unknown-units"]');
      await w.page.click('[data-testid="unknown-units"] button');
      await w.page.waitForSelector('[data-testid="upload-commit"]');
      if (await w.page.locator('[data-testid="upload-accept"]').count()) await w.page.check('[data-testid="upload-accept"]');
      await w.page.click('[data-testid="upload-commit"]');
      await w.page.waitForSelector('[data-testid="upload-done"]');
      // The registry shows it beside the province, the 34 units of 2025 and Hà Tĩnh's DDCI units.
      await w.page.goto(`${server.url}/danh-muc-don-vi`);
      expect(await w.page.locator('[data-testid="old-provinces"] tbody tr').count()).toBe(64);
      expect(await w.page.locator('[data-testid="old-provinces"] tr', { hasText: 'Hà Tĩnh' }).first().textContent()).toContain('hatinhh');
      expect(await w.page.locator('[data-testid="new-units"] tbody tr').count()).toBe(34);
      expect(await w.page.locator('[data-testid="new-units"] tr', { hasText: 'Quảng Ngãi' }).first().textContent()).toContain('Kon Tum');
    } finally {
      await w.context.close();
    }
    // An admin restores the version before it: the alias goes with the upload.
    const a = await watchedPage(browser);
    try {
      await signIn(a.page, server.url, ADMIN);
      await a.page.goto(`${server.url}/lich-su`);
      const rows = a.page.locator('[data-testid="versions"] tr[data-version]');
      const ids = (await rows.evaluateAll((trs) => trs.map((t) => Number(t.getAttribute('data-version'))))).sort((x, y) => y - x);
      a.page.once('dialog', (d) => d.accept());
      await a.page.click(`[data-testid="rollback-${ids[1]}"]`);
      await a.page.waitForSelector('[data-testid="history-message"]');
      await a.page.goto(`${server.url}/danh-muc-don-vi`);
      expect(await a.page.locator('[data-testid="old-provinces"] tr', { hasText: 'Hà Tĩnh' }).first().textContent()).not.toContain('hatinhh');
      // Only an admin adds a name for every upload, and never another province's name.
      const form = a.page.locator('[data-testid="add-alias"]');
      await form.locator('input[name="name"]').fill('Nghệ An');
      await form.locator('select[name="unitCode"]').selectOption('42');
      await form.locator('button').click();
      expect(await a.page.textContent('[data-testid="alias-error"]')).toContain('"Nghệ An" đã là tên của Nghệ An');
    } finally {
      await a.context.close();
    }
  });

  it('two editors confirming at the same moment both land, in order, and nothing is lost', async () => {
    const clean = readFileSync('tests/fixtures/import/pci_2015_clean.csv', 'utf8').trim().split('\n');
    const halves = [clean.slice(0, 31), [clean[0], ...clean.slice(31)]].map((lines) => lines.join('\n'));
    const a = await watchedPage(browser);
    const b = await watchedPage(browser);
    try {
      await signIn(a.page, server.url, ADMIN);
      await signIn(b.page, server.url, EDITOR);
      const previews = await Promise.all(
        [a, b].map(async (w, i) => {
          const token = await w.page.locator('form[action="/dang-xuat"] input[name="csrf"]').inputValue();
          const p = await w.page.evaluate(
            async ([t, body]) =>
              (await fetch('/api/upload/preview?index=pci&name=half.csv', { method: 'POST', body, headers: { 'x-csrf-token': t, 'content-type': 'text/csv' } })).json(),
            [token, halves[i]] as [string, string]
          );
          expect(p.ok).toBe(true);
          return { w, token, id: p.previewId as string };
        })
      );
      const commits = await Promise.all(
        previews.map(({ w, token, id }) =>
          w.page.evaluate(
            async ([t, previewId]) => {
              const r = await fetch('/api/upload/commit', {
                method: 'POST',
                body: JSON.stringify({ previewId, acceptWarnings: true }),
                headers: { 'x-csrf-token': t, 'content-type': 'application/json' }
              });
              return { status: r.status, body: await r.json() };
            },
            [token, id] as [string, string]
          )
        )
      );
      expect(commits.map((c) => c.status)).toEqual([200, 200]);
      const ids = commits.map((c) => c.body.version.id as number).sort((x, y) => x - y);
      expect(ids[1]).toBe(ids[0] + 1);
      expect(await barsIn2015(a.page)).toBe(63);
    } finally {
      await a.context.close();
      await b.context.close();
    }
  });

  it('a long file without ranks keeps the published ranks; a file that clears them must say so, naming them', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, EDITOR);
      const clean = readFileSync('tests/fixtures/import/pci_2015_clean.csv', 'utf8').trim().split('\n').map((l) => l.split(','));
      const head = clean[0];
      const at = (name: string) => head.indexOf(name);
      const long = path.join(parent, 'pci-2015-long-no-ranks.csv');
      writeFileSync(long, ['Tỉnh,Năm,Chỉ số,Giá trị', ...clean.slice(1).map((r) => `${r[0]},2015,Điểm PCI,${r[at('Điểm PCI')]}`)].join('\n'));
      await w.page.goto(`${server.url}/tai-len`);
      await w.page.waitForSelector('[data-testid="upload-form"][data-hydrated="true"]');
      await w.page.selectOption('[data-testid="upload-index"]', 'pci');
      await w.page.setInputFiles('[data-testid="upload-file"]', long);
      await w.page.click('[data-testid="upload-preview"]');
      await w.page.waitForSelector('[data-testid="upload-preview-result"]');
      const text = await w.page.textContent('[data-testid="upload-preview-result"]');
      expect(text).toContain('Tệp không có cột xếp hạng và xếp loại: giữ nguyên thứ hạng và xếp loại đã lưu');
      expect(text).not.toContain('→ trống');
      expect(await w.page.textContent('[data-testid="upload-diff-summary"]')).toContain('thay đổi 0');
      expect(await w.page.locator('[data-testid="upload-removals"]').count()).toBe(0);
      await screenshot(w.page, 'upload-long-without-ranks');
      if (await w.page.locator('[data-testid="upload-accept"]').count()) await w.page.check('[data-testid="upload-accept"]');
      await w.page.click('[data-testid="upload-commit"]');
      await w.page.waitForSelector('[data-testid="upload-done"]');
      const data = await (await w.page.request.get(`${server.url}${await dataUrl(w)}`)).body();
      expect(rowOf(data, '42', 2015, 'pci', 'total')).toMatchObject({ rank: '45', rank_of: '63', rank_source: 'published' });

      // Now a wide file whose rank cell for Hà Tĩnh is empty: the removal is named and needs a tick.
      const cleared = path.join(parent, 'pci-2015-rank-cleared.csv');
      writeFileSync(cleared, clean.map((r) => (r[0] === 'Hà Tĩnh' ? r.map((c, i) => (i === at('Xếp hạng') ? '' : c)) : r).join(',')).join('\n'));
      await w.page.goto(`${server.url}/tai-len`);
      await w.page.waitForSelector('[data-testid="upload-form"][data-hydrated="true"]');
      await w.page.selectOption('[data-testid="upload-index"]', 'pci');
      await w.page.setInputFiles('[data-testid="upload-file"]', cleared);
      await w.page.click('[data-testid="upload-preview"]');
      await w.page.waitForSelector('[data-testid="upload-removals"]');
      expect(await w.page.textContent('[data-testid="upload-removals"]')).toContain('Tệp sẽ xoá 1 số liệu đã công bố');
      expect(await w.page.textContent('[data-testid="upload-removals"]')).toContain('Hà Tĩnh 2015, Điểm PCI: hạng 45 → trống');
      if (await w.page.locator('[data-testid="upload-accept"]').count()) await w.page.check('[data-testid="upload-accept"]');
      expect(await w.page.isDisabled('[data-testid="upload-commit"]')).toBe(true);
      await w.page.check('[data-testid="upload-confirm-removals"]');
      expect(await w.page.isDisabled('[data-testid="upload-commit"]')).toBe(false);
      await screenshot(w.page, 'upload-removals');
    } finally {
      await w.context.close();
    }
  });

  it('a file cut off mid-row is refused at that row, and half the provinces is a warning naming the rest', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, EDITOR);
      const text = readFileSync('tests/fixtures/import/pci_2015_clean.csv', 'utf8').trim();
      const lines = text.split('\n');
      const cut = path.join(parent, 'cut.csv');
      const half = lines.slice(0, 33).join('\n');
      writeFileSync(cut, half.slice(0, half.length - 25));
      await w.page.goto(`${server.url}/tai-len`);
      await w.page.waitForSelector('[data-testid="upload-form"][data-hydrated="true"]');
      await w.page.selectOption('[data-testid="upload-index"]', 'pci');
      await w.page.setInputFiles('[data-testid="upload-file"]', cut);
      await w.page.click('[data-testid="upload-preview"]');
      await w.page.waitForSelector('[data-testid="upload-issues"]');
      const issues = await w.page.textContent('[data-testid="upload-issues"]');
      expect(issues).toMatch(/Dòng 33: chỉ có \d+ ô trong khi dòng tiêu đề có 15 cột: dòng bị cắt ngắn/);
      expect(await w.page.locator('[data-testid="upload-commit"]').count()).toBe(0);
      await screenshot(w.page, 'upload-truncated');
      // The same half, cut at a line end: accepted, with a warning that names the 31 provinces it lacks.
      const halfFile = path.join(parent, 'half.csv');
      writeFileSync(halfFile, lines.slice(0, 33).join('\n') + '\n');
      await w.page.setInputFiles('[data-testid="upload-file"]', halfFile);
      await w.page.click('[data-testid="upload-preview"]');
      await w.page.waitForSelector('[data-testid="upload-commit"]');
      const warn = await w.page.textContent('[data-testid="upload-issues"]');
      expect(warn).toContain('Năm 2015: tệp có 32 đơn vị, ít hơn phiên bản hiện hành (63 đơn vị) và số đơn vị PCI xếp hạng năm đó (63). Thiếu 31 đơn vị:');
      const missing = lines.slice(33).map((l) => l.split(',')[0]);
      for (const name of missing.filter((n) => !n.startsWith('TP'))) expect(warn).toContain(name);
    } finally {
      await w.context.close();
    }
  });

  it('refuses a 30 MB file in the browser before sending it, and the server answers oversized bodies in Vietnamese', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, EDITOR);
      await w.page.goto(`${server.url}/tai-len`);
      await w.page.waitForSelector('[data-testid="upload-form"][data-hydrated="true"]');
      await w.page.selectOption('[data-testid="upload-index"]', 'pci');
      const huge = path.join(parent, 'pci-30mb.csv');
      writeFileSync(huge, Buffer.alloc(30 * 1024 * 1024, 'a'));
      await w.page.setInputFiles('[data-testid="upload-file"]', huge);
      await w.page.click('[data-testid="upload-preview"]');
      expect(await w.page.textContent('[data-testid="upload-message"]')).toBe(
        'Tệp quá lớn (30 MB): chỉ nhận tệp đến 20 MB. Hãy tách tệp theo năm hoặc theo chỉ số rồi tải lên lại.'
      );
      expect(w.requests.filter((r) => r.startsWith('/api/upload/preview'))).toEqual([]);
      await screenshot(w.page, 'upload-too-large');
      // Sent anyway (not through the page): 23 MB is read to its end and refused in Vietnamese, 30 MB too.
      const token = await w.page.locator('form[action="/dang-xuat"] input[name="csrf"]').inputValue();
      for (const mb of [23, 30]) {
        const r = await w.page.evaluate(
          async ([t, size]) => {
            try {
              const res = await fetch('/api/upload/preview?index=pci', { method: 'POST', body: new Uint8Array(size * 1024 * 1024).fill(97), headers: { 'x-csrf-token': t, 'content-type': 'text/csv' } });
              return { status: res.status, body: await res.text() };
            } catch (e) {
              return { status: 0, body: String(e) };
            }
          },
          [token, mb] as [string, number]
        );
        expect(r.status, r.body).toBe(413);
        expect(JSON.parse(r.body).message).toMatch(/^Tệp quá lớn.*: chỉ nhận tệp đến 20 MB\./);
      }
      // A commit whose preview is gone gets a Vietnamese answer, not a bare 410.
      const gone = await w.page.evaluate(async (t) => {
        const res = await fetch('/api/upload/commit', { method: 'POST', body: JSON.stringify({ previewId: 'het-han', acceptWarnings: true }), headers: { 'x-csrf-token': t, 'content-type': 'application/json' } });
        return { status: res.status, body: await res.json() };
      }, token);
      expect(gone.status).toBe(410);
      expect(gone.body.message).toContain('Bản xem trước đã hết hạn');
    } finally {
      await w.context.close();
    }
  });

  it('a zip bomb is refused in seconds, and pages keep answering while a 190,000-row file parses', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, EDITOR);
      await w.page.goto(`${server.url}/tai-len`);
      await w.page.waitForSelector('[data-testid="upload-form"][data-hydrated="true"]');
      const token = await w.page.locator('form[action="/dang-xuat"] input[name="csrf"]').inputValue();
      const post = (body: number[] | string, name: string) =>
        w.page.evaluate(
          async ([t, b, n]) => {
            const t0 = performance.now();
            const res = await fetch(`/api/upload/preview?index=pci&name=${n}`, { method: 'POST', body: typeof b === 'string' ? b : new Uint8Array(b), headers: { 'x-csrf-token': t, 'content-type': 'application/octet-stream' } });
            return { status: res.status, json: await res.json(), ms: performance.now() - t0, at: Date.now() };
          },
          [token, body, name] as [string, number[] | string, string]
        );
      const bomb = await post([...zipBomb()], 'bomb.xlsx');
      expect(bomb.status).toBe(200);
      expect(bomb.json.ok).toBe(false);
      expect(bomb.json.issues[0].message).toMatch(/giải nén ra 50 MB .*tệp bất thường/);
      expect(bomb.ms).toBeLessThan(5000);

      const provincesCsv = readFileSync('data/province_codes_63.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0]);
      const rows = ['Tỉnh,Năm,Chỉ số,Giá trị'];
      for (let i = 0; rows.length <= 190_000; i++) rows.push(`${provincesCsv[i % 63]},${2006 + (i % 10)},Tính minh bạch,${(i % 1000) / 100}`);
      const big = rows.join('\n');
      const parsing = post(big, 'big.csv');
      await new Promise((r) => setTimeout(r, 400));
      const t0 = Date.now();
      const page = await fetch(`${server.url}/xep-hang?nam=2015`);
      const pageMs = Date.now() - t0;
      const pageAt = Date.now();
      expect(page.status).toBe(200);
      const done = await parsing;
      expect(done.json.ok).toBe(false); // duplicates, every one reported up to the cap
      // The page was answered while the file was still being parsed, and without waiting for it.
      expect(done.at).toBeGreaterThan(pageAt);
      expect(pageMs).toBeLessThan(done.ms / 2);
    } finally {
      await w.context.close();
    }
  });

  it('a viewer sees no upload control and gets 403 from the endpoint', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, VIEWER);
      expect(await w.page.locator('nav >> text=Tải lên').count()).toBe(0);
      const page403 = await w.page.goto(`${server.url}/tai-len`);
      expect(page403?.status()).toBe(403);
      const csrf = await w.page.evaluate(async () => {
        const html = await (await fetch('/quan-tri')).status;
        return html;
      });
      expect(csrf).toBe(403);
      // With a valid session and CSRF token, the endpoint itself refuses.
      await w.page.goto(`${server.url}/xep-hang`);
      const token = await w.page.locator('form[action="/dang-xuat"] input[name="csrf"]').inputValue();
      const status = await w.page.evaluate(
        async (t) => (await fetch('/api/upload/preview?index=pci', { method: 'POST', body: 'a,b\n1,2', headers: { 'x-csrf-token': t } })).status,
        token
      );
      expect(status).toBe(403);
    } finally {
      await w.context.close();
    }
  });

  it('rate-limits ten wrong passwords', async () => {
    const w = await watchedPage(browser);
    try {
      const messages: string[] = [];
      for (let i = 0; i < 10; i++) {
        await w.page.goto(`${server.url}/dang-nhap`);
        await w.page.fill('input[name="username"]', EDITOR.user);
        await w.page.fill('input[name="password"]', `sai-mat-khau-${i}`);
        await w.page.click('button[type="submit"]');
        await w.page.waitForSelector('[data-testid="login-error"], [data-testid="signed-in-as"]', { timeout: 10_000 }).catch(async (e) => {
          await screenshot(w.page, `ratelimit-failure-${i}`);
          throw new Error(`${e}\n${w.page.url()}\n${(await w.page.content()).slice(0, 800)}`);
        });
        messages.push((await w.page.locator('[data-testid="login-error"]').textContent({ timeout: 2000 }).catch(() => 'signed in?'))!);
      }
      expect(messages.slice(0, 5).every((m) => m.includes('không đúng')), messages.join(' | ')).toBe(true);
      expect(messages.slice(5).every((m) => m.includes('quá nhiều lần'))).toBe(true);
      // Even the right password is refused while locked.
      await w.page.fill('input[name="username"]', EDITOR.user);
      await w.page.fill('input[name="password"]', EDITOR.pass);
      await w.page.click('button[type="submit"]');
      expect(await w.page.textContent('[data-testid="login-error"]')).toContain('quá nhiều lần');
    } finally {
      await w.context.close();
    }
  });

  it('rejects cross-site and token-less posts, renders a <script> unit as text, and never uses a file name as a path', async () => {
    // Cross-site: another origin, even with the session cookie, is refused.
    const evil = await fetch(`${server.url}/api/upload/preview?index=pci`, { method: 'POST', body: 'x', headers: { origin: 'http://evil.example' } });
    expect(evil.status).toBe(403);
    const evilLogin = await fetch(`${server.url}/dang-nhap`, {
      method: 'POST',
      body: new URLSearchParams({ username: ADMIN.user, password: ADMIN.pass }),
      headers: { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' }
    });
    expect(evilLogin.status).toBe(403);

    const w = await watchedPage(browser);
    let dialogs = 0;
    w.page.on('dialog', (d) => (dialogs++, d.dismiss()));
    try {
      await signIn(w.page, server.url, ADMIN);
      // Same origin but no CSRF token: refused.
      const noToken = await w.page.evaluate(async () => (await fetch('/api/upload/preview?index=pci', { method: 'POST', body: 'x' })).status);
      expect(noToken).toBe(403);

      // A hostile unit name comes back as an error message, shown as text.
      const hostile = path.join(parent, 'hostile.csv');
      const clean = readFileSync('tests/fixtures/import/pci_2015_clean.csv', 'utf8').split('\n');
      writeFileSync(hostile, [clean[0], clean[1].replace(/^[^,]+/, '<script>alert(1)</script>'), ...clean.slice(2)].join('\n'));
      await w.page.goto(`${server.url}/tai-len`);
      await w.page.waitForSelector('[data-testid="upload-form"][data-hydrated="true"]');
      await w.page.selectOption('[data-testid="upload-index"]', 'pci');
      await w.page.setInputFiles('[data-testid="upload-file"]', hostile);
      await w.page.click('[data-testid="upload-preview"]');
      await w.page.waitForSelector('[data-testid="upload-issues"]');
      expect(await w.page.textContent('[data-testid="upload-issues"]')).toContain('<script>alert(1)</script>');
      expect(await w.page.locator('[data-testid="upload-issues"] script').count()).toBe(0);
      expect(dialogs).toBe(0);

      // A file named ../../x is stored as display text; nothing is written outside the store.
      const before = readdirSync(parent).sort();
      const token = await w.page.locator('form[action="/dang-xuat"] input[name="csrf"]').inputValue();
      const body = readFileSync('tests/fixtures/import/pci_2015_clean.csv');
      const preview = await w.page.evaluate(
        async ([t, b]) => {
          const r = await fetch('/api/upload/preview?index=pci&name=' + encodeURIComponent('../../x'), {
            method: 'POST',
            body: new Uint8Array(b),
            headers: { 'x-csrf-token': t, 'content-type': 'text/csv' }
          });
          return r.json();
        },
        [token, [...body]] as [string, number[]]
      );
      expect(preview.ok).toBe(true);
      const commit = await w.page.evaluate(
        async ([t, id]) =>
          (await fetch('/api/upload/commit', { method: 'POST', body: JSON.stringify({ previewId: id, acceptWarnings: true }), headers: { 'x-csrf-token': t, 'content-type': 'application/json' } })).json(),
        [token, preview.previewId] as [string, string]
      );
      expect(commit.version.fileName).toBe('x');
      expect(readdirSync(parent).sort()).toEqual(before);
      expect(readdirSync(dataDir).every((f) => f.startsWith('chiso.sqlite'))).toBe(true);
    } finally {
      await w.context.close();
    }
  });

  it('a preview made before the server restarts can still be confirmed after it', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, ADMIN); // the editor is locked out by the rate-limit test above
      await w.page.goto(`${server.url}/tai-len`);
      await w.page.waitForSelector('[data-testid="upload-form"][data-hydrated="true"]');
      await w.page.selectOption('[data-testid="upload-index"]', 'pci');
      await w.page.setInputFiles('[data-testid="upload-file"]', 'tests/fixtures/import/pci_2015_clean.csv');
      let previewId = '';
      await w.page.route('**/api/upload/preview**', async (route) => {
        const r = await route.fetch();
        previewId = (await r.json()).previewId;
        await route.fulfill({ response: r });
      });
      await w.page.click('[data-testid="upload-preview"]');
      await w.page.waitForSelector('[data-testid="upload-preview-result"]');
      expect(previewId).not.toBe('');
      // The preview is on disk in the store, not in the process that made it.
      await server.stop();
      server = await startServer({ CHISO_SHIPPED_DIR: shipped, CHISO_DATA_DIR: dataDir, CHISO_ADMIN_USER: ADMIN.user, CHISO_ADMIN_PASSWORD: ADMIN.pass });
      await w.page.goto(`${server.url}/tai-len`); // the session is in the store too
      await w.page.waitForSelector('[data-testid="upload-form"][data-hydrated="true"]');
      const token = await w.page.locator('form[action="/dang-xuat"] input[name="csrf"]').inputValue();
      const commit = (id: string) =>
        w.page.evaluate(
          async ([t, previewId]) => {
            const r = await fetch('/api/upload/commit', { method: 'POST', body: JSON.stringify({ previewId, acceptWarnings: true }), headers: { 'x-csrf-token': t, 'content-type': 'application/json' } });
            return { status: r.status, body: await r.json() };
          },
          [token, id] as [string, string]
        );
      const landed = await commit(previewId);
      expect(landed.status, JSON.stringify(landed.body)).toBe(200);
      expect(landed.body.version.fileName).toBe('pci_2015_clean.csv');
      // Once only: the same preview cannot land a second version.
      const again = await commit(previewId);
      expect(again.status).toBe(410);
      expect(again.body.message).toContain('Bản xem trước đã hết hạn');
    } finally {
      await w.context.close();
    }
  });
});

/** The data file of the current version, as the page's DuckDB fetches it. */
async function dataUrl(w: Awaited<ReturnType<typeof watchedPage>>): Promise<string> {
  await w.page.goto(`${server.url}/xep-hang`);
  await waitForDuckDb(w.page);
  return w.requests.filter((r) => r.startsWith('/api/data/')).at(-1) ?? '';
}

function rowOf(data: Uint8Array, unit: string, year: number, index: string, indicator: string): Record<string, string> | undefined {
  return dataTable(data).find((r) => r.unit_code === unit && Number(r.year) === year && r.index_id === index && r.indicator === indicator);
}
