#!/usr/bin/env node
// npm run bench:timeline — one cold load of a page (default /xep-hang?nam=2015) on the built server,
// printed as a timeline: every resource the page and the DuckDB worker fetched (start → end, bytes on the
// wire) and the page's chiso:* marks. For finding what stands between the HTML and "DuckDB ready".
// Options: --url /path, --slow (10 Mbit/s down, 100 ms round trip), --runs N (prints each).
import { finalDataBytes, startBuiltServer } from './builtServer.mjs';
import { chromium } from 'playwright-core';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const url = arg('--url', '/xep-hang?nam=2015');
const runs = Number(arg('--runs', '1'));
const slow = process.argv.includes('--slow');
// --floor: the floor page instead (bench/floor/dist, built and given its data by `npm run bench`).
const floor = process.argv.includes('--floor');
const { base, server } = await startBuiltServer();
// Warm, as for every reader after the first: the page cache, and the data file's final compression.
const html = await (await fetch(base + url)).text();
const dataUrl = html.match(/\/api\/data\/[0-9a-f]{16}\.arrow/)?.[0];
if (dataUrl) await finalDataBytes(base + dataUrl);
let floorBase = null;
if (floor) {
  const { staticCompressed } = await import('../scripts/staticCompressed.mjs');
  const serve = staticCompressed('bench/floor/dist', '/');
  const http = await import('node:http');
  const fs = http.createServer((req, res) => {
    if (req.url === '/') req.url = '/index.html';
    if (!serve(req, res)) res.writeHead(404).end();
  });
  await new Promise((r) => fs.listen(0, '127.0.0.1', r));
  floorBase = `http://127.0.0.1:${fs.address().port}`;
  process.on('exit', () => fs.close());
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
// Times on the page's clock (a worker's performance clock starts when the worker does).
const entries = (pageOrigin) =>
  performance.getEntriesByType('resource').map((e) => {
    const shift = performance.timeOrigin - (pageOrigin ?? performance.timeOrigin);
    return { name: e.name, start: e.startTime + shift, end: e.responseEnd + shift, bytes: e.transferSize, type: e.initiatorType };
  });
try {
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    if (slow) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 100, downloadThroughput: (10e6 / 8), uploadThroughput: (5e6 / 8) });
    }
    await page.goto(floor ? `${floorBase}/` : base + url);
    await page.waitForSelector(floor ? 'body[data-chart-at]' : '[data-testid="db-status"][data-status="ready"]', { state: 'attached', timeout: 120_000 });
    if (floor) await page.evaluate(() => ['readyAt', 'chartAt'].forEach((k) => performance.mark(`floor:${k}`, { startTime: Number(document.body.dataset[k]) })));
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      return { responseStart: n.responseStart, responseEnd: n.responseEnd, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd };
    });
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => /^(chiso|floor):/.test(m.name)).map((m) => ({ name: m.name, t: m.startTime })));
    const res = await page.evaluate(entries);
    const workerRes = [];
    const origin = await page.evaluate(() => performance.timeOrigin);
    for (const w of page.workers()) workerRes.push(...(await w.evaluate(entries, origin).catch(() => [])).map((e) => ({ ...e, worker: true })));
    const rows = [
      { t: nav.responseStart, what: 'HTML first byte' },
      { t: nav.responseEnd, what: 'HTML done' },
      { t: fcp, what: 'first contentful paint' },
      { t: nav.dcl, what: 'DOMContentLoaded' },
      ...marks.map((m) => ({ t: m.t, what: m.name })),
      ...[...res, ...workerRes].map((e) => ({
        t: e.start,
        end: e.end,
        what: `${e.worker ? '[worker] ' : ''}${e.type} ${new URL(e.name).pathname.replace('/_app/immutable/', '…/')} ${Math.round(e.bytes / 1024)} KiB`
      }))
    ].sort((a, b) => a.t - b.t);
    console.log(`\n${floor ? 'floor' : url}${slow ? ' (10 Mbit/s, 100 ms RTT)' : ''}, run ${r + 1}: ms from navigation start`);
    for (const x of rows) console.log(`  ${String(Math.round(x.t)).padStart(6)}${x.end != null ? ` → ${String(Math.round(x.end)).padStart(6)}` : '         '}  ${x.what}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
  process.exit(0);
}
