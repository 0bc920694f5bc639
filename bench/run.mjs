#!/usr/bin/env node
// npm run bench: builds, starts the server, drives Chromium, and times what a user waits for.
// Prints min / median / max over RUNS runs and writes bench/results.json.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s.at(-1), runs: s.length };
};
const round = (x) => Math.round(x * 10) / 10;

if (!process.argv.includes('--no-build')) {
  const b = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const port = await new Promise((res) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => res(p));
  });
});
const server = spawn(process.execPath, ['scripts/server.mjs'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 200; i++) {
  try {
    if ((await fetch(`${base}/xep-hang`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 100));
}

const results = { date: new Date().toISOString(), runs: RUNS, browser: {}, queries1M: {}, queriesReal: {} };
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
const m = { firstChart: [], duckdbReady: [], firstQuery: [], provinceRedraw: [], yearRedraw: [], jsBytes: [], wasmBytes: [], dataBytes: [] };
// Analysis views (issue 5): trends unit change, slope first-year change, ranking table sort.
const m5 = { trendUnitChange: [], slopeYearChange: [], tableSort: [] };
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(xs.length * 0.95) - 1)];

// Marks the time an interaction starts (trusted input event) and when the expected text shows.
const waitText = (page, selector, text) =>
  page.evaluate(
    ([sel, txt]) =>
      new Promise((resolve) => {
        const check = () => document.querySelector(sel)?.textContent?.includes(txt);
        if (check()) return resolve(performance.now());
        const mo = new MutationObserver(() => {
          if (check()) {
            mo.disconnect();
            resolve(performance.now());
          }
        });
        mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      }),
    [selector, text]
  );
const armStart = (page, type) =>
  page.evaluate((t) => {
    window.__t0 = null;
    document.addEventListener(t, () => (window.__t0 ??= performance.now()), { capture: true, once: true });
  }, type);

try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const bytes = { js: 0, wasm: 0, data: 0 };
    let counting = true; // bytes of the first page load, until DuckDB is ready
    page.on('requestfinished', async (req) => {
      if (!counting) return;
      const size = await req.sizes().catch(() => null);
      if (!size) return;
      const total = size.responseBodySize + size.responseHeadersSize;
      const u = req.url();
      if (u.endsWith('.wasm')) bytes.wasm += total;
      else if (u.endsWith('.js')) bytes.js += total;
      else if (u.includes('/api/data/')) bytes.data += total;
    });
    await page.goto(`${base}/xep-hang?nam=2015`);
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    m.firstChart.push(fcp);
    await page.waitForSelector('[data-testid="db-status"][data-status="ready"]', { timeout: 120_000 });
    await page.waitForTimeout(100);
    counting = false;
    m.duckdbReady.push(Number((await page.textContent('[data-testid="db-status"]')).match(/\((\d+) ms\)/)[1]));

    // First DuckDB query: the first year change after DuckDB is ready.
    await armStart(page, 'change');
    const done1 = waitText(page, 'h1', 'PCI 2014');
    await page.selectOption('[data-testid="year-select"]', '2014');
    m.firstQuery.push((await done1) - (await page.evaluate(() => window.__t0)));

    await armStart(page, 'change');
    const done2 = waitText(page, 'h1', 'PCI 2013');
    await page.selectOption('[data-testid="year-select"]', '2013');
    m.yearRedraw.push((await done2) - (await page.evaluate(() => window.__t0)));

    // Province change on the province page: from Enter in the search box to the new title.
    await page.goto(`${base}/tinh/ha-tinh?nam=2015`);
    await page.waitForSelector('[data-testid="db-status"][data-status="ready"]', { timeout: 120_000 });
    for (const [q, name] of [['quang ngai', 'Quảng Ngãi'], ['vinh phuc', 'Vĩnh Phúc'], ['kon tum', 'Kon Tum']]) {
      await page.fill('[data-testid="unit-search"]', q);
      await armStart(page, 'keydown');
      const done = waitText(page, '[data-testid="unit-title"]', name);
      await page.keyboard.press('Enter');
      m.provinceRedraw.push((await done) - (await page.evaluate(() => window.__t0)));
    }
    // Trends (/xu-huong): add a unit from the search box; redraw when its line is on the chart.
    await page.goto(`${base}/xu-huong?tinh=ha-tinh`);
    await page.waitForSelector('[data-testid="db-status"][data-status="ready"]', { timeout: 120_000 });
    await page.waitForTimeout(500); // steady state: the page warms DuckDB once it is ready (a person does not type within 0.5 s)
    for (const [q, code] of [['quang ngai', '51'], ['vinh phuc', '26'], ['kon tum', '62']]) {
      await page.fill('[data-testid="unit-search"]', q);
      await armStart(page, 'keydown');
      const done = waitText(page, `[data-testid="trend-chart-score"] g[data-key="${code}"]`, '');
      await page.keyboard.press('Enter');
      m5.trendUnitChange.push((await done) - (await page.evaluate(() => window.__t0)));
    }
    // Slope chart: change the first year; redraw when the heading shows the new pair.
    await page.goto(`${base}/xep-hang?nam=2015&xem=tang-giam&chon=ha-tinh`);
    await page.waitForSelector('[data-testid="db-status"][data-status="ready"]', { timeout: 120_000 });
    await page.waitForTimeout(500); // steady state: the page warms DuckDB once it is ready (a person does not type within 0.5 s)
    for (const y of ['2013', '2012', '2011']) {
      await armStart(page, 'change');
      const done = waitText(page, 'h2', `${y} → 2015`);
      await page.selectOption('[data-testid="slope-from"]', y);
      m5.slopeYearChange.push((await done) - (await page.evaluate(() => window.__t0)));
    }
    // Ranking table: click a column header; redraw when the table is sorted by it.
    await page.goto(`${base}/xep-hang?nam=2015&xem=bang`);
    await page.waitForSelector('[data-testid="db-status"][data-status="ready"]', { timeout: 120_000 });
    await page.waitForTimeout(500); // steady state: the page warms DuckDB once it is ready (a person does not type within 0.5 s)
    for (const k of ['diem', 'ten', 'doi-hang']) {
      await armStart(page, 'click');
      const done = waitText(page, `[data-testid="ranking-table"][data-sort="${k}"]`, '');
      await page.click(`[data-testid="ranking-table"] button[data-sort-key="${k}"]`);
      m5.tableSort.push((await done) - (await page.evaluate(() => window.__t0)));
    }
    await page.waitForTimeout(200);
    m.jsBytes.push(bytes.js);
    m.wasmBytes.push(bytes.wasm);
    m.dataBytes.push(bytes.data);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}

