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

  it('maps a name nobody has seen to a province, keeps it as an alias, and reads the file again', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, EDITOR);
      const clean = readFileSync('tests/fixtures/import/pci_2015_clean.csv', 'utf8').split('\n');
      const renamed = path.join(parent, 'renamed.csv');
      writeFileSync(renamed, clean.map((l) => l.replace(/^Thừa Thiên Huế,/, 'Thừa Thiên Huế (cũ),')).join('\n'));
      await w.page.goto(`${server.url}/tai-len`);
      await w.page.selectOption('[data-testid="upload-index"]', 'pci');
      await w.page.setInputFiles('[data-testid="upload-file"]', renamed);
      await w.page.click('[data-testid="upload-preview"]');
      await w.page.waitForSelector('[data-testid="unknown-units"]');
      expect(await w.page.textContent('[data-testid="upload-issues"]')).toContain('Có phải: Thừa Thiên Huế?');
      // The closest province is preselected; keep it.
      expect(await w.page.locator('[data-testid="unknown-units"] select').inputValue()).toBe('46');
      await w.page.click('[data-testid="unknown-units"] button');
      await w.page.waitForSelector('[data-testid="upload-commit"]');
      expect(await w.page.locator('[data-testid="unknown-units"]').count()).toBe(0);
      // The registry shows the alias beside the province, the 34 units of 2025 and Hà Tĩnh's DDCI units.
      await w.page.goto(`${server.url}/danh-muc-don-vi`);
      expect(await w.page.locator('[data-testid="old-provinces"] tbody tr').count()).toBe(64);
      expect(await w.page.locator('[data-testid="old-provinces"] tr', { hasText: 'Thừa Thiên Huế' }).textContent()).toContain('thuathienhuecu');
      expect(await w.page.locator('[data-testid="new-units"] tbody tr').count()).toBe(34);
      expect(await w.page.locator('[data-testid="new-units"] tr', { hasText: 'Quảng Ngãi' }).first().textContent()).toContain('Kon Tum');
    } finally {
      await w.context.close();
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
});
