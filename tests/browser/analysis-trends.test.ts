// Trends and rankings as a person uses them: real server, real Chromium, real data, no request off this machine.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { screenshot, serverAndBrowser, waitForDuckDb, type Watched, watchedPage } from './harness';
import { buildDataset, readShippedFiles } from '../../src/lib/server/shippedData';
import { rewriteData } from '../helpers/dataFile';
import { formatNumber, formatRankChange } from '../../src/lib/text/vietnamese';

const data = buildDataset(readShippedFiles());
const pci = (code: string, year: number) => data.observations.find((o) => o.index_id === 'pci' && o.unit_code === code && o.year === year && o.indicator === 'total');
const PHONE = { width: 390, height: 844 };
const app = serverAndBrowser();

async function clean(w: Watched) {
  expect(w.consoleErrors).toEqual([]);
  expect(w.external).toEqual([]);
  await w.context.close();
}

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path!) };
}

describe('Xu hướng (/xu-huong)', () => {
  it('opens on Hà Tĩnh and the PCI 2015 leader, with national references, breaks, and 2023 as a gap', async () => {
    const w = await watchedPage(app.browser);
    try {
      await w.page.goto(`${app.server.url}/xu-huong?nam=2015`);
      expect(await w.page.locator('[data-testid="unit-chip"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))).toEqual(['42', '48']);
      const chart = w.page.locator('[data-testid="trend-chart-score"]');
      const published = data.observations.filter((o) => o.index_id === 'pci' && o.unit_code === '42' && o.indicator === 'total' && o.value != null);
      expect(Number(await chart.locator('g[data-key="42"]').getAttribute('data-points'))).toBe(published.length);
      // PCI 2023: Hà Tĩnh is outside VCCI's published top 30 — a gap, marked, never a point.
      expect(pci('42', 2023)).toBeUndefined();
      expect(await chart.locator('g[data-key="42"] circle[data-year="2023"]').count()).toBe(0);
      expect(await chart.locator('[data-gaps-of="42"] [data-gap-year="2023"]').count()).toBe(1);
      // National references only in years (nearly) every province has a score: the workbooks' years.
      const fullYears = new Set(data.observations.filter((o) => o.index_id === 'pci' && o.indicator === 'total' && o.value != null).map((o) => o.year));
      const covered = [...fullYears].filter((y) => data.observations.filter((o) => o.index_id === 'pci' && o.indicator === 'total' && o.value != null && o.year === y).length >= 57);
      expect(await chart.locator('g[data-key="median"] circle').count()).toBe(covered.length);
      expect(await chart.locator('[data-break]').evaluateAll((els) => els.map((e) => e.getAttribute('data-break')))).toEqual(['2009', '2013', '2021']);

      // Hover shows the exact value in a real tooltip (after hydration: the chart relayouts for its real width).
      await waitForDuckDb(w.page);
      await chart.locator('g[data-key="42"] circle[data-year="2015"]').hover();
      const tip = w.page.locator('[data-testid="chart-tooltip"]');
      await expect.poll(() => tip.textContent()).toContain('57,20');
      expect(await tip.textContent()).toContain('hạng 45/63');
      await screenshot(w.page, 'trends-ha-tinh-da-nang', true);
      // The 2023 gap says so on hover; it is never a value.
      await chart.locator('[data-gaps-of="42"] [data-gap-year="2023"]').hover();
      await expect.poll(() => tip.textContent()).toBe('Hà Tĩnh\n2023: chưa công bố');

      // Keyboard: focus a point, arrow to the next one; the tooltip follows.
      await w.page.mouse.move(0, 0);
      await chart.locator('g[data-key="48"] circle[data-year="2014"]').focus();
      await expect.poll(() => tip.textContent()).toContain('Đà Nẵng');
      await w.page.keyboard.press('ArrowRight');
      const dn15 = pci('48', 2015)!.value!.toFixed(2).replace('.', ',');
      await expect.poll(() => tip.textContent()).toContain(dn15);
      await w.page.keyboard.press('Escape');
      await expect.poll(() => tip.count()).toBe(0);
      await clean(w);
    } finally {
      await w.context.close().catch(() => {});
    }
  });

  it('adds a unit and switches to rank from DuckDB in the browser; rank 1 is on top', async () => {
    const w = await watchedPage(app.browser);
    try {
      await w.page.goto(`${app.server.url}/xu-huong?nam=2015`);
      await waitForDuckDb(w.page);
      await w.page.fill('[data-testid="unit-search"]', 'quang ngai');
      await w.page.keyboard.press('Enter');
      await w.page.waitForURL(/tinh=ha-tinh%2Cda-nang%2Cquang-ngai|tinh=ha-tinh,da-nang,quang-ngai/);
      await w.page.waitForSelector('[data-testid="trend-chart-score"] g[data-key="51"]');
      expect(await w.page.locator('[data-testid="view-source"]').getAttribute('data-source')).toBe('duckdb-wasm');

      await w.page.check('[data-testid="measure"] input[value="hang"]');
      await w.page.waitForURL(/do=hang/);
      const chart = w.page.locator('[data-testid="trend-chart-rank"]');
      await chart.waitFor();
      const ht = chart.locator('g[data-key="42"] circle[data-year="2015"]');
      expect(await ht.getAttribute('aria-label')).toContain(': 45');
      const y = async (l: Locator) => Number(await l.getAttribute('cy'));
      expect(await y(chart.locator('g[data-key="48"] circle[data-year="2015"]'))).toBeLessThan(await y(ht));
      expect(await w.page.locator('h1').textContent()).toContain('thứ hạng');
      await screenshot(w.page, 'trends-rank-desktop');

      // Back returns to the score view.
      await w.page.goBack();
      await w.page.waitForSelector('[data-testid="trend-chart-score"]');
      await clean(w);
    } finally {
      await w.context.close().catch(() => {});
    }
  });

  it('shows the numbers as a table (kept in the URL) and downloads CSV, SVG and PNG carrying title and source', async () => {
    const w = await watchedPage(app.browser);
    try {
      await w.page.goto(`${app.server.url}/xu-huong?tinh=ha-tinh,da-nang`);
      await waitForDuckDb(w.page);
      const frame = w.page.locator('[data-chart="xu-huong"]');
      await frame.locator('[data-testid="table-toggle"]').click();
      await w.page.waitForURL(/bang=xu-huong/);
      const table = frame.locator('[data-testid="chart-table"]');
      expect(await table.locator('tr', { hasText: '2015' }).textContent()).toContain('57,20');
      expect(await table.locator('tr', { hasText: '2023' }).textContent()).toContain('—');
      await w.page.reload();
      expect(await w.page.locator('[data-chart="xu-huong"] [data-testid="chart-table"]').count()).toBe(1);
      // The download buttons work once the page's script has taken over the server-rendered page: a click
      // before that (CI, loaded) went nowhere.
      await waitForDuckDb(w.page);

      const csv = await download(w.page, frame.locator('[data-testid="download-csv"]'));
      expect(csv.name).toMatch(/\.csv$/);
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = csv.bytes.toString('utf8');
      expect(text).toContain('Năm,Hà Tĩnh,Đà Nẵng,Trung vị toàn quốc,Trung vị vùng BTB&DHMT,Cao nhất cả nước');
      expect(text).toContain('\r\n2015,57.2,68.34,');
      expect(text).toMatch(/\r\n2023,,/);

      const svg = await download(w.page, frame.locator('[data-testid="download-svg"]'));
      const svgText = svg.bytes.toString('utf8');
      expect(svg.name).toMatch(/\.svg$/);
      expect(svgText).toContain('<svg');
      expect(svgText).toContain('PCI: điểm qua các năm — Hà Tĩnh, Đà Nẵng');
      expect(svgText).toContain('Nguồn: VCCI');
      expect(svgText).not.toContain('currentColor');

      const png = await download(w.page, frame.locator('[data-testid="download-png"]'));
      expect(png.name).toMatch(/\.png$/);
      expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const width = png.bytes.readUInt32BE(16);
      const viewBoxWidth = Number(await frame.locator('svg').first().evaluate((s) => (s as SVGSVGElement).viewBox.baseVal.width));
      expect(width).toBe(Math.round(viewBoxWidth * 2));
      await clean(w);
    } finally {
      await w.context.close().catch(() => {});
    }
  });

  it('draws the median of the chosen provinces\' region (Hà Tĩnh + Quảng Ngãi: BTB&DHMT) in covered years, with its tooltip', async () => {
    const w = await watchedPage(app.browser);
    try {
      await w.page.goto(`${app.server.url}/xu-huong?tinh=ha-tinh,quang-ngai`);
      const regions = [...readFileSync('data/regions_6.csv', 'utf8').split('\n').slice(1)].map((l) => l.split(',')).filter((c) => c[2] === 'btb_dhmt');
      expect(regions.map((c) => c[1])).toEqual(expect.arrayContaining(['Hà Tĩnh', 'Quảng Ngãi']));
      // Covered years: at least 90 % of the region's provinces have a PCI score.
      const covered = [...new Set(data.observations.filter((o) => o.index_id === 'pci' && o.indicator === 'total').map((o) => o.year))].filter(
        (y) => regions.filter((c) => pci(c[0], y)?.value != null).length >= Math.ceil(regions.length * 0.9)
      );
      expect(covered.length).toBeGreaterThan(0);
      const chart = w.page.locator('[data-testid="trend-chart-score"]');
      const line = chart.locator('g[data-key="region-btb_dhmt"]');
      expect(await chart.locator('g[data-key^="region-"]').count()).toBe(1);
      // BTB&DHMT's own orange is Quảng Ngãi's line here: the region-median purple, as on the province page.
      expect(await line.locator('path').getAttribute('stroke')).toBe('#cc79a7');
      expect((await line.locator('circle').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-year'))))).sort()).toEqual(covered.sort());
      // Its tooltip says how many of the region's provinces the median covers (written on hover, once the script runs).
      await waitForDuckDb(w.page);
      await line.locator('circle').first().hover();
      await expect.poll(() => w.page.locator('[data-testid="chart-tooltip"]').textContent()).toContain(`${regions.length}/${regions.length} tỉnh trong vùng`);
      const legend = await w.page.locator('[data-chart="xu-huong"] ul.legend li').allTextContents();
      expect(legend.map((l) => l.trim())).toContain('Trung vị vùng BTB&DHMT');
      expect(await w.page.locator('p.note', { hasText: 'Trung vị vùng Bắc Trung Bộ và duyên hải miền Trung (14 tỉnh)' }).count()).toBe(1);
      // The same from DuckDB in the browser, after adding a province of a second and a third region.
      await waitForDuckDb(w.page);
      await w.page.goto(`${app.server.url}/xu-huong?tinh=ha-tinh,quang-ngai,quang-ninh`);
      await waitForDuckDb(w.page);
      await w.page.fill('[data-testid="unit-search"]', 'kon tum');
      await w.page.keyboard.press('Enter');
      await w.page.waitForURL(/kon-tum/);
      await w.page.waitForSelector('[data-testid="trend-chart-score"] g[data-key="62"]');
      expect(await w.page.locator('[data-testid="view-source"]').getAttribute('data-source')).toBe('duckdb-wasm');
      expect(await chart.locator('g[data-key^="region-"]').count()).toBe(0);
      expect(await w.page.locator('p.note', { hasText: 'nhiều nhất hai vùng' }).count()).toBe(1);
      await w.page.goBack();
      await w.page.waitForSelector('[data-testid="trend-chart-score"] g[data-key="region-dbsh"]');
      expect(await chart.locator('g[data-key^="region-"]').count()).toBe(2);
      await screenshot(w.page, 'trends-region-medians');
      await clean(w);
    } finally {
      await w.context.close().catch(() => {});
    }
  });

  it('sparse SIPAS: the legend promises no national line, and a note says why', async () => {
    const w = await watchedPage(app.browser);
    try {
      await w.page.goto(`${app.server.url}/xu-huong?chiso=sipas&tinh=ha-tinh,quang-ninh`);
      await waitForDuckDb(w.page);
      const chart = w.page.locator('[data-testid="trend-chart-score"]');
      expect(await chart.locator('g[data-key="median"]').getAttribute('data-points')).toBe('0');
      const legend = (await w.page.locator('[data-chart="xu-huong"] ul.legend li').allTextContents()).map((l) => l.trim());
      expect(legend).not.toContain('Trung vị toàn quốc');
      expect(legend).not.toContain('Cao nhất cả nước');
      expect(legend).toEqual(expect.arrayContaining(['Hà Tĩnh', 'Quảng Ninh']));
      expect(await w.page.locator('[data-testid="references-note"]').textContent()).toBe(
        'Không vẽ trung vị và điểm cao nhất toàn quốc: mỗi năm SIPAS chỉ có số liệu của dưới 90% số tỉnh được xếp hạng.'
      );
      await screenshot(w.page, 'trends-sipas-sparse');
      // The province page too (PAR INDEX, Kon Tum).
      await w.page.goto(`${app.server.url}/tinh/kon-tum?chiso=par_index`);
      const score = (await w.page.locator('[data-chart="diem"] ul.legend li').allTextContents()).map((l) => l.trim());
      expect(score).not.toContain('Trung vị toàn quốc');
      expect(score).not.toContain('Cao nhất cả nước');
      expect(await w.page.locator('[data-testid="references-note"]').count()).toBe(1);
      await clean(w);
    } finally {
      await w.context.close().catch(() => {});
    }
  });

  it('reads on a phone: the chart fits the screen, text stays 12 px, nothing spills sideways', async () => {
    const w = await watchedPage(app.browser, PHONE);
    try {
      await w.page.goto(`${app.server.url}/xu-huong`);
      await waitForDuckDb(w.page);
      const svg = w.page.locator('[data-testid="trend-chart-score"]');
      const box = (await svg.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(PHONE.width);
      const vb = await svg.evaluate((s) => (s as SVGSVGElement).viewBox.baseVal.width);
      expect(Math.abs(vb - box.width)).toBeLessThan(2); // laid out for its real width: 1 unit = 1 px
      expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await screenshot(w.page, 'trends-phone');
      await clean(w);
    } finally {
      await w.context.close().catch(() => {});
    }
  });
});

describe('Xếp hạng: bảng, diễn biến, tăng – giảm', () => {
  it('table: sorted by score, Đà Nẵng leads PCI 2015; "da nang" finds it; sort and search live in the URL', async () => {
    const w = await watchedPage(app.browser);
    try {
      await w.page.goto(`${app.server.url}/xep-hang?nam=2015&xem=bang&chon=ha-tinh`);
      await waitForDuckDb(w.page);
      const table = w.page.locator('[data-testid="ranking-table"]');
      await table.locator('button[data-sort-key="diem"]').click();
      await w.page.waitForURL(/sx=diem&chieu=giam/);
      const first = table.locator('tbody tr').first();
      const leader = data.observations.find((o) => o.index_id === 'pci' && o.year === 2015 && o.indicator === 'total' && o.rank === 1)!;
      expect(leader.unit_name).toBe('Đà Nẵng');
      expect(await first.getAttribute('data-code')).toBe(leader.unit_code);
      expect(await first.textContent()).toContain('68,34');
      expect(await table.locator('thead th[aria-sort="descending"]').textContent()).toContain('Điểm');
      await screenshot(w.page, 'ranking-table-desktop');

      await w.page.fill('[data-testid="table-search"]', 'da nang');
      await w.page.waitForURL(/tim=da\+nang/);
      expect(await table.locator('tbody tr').count()).toBe(1);
      expect(await table.locator('tbody tr').first().textContent()).toContain('Đà Nẵng');

      // The URL alone restores the view.
      await w.page.reload();
      expect(await w.page.locator('[data-testid="ranking-table"] tbody tr').count()).toBe(1);
      expect(await w.page.inputValue('[data-testid="table-search"]')).toBe('da nang');
      // PAPI 2015: every province with a published total is in the table.
      await w.page.goto(`${app.server.url}/xep-hang?chiso=papi&nam=2015&xem=bang`);
      const papi15 = data.observations.filter((o) => o.index_id === 'papi' && o.year === 2015 && o.indicator === 'total' && o.value != null);
      expect(papi15.length).toBe(63);
      expect(await w.page.locator('[data-testid="ranking-table"] tbody tr').count()).toBe(papi15.length);
      await w.page.goto(`${app.server.url}/xep-hang?nam=2015&xem=bang`);
      await waitForDuckDb(w.page);
      // Sorting by name: Vietnamese order, Đ after D.
      await w.page.fill('[data-testid="table-search"]', '');
      await w.page.waitForURL((u) => !u.searchParams.has('tim'));
      await w.page.click('[data-testid="ranking-table"] button[data-sort-key="ten"]');
      await w.page.waitForURL(/sx=ten/);
      const names = await w.page.locator('[data-testid="ranking-table"] tbody th').allTextContents();
      expect(names.findIndex((n) => n.startsWith('Đ'))).toBeGreaterThan(Math.max(...names.map((n, i) => (n.startsWith('D') ? i : -1))));
      await clean(w);
    } finally {
      await w.context.close().catch(() => {});
    }
  });

  it('bump chart: the top 10 of the last year (PCI 2015) plus Hà Tĩnh, rank over 2006–2015', async () => {
    const w = await watchedPage(app.browser);
    try {
      await w.page.goto(`${app.server.url}/xep-hang?nam=2015&xem=dien-bien&chon=ha-tinh`);
      const top10 = data.observations
        .filter((o) => o.index_id === 'pci' && o.year === 2015 && o.indicator === 'total' && o.rank != null && o.rank <= 10)
        .map((o) => o.unit_code)
        .sort();
      expect(top10.length).toBe(10);
      const chart = w.page.locator('[data-testid="bump-chart"]');
      const unselected = await chart.locator('g.line[data-selected="false"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
      expect(unselected.sort()).toEqual(top10);
      expect(await chart.locator('g.line[data-selected="true"]').getAttribute('data-code')).toBe('42');
      const lastRanks = await chart.locator('g.line[data-selected="false"] circle[data-year="2015"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-rank'))));
      expect(lastRanks.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(await chart.locator('g.line[data-code="42"] circle[data-year="2015"]').getAttribute('data-rank')).toBe('45');
      await screenshot(w.page, 'bump-desktop');
      await clean(w);
    } finally {
      await w.context.close().catch(() => {});
    }
  });

  it('slope chart 2014 → 2015: Hà Tĩnh falls 10 places (35 → 45); the first year is chosen from DuckDB', async () => {
    const w = await watchedPage(app.browser);
    try {
      await w.page.goto(`${app.server.url}/xep-hang?nam=2015&xem=tang-giam&chon=ha-tinh`);
      // The chart is server-rendered (from the page cache, at once): its tooltip answers focus once the script runs.
      await waitForDuckDb(w.page);
      const f14 = pci('42', 2014)!;
      const f15 = pci('42', 2015)!;
      expect([f14.rank, f15.rank]).toEqual([35, 45]);
      const ht = w.page.locator('[data-testid="slope-chart"] g.slope[data-code="42"]');
      expect([await ht.getAttribute('data-from'), await ht.getAttribute('data-to'), await ht.getAttribute('data-change')]).toEqual(['35', '45', '-10']);
      expect(await w.page.locator('[data-testid="slope-summary"] li[data-code="42"]').textContent()).toContain('↓ 10 bậc');
      expect(Number(await w.page.locator('[data-testid="slope-chart"]').getAttribute('data-lines'))).toBe(63);
      await ht.focus();
      const tip = w.page.locator('[data-testid="chart-tooltip"]');
      await expect.poll(() => tip.textContent()).toContain('↓ 10 bậc');
      expect(await tip.textContent()).toContain(`Hà Tĩnh\n2014: hạng 35 (${formatNumber(f14.value)} điểm)\n2015: hạng 45 (${formatNumber(f15.value)} điểm)`);
      // The docs copy is the viewport: start it at the slope heading so Hà Tĩnh's line is in the picture.
      await w.page.evaluate(() => document.querySelector('h2')?.scrollIntoView());
      await screenshot(w.page, 'slope-2014-2015-ha-tinh', true);

      await waitForDuckDb(w.page);
      await w.page.selectOption('[data-testid="slope-from"]', '2013');
      await w.page.waitForURL(/tu=2013/);
      const f13 = pci('42', 2013)!;
      await expect.poll(() => ht.getAttribute('data-from')).toBe(String(f13.rank));
      expect(await w.page.locator('[data-testid="view-source"]').getAttribute('data-source')).toBe('duckdb-wasm');
      // The redraw takes down the tooltip of the old pair; shown again, it is written from the current lines.
      expect(await tip.count()).toBe(0);
      await w.page.locator('[data-testid="slope-from"]').focus();
      await ht.focus();
      await expect.poll(() => tip.textContent()).toContain(`2013: hạng ${f13.rank} (${formatNumber(f13.value)} điểm)`);
      expect(await tip.textContent()).toContain(formatRankChange(f13.rank, 45));
      await clean(w);
    } finally {
      await w.context.close().catch(() => {});
    }
  });

  it('CSV downloads neutralise formula text and keep negative numbers as numbers', async () => {
    const w = await watchedPage(app.browser);
    try {
      // Names as a hostile upload might carry them, fed to the browser's DuckDB.
      const evil: [string, string][] = [
        ['Bắc Kạn', '=SUM(A1) Bắc Kạn'],
        ['Cao Bằng', '+1 Cao Bằng'],
        ['Lai Châu', '-2 Lai Châu'],
        ['Điện Biên', '@x Điện Biên']
      ];
      await w.context.route('**/api/data/*.arrow', async (route) => {
        const res = await route.fetch();
        const names = new Map(evil);
        const body = Buffer.from(rewriteData(await res.body(), (o) => ({ ...o, unit_name: names.get(o.unit_name) ?? o.unit_name })));
        await route.fulfill({ status: 200, headers: { 'content-type': 'application/vnd.apache.arrow.stream' }, body });
      });
      // The server's answers for the same data (db/seedAnswers.ts) carry the same names, as they would after such an upload.
      await w.context.route('**/api/answers/*.json', async (route) => {
        const res = await route.fetch();
        const body = evil.reduce((t, [a, b]) => t.replaceAll(JSON.stringify(a), JSON.stringify(b)), await res.text());
        await route.fulfill({ status: 200, headers: { 'content-type': 'application/json' }, body });
      });
      await w.page.goto(`${app.server.url}/xep-hang?nam=2015&xem=tang-giam&tu=2013&chon=ha-tinh`);
      await waitForDuckDb(w.page);
      await w.page.selectOption('[data-testid="slope-from"]', '2014');
      await w.page.waitForSelector('[data-testid="slope-chart"] g.slope[data-code="42"][data-from="35"]');
      const frame = w.page.locator('[data-chart="tang-giam"]');
      const csv = (await download(w.page, frame.locator('[data-testid="download-csv"]'))).bytes.toString('utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      for (const [, b] of evil) expect(csv).toContain(`\r\n'${b},`);
      expect(csv).not.toMatch(/\r\n[=+\-@]/);
      // Hà Tĩnh: 35 → 45, change −10 written as the number -10; scores as numbers.
      expect(csv).toContain('\r\nHà Tĩnh,35,45,-10,58.19,57.2\r\n');

      // The table's own CSV does the same.
      await w.page.click('a[data-tab="bang"]');
      await w.page.waitForSelector('[data-testid="ranking-table"]');
      const tcsv = (await download(w.page, w.page.locator('[data-testid="table-csv"]'))).bytes.toString('utf8');
      expect(tcsv).toContain("'=SUM(A1) Bắc Kạn");
      expect(tcsv).toMatch(/Hà Tĩnh,57\.2,Khá,35,-10,-0\.99\r\n/);
      await clean(w);
    } finally {
      await w.context.close().catch(() => {});
    }
  });

  it('bars keep their band colours and gain the frame: table toggle, tooltip, downloads', async () => {
    const w = await watchedPage(app.browser);
    try {
      await w.page.goto(`${app.server.url}/xep-hang?nam=2015&chon=ha-tinh`);
      const frame = w.page.locator('[data-chart="xep-hang"]');
      // After hydration the chart lays itself out for its real width; hover after that.
      await waitForDuckDb(w.page);
      await frame.locator('g.bar[data-code="48"] rect').hover();
      await expect.poll(() => w.page.locator('[data-testid="chart-tooltip"]').textContent()).toContain('Đà Nẵng\n68,34 điểm · Rất tốt');
      expect(await frame.locator('g.bar[data-code="48"] rect').getAttribute('fill')).toBe('#01665e'); // band "Rất tốt"
      expect(await frame.locator('g.bar[data-code="42"] rect').getAttribute('fill')).toBe('#d55e00'); // selected
      await frame.locator('[data-testid="table-toggle"]').click();
      await w.page.waitForURL(/bang=xep-hang/);
      expect(await frame.locator('[data-testid="chart-table"] tbody tr').first().textContent()).toContain('Đà Nẵng');
      const png = await download(w.page, frame.locator('[data-testid="download-png"]'));
      expect(png.bytes.length).toBeGreaterThan(5000);
      await clean(w);
    } finally {
      await w.context.close().catch(() => {});
    }
  });
});

describe('every view at 1280×900 and on a phone (390×844)', () => {
  const views: [string, string][] = [
    ['trends', '/xu-huong'],
    ['trends-rank', '/xu-huong?do=hang&tinh=ha-tinh,da-nang,quang-ngai'],
    ['ranking-bars', '/xep-hang?nam=2015&chon=ha-tinh'],
    ['ranking-bump', '/xep-hang?nam=2015&xem=dien-bien&chon=ha-tinh'],
    ['ranking-slope', '/xep-hang?nam=2015&xem=tang-giam&chon=ha-tinh'],
    ['ranking-table', '/xep-hang?nam=2015&xem=bang&chon=ha-tinh'],
    ['trends-papi', '/xu-huong?chiso=papi&tinh=thua-thien-hue,ha-tinh'],
    ['ranking-bump-papi', '/xep-hang?chiso=papi&xem=dien-bien&chon=ha-tinh'],
    ['ranking-slope-par-index', '/xep-hang?chiso=par_index&xem=tang-giam&chon=ha-tinh'],
    ['ranking-table-sipas', '/xep-hang?chiso=sipas&xem=bang'],
    ['province-ha-tinh', '/tinh/ha-tinh?nam=2015']
  ];
  for (const [size, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', PHONE]
  ] as const) {
    it(`${size}: renders without errors and without sideways scrolling`, async () => {
      const w = await watchedPage(app.browser, viewport);
      try {
        for (const [name, path] of views) {
          await w.page.goto(`${app.server.url}${path}`);
          await waitForDuckDb(w.page);
          await w.page.waitForTimeout(150);
          expect(await w.page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(viewport.width);
          await screenshot(w.page, `${name}-${size}`);
        }
        await clean(w);
      } finally {
        await w.context.close().catch(() => {});
      }
      // Fourteen full page loads, each starting DuckDB afresh.
    }, 300_000);
  }
});