for (const [k, v] of Object.entries(m)) results.browser[k] = stats(v.map(round));
for (const [k, v] of Object.entries(m5)) results.browser[k] = { ...stats(v.map(round)), p95: round(p95(v)) };

// Query latency: the same SQL module on duckdb-wasm (Node blocking bundle), real data and a generated 1,000,000-row table.
const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
try {
  const sql = await vite.ssrLoadModule('/src/lib/db/sql.ts');
  const { openNodeDuckDb } = await vite.ssrLoadModule('/src/lib/server/db/nodeDuckDb.ts');
  const { buildDataset, readShippedFiles } = await vite.ssrLoadModule('/src/lib/server/shippedData.ts');
  const { loadProvinceView } = await vite.ssrLoadModule('/src/lib/views/provinceView.ts');
  const { loadRankingView } = await vite.ssrLoadModule('/src/lib/views/rankingView.ts');
  const { loadTrendsView } = await vite.ssrLoadModule('/src/lib/views/trendsView.ts');
  const { loadRankingPage } = await vite.ssrLoadModule('/src/lib/views/rankingPageView.ts');

  const time = async (fn, n = 15) => {
    await fn();
    const xs = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await fn();
      xs.push(performance.now() - t0);
    }
    const s = stats(xs.map(round));
    s.p95 = round([...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]);
    return s;
  };

  const real = await openNodeDuckDb();
  const ds = buildDataset(readShippedFiles());
  await real.registerCsv('obs.csv', ds.csv);
  await sql.createObservationsTable(real, 'obs.csv');
  results.queriesReal = {
    rows: ds.observations.length,
    rankingView: await time(() => loadRankingView(real, { index: 'pci', year: '2015', selected: 'ha-tinh' })),
    provinceView: await time(() => loadProvinceView(real, { index: 'pci', unit: 'ha-tinh', year: '2015' })),
    trendsView: await time(() => loadTrendsView(real, { index: 'pci', units: 'ha-tinh,da-nang,quang-ngai', selected: null, year: null, mode: null })),
    bumpView: await time(() => loadRankingPage(real, { index: 'pci', year: '2015', selected: 'ha-tinh', tab: 'dien-bien', from: null })),
    slopeView: await time(() => loadRankingPage(real, { index: 'pci', year: '2015', selected: 'ha-tinh', tab: 'tang-giam', from: '2013' })),
    tableView: await time(() => loadRankingPage(real, { index: 'pci', year: '2015', selected: null, tab: 'bang', from: null }))
  };

  const big = await openNodeDuckDb();
  const t0 = performance.now();
  // 4,000 units × 25 years × 10 indicators = 1,000,000 rows, generated inside DuckDB (no big file in the repo).
  await big.query(`CREATE TABLE obs AS
    SELECT lpad((u)::VARCHAR, 4, '0') AS unit_code, 'Đơn vị ' || u AS unit_name, 'tinh' AS unit_group, (2000 + y)::INTEGER AS year,
           'pci' AS index_id, CASE WHEN i = 0 THEN 'total' ELSE 'c' || i END AS indicator,
           (hash(u, y, i) % 10000) / 100.0 AS value,
           CASE WHEN i = 0 THEN (1 + u)::INTEGER END AS rank, CASE WHEN i = 0 THEN 4000 END AS rank_of, NULL::VARCHAR AS band, 'bench' AS source
    FROM range(4000) a(u), range(25) b(y), range(10) c(i)`);
  const genMs = performance.now() - t0;
  const n = (await big.query('SELECT count(*)::INTEGER AS n FROM obs'))[0].n;
  results.queries1M = {
    rows: n,
    generateMs: round(genMs),
    ranking: await time(() => sql.ranking(big, 'pci', 2015)),
    trend: await time(() => sql.trend(big, 'pci', '0042')),
    references: await time(() => sql.references(big, 'pci')),
    components: await time(() => sql.components(big, 'pci', '0042', 2015)),
    seriesFor: await time(() => sql.seriesFor(big, 'pci', ['0042', '0043', '0044'])),
    trendsView: await time(() => loadTrendsView(big, { index: 'pci', units: '0042,0043,0044', selected: null, year: '2015', mode: null })),
    bumpView: await time(() => loadRankingPage(big, { index: 'pci', year: '2015', selected: '0042', tab: 'dien-bien', from: null })),
    slopeView: await time(() => loadRankingPage(big, { index: 'pci', year: '2015', selected: '0042', tab: 'tang-giam', from: '2013' })),
    tableView: await time(() => loadRankingPage(big, { index: 'pci', year: '2015', selected: null, tab: 'bang', from: null }))
  };
} finally {
  await vite.close();
}

