// Accounts and admin forms as people use them: a login link with a hostile `next`, the admin's
// index-definition form (multipart, by text and by file), a password change, a disabled account.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, serverAndBrowser, signIn, watchedPage } from './harness';

const ADMIN = { user: 'quantri', pass: randomBytes(12).toString('base64url') };
const EDITOR = { user: 'bientap', pass: 'Ha Tinh bien tap 2026' };
const NEW_PASS = 'Cau mat khau moi cua bien tap!';
const app = serverAndBrowser({ CHISO_ADMIN_USER: ADMIN.user, CHISO_ADMIN_PASSWORD: ADMIN.pass });

async function loginForm(page: Page, who: { user: string; pass: string }) {
  await page.fill('input[name="username"]', who.user);
  await page.fill('input[name="password"]', who.pass);
  await page.click('button[type="submit"]');
}

describe('login redirect stays on this site', () => {
  for (const next of ['/%5Cevil.example/x', '/%09/evil.example', '//evil.example', 'https://evil.example', '/%2F%2Fevil.example']) {
    it(`next=${next} lands on the app`, async () => {
      const w = await watchedPage(app.browser);
      try {
        await w.page.goto(`${app.server.url}/dang-nhap?next=${next}`);
        await loginForm(w.page, ADMIN);
        await w.page.waitForSelector('[data-testid="signed-in-as"]');
        expect(new URL(w.page.url()).origin).toBe(app.server.url);
        expect(w.external.filter((u) => u.includes('evil'))).toEqual([]);
      } finally {
        await w.context.close();
      }
    });
  }

  it('an ordinary next is kept', async () => {
    const w = await watchedPage(app.browser);
    try {
      await w.page.goto(`${app.server.url}/dang-nhap?next=${encodeURIComponent('/tinh/ha-tinh?chiso=pci')}`);
      await loginForm(w.page, ADMIN);
      await w.page.waitForURL(/\/tinh\/ha-tinh\?chiso=pci$/);
    } finally {
      await w.context.close();
    }
  });
});

