// Plans in both eras (issue 12): an admin imports a plan dated 2026 (a placeholder appendix written for
// this test, tests/fixtures/plans/README.md) for the new Tuyên Quang, finds its communes offered, and
// gives a target to one of them; an old plan's huyện says what it became.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, screenshot, signIn, startServer, watchedPage, type Server } from './harness';

const ADMIN = { user: 'quantri', pass: randomBytes(12).toString('base64url') };
const TEXT = readFileSync(path.resolve('tests/fixtures/plans/plan_2026_tuyen_quang_placeholder.txt'), 'utf8');
const COMMUNES = (JSON.parse(readFileSync(path.resolve('data/plans/units_2025.json'), 'utf8')) as { provinces: { unit: string; communes: unknown[] }[] }).provinces.find(
  (p) => p.unit === 'Tuyên Quang'
)!.communes.length;

let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ CHISO_ADMIN_USER: ADMIN.user, CHISO_ADMIN_PASSWORD: ADMIN.pass, CHISO_TODAY: '2026-12-04' });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a plan dated 2026', () => {
  it('is imported for the new Tuyên Quang, and a target is given to one of its communes', async () => {
    const w = await watchedPage(browser);
    try {
      await signIn(w.page, server.url, ADMIN);
      await w.page.goto(`${server.url}/ke-hoach/nhap`);
      await w.page.waitForSelector('[data-testid="appendix-read"][data-hydrated="true"]');
      await w.page.fill('[data-testid="appendix-text"]', TEXT);
      await w.page.click('[data-testid="appendix-read"]');
      await w.page.waitForSelector('[data-testid="appendix-preview"]');
      // The date line "ngày 15/01/2026" puts it in the era of the 34 provinces; the list offers those.
      expect(await w.page.inputValue('[data-testid="meta-province"]')).toBe('Tuyên Quang');
      expect(await w.page.getAttribute('[data-testid="plan-era"]', 'data-era')).toBe('new');
      expect(await w.page.locator('#provinces option').count()).toBe(34);
      expect(await w.page.locator('#provinces option[value="Hà Giang"]').count()).toBe(0);
      // Dated 2024 it would be an old-era plan with the 63 provinces.
      const dateInput = w.page.locator('label', { hasText: 'Ngày ban hành' }).locator('input');
      expect(await dateInput.inputValue()).toBe('ngày 15/01/2026');
      await dateInput.fill('ngày 15/01/2024');
      expect(await w.page.getAttribute('[data-testid="plan-era"]', 'data-era')).toBe('old');
      // The 63 of 2008–2025, and Hà Tây for the PCI years before it joined Hà Nội.
      expect(await w.page.locator('#provinces option').count()).toBeGreaterThanOrEqual(63);
      expect(await w.page.locator('#provinces option[value="Hà Giang"]').count()).toBe(1);
      await dateInput.fill('ngày 15/01/2026');
      await w.page.click('[data-testid="appendix-save"]');
      await w.page.waitForSelector('[data-testid="import-done"]');
      const planId = (await w.page.getAttribute('[data-testid="import-done"]', 'data-plan'))!;

      await w.page.goto(`${server.url}/ke-hoach/${planId}`);
      expect(await w.page.textContent('[data-testid="plan-era"]')).toContain('Kế hoạch theo 34 tỉnh, thành phố từ 1/7/2025: tỉnh Tuyên Quang');
      // Task 2 is led by "UBND các xã, phường": every commune of the new province is expected to report.
      await w.page.goto(`${server.url}/ke-hoach/${planId}/nhiem-vu/2`);
      expect(await w.page.locator('[data-testid="target-unit"]').count()).toBe(COMMUNES);
      expect(await w.page.locator('[data-testid="target-unit"]', { hasText: 'Phường Hà Giang 1' }).count()).toBe(1);

      // Task 3 is the province's own; the editor gives it to Xã Lũng Cú, typed without diacritics.
      await w.page.goto(`${server.url}/ke-hoach/${planId}/nhiem-vu/3`);
      await w.page.waitForSelector('[data-testid="target-assign-save"]:not([disabled])');
      const before = await w.page.locator('[data-testid="target-unit"]').count();
      await w.page.fill('[data-testid="target-assign-unit"]', 'Xã Không Có');
      await w.page.click('[data-testid="target-assign-save"]');
      expect(await w.page.textContent('[data-testid="target-unit-error"]')).toContain('Không có “Xã Không Có” trong danh mục đơn vị của kế hoạch');
      await w.page.fill('[data-testid="target-assign-unit"]', 'xa lung cu');
      await w.page.click('[data-testid="target-assign-save"]');
      const row = w.page.locator('[data-testid="target-unit"]', { hasText: 'Xã Lũng Cú' });
      await row.waitFor();
      expect(await w.page.locator('[data-testid="target-unit"]').count()).toBe(before + 1);
      await screenshot(w.page, 'plans-2026-commune-target', true);

      // The commune's own page lists the target, and says which province it belongs to.
      await row.locator('a').first().click();
      await w.page.waitForSelector('[data-testid="unit-title"]');
      expect(await w.page.textContent('[data-testid="unit-title"]')).toBe('Xã Lũng Cú');
      expect(await w.page.textContent('[data-testid="unit-new-era"]')).toContain('thuộc tỉnh Tuyên Quang');
      expect(await w.page.textContent('main')).toMatch(/NV 3\. Tổ chức đối thoại.*tối thiểu 02 lần\/năm/i);
      expect(await w.page.textContent('.meta')).toContain('xã, phường, đặc khu');
    } finally {
      await w.context.close();
    }
  });

  it('an old plan’s huyện says it no longer exists and which new province holds it', async () => {
    const w = await watchedPage(browser);
    try {
      await w.page.goto(`${server.url}/ke-hoach/don-vi/${encodeURIComponent('42:huyen-cam-xuyen')}`);
      const s = w.page.locator('[data-testid="unit-successor"]');
      expect(await s.textContent()).toContain('Từ 01/07/2025, cấp huyện không còn; địa bàn của đơn vị này thuộc tỉnh Hà Tĩnh (không sáp nhập).');
      const href = (await s.locator('a').getAttribute('href'))!;
      expect(href).toBe('/tinh-moi/ha-tinh');
      expect((await w.page.goto(`${server.url}${href}`))?.status()).toBe(200);
      await w.page.goto(`${server.url}/ke-hoach/002`);
      expect(await w.page.textContent('[data-testid="plan-era"]')).toContain('Kế hoạch ban hành trước 1/7/2025');
    } finally {
      await w.context.close();
    }
  });
});
