// "Cần bao nhiêu điểm để …" on the province page, as a person uses it: real server, real Chromium,
// the gap checked against data/*.csv and the mixes added up from what the page shows.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { screenshot, serverAndBrowser, waitForDuckDb, watchedPage } from './harness';
import { csvRows, int, num } from '../../src/lib/data/csvRows';

const pci = csvRows(readFileSync('data/pci_2006_2015_all_provinces.csv', 'utf8'));
const ht = pci.find((r) => r.year === '2015' && r.province === 'Hà Tĩnh')!;
const at = (rank: number) => pci.find((r) => r.year === '2015' && int(r.rank) === rank)!;
const vi = (v: number) => v.toFixed(2).replace('.', ',');

// A fresh store of its own (startServer makes and removes one), so the seeded plans are the only plans.
const app = serverAndBrowser();

/** Hà Tĩnh's PCI 2015 page, DuckDB ready and the simulator drawn. */
async function openHaTinh2015() {
  const w = await watchedPage(app.browser);
  await w.page.goto(`${app.server.url}/tinh/ha-tinh?nam=2015`);
  await waitForDuckDb(w.page);
  await w.page.waitForSelector('[data-testid="simulator"]:not([data-pending])');
  return w;
}

async function setTarget(page: Page, kind: 'top' | 'hang' | 'diem', amount: string) {
  await page.selectOption('[data-testid="sim-kind"]', kind);
  await page.fill('[data-testid="sim-amount"]', amount);
  await page.click('[data-testid="sim-submit"]');
  await page.waitForURL((u) => u.searchParams.get('muc-tieu') === `${kind}-${amount}`);
  await page.waitForFunction((t) => document.querySelector('[data-testid="simulator"] h2')?.textContent?.includes(t), kind === 'top' ? `top ${amount}` : amount);
}

/** Every mix's cells, read from the page: contributions per component and the printed total. */
async function mixes(page: Page) {
  return page.$$eval('[data-testid="sim-table"]', ([t]) => {
    const ids = [...t.querySelectorAll('tfoot td[data-mix]')].map((td) => td.getAttribute('data-mix')!);
    return ids.map((id) => ({
      id,
      total: Number(t.querySelector(`tfoot td[data-mix="${id}"]`)!.getAttribute('data-total')),
      totalText: t.querySelector(`tfoot td[data-mix="${id}"]`)!.textContent!.trim(),
      cells: [...t.querySelectorAll(`tbody td[data-mix="${id}"]`)].map((td) => Number(td.getAttribute('data-contribution')))
    }));
  });
}