describe('admin forms', () => {
  it('saves an index definition from the form and from a file (multipart carries the CSRF token)', async () => {
    const w = await watchedPage(app.browser);
    try {
      await signIn(w.page, app.server.url, ADMIN);
      await w.page.goto(`${app.server.url}/quan-tri`);
      const form = w.page.locator('form.def');
      // The form starts from the first index's definition (PCI): saved as it is.
      await expect.poll(() => form.locator('textarea').inputValue(), { timeout: 15_000 }).toContain('"short"');
      const json = await form.locator('textarea').inputValue();
      const short = JSON.parse(json).short as string;
      await form.locator('button').click();
      await expect.poll(() => w.page.locator('form.def ~ p.ok').textContent(), { timeout: 15_000 }).toContain(`Đã lưu định nghĩa ${short}`);

      await w.page.reload();
      await form.locator('textarea').fill('');
      await form.locator('input[type="file"]').setInputFiles({ name: 'ddci.json', mimeType: 'application/json', buffer: Buffer.from(json) });
      await form.locator('button').click();
      await expect.poll(() => w.page.locator('form.def ~ p.ok').textContent(), { timeout: 15_000 }).toMatch(new RegExp(`Đã lưu định nghĩa ${short} \\(lần sửa \\d+\\)`));
      expect(w.consoleErrors.filter((e) => /403/.test(e))).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('refuses a weak password with a Vietnamese reason, then creates the editor', async () => {
    const w = await watchedPage(app.browser);
    try {
      await signIn(w.page, app.server.url, ADMIN);
      await w.page.goto(`${app.server.url}/quan-tri`);
      const f = w.page.locator('[data-testid="create-user"]');
      for (const [weak, reason] of [
        ['matkhau123', /12 ký tự/],
        ['matkhau123456', /phổ biến/],
        ['1234567890123', /chữ số/]
      ] as const) {
        await f.locator('input[name="username"]').fill(EDITOR.user);
        await f.locator('input[name="password"]').fill(weak);
        await f.locator('button').click();
        await expect.poll(() => w.page.locator('p.error[role="alert"]').textContent(), { timeout: 15_000 }).toMatch(reason);
      }
      await f.locator('input[name="username"]').fill(EDITOR.user);
      await f.locator('input[name="password"]').fill(EDITOR.pass);
      await f.locator('select[name="role"]').selectOption('editor');
      await f.locator('button').click();
      await expect.poll(() => w.page.locator('[data-testid="users"]').textContent(), { timeout: 15_000 }).toContain(EDITOR.user);
    } finally {
      await w.context.close();
    }
  });
});

describe('a user changes their password; an admin disables an account', () => {
  it('needs the current password, ends the other session and keeps this one', async () => {
    const here = await watchedPage(app.browser);
    const there = await watchedPage(app.browser);
    try {
      await signIn(here.page, app.server.url, EDITOR);
      await signIn(there.page, app.server.url, EDITOR);
      await here.page.click('[data-testid="signed-in-as"]');
      await here.page.waitForURL(/\/tai-khoan$/);
      const f = here.page.locator('[data-testid="change-password"]');
      const attempt = async (current: string, next: string) => {
        await f.locator('input[name="current"]').fill(current);
        await f.locator('input[name="next"]').fill(next);
        await f.locator('input[name="confirm"]').fill(next);
        await f.locator('button').click();
      };
      await attempt('not the password at all', NEW_PASS);
      await expect.poll(() => here.page.locator('p.error').textContent(), { timeout: 15_000 }).toMatch(/hiện tại không đúng/);
      await attempt(EDITOR.pass, 'password1234');
      await expect.poll(() => here.page.locator('p.error').textContent(), { timeout: 15_000 }).toMatch(/phổ biến/);
      await attempt(EDITOR.pass, NEW_PASS);
      await expect.poll(() => here.page.locator('p.ok').textContent(), { timeout: 15_000 }).toMatch(/Đã đổi mật khẩu/);
      await screenshot(here.page, 'account-password-changed');

      await there.page.reload();
      expect(await there.page.locator('[data-testid="signed-in-as"]').count()).toBe(0);
      await here.page.goto(`${app.server.url}/xep-hang`);
      expect(await here.page.textContent('[data-testid="signed-in-as"]')).toBe(EDITOR.user);
    } finally {
      await here.context.close();
      await there.context.close();
    }
  });

  it('a disabled account is signed out and cannot sign in until enabled again', async () => {
    const admin = await watchedPage(app.browser);
    const editor = await watchedPage(app.browser);
    const who = { user: EDITOR.user, pass: NEW_PASS };
    try {
      await signIn(editor.page, app.server.url, who);
      await signIn(admin.page, app.server.url, ADMIN);
      await admin.page.goto(`${app.server.url}/quan-tri`);
      expect(await admin.page.locator(`[data-testid="toggle-disabled-${ADMIN.user}"]`).count()).toBe(0); // not oneself
      await admin.page.click(`[data-testid="toggle-disabled-${EDITOR.user}"]`);
      await expect.poll(() => admin.page.locator('[data-testid="users"]').textContent(), { timeout: 15_000 }).toContain(`${EDITOR.user} (đã khóa)`);
      await screenshot(admin.page, 'admin-account-disabled');

      await editor.page.reload();
      expect(await editor.page.locator('[data-testid="signed-in-as"]').count()).toBe(0);
      await editor.page.goto(`${app.server.url}/dang-nhap`);
      await loginForm(editor.page, who);
      await expect.poll(() => editor.page.locator('[data-testid="login-error"]').textContent(), { timeout: 15_000 }).toMatch(/không đúng/);

      await admin.page.click(`[data-testid="toggle-disabled-${EDITOR.user}"]`);
      await expect.poll(() => admin.page.locator('[data-testid="users"]').textContent(), { timeout: 15_000 }).not.toContain('(đã khóa)');
      await signIn(editor.page, app.server.url, who);
      await admin.page.reload();
      const audit = await admin.page.locator('[data-testid="audit"]').textContent();
      expect(audit).toContain('"disabled":true');
      expect(audit).toContain('"password":"changed"');
    } finally {
      await admin.context.close();
      await editor.context.close();
    }
  });
});
