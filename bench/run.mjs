#!/usr/bin/env node
// npm run bench: builds, starts the server, drives Chromium, and times what a user waits for.
// Prints min / median / max over RUNS runs and writes bench/results.json.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import zlib from 'node:zlib';
import http from 'node:http';
import path from 'node:path';
import { precompressDir } from '../scripts/precompress.mjs';
import { staticCompressed } from '../scripts/staticCompressed.mjs';
import { firstViewChunks } from './firstViewChunks.mjs';
import { finalDataBytes, freePort, startBuiltServer } from './builtServer.mjs';
import { observed } from './observed.mjs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { tableFromIPC } from 'apache-arrow';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// --load-only: the cold loads beside the floor, nothing else (for trying a change to the first load quickly).
const LOAD_ONLY = process.argv.includes('--load-only');
// --interactions-only: chiso's redraws, without the floor, the slow network or the Node queries (for trying a change to a redraw).
const INTERACTIONS_ONLY = process.argv.includes('--interactions-only');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s.at(-1), runs: s.length };
};
const round = (x) => Math.round(x * 10) / 10;

const build = {};
if (!process.argv.includes('--no-build')) {
  const t0 = performance.now();
  const b = spawnSync('npm', ['run', 'build', '--silent'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  build.ms = Math.round(performance.now() - t0);
  process.stdout.write(b.stdout.split('\n').filter((l) => !/^\s*(-|…)|plugin|callback|rolldown|overlap/i.test(l)).join('\n'));
  if (b.status !== 0) {
    process.stderr.write(b.stderr);
    process.exit(b.status ?? 1);
  }
  build.precompressMs = Number(b.stdout.match(/precompress: .* in (\d+) ms/)?.[1] ?? NaN);
  // The floor (bench/floor): plain Vite, then the same precompression and static server as chiso.
  const f = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'bench/floor/vite.config.mjs'], { stdio: 'inherit' });
  if (f.status !== 0) process.exit(f.status ?? 1);
}

const { base, server } = await startBuiltServer();

// The floor loads a CSV (issue 14: "the same CSV"): chiso's own data, read back from the Arrow file its
// browser loads (src/lib/server/observationsArrow.ts) and written as the CSV bundle chiso's browser loaded
// until it moved to Arrow (src/lib/data/observationsBundle.ts, which the server's DuckDB still reads),
// precompressed like chiso's assets.
const FLOOR_DIST = 'bench/floor/dist';
const chisoHtml = await (await fetch(`${base}/xep-hang?nam=2015`, { headers: { 'accept-encoding': 'identity' } })).text();
const dataUrl = chisoHtml.match(/\/api\/data\/[0-9a-f]{16}\.arrow/)[0];
{
  const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
  try {
    const { observationsBundle } = await vite.ssrLoadModule('/src/lib/data/observationsBundle.ts');
    const { OBSERVATION_COLUMNS } = await vite.ssrLoadModule('/src/lib/data/observation.ts');
    const table = tableFromIPC(new Uint8Array(await (await fetch(base + dataUrl)).arrayBuffer()));
    const rows = table.toArray().map((r) => Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, r[c] ?? null])));
    writeFileSync(path.join(FLOOR_DIST, 'data.csv'), observationsBundle(rows));
  } finally {
    await vite.close();
  }
}
await precompressDir(FLOOR_DIST);
{
  // Brotli as chiso's server makes its data file's final bytes (src/lib/server/dataEncoding.ts).
  const csv = readFileSync(path.join(FLOOR_DIST, 'data.csv'));
  const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: csv.length };
  writeFileSync(path.join(FLOOR_DIST, 'data.csv.br'), zlib.brotliCompressSync(csv, { params }));
}
// chiso compresses its data file in two passes (src/lib/server/dataEncoding.ts): the timed loads get the final bytes.
await finalDataBytes(base + dataUrl);
const serveFloor = staticCompressed(FLOOR_DIST, '/');
const floorServer = http.createServer((req, res) => {
  if (req.url === '/' || req.url?.startsWith('/?')) req.url = '/index.html';
  if (!serveFloor(req, res)) res.writeHead(404).end();
});
const floorPort = await freePort();
await new Promise((r) => floorServer.listen(floorPort, '127.0.0.1', r));
const floorBase = `http://127.0.0.1:${floorPort}`;