describe('Cần bao nhiêu điểm để … (Hà Tĩnh, PCI 2015)', () => {
  it('follows a province change once the new first screen is painted (with the breakdown), and never shows two provinces at once', async () => {
    const w = await openHaTinh2015();
    const { page } = w;
    const chartOf = () => page.getAttribute('[data-testid="simulator"] [data-testid="download-csv"]', 'aria-label');
    expect(await chartOf()).toContain('Hà Tĩnh: cần bao nhiêu điểm');
    expect(await page.title()).toBe('Hà Tĩnh — PCI — chiso');
    // Frames counted in the page; each change of the title or the simulator noted with the frame it came in.
    await page.evaluate(() => {
      const g = window as unknown as { frames_: number; seen: { title?: number; sim?: number; pendingAtTitle?: boolean; breakdownPendingAtTitle?: boolean; tabAtTitle?: string; simUnits: string[] } };
      g.frames_ = 0;
      g.seen = { simUnits: [] };
      const tick = () => {
        g.frames_++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      new MutationObserver(() => {
        const sim = document.querySelector('[data-testid="simulator"]');
        const label = sim?.querySelector('[data-testid="download-csv"]')?.getAttribute('aria-label') ?? '';
        if (g.seen.title == null && document.querySelector('[data-testid="unit-title"]')?.textContent?.includes('Quảng Ngãi')) {
          g.seen.title = g.frames_;
          g.seen.pendingAtTitle = sim?.hasAttribute('data-pending');
          g.seen.breakdownPendingAtTitle = document.querySelector('[data-testid="contribution-section"]')?.hasAttribute('data-pending');
          g.seen.tabAtTitle = document.title;
        }
        if (g.seen.sim == null && label.includes('Quảng Ngãi')) g.seen.sim = g.frames_;
        // Whom the section's chart and its summary name, at every change: always the same province.
        const summary = sim?.querySelector('[data-testid="sim-summary"]')?.textContent ?? '';
        g.seen.simUnits.push(`${label.replace('Tải số liệu CSV: ', '').split(':')[0]} / ${summary.split(' năm ')[0]}`);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.fill('[data-testid="unit-search"]', 'quang ngai');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="simulator"]:not([data-pending])');
    await page.waitForFunction(() => (window as unknown as { seen: { sim?: number } }).seen.sim != null);
    const seen = await page.evaluate(
      () => (window as unknown as { seen: { title: number; sim: number; pendingAtTitle: boolean; breakdownPendingAtTitle: boolean; tabAtTitle: string; simUnits: string[] } }).seen
    );
    // The tab's title (PageTitle) follows after the paint as well, and then names the new province.
    expect(seen.tabAtTitle).toBe('Hà Tĩnh — PCI — chiso');
    await page.waitForFunction(() => document.title === 'Quảng Ngãi — PCI — chiso');
    expect(seen.breakdownPendingAtTitle, 'the breakdown followed after the paint too').toBe(true);
    await page.waitForSelector('[data-testid="contribution-section"]:not([data-pending])');
    expect(await page.textContent('[data-testid="contribution-section"]')).not.toContain('Hà Tĩnh');
    expect(await page.getAttribute('[data-chart="thay-doi"] [data-testid="download-csv"]', 'aria-label')).toContain('Quảng Ngãi: thay đổi chỉ số thành phần');
    expect(new Set(seen.simUnits)).toEqual(new Set(['Hà Tĩnh / Hà Tĩnh', 'Quảng Ngãi / Quảng Ngãi']));
    expect(seen.pendingAtTitle, 'the simulator still showed Hà Tĩnh, marked as pending, when the title changed').toBe(true);
    expect(seen.sim, 'a frame was drawn between the new title and the simulator').toBeGreaterThan(seen.title);
    expect(await chartOf()).toContain('Quảng Ngãi: cần bao nhiêu điểm');
    expect(await page.textContent('[data-testid="sim-summary"]')).toContain('Quảng Ngãi');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  }, 60_000);

  it('top 30: the gap is the distance to the 30th province’s published score, and every mix adds up to it', async () => {
    const w = await openHaTinh2015();
    const { page } = w;

    // Another target first, so setting top 30 is a change the page has to make.
    await setTarget(page, 'top', '10');
    const gap10 = Number(await page.getAttribute('[data-testid="sim-gap"]', 'data-gap'));
    expect(gap10).toBeCloseTo(num(at(10).pci_score)! - num(ht.pci_score)!, 9);

    await setTarget(page, 'top', '30');
    const th30 = at(30);
    const gap = num(th30.pci_score)! - num(ht.pci_score)!;
    expect(Number(await page.getAttribute('[data-testid="sim-gap"]', 'data-gap'))).toBeCloseTo(gap, 9);
    expect(await page.textContent('[data-testid="sim-gap"]')).toContain(vi(gap));
    const summary = (await page.textContent('[data-testid="sim-summary"]'))!;
    expect(summary).toContain(`xếp thứ ${ht.rank}/63`);
    expect(summary).toContain(`${th30.province}, tỉnh xếp thứ 30/63 (${vi(num(th30.pci_score)!)} điểm)`);
    expect(await page.textContent('[data-testid="sim-label"]')).toBe('Mô phỏng trên số liệu công bố');
    expect(await page.textContent('[data-testid="sim-weights-label"]')).toBe('trọng số ước lượng, không phải bảng công bố');

    const ms = await mixes(page);
    expect(ms.map((m) => m.id)).toEqual(['trong-so-lon', 'theo-trong-so', 'theo-khoang-cach']);
    for (const m of ms) {
      expect(m.cells).toHaveLength(10);
      expect(m.cells.reduce((a, b) => a + b, 0)).toBeCloseTo(gap, 9);
      expect(m.total).toBeCloseTo(gap, 9);
      expect(m.totalText).toBe(`+${vi(gap)}`);
    }
    // Spread by weight: a weight-20 component carries four times what a weight-5 one does.
    const spread = ms[1].cells;
    const rows = await page.$$eval('[data-testid="sim-table"] tbody tr', (trs) => trs.map((tr) => ({ code: tr.getAttribute('data-code'), weight: tr.children[1].textContent!.trim() })));
    const i20 = rows.findIndex((r) => r.weight === '20%');
    const i5 = rows.findIndex((r) => r.weight === '5%');
    expect(spread[i20] / spread[i5]).toBeCloseTo(4, 9);

    // Plan 002 (Hà Tĩnh) has tasks aimed at transparency: they are listed with their status.
    await page.waitForFunction(() => !document.querySelector('[data-testid="simulator"]')?.textContent?.includes('Đang tải nhiệm vụ'));
    const transparency = page.locator('[data-testid="sim-table"] tr[data-code="tinh_minh_bach"] td.tasks');
    expect(await transparency.locator('a[href^="/ke-hoach/002/nhiem-vu/"]').count()).toBeGreaterThan(0);
    expect(await transparency.locator('[data-testid="plan-status"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="target-mix-chart"] line[data-tip]').count()).toBeGreaterThan(0);

    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'simulator-ha-tinh-2015');
    mkdirSync('docs', { recursive: true });
    await page.locator('[data-testid="simulator"]').screenshot({ path: 'docs/simulator-ha-tinh-2015.png' });
    expect(w.external).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  }, 120_000);

  it('refuses to set Hà Tĩnh 2015 against the 2012 scores (PCI changed its method in 2013), and says a target met is met', async () => {
    const w = await watchedPage(app.browser);
    await w.page.goto(`${app.server.url}/tinh/ha-tinh?nam=2015&muc-tieu=top-30&so-voi=2012`);
    await w.page.waitForSelector('[data-testid="sim-refusal"]');
    expect(await w.page.getAttribute('[data-testid="sim-refusal"]', 'data-reason')).toBe('break');
    expect(await w.page.textContent('[data-testid="sim-refusal"]')).toContain('PCI đổi phương pháp năm 2013');
    await w.page.goto(`${app.server.url}/tinh/ha-tinh?nam=2015&muc-tieu=top-50`);
    await w.page.waitForSelector('[data-testid="sim-refusal"]');
    expect(await w.page.getAttribute('[data-testid="sim-refusal"]', 'data-reason')).toBe('met');
    // On a phone the table scrolls inside its box and the page itself does not.
    await w.page.setViewportSize({ width: 390, height: 844 });
    await w.page.goto(`${app.server.url}/tinh/ha-tinh?nam=2015&muc-tieu=top-30`);
    await w.page.waitForSelector('[data-testid="sim-table"]');
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await w.page.locator('[data-testid="simulator"]').screenshot({ path: 'tests/browser/screenshots/simulator-ha-tinh-2015-390.png' });
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  }, 60_000);
});
