// The two eras of units, as a Sở would meet them: a 2025 DTI file naming the 34 new units (written from
// the official list in data/merger_2025_34_provinces.csv, with PLACEHOLDER values: see the fixture's
// name) is uploaded; every name resolves to the new era, and the new Tuyên Quang's page draws its own
// 2025 point after the old Tuyên Quang's and Hà Giang's series, across the marked merger.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { screenshot, serverAndBrowser, signIn, watchedPage } from './harness';
import { STORE_FILE } from '../../src/lib/server/store/openStore';
import { NEW_UNITS } from '../../src/lib/units/merger2025';

const ADMIN = { user: 'quantri', pass: randomBytes(12).toString('base64url') };
const FIXTURE = path.resolve('tests/fixtures/eras/dti_2025_34_units_placeholder.csv');
const app = serverAndBrowser({ CHISO_ADMIN_USER: ADMIN.user, CHISO_ADMIN_PASSWORD: ADMIN.pass });

/** The store's current DTI rows of a year, read beside the running server (WAL allows it). */
function storedDti(year: number) {
  const db = new Database(path.join(app.server.dataDir, STORE_FILE), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT unit_code, unit_name, rank, rank_of FROM observations
         WHERE version_id = (SELECT max(id) FROM versions WHERE index_id = 'dti') AND year = ? AND indicator = 'total'`
      )
      .all(year) as { unit_code: string; unit_name: string; rank: number; rank_of: number }[];
  } finally {
    db.close();
  }
}

describe('units by year', () => {
  it('a 2025 DTI file of the 34 units resolves every name to the new era, ranked of 34', async () => {
    const w = await watchedPage(app.browser);
    try {
      await signIn(w.page, app.server.url, ADMIN);
      await w.page.goto(`${app.server.url}/tai-len`);
      await w.page.waitForSelector('[data-testid="upload-form"][data-hydrated="true"]');
      await w.page.selectOption('[data-testid="upload-index"]', 'dti');
      await w.page.setInputFiles('[data-testid="upload-file"]', FIXTURE);
      await w.page.click('[data-testid="upload-preview"]');
      await w.page.waitForSelector('[data-testid="upload-preview-result"]');
      expect(await w.page.locator('[data-testid="unknown-units"]').count()).toBe(0);
      expect(await w.page.textContent('[data-testid="upload-diff-summary"]')).toMatch(/Thêm \d+/);
      await screenshot(w.page, 'eras-upload-preview');
      if (await w.page.locator('[data-testid="upload-accept"]').count()) await w.page.check('[data-testid="upload-accept"]');
      await w.page.click('[data-testid="upload-commit"]');
      await w.page.waitForSelector('[data-testid="upload-done"]');
      const rows = storedDti(2025);
      expect(rows.map((r) => r.unit_code).sort()).toEqual(NEW_UNITS.map((u) => u.code).sort());
      expect(rows.every((r) => r.unit_code.startsWith('n:') && r.rank_of === 34)).toBe(true);
      expect(rows.find((r) => r.unit_name === 'Tuyên Quang')!.unit_code).toBe('n:tuyen-quang');
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('the new Tuyên Quang shows 2025 after old Tuyên Quang and Hà Giang, across “sáp nhập 1/7/2025”, never averaged', async () => {
    const w = await watchedPage(app.browser);
    try {
      await w.page.goto(`${app.server.url}/tinh-moi/tuyen-quang?chiso=dti`);
      // DTI printed ranks for every old province (2022: of 63) but scores for the top 5 only: the rank
      // chart carries both eras; the score chart has the new unit's 2025 point.
      const scores = w.page.locator('[data-chart="diem-tinh-cu"] [data-testid="trend-chart-score"]');
      expect(await scores.locator('g.series[data-key="n:tuyen-quang"] circle').getAttribute('data-year')).toBe('2025');
      const chart = w.page.locator('[data-chart="hang-tinh-cu"] [data-testid="trend-chart-rank"]');
      const series = await chart.locator('g.series').evaluateAll((els) =>
        els.map((e) => ({
          key: e.getAttribute('data-key'),
          years: [...e.querySelectorAll('circle')].map((c) => Number(c.getAttribute('data-year'))),
          xs: [...e.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cx')))
        }))
      );
      expect(series.map((s) => s.key)).toEqual(['08', '02', 'n:tuyen-quang']);
      const [oldTq, haGiang, own] = series;
      expect(own.years).toEqual([2025]);
      expect(oldTq.years).toEqual([2022]);
      expect(haGiang.years).toEqual([2022]);
      expect(own.xs[0]).toBeGreaterThan(Math.max(...oldTq.xs, ...haGiang.xs));
      // The merger is marked between the old series and the new one (DTI is on the 34 from 2024).
      const brk = chart.locator('line.break[data-break="2024"]');
      expect(await brk.count()).toBe(1);
      const bx = Number(await brk.getAttribute('x1'));
      expect(bx).toBeGreaterThan(Math.max(...oldTq.xs, ...haGiang.xs));
      expect(bx).toBeLessThan(own.xs[0]);
      expect(await chart.textContent()).toContain('sáp nhập 1/7/2025');
      const legend = await w.page.locator('[data-chart="hang-tinh-cu"] .legend').textContent();
      expect(legend).toContain('Tuyên Quang (tỉnh cũ)');
      expect(legend).toContain('Hà Giang (tỉnh cũ)');
      expect(legend).toContain('Tuyên Quang (mới)');
      expect(legend).toContain('sáp nhập 1/7/2025');
      expect(legend).not.toContain('đổi phương pháp');
      expect(legend).not.toMatch(/trung bình|gộp/i);
      expect(await w.page.textContent('[data-testid="merger-own"]')).toContain('/34');
      await screenshot(w.page, 'eras-tuyen-quang');

      // An old slug keeps working and says what it became.
      await w.page.goto(`${app.server.url}/tinh-moi/ha-giang?chiso=dti`);
      expect((await w.page.textContent('[data-testid="merger-from"]'))!.replace(/\s+/g, ' ')).toContain('Hà Giang thuộc tỉnh Tuyên Quang mới');
      expect(await w.page.textContent('[data-testid="merger-title"]')).toContain('Tuyên Quang');

      // The registry reads both eras.
      await w.page.goto(`${app.server.url}/danh-muc-don-vi`);
      expect(await w.page.locator('[data-testid="new-units"] tbody tr').count()).toBe(34);
      expect(await w.page.textContent('[data-testid="new-units"]')).toContain('n:tuyen-quang');
      expect(await w.page.textContent('[data-testid="eras-note"]')).toContain('Tuyên Quang mới');
      await screenshot(w.page, 'eras-registry');
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});