const results = { date: new Date().toISOString(), runs: RUNS, build, chunks: {}, browser: {}, floor: {}, ratios: {}, queries1M: {}, queriesReal: {} };
// The first view's JS (what the HTML starts, and what that imports statically), raw and brotli.
const chunks = firstViewChunks(process.env.CHISO_BUILD_OUT ?? 'build', chisoHtml);
results.chunks = { files: chunks.length, raw: chunks.reduce((s, c) => s + c.bytes, 0), br: chunks.reduce((s, c) => s + (c.br ?? c.bytes), 0), largest: chunks.sort((a, b) => b.bytes - a.bytes).slice(0, 5) };
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
const m = { firstChart: [], duckdbReady: [], firstViewBytes: [], htmlBytes: [], jsBytes: [], cssBytes: [], fontBytes: [], dataBytes: [], wasmBytes: [], answersBytes: [] };
const mf = { firstChart: [], duckdbReady: [], firstViewBytes: [], wasmBytes: [] };
/** Bytes on the wire (headers + encoded body) of a page's requests while `counting()` holds, by kind. */
function countBytes(page, counting) {
  const bytes = { html: 0, js: 0, css: 0, font: 0, data: 0, wasm: 0, other: 0, answers: 0 };
  page.on('requestfinished', async (req) => {
    const u = new URL(req.url()).pathname;
    // The warm-up's answers (server/commonAnswersSeed.ts) are asked for as the page hydrates, while DuckDB
    // loads, for the clicks after the first view: counted apart, whenever they arrive, and not in the first view's bytes.
    const answers = u.startsWith('/api/answers/');
    if (!counting() && !answers) return;
    const size = await req.sizes().catch(() => null);
    if (!size) return;
    if (answers) {
      bytes.answers ||= size.responseBodySize + size.responseHeadersSize; // the first load's; later pages read the HTTP cache
      return;
    }
    // DuckDB's engine (its wasm and the worker script that runs it) is the same file on both pages and is
    // counted apart; a page request sees the worker script only when the page preloads it (chiso does).
    const kind = u.endsWith('.wasm') || /duckdb-browser-[\w.-]*worker[\w.-]*\.js$/.test(u) ? 'wasm' : u.endsWith('.js') ? 'js' : u.endsWith('.css') ? 'css' : /\.(woff2?|ttf)$/.test(u) ? 'font'
      : u.endsWith('.csv') || u.endsWith('.arrow') ? 'data' : req.resourceType() === 'document' ? 'html' : 'other';
    bytes[kind] += size.responseBodySize + size.responseHeadersSize;
  });
  return bytes;
}
const paintedAt = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((l) => {
          const e = l.getEntries().find((x) => x.name === 'first-contentful-paint');
          if (e) resolve(e.startTime);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(null), 15000);
      })
  );
/** The floor, cold: first contentful paint is its chart (the page has nothing else to paint). */
async function floorRun() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let counting = true;
  const bytes = countBytes(page, () => counting);
  page.on('pageerror', (e) => console.error('floor page error:', e.message));
  await page.goto(`${floorBase}/`);
  const fcp = await paintedAt(page);
  await page.waitForSelector('body[data-chart-at]', { state: 'attached', timeout: 120_000 });
  await page.waitForTimeout(100);
  counting = false;
  mf.firstChart.push(fcp ?? Number(await page.getAttribute('body', 'data-chart-at')));
  mf.duckdbReady.push(Number(await page.getAttribute('body', 'data-ready-at')));
  mf.firstViewBytes.push(Object.entries(bytes).reduce((s, [k, v]) => s + (k === 'wasm' ? 0 : v), 0));
  mf.wasmBytes.push(bytes.wasm);
  await context.close();
}
// Interactions (issue 5: "changing unit, year or index redraws from DuckDB in under 100 ms p95"), each
// timed from the trusted input event to the DOM showing the new state; p95 is over every sample of every run.
const m5 = {
  firstQuery: [],
  rankingYearChange: [],
  rankingIndexChange: [],
  provinceUnitChange: [],
  provinceYearChange: [],
  provinceIndexChange: [],
  profileUnitChange: [],
  trendUnitChange: [],
  slopeYearChange: [],
  tableSort: []
};
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(xs.length * 0.95) - 1)];

