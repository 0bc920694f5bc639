// The analysis views as a person checks them: real server, real Chromium, numbers read from data/*.csv.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, screenshot, startServer, waitForDuckDb, watchedPage, type Server, type Watched } from './harness';
import { csvRows, num } from '../../src/lib/data/csvRows';
import { buildDataset, readShippedFiles } from '../../src/lib/server/shippedData';

const data = buildDataset(readShippedFiles());
const ddci = csvRows(readFileSync('data/ddci_hatinh_2021_partial.csv', 'utf8'));
const pciWb = csvRows(readFileSync('data/pci_2006_2015_all_provinces.csv', 'utf8'));
const papi19 = csvRows(readFileSync('data/papi_2016_2019_dimensions.csv', 'utf8'));
const vi = (v: number, d = 2) => v.toFixed(d).replace('.', ',');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

let server: Server;
let browser: Browser;
let storeDir: string;

beforeAll(async () => {
  // A store of its own: other work trees' servers and tests keep theirs.
  storeDir = mkdtempSync(path.join(os.tmpdir(), 'chiso-analysis-'));
  server = await startServer({ CHISO_DATA_DIR: storeDir });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (storeDir) rmSync(storeDir, { recursive: true, force: true });
});

async function clean(w: Watched) {
  expect(w.external).toEqual([]);
  expect(w.consoleErrors).toEqual([]);
  await w.context.close();
}

/** Both sizes of one view, after DuckDB is ready so the footer is final. */
async function shots(page: Page, url: string, name: string) {
  for (const [size, vp] of [['1280', DESKTOP], ['390', PHONE]] as const) {
    await page.setViewportSize(vp);
    await page.goto(url);
    await waitForDuckDb(page);
    await page.waitForTimeout(150);
    await screenshot(page, `${name}-${size}`);
  }
}