writeFileSync('bench/results.json', JSON.stringify(results, null, 2));
const fmt = (s, unit = 'ms') => `${s.min} / ${s.median} / ${s.max}${s.p95 != null ? ` (p95 ${s.p95})` : ''} ${unit}`;
const kb = (s) => `${Math.round(s.min / 1024)} / ${Math.round(s.median / 1024)} / ${Math.round(s.max / 1024)} KiB`;
console.log(`\nchiso bench — ${RUNS} runs, min / median / max\n`);
console.log(`Browser (Chromium, built app on localhost)`);
console.log(`  first chart (server-rendered, first contentful paint)  ${fmt(results.browser.firstChart)}`);
console.log(`  DuckDB ready (wasm + data loaded)                      ${fmt(results.browser.duckdbReady)}`);
console.log(`  first DuckDB query (year change → redraw)              ${fmt(results.browser.firstQuery)}`);
console.log(`  year change → redraw                                   ${fmt(results.browser.yearRedraw)}`);
console.log(`  province change → redraw                              ${fmt(results.browser.provinceRedraw)}`);
console.log(`  trends: unit change → redraw                          ${fmt(results.browser.trendUnitChange)}`);
console.log(`  slope: first-year change → redraw                      ${fmt(results.browser.slopeYearChange)}`);
console.log(`  table: sort → redraw                                   ${fmt(results.browser.tableSort)}`);
console.log(`  bytes: JS ${kb(results.browser.jsBytes)}, wasm ${kb(results.browser.wasmBytes)}, data ${kb(results.browser.dataBytes)}`);
console.log(`\nQueries, real data (${results.queriesReal.rows} rows), whole view`);
for (const k of ['rankingView', 'provinceView', 'trendsView', 'bumpView', 'slopeView', 'tableView']) console.log(`  ${k.padEnd(14)} ${fmt(results.queriesReal[k])}`);
console.log(`\nQueries, generated table of ${results.queries1M.rows.toLocaleString('vi-VN')} rows (built in ${results.queries1M.generateMs} ms)`);
for (const k of ['ranking', 'trend', 'references', 'components', 'seriesFor', 'trendsView', 'bumpView', 'slopeView', 'tableView']) console.log(`  ${k.padEnd(14)} ${fmt(results.queries1M[k])}`);
console.log('\nwritten: bench/results.json');