// Marks the time an interaction starts (trusted input event) and when the expected text shows.
const waitText = (page, selector, text) =>
  page.evaluate(
    ([sel, txt, options]) =>
      new Promise((resolve) => {
        const check = () => document.querySelector(sel)?.textContent?.includes(txt);
        if (check()) return resolve(performance.now());
        setTimeout(() => resolve(`timeout: "${txt}" never showed in ${sel}`), 15_000);
        const mo = new MutationObserver(() => {
          if (check()) {
            mo.disconnect();
            resolve(performance.now());
          }
        });
        mo.observe(document.body, options);
      }),
    [selector, text, observed(selector)]
  );
const armStart = (page, type) =>
  page.evaluate((t) => {
    window.__t0 = null;
    document.addEventListener(t, () => (window.__t0 ??= performance.now()), { capture: true, once: true });
  }, type);
/** One timed interaction: arm on `event`, run `act`, wait for `selector` to contain `text`. */
async function timed(page, list, event, act, selector, text = '') {
  await armStart(page, event);
  const done = waitText(page, selector, text);
  await act();
  const t1 = await done;
  if (typeof t1 === 'string') throw new Error(`bench: ${t1} (${page.url()})`);
  list.push(t1 - (await page.evaluate(() => window.__t0)));
}
/** Open a page and wait for the browser's DuckDB, then for its warm-up (a person does not click within 0.5 s). */
async function openReady(page, url) {
  await page.goto(url);
  await page.waitForSelector('[data-testid="db-status"][data-status="ready"]', { timeout: 120_000 });
  await page.waitForTimeout(500);
}
// The search box is filled before the clock starts: the timed part is Enter → redraw.
async function pickUnit(page, list, q, selector, text) {
  await page.waitForTimeout(150); // the previous navigation settles (focus, URL) as it would before a person types
  await page.fill('[data-testid="unit-search"]', q);
  await timed(page, list, 'keydown', () => page.keyboard.press('Enter'), selector, text);
}
/** DuckDB ready, in ms since navigation start, as the page's footer reports it. */
const readyMs = async (page) => Number((await page.textContent('[data-testid="db-status"]')).match(/\((\d+) ms\)/)[1]);
// The slow network (issue 14): Chromium's emulation at 10 Mbit/s down, 5 up, 100 ms round trip, cold.
const SLOW = { offline: false, latency: 100, downloadThroughput: 10e6 / 8, uploadThroughput: 5e6 / 8 };
const mSlow = { firstChart: [], interactive: [], answer: [], answeredAt: [], duckdbReady: [], floorReady: [] };
const slowNotes = [];
async function slowContext() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW);
  return { context, page };
}
/**
 * chiso on the slow network: the first chart (first contentful paint), the moment the page answers input
 * (the layout's chiso:hydrated mark), one year change made right then and answered by the server while
 * DuckDB is still loading (input → redraw), and DuckDB ready. The floor's ready under the same network
 * is printed beside it.
 */