describe('DDCI Hà Tĩnh 2021', () => {
  const score = (r: (typeof ddci)[number]) => num(r.ddci_score_100)!;
  const so = ddci.filter((r) => r.unit_type === 'Sở/ngành').sort((a, b) => score(b) - score(a));
  const huyen = ddci.filter((r) => r.unit_type.startsWith('Huyện')).sort((a, b) => score(b) - score(a));
  const best = [...ddci].sort((a, b) => score(b) - score(a))[0];

  it('names the best unit and ranks each group apart, with the province’s bands', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${server.url}/ddci?nam=2021`);
    // The data says so; the brief says Thị xã Hồng Lĩnh, 89,45.
    expect(best.unit).toBe('Thị xã Hồng Lĩnh');
    const card = await w.page.locator('[data-testid="ddci-best"]').textContent();
    expect(card).toContain(best.unit);
    expect(card).toContain(vi(score(best)));
    expect(card).toContain(best.xep_loai);

    for (const [group, rows] of [
      ['so_nganh', so],
      ['huyen', huyen]
    ] as const) {
      const chart = w.page.locator(`[data-testid="group-ranking"][data-group="xep-hang-${group}"]`);
      expect(Number(await chart.getAttribute('data-bars'))).toBe(rows.length);
      const bars = chart.locator('g.bar');
      expect(await bars.evaluateAll((els) => els.map((e) => e.getAttribute('data-name')))).toEqual(rows.map((r) => r.unit));
      expect(await bars.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-rank'))))).toEqual(rows.map((_, i) => i + 1));
      // An order by score among the units with figures, said as one: DDCI publishes no rank here.
      expect(await bars.first().getAttribute('aria-label')).toContain(`Thứ 1/${rows.length} theo điểm. ${rows[0].unit}: ${vi(score(rows[0]))}, ${rows[0].xep_loai}`);
    }
    const bands = await w.page.locator('[data-testid="ddci-bands"]').textContent();
    expect(bands).toContain('Rất tốt · Tốt · Khá · Trung bình · Thấp · Rất thấp');
    await clean(w);
  });

  it('shows "-" cells as not applicable, never 0, and keeps the printed out-of-scale "50" flagged', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${server.url}/ddci?nam=2021`);
    const heat = w.page.locator('[data-testid="ddci-heatmap"]');
    expect(await heat.locator('g.row').count()).toBe(ddci.length);
    const na = heat.locator('g.cell[data-column="tiep_can_dat_dai"][data-state="not-applicable"]');
    expect(await na.count()).toBe(ddci.filter((r) => r.tiep_can_dat_dai === '').length);
    expect(await na.first().textContent()).toContain('–');
    expect(await heat.locator('g.cell text').evaluateAll((els) => els.filter((e) => e.textContent?.trim() === '0' || e.textContent?.trim() === '0,00').length)).toBe(0);
    const oos = heat.locator('g.cell[data-state="out-of-scale"]');
    expect(await oos.count()).toBe(1);
    expect(await oos.getAttribute('aria-label')).toContain('Sở Tài chính');
    // Sequential scale over the in-scale values only (the printed 50 does not stretch it).
    const [lo, hi] = (await heat.getAttribute('data-domain'))!.split(',').map(Number);
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThanOrEqual(10);
    await clean(w);
  });

  it('says the trend has only 2021 instead of drawing nothing, for a unit picked by click', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${server.url}/ddci?nam=2021`);
    await waitForDuckDb(w.page);
    await w.page.locator('[data-testid="group-ranking"][data-group="xep-hang-huyen"] g.bar').first().click();
    await w.page.waitForURL(/chon=thi-xa-hong-linh/);
    await w.page.waitForSelector('[data-testid="ddci-selected"]');
    const status = w.page.locator('[data-testid="ddci-trend-status"]');
    expect(await status.getAttribute('data-years')).toBe('1');
    expect(await status.textContent()).toContain('chỉ gồm năm 2021');
    expect(await w.page.locator('[data-testid="view-source"]').getAttribute('data-source')).toBe('duckdb-wasm');
    await shots(w.page, `${server.url}/ddci?nam=2021&chon=thi-xa-hong-linh`, 'ddci-2021');
    // For the docs: the heatmap and the group rankings.
    await w.page.setViewportSize(DESKTOP);
    await w.page.goto(`${server.url}/ddci?nam=2021&chon=thi-xa-hong-linh`);
    await waitForDuckDb(w.page);
    mkdirSync('docs', { recursive: true });
    await w.page.locator('[data-chart="ban-do-nhiet"]').screenshot({ path: 'docs/ddci-heatmap-2021.png' });
    await clean(w);
  });
});

describe('unit profile', () => {
  it('gives Hà Tĩnh every index, PAPI 2019 with its score and no rank (PAPI publishes none), and a marked place for plan targets', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${server.url}/don-vi/ha-tinh`);
    // PAPI's latest year is 2019 (the workbook's published total, out of 80); PAPI prints no ranks, and none is shown.
    const p19 = papi19.filter((r) => r.year === '2019' && num(r.papi_total_published));
    expect(p19.length).toBe(63);
    const ht = p19.find((r) => r.province_vi === 'Hà Tĩnh')!;
    const card = w.page.locator('[data-testid="profile-index"][data-index="papi"]');
    expect(await card.locator('[data-testid="profile-rank"]').textContent()).toBe('chưa công bố');
    expect(await card.locator('[data-testid="profile-rank"]').getAttribute('data-kind')).toBe('none');
    expect(await card.locator('[data-testid="profile-value"]').textContent()).toBe(vi(num(ht.papi_total_published)!));
    const indices = await w.page.locator('[data-testid="profile-index"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-index')));
    expect(indices.sort()).toEqual(['dti', 'papi', 'par_index', 'pci', 'sipas']);
    // DTI: Hà Tĩnh has a published 2022 rank (37/63) but no printed score; the card says the score is unpublished.
    expect(await w.page.locator('[data-testid="profile-index"][data-index="dti"]').textContent()).toContain('Chưa công bố điểm tổng');
    // PCI: the latest published total and rank (pci_province_history), and 2023 called unpublished, not 0.
    const pci = data.observations.filter((o) => o.index_id === 'pci' && o.unit_code === '42' && o.indicator === 'total' && o.value != null).at(-1)!;
    const pciCard = w.page.locator('[data-testid="profile-index"][data-index="pci"]');
    expect(await pciCard.locator('[data-testid="profile-value"]').textContent()).toBe(vi(pci.value!));
    expect(await pciCard.locator('[data-testid="profile-rank"]').textContent()).toBe(`${pci.rank}/63`);
    expect(await pciCard.locator('[data-testid="profile-unpublished"]').textContent()).toContain('2023');
    await w.page.waitForSelector('[data-testid="unit-targets"][data-ready="yes"]');
    expect(await w.page.locator('[data-testid="unit-targets"] h2').first().textContent()).toContain('Mục tiêu kế hoạch');
    await shots(w.page, `${server.url}/don-vi/ha-tinh`, 'profile-ha-tinh');
    await clean(w);
  });

  it('orders a DDCI unit by score within its own group, and says it is no published rank', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${server.url}/don-vi/thi-xa-hong-linh`);
    const n = ddci.filter((r) => r.unit_type.startsWith('Huyện')).length;
    const card = w.page.locator('[data-testid="profile-index"][data-index="ddci_42"]');
    expect(await card.locator('[data-testid="profile-rank"]').textContent()).toBe(`thứ 1/${n} theo điểm`);
    expect(await card.textContent()).toContain('không phải hạng công bố');
    expect(await w.page.locator('[data-testid="profile-meta"]').textContent()).toContain('Hà Tĩnh');
    await shots(w.page, `${server.url}/don-vi/thi-xa-hong-linh`, 'profile-thi-xa-hong-linh');
    await clean(w);
  });
});

describe('why the total moved', () => {
  it('sums Hà Tĩnh’s PCI 2014 → 2015 contributions to the published change within rounding, residual shown', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${server.url}/tinh/ha-tinh?nam=2015`);
    const a = pciWb.find((r) => r.year === '2014' && r.province === 'Hà Tĩnh')!;
    const b = pciWb.find((r) => r.year === '2015' && r.province === 'Hà Tĩnh')!;
    const published = num(b.pci_score)! - num(a.pci_score)!;
    const steps = w.page.locator('[data-testid="contribution-chart"] g.step');
    const values = await steps.evaluateAll((els) => els.map((e) => ({ kind: e.getAttribute('data-kind'), code: e.getAttribute('data-code'), v: Number(e.getAttribute('data-value')) })));
    const comps = values.filter((s) => s.kind === 'component');
    expect(comps.length).toBe(10);
    const total = values.find((s) => s.kind === 'total')!.v;
    const residual = values.find((s) => s.kind === 'residual')!.v;
    expect(total).toBeCloseTo(published, 9);
    const explained = comps.reduce((s, c) => s + c.v, 0);
    // Printed to 2 decimals: Σ(w/10) = 10 components' rounding + the totals' → at most 0.11 points.
    expect(Math.abs(explained - published)).toBeLessThanOrEqual(0.11);
    expect(explained + residual).toBeCloseTo(published, 9);
    // One contribution by hand from the file: Đào tạo lao động, weight 20 % → 2 × Δscore.
    const dt = comps.find((c) => c.code === 'dao_tao_lao_dong')!;
    expect(dt.v).toBeCloseTo(2 * (num(b.dao_tao_lao_dong)! - num(a.dao_tao_lao_dong)!), 9);
    const rec = w.page.locator('[data-testid="reconciliation"]');
    expect(await rec.locator('tr[data-year="2015"] td').first().textContent()).toBe(vi(num(b.pci_score)!));
    expect(await rec.textContent()).toContain('khớp trong phạm vi làm tròn');
    expect(await w.page.locator('[data-testid="contribution-summary"]').textContent()).toContain(`giảm ${vi(Math.abs(published))} điểm`);
    await shots(w.page, `${server.url}/tinh/ha-tinh?nam=2015`, 'contribution-ha-tinh-2015');
    await w.page.setViewportSize(DESKTOP);
    await w.page.goto(`${server.url}/tinh/ha-tinh?nam=2015`);
    await waitForDuckDb(w.page);
    await w.page.locator('[data-testid="contribution-section"]').screenshot({ path: 'docs/contribution-ha-tinh-2015.png' });
    await clean(w);
  });

  it('refuses a contribution across the 2013 methodology break and says why', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${server.url}/tinh/ha-tinh?nam=2013`);
    const status = w.page.locator('[data-testid="contribution-status"]');
    expect(await status.getAttribute('data-status')).toBe('break');
    expect(await status.textContent()).toContain('đổi phương pháp');
    expect(await w.page.locator('[data-testid="contribution-chart"]').count()).toBe(0);
    // The raw component changes are still shown.
    expect(await w.page.locator('[data-testid="change-chart"]').count()).toBe(1);
    await clean(w);
  });
});

describe('2025 merger', () => {
  it('shows new Quảng Ngãi as its two old provinces, labelled, with no averaged line', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${server.url}/tinh-moi/quang-ngai`);
    const statement = (await w.page.locator('[data-testid="merger-statement"]').textContent())!.replace(/\s+/g, ' ');
    expect(statement).toContain('Quảng Ngãi + Kon Tum');
    expect(statement).toContain('trước năm 2025 được đo trên từng tỉnh cũ');
    expect(statement).toContain('không cộng gộp, không lấy trung bình');
    const chart = w.page.locator('[data-testid="trend-chart-score"]');
    const series = await chart.locator('g.series').evaluateAll((els) => els.map((e) => ({ key: e.getAttribute('data-key'), kind: e.getAttribute('data-series'), points: Number(e.getAttribute('data-points')) })));
    expect(series.map((s) => s.key)).toEqual(['51', '62']);
    expect(series.every((s) => s.kind === 'unit')).toBe(true);
    for (const s of series) {
      const published = data.observations.filter((o) => o.index_id === 'pci' && o.unit_code === s.key && o.indicator === 'total' && o.value != null).length;
      expect(s.points).toBe(published);
    }
    const legend = await w.page.locator('[data-chart="diem-tinh-cu"] .legend').textContent();
    expect(legend).toContain('Quảng Ngãi (tỉnh cũ)');
    expect(legend).toContain('Kon Tum (tỉnh cũ)');
    expect(legend).not.toMatch(/trung bình|trung vị|gộp/i);
    await shots(w.page, `${server.url}/tinh-moi/quang-ngai`, 'merger-quang-ngai');
    await clean(w);
  });

  it('knows old and new units in the picker; an unchanged province goes straight to its history', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${server.url}/tinh/ha-tinh?nam=2015`);
    await waitForDuckDb(w.page);
    await w.page.fill('[data-testid="unit-search"]', 'kon tum');
    const options = await w.page.locator('[role="option"]').allTextContents();
    expect(options.some((o) => o.trim() === 'Kon Tum')).toBe(true);
    expect(options.some((o) => o.includes('Quảng Ngãi — tỉnh mới từ 2025 (Quảng Ngãi + Kon Tum)'))).toBe(true);
    await w.page.locator('[role="option"]', { hasText: 'tỉnh mới từ 2025' }).click();
    await w.page.waitForURL(/\/tinh-moi\/quang-ngai/);
    await w.page.waitForSelector('[data-testid="merger-title"]');
    await w.page.goto(`${server.url}/tinh-moi/ha-tinh`);
    expect(new URL(w.page.url()).pathname).toBe('/tinh/ha-tinh');
    await w.page.goto(`${server.url}/tinh-moi/phu-tho`);
    expect(await w.page.locator('[data-testid="merger-old-units"] li').count()).toBe(3);
    await clean(w);
  });
});

describe('regions and peers', () => {
  it('compares Hà Tĩnh with the peers in the URL, and adds its region’s provinces in one click', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${server.url}/tinh/ha-tinh?nam=2015&so-sanh=nghe-an,quang-binh`);
    const chart = w.page.locator('[data-chart="so-sanh"] [data-testid="trend-chart-score"]');
    expect(await chart.locator('g.series').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual(['42', '40', '44']);
    const table = w.page.locator('[data-testid="peer-table"]');
    for (const [slug, name] of [
      ['nghe-an', 'Nghệ An'],
      ['quang-binh', 'Quảng Bình']
    ]) {
      const r = pciWb.find((x) => x.year === '2015' && x.province === name)!;
      const row = await table.locator(`tr[data-peer="${slug}"]`).textContent();
      expect(row).toContain(vi(num(r.pci_score)!));
      expect(row).toContain(`${r.rank}/63`);
    }
    // The region median is drawn on the province's trend (14 provinces of BTB&DHMT).
    expect(await w.page.locator('[data-chart="diem"] g.series[data-key="region"]').count()).toBe(1);
    expect(await w.page.locator('[data-testid="unit-region"]').textContent()).toContain('Bắc Trung Bộ và duyên hải miền Trung');
    await shots(w.page, `${server.url}/tinh/ha-tinh?nam=2015&so-sanh=nghe-an,quang-binh`, 'peers-ha-tinh-2015');

    await w.page.setViewportSize(DESKTOP);
    await w.page.goto(`${server.url}/tinh/ha-tinh?nam=2015&so-sanh=nghe-an,quang-binh`);
    await waitForDuckDb(w.page);
    await w.page.click('[data-testid="region-peers"]');
    await w.page.waitForURL(/so-sanh=nghe-an%2Cquang-binh%2C|so-sanh=nghe-an,quang-binh,/);
    expect(await w.page.locator('[data-testid="peer-picker"] li[data-peer]').count()).toBe(6);
    await w.page.locator('[data-testid="peer-picker"] li[data-peer="nghe-an"] button').click();
    await w.page.waitForFunction(() => !location.search.includes('nghe-an'));
    expect(await w.page.locator('[data-testid="view-source"]').getAttribute('data-source')).toBe('duckdb-wasm');
    await clean(w);
  });

  it('filters and colours provinces by region: Quảng Ninh is in Đồng bằng sông Hồng', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${server.url}/vung?nam=2015&vung=dbsh`);
    const strips = w.page.locator('[data-testid="region-strips"] g.strip');
    expect(await strips.count()).toBe(1);
    expect(Number(await strips.first().getAttribute('data-count'))).toBe(11);
    expect(await strips.locator('circle[data-code="22"]').count()).toBe(1);
    await shots(w.page, `${server.url}/vung?nam=2015`, 'regions-pci-2015');
    await clean(w);
  });
});

describe('sparse indices (PAR INDEX, SIPAS)', () => {
  const kontum = csvRows(readFileSync('data/par_index_components_kontum_2023.csv', 'utf8'));
  const part = (vi: string) => kontum.find((r) => r.component_vi === vi)!;

  it('draws Kon Tum’s PAR INDEX 2023 lĩnh vực as shares of their own full points, and names the strongest on its profile', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${server.url}/tinh/kon-tum?chiso=par_index&nam=2023`);
    const chart = w.page.locator('[data-testid="component-chart"]');
    const tthc = part('Cải cách thủ tục hành chính');
    // Three lĩnh vực have a published score and maximum: three dots, each labelled "score/max".
    expect(await chart.locator('circle[tabindex="0"]').count()).toBe(kontum.filter((r) => num(r.pct) != null && !r.component_vi.startsWith('TỔNG')).length);
    expect(await chart.locator('g[data-code="cai_cach_tthc"] text.value').textContent()).toBe(`${vi(num(tthc.score)!)}/${tthc.max_points}`);
    expect(await chart.locator('text.tick').last().textContent()).toBe('100%');
    // 12,38 of 13 sits right of 9,42 of 10 (95,2 % > 94,2 %), not off a 0–10 axis.
    // Both positions read in one evaluate: the chart redraws when its frame's width settles,
    // and two separate reads can straddle that redraw on a loaded machine.
    const [tthcX, theCheX] = await chart.evaluate((svg) =>
      ['cai_cach_tthc', 'cai_cach_the_che'].map((code) => Number(svg.querySelector(`g[data-code="${code}"] circle[tabindex="0"]`)?.getAttribute('cx')))
    );
    expect(tthcX).toBeGreaterThan(theCheX);
    expect(await w.page.locator('[data-testid="component-share-note"]').isVisible()).toBe(true);
    await screenshot(w.page, 'province-kon-tum-par-index-2023');

    await w.page.goto(`${server.url}/don-vi/kon-tum`);
    const card = w.page.locator('[data-testid="profile-index"][data-index="par_index"]');
    const best = [...kontum].filter((r) => num(r.pct) != null && !r.component_vi.startsWith('TỔNG')).sort((a, b) => num(b.pct)! - num(a.pct)!)[0];
    expect(await card.locator('[data-testid="profile-strongest"]').textContent()).toContain(`${best.component_vi}: ${vi(num(best.score)!)}/${best.max_points}`);
    await clean(w);
  });

  it('keeps a province’s page when it has no figure in the chosen index, and offers the ones it has', async () => {
    const sipas = csvRows(readFileSync('data/par_sipas_papi_province_results.csv', 'utf8')).filter((r) => r.index === 'SIPAS');
    expect(sipas.some((r) => r.province === 'Thanh Hóa')).toBe(false);
    const w = await watchedPage(browser);
    await w.page.goto(`${server.url}/tinh/thanh-hoa?nam=2015`);
    await waitForDuckDb(w.page);
    await w.page.selectOption('[data-testid="index-select"]', 'sipas');
    await w.page.waitForSelector('[data-testid="index-absent"]');
    expect(await w.page.locator('[data-testid="unit-title"]').textContent()).toContain('Thanh Hóa');
    expect(await w.page.locator('[data-testid="index-absent"]').textContent()).toContain('chưa có số liệu SIPAS của Thanh Hóa');
    await screenshot(w.page, 'province-thanh-hoa-sipas-absent');
    await w.page.locator('[data-testid="index-absent"] a', { hasText: 'PAPI' }).click();
    await w.page.waitForFunction(() => document.querySelector('[data-testid="unit-title"]')?.textContent?.includes('PAPI'));
    expect(await w.page.locator('[data-testid="headline-value"]').textContent()).not.toBe('—');
    await clean(w);
  });
});