async function slowRun() {
  {
    const { context, page } = await slowContext();
    await page.goto(`${floorBase}/`, { waitUntil: 'commit' });
    await page.waitForSelector('body[data-ready-at]', { state: 'attached', timeout: 180_000 });
    mSlow.floorReady.push(Number(await page.getAttribute('body', 'data-ready-at')));
    await context.close();
  }
  const { context, page } = await slowContext();
  await page.goto(`${base}/xep-hang?nam=2015`, { waitUntil: 'commit' });
  const fcp = await paintedAt(page);
  if (fcp != null) mSlow.firstChart.push(fcp);
  await page.waitForFunction(() => performance.getEntriesByName('chiso:hydrated').length > 0, null, { timeout: 120_000, polling: 10 });
  mSlow.interactive.push(await page.evaluate(() => performance.getEntriesByName('chiso:hydrated')[0].startTime));
  const before = await page.getAttribute('[data-testid="db-status"]', 'data-status');
  await timed(page, mSlow.answer, 'change', () => page.selectOption('[data-testid="year-select"]', '2014'), 'h1', 'PCI 2014');
  mSlow.answeredAt.push(await page.evaluate(() => performance.now()));
  const source = await page.getAttribute('[data-testid="view-source"]', 'data-source');
  if (before === 'ready' || source !== 'server') slowNotes.push(`a run answered from ${source} (DuckDB was ${before} at the input): not the case this line is about`);
  await page.waitForSelector('[data-testid="db-status"][data-status="ready"]', { timeout: 180_000 });
  mSlow.duckdbReady.push(await readyMs(page));
  await context.close();
}
const PROVINCES = [
  ['quang ngai', 'Quảng Ngãi'],
  ['vinh phuc', 'Vĩnh Phúc'],
  ['kon tum', 'Kon Tum'],
  ['da nang', 'Đà Nẵng'],
  ['lao cai', 'Lào Cai'],
  ['ca mau', 'Cà Mau'],
  ['binh duong', 'Bình Dương'],
  ['thanh hoa', 'Thanh Hóa']
];

try {
  for (let run = 0; run < RUNS; run++) {
    // Chiso and the floor take turns, each in a cold context, so a noisy moment hits both alike.
    if (!INTERACTIONS_ONLY) {
      await floorRun();
      await slowRun();
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    let counting = true; // bytes of the first page load, until DuckDB is ready
    const bytes = countBytes(page, () => counting);
    await page.goto(`${base}/xep-hang?nam=2015`);
    // The paint entry can land after load: observe it (buffered) rather than read it once.
    const fcp = await paintedAt(page);
    if (fcp != null) m.firstChart.push(fcp);
    await page.waitForSelector('[data-testid="db-status"][data-status="ready"]', { timeout: 120_000 });
    await page.waitForTimeout(100);
    counting = false;
    // Since navigation start, like the floor's.
    m.duckdbReady.push(await readyMs(page));
    m.firstViewBytes.push(Object.entries(bytes).reduce((s, [k, v]) => s + (k === 'wasm' || k === 'answers' ? 0 : v), 0));
    for (const k of ['html', 'js', 'css', 'font', 'data', 'wasm']) m[`${k}Bytes`].push(bytes[k]);
    if (LOAD_ONLY) {
      // Read once they are in (seedAnswers.ts marks it). A full run reads them at its end: its clicks do not wait for them.
      await page.waitForFunction(() => performance.getEntriesByName('chiso:answers-seeded').length > 0, null, { timeout: 30_000 }).catch(() => {});
      await page.waitForTimeout(50);
      m.answersBytes.push(bytes.answers);
      await context.close();
      continue;
    }

    // Ranking (/xep-hang): the first query right after DuckDB is ready, then year and index changes.
    await timed(page, m5.firstQuery, 'change', () => page.selectOption('[data-testid="year-select"]', '2014'), 'h1', 'PCI 2014');
    for (const y of ['2013', '2012', '2011', '2010'])
      await timed(page, m5.rankingYearChange, 'change', () => page.selectOption('[data-testid="year-select"]', y), 'h1', `PCI ${y}`);
    for (const [id, short] of [['papi', 'PAPI'], ['sipas', 'SIPAS'], ['par_index', 'PAR INDEX'], ['pci', 'PCI']])
      await timed(page, m5.rankingIndexChange, 'change', () => page.selectOption('[data-testid="index-select"]', id), 'h1', `Xếp hạng ${short}`);

    // Province page (/tinh/[slug]): unit from the search box, then year, then index.
    await openReady(page, `${base}/tinh/ha-tinh?nam=2015`);
    for (const [q, name] of PROVINCES) await pickUnit(page, m5.provinceUnitChange, q, '[data-testid="unit-title"]', name);
    for (const y of ['2014', '2013', '2012', '2011'])
      await timed(page, m5.provinceYearChange, 'change', () => page.selectOption('[data-testid="year-select"]', y), '[data-testid="headline"]', `PCI ${y}`);
    for (const [id, short] of [['papi', 'PAPI'], ['sipas', 'SIPAS'], ['pci', 'PCI']])
      await timed(page, m5.provinceIndexChange, 'change', () => page.selectOption('[data-testid="index-select"]', id), '[data-testid="unit-title"]', `· ${short}`);

    // Unit profile (/don-vi/[slug]): every index of the unit, from the search box.
    await openReady(page, `${base}/don-vi/ha-tinh`);
    for (const [q, name] of PROVINCES.slice(0, 4)) await pickUnit(page, m5.profileUnitChange, q, '[data-testid="profile-title"]', name);

    // Trends (/xu-huong): add a unit from the search box; redraw when its line is on the chart.
    await openReady(page, `${base}/xu-huong?tinh=ha-tinh`);
    for (const [q, code] of [['quang ngai', '51'], ['vinh phuc', '26'], ['kon tum', '62']])
      await pickUnit(page, m5.trendUnitChange, q, `[data-testid="trend-chart-score"] g[data-key="${code}"]`, '');
    // Slope chart: change the first year; redraw when the heading shows the new pair.
    await openReady(page, `${base}/xep-hang?nam=2015&xem=tang-giam&chon=ha-tinh`);
    for (const y of ['2013', '2012', '2011'])
      await timed(page, m5.slopeYearChange, 'change', () => page.selectOption('[data-testid="slope-from"]', y), 'h2', `${y} → 2015`);
    // Ranking table: click a column header; redraw when the table is sorted by it.
    await openReady(page, `${base}/xep-hang?nam=2015&xem=bang`);
    for (const k of ['diem', 'ten', 'doi-hang'])
      await timed(page, m5.tableSort, 'click', () => page.click(`[data-testid="ranking-table"] button[data-sort-key="${k}"]`), `[data-testid="ranking-table"][data-sort="${k}"]`);
    m.answersBytes.push(bytes.answers);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
  floorServer.close();
}

for (const [k, v] of Object.entries(m)) results.browser[k] = stats(v.map(round));
for (const [k, v] of Object.entries(mf)) results.floor[k] = stats(v.map(round));
results.slow = { network: SLOW, notes: slowNotes };
for (const [k, v] of Object.entries(mSlow)) if (v.length) results.slow[k] = stats(v.map(round));
if (!INTERACTIONS_ONLY) for (const k of ['firstChart', 'duckdbReady', 'firstViewBytes']) results.ratios[k] = Math.round((results.browser[k].median / results.floor[k].median) * 100) / 100;
for (const [k, v] of Object.entries(m5)) if (v.length) results.browser[k] = { ...stats(v.map(round)), p95: round(p95(v)) };
// Written now too: the browser figures survive a failure in the Node part below.
writeFileSync('bench/results.json', JSON.stringify(results, null, 2));

async function nodeQueries() {
  // Query latency: the same SQL module on duckdb-wasm (Node blocking bundle), real data and a generated 1,000,000-row table.
  const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
  try {
    const sql = await vite.ssrLoadModule('/src/lib/db/sql.ts');
    const { openNodeDuckDb } = await vite.ssrLoadModule('/src/lib/server/db/nodeDuckDb.ts');
    const { buildDataset, readShippedFiles } = await vite.ssrLoadModule('/src/lib/server/shippedData.ts');
    const { loadObservations } = await vite.ssrLoadModule('/src/lib/db/observationsTable.ts');
    const { loadProvinceView } = await vite.ssrLoadModule('/src/lib/views/provinceView.ts');
    const { loadRankingView } = await vite.ssrLoadModule('/src/lib/views/rankingView.ts');
    const { loadTrendsView } = await vite.ssrLoadModule('/src/lib/views/trendsView.ts');
    const { loadRankingPage } = await vite.ssrLoadModule('/src/lib/views/rankingPageView.ts');
    const { loadUnitProfileView } = await vite.ssrLoadModule('/src/lib/views/unitProfileView.ts');
    const { loadDdciView } = await vite.ssrLoadModule('/src/lib/views/ddciView.ts');

    const { cachingDb } = await vite.ssrLoadModule('/src/lib/db/queryCache.ts');
    const { slugify } = await vite.ssrLoadModule('/src/lib/text/vietnamese.ts');

    const summarise = (xs) => {
      const s = stats(xs.map(round));
      s.p95 = round(p95(xs));
      return s;
    };
    /** A single query, uncached: one warm-up call, then n timed calls. */
    const time = async (fn, n = 15) => {
      await fn();
      const xs = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        await fn();
        xs.push(performance.now() - t0);
      }
      return summarise(xs);
    };
    /**
     * A redraw as the browser does it: through the same query cache, so what depends only on the index
     * (units, years, references) is cached after the first view, and each timed call asks for a unit or
     * year not seen before. The first input warms up; the rest are timed.
     */
    const redraw = async (db, build, inputs) => {
      const c = cachingDb(db);
      await build(c, inputs[0]);
      const xs = [];
      for (const input of inputs.slice(1)) {
        const t0 = performance.now();
        await build(c, input);
        xs.push(performance.now() - t0);
      }
      return summarise(xs);
    };

    const real = await openNodeDuckDb();
    const ds = buildDataset(readShippedFiles());
    await loadObservations(real, ds.observations);
    const unitSlugs = (index) => [...new Set(ds.observations.filter((o) => o.index_id === index).map((o) => slugify(o.unit_name)))];
    const provinces = unitSlugs('pci');
    const pciYears = [2015, 2014, 2013, 2012, 2011, 2010, 2009, 2008, 2007, 2006].map(String);
    results.queriesReal = {
      rows: ds.observations.length,
      rankingView: await redraw(real, (db, y) => loadRankingView(db, { index: 'pci', year: y, selected: 'ha-tinh' }), pciYears),
      provinceView: await redraw(real, (db, u) => loadProvinceView(db, { index: 'pci', unit: u, year: '2015' }), provinces.slice(0, 16)),
      provincePapi: await redraw(real, (db, u) => loadProvinceView(db, { index: 'papi', unit: u, year: '2015' }), unitSlugs('papi').slice(0, 16)),
      provinceParIndex: await redraw(real, (db, u) => loadProvinceView(db, { index: 'par_index', unit: u, year: null }), unitSlugs('par_index')),
      unitProfile: await redraw(real, (db, u) => loadUnitProfileView(db, { slug: u }), provinces.slice(0, 16)),
      ddciView: await redraw(real, (db, u) => loadDdciView(db, { index: null, year: null, selected: u }), unitSlugs('ddci_42')),
      trendsView: await redraw(
        real,
        (db, i) => loadTrendsView(db, { index: 'pci', units: provinces.slice(i * 3, i * 3 + 3).join(','), selected: null, year: null, mode: null }),
        [...Array(12).keys()]
      ),
      bumpView: await redraw(real, (db, u) => loadRankingPage(db, { index: 'pci', year: '2015', selected: u, tab: 'dien-bien', from: null }), provinces.slice(0, 16)),
      slopeView: await redraw(real, (db, y) => loadRankingPage(db, { index: 'pci', year: '2015', selected: 'ha-tinh', tab: 'tang-giam', from: y }), pciYears.slice(1)),
      tableView: await redraw(real, (db, y) => loadRankingPage(db, { index: 'pci', year: y, selected: null, tab: 'bang', from: null }), pciYears)
    };

    const big = await openNodeDuckDb();
    const t0 = performance.now();
    // 4,000 units × 25 years × 10 indicators = 1,000,000 rows, generated inside DuckDB (no big file in the repo).
    await big.query(`CREATE TABLE obs AS
      SELECT lpad((u)::VARCHAR, 4, '0') AS unit_code, 'Đơn vị ' || u AS unit_name, 'tinh' AS unit_group, (2000 + y)::INTEGER AS year,
             'pci' AS index_id, CASE WHEN i = 0 THEN 'total' ELSE 'c' || i END AS indicator,
             (hash(u, y, i) % 10000) / 100.0 AS value,
             CASE WHEN i = 0 THEN (1 + u)::INTEGER END AS rank, CASE WHEN i = 0 THEN 4000 END AS rank_of, CASE WHEN i = 0 THEN 'published' END AS rank_source, NULL::VARCHAR AS band, 'bench' AS source
      FROM range(4000) a(u), range(25) b(y), range(10) c(i)`);
    const genMs = performance.now() - t0;
    const n = (await big.query('SELECT count(*)::INTEGER AS n FROM obs'))[0].n;
    const code = (u) => String(u).padStart(4, '0');
    results.queries1M = {
      rows: n,
      generateMs: round(genMs),
      ranking: await time(() => sql.ranking(big, 'pci', 2015)),
      trend: await time(() => sql.trend(big, 'pci', '0042')),
      references: await time(() => sql.references(big, 'pci')),
      components: await time(() => sql.components(big, 'pci', '0042', 2015)),
      seriesFor: await time(() => sql.seriesFor(big, 'pci', ['0042', '0043', '0044'])),
      // Whole views, redrawn for a new unit or year each time (see `redraw`).
      trendsView: await redraw(big, (db, i) => loadTrendsView(db, { index: 'pci', units: [0, 1, 2].map((k) => code(100 + i * 3 + k)).join(','), selected: null, year: '2015', mode: null }), [...Array(16).keys()]),
      provinceView: await redraw(big, (db, i) => loadProvinceView(db, { index: 'pci', unit: code(200 + i), year: '2015', peers: `${code(300 + i)},${code(400 + i)}` }), [...Array(16).keys()]),
      bumpView: await redraw(big, (db, i) => loadRankingPage(db, { index: 'pci', year: '2015', selected: code(500 + i), tab: 'dien-bien', from: null }), [...Array(16).keys()]),
      slopeView: await redraw(big, (db, y) => loadRankingPage(db, { index: 'pci', year: '2024', selected: '0042', tab: 'tang-giam', from: String(y) }), [...Array(16).keys()].map((i) => 2023 - i)),
      tableView: await redraw(big, (db, y) => loadRankingPage(db, { index: 'pci', year: String(y), selected: null, tab: 'bang', from: null }), [...Array(16).keys()].map((i) => 2024 - i))
    };
  } finally {
    await vite.close();
  }

}
if (!LOAD_ONLY && !INTERACTIONS_ONLY) await nodeQueries();

writeFileSync('bench/results.json', JSON.stringify(results, null, 2));
const fmt = (s, unit = 'ms') => `${s.min} / ${s.median} / ${s.max}${s.p95 != null ? ` (p95 ${s.p95})` : ''} ${unit}`;
const kb = (s) => `${Math.round(s.min / 1024)} / ${Math.round(s.median / 1024)} / ${Math.round(s.max / 1024)} KiB`;
console.log(`\nchiso bench — ${RUNS} runs, min / median / max\n`);
if (build.ms) console.log(`Build: ${(build.ms / 1000).toFixed(1)} s, of which precompression (brotli + gzip of every immutable asset) ${(build.precompressMs / 1000).toFixed(1)} s`);
console.log(`First view's JS: ${results.chunks.files} files, ${Math.round(results.chunks.raw / 1024)} KiB raw, ${Math.round(results.chunks.br / 1024)} KiB brotli`);
if (!INTERACTIONS_ONLY) {
console.log(`\nCold load in Chromium on localhost, chiso (/xep-hang) beside the floor (bench/floor: vite + duckdb-wasm + d3), medians`);
const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;
const KiB = (x) => `${Math.round(x / 1024).toLocaleString('en')} KiB`;
const row = (label, f, c, r, target) => console.log(`  ${label.padEnd(40)} ${f.padStart(10)} ${c.padStart(10)} ${r.padStart(8)}   ${target}`);
row('', 'floor', 'chiso', 'ratio', 'target');
const B = results.browser;
const F = results.floor;
const R = results.ratios;
row('first chart on screen', ms(F.firstChart.median), ms(B.firstChart.median), `${R.firstChart}×`, `chiso ≥ 4× faster: ${R.firstChart <= 0.25 ? 'met' : 'NOT met'}`);
row('DuckDB ready with the data loaded', ms(F.duckdbReady.median), ms(B.duckdbReady.median), `${R.duckdbReady}×`, `≤ 1.15× the floor: ${R.duckdbReady <= 1.15 ? 'met' : 'NOT met'}`);
row("first view's bytes, DuckDB engine aside", KiB(F.firstViewBytes.median), KiB(B.firstViewBytes.median), `${R.firstViewBytes}×`, `chiso ≤ 250 KiB: ${B.firstViewBytes.median <= 250 * 1024 ? 'met' : 'NOT met'}`);
console.log(`  chiso's bytes by kind (min / median / max): HTML ${kb(B.htmlBytes)}, JS ${kb(B.jsBytes)}, CSS ${kb(B.cssBytes)}, fonts ${kb(B.fontBytes)}, data ${kb(B.dataBytes)}; DuckDB engine (wasm + worker script) ${kb(B.wasmBytes)}`);
console.log(`  asked for while DuckDB loads, not in the first view: the warm-up's answers from the server ${kb(B.answersBytes)}`);
console.log(`  spread (min / median / max): chiso first chart ${fmt(B.firstChart)}, ready ${fmt(B.duckdbReady)}; floor first chart ${fmt(F.firstChart)}, ready ${fmt(F.duckdbReady)}`);
{
  const S = results.slow;
  const line = (label, st, target, ok) => console.log(`  ${label.padEnd(58)} ${ms(st.median).padStart(9)}   (${fmt(st)})   ${target}${ok == null ? '' : ok ? ': met' : ': NOT met'}`);
  console.log(`\nSlow network, cold (Chromium emulation: 10 Mbit/s down, 5 up, 100 ms round trip), chiso /xep-hang, medians`);
  line('first chart on screen', S.firstChart, 'target ≤ 600 ms', S.firstChart.median <= 600);
  line('page answers input (hydrated)', S.interactive, '');
  line('a year change then, answered by the server (input → redraw)', S.answer, 'target ≤ 400 ms', S.answer.median <= 400);
  line('  … answered at', S.answeredAt, '');
  line('DuckDB ready with the data loaded', S.duckdbReady, `floor ${ms(S.floorReady.median)} (${Math.round((S.duckdbReady.median / S.floorReady.median) * 100) / 100}×)`);
  for (const n of S.notes) console.log(`  note: ${n}`);
}
}
if (!LOAD_ONLY) {
  console.log(`\nInteractions → redraw from the browser's DuckDB (target: median ≤ 25 ms and p95 ≤ 60 ms)`);
  const LABELS = {
    firstQuery: 'ranking: first query after DuckDB is ready',
    rankingYearChange: 'ranking: year change',
    rankingIndexChange: 'ranking: index change',
    provinceUnitChange: 'province page: province change',
    provinceYearChange: 'province page: year change',
    provinceIndexChange: 'province page: index change',
    profileUnitChange: 'unit profile: unit change',
    trendUnitChange: 'trends: add a unit',
    slopeYearChange: 'slope: first-year change',
    tableSort: 'table: sort'
  };
  for (const [k, label] of Object.entries(LABELS)) {
    const s = results.browser[k];
    console.log(`  ${label.padEnd(44)} ${fmt(s)}  n=${s.runs}${s.median > 25 || s.p95 > 60 ? '  ← above target' : ''}`);
  }
  if (INTERACTIONS_ONLY) process.exit(0);
  console.log(`\nWhole views on duckdb-wasm in Node, real data (${results.queriesReal.rows} rows): a redraw for a unit or year not seen before`);
  for (const k of ['rankingView', 'provinceView', 'provincePapi', 'provinceParIndex', 'unitProfile', 'ddciView', 'trendsView', 'bumpView', 'slopeView', 'tableView']) console.log(`  ${k.padEnd(14)} ${fmt(results.queriesReal[k])}`);
  console.log(`\nGenerated table of ${results.queries1M.rows.toLocaleString('vi-VN')} rows (built in ${results.queries1M.generateMs} ms): single queries uncached, then whole-view redraws (target p95 < 250 ms)`);
  for (const k of ['ranking', 'trend', 'references', 'components', 'seriesFor', 'provinceView', 'trendsView', 'bumpView', 'slopeView', 'tableView']) console.log(`  ${k.padEnd(14)} ${fmt(results.queries1M[k])}`);
}
console.log('\nwritten: bench/results.json');
