#!/usr/bin/env node
// npm run bench:profile — where a redraw's time goes. Opens a page on the built server, waits for DuckDB,
// then repeats one interaction under Chromium's CPU profiler and prints each sample's time (input → new text
// on screen) and the functions with the most self time, by file. Run `npm run build` first.
// Options: --url /tinh/ha-tinh?nam=2015 (default), --select year-select|index-select, --values 2014,2013,…,
// --search, --wait "[data-testid=headline]" (what must show the value's text), --texts (when that text is not the value), --top 25, --css "…", --eval "…", --trace, --queries, --callers NAME, --window.
import { startBuiltServer } from './builtServer.mjs';
import { chromium } from 'playwright-core';
import { observed } from './observed.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const url = arg('--url', '/tinh/ha-tinh?nam=2015');
const select = arg('--select', 'year-select');
const values = arg('--values', '2014,2013,2012,2011,2010,2009,2008,2007').split(',');
const wait = arg('--wait', '[data-testid="headline"]');
// --texts: what --wait must show after each value, where it is not the value itself (an index id → its short name).
const texts = arg('--texts', null)?.split(',') ?? values;
const top = Number(arg('--top', '25'));
// --css "…": a style sheet added to the page before profiling (to try a CSS change without a rebuild).
const css = arg('--css', null);
// --eval "…": a script run in the page before profiling (to try a change to the page without a rebuild).
const evalJs = arg('--eval', null);
// --trace: Chromium's timeline instead of the CPU profiler: the browser's own work (style, layout, paint) per kind.
const trace = process.argv.includes('--trace');
// --search: the values are typed into the unit search box and picked with Enter (--texts: the names to wait for).
const search = process.argv.includes('--search');
// --queries: print what each change asks of the browser's DuckDB worker (browserDb.ts logs it when asked to).
const queries = process.argv.includes('--queries');
// --callers name: the call paths (a few frames up) that lead to a function's self time, e.g. --callers scroll_state.
const callers = arg('--callers', null);
// --window: sample only from the input event to the text showing (console.profile in the page), not the work after it.
const windowOnly = process.argv.includes('--window');

const { base, server } = await startBuiltServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (queries) await page.addInitScript(() => (globalThis.__chisoQueries = []));
  await page.goto(base + url);
  await page.waitForSelector('[data-testid="db-status"][data-status="ready"]', { timeout: 120_000 });
  if (css) await page.addStyleTag({ content: css });
  if (evalJs) await page.evaluate(evalJs);
  await page.waitForTimeout(800);
  const cdp = await page.context().newCDPSession(page);
  const windows = [];
  if (trace) await browser.startTracing(page, { categories: ['devtools.timeline'] });
  else {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    // --window: the page starts and ends one profile per change (console.profile); otherwise one for all.
    if (windowOnly) cdp.on('Profiler.consoleProfileFinished', (e) => windows.push(e.profile));
    else await cdp.send('Profiler.start');
  }
  const times = [];
  for (const [i, v] of values.entries()) {
    if (search) await page.fill('[data-testid="unit-search"]', v); // typed before the clock starts, as in the bench
    await page.evaluate(
      ([t, w]) => {
        window.__t0 = null;
        document.addEventListener(
          t,
          () => {
            window.__t0 ??= performance.now();
            if (w) console.profile('window');
          },
          { capture: true, once: true }
        );
      },
      [search ? 'keydown' : 'change', windowOnly]
    );
    const done = page.evaluate(
      ([sel, txt, w, options]) =>
        new Promise((resolve) => {
          const mo = new MutationObserver(() => {
            if (document.querySelector(sel)?.textContent?.includes(txt)) {
              mo.disconnect();
              if (w) console.profileEnd('window');
              resolve(performance.now());
            }
          });
          mo.observe(document.body, options);
        }),
      [wait, texts[i], windowOnly, observed(wait)]
    );
    if (search) {
      await page.fill('[data-testid="unit-search"]', v);
      await page.keyboard.press('Enter');
    } else await page.selectOption(`[data-testid="${select}"]`, v);
    const t1 = await done;
    times.push(Math.round(t1 - (await page.evaluate(() => window.__t0))));
    const build = await page.evaluate(() => performance.getEntriesByName('chiso:view-build').at(-1)?.duration ?? null);
    console.log(`${v}: ${times.at(-1)} ms (view build ${build == null ? '–' : Math.round(build)} ms)`);
    if (queries)
      for (const q of await page.evaluate(() => globalThis.__chisoQueries.splice(0)))
        console.log(`   ${q.ms.toFixed(1).padStart(6)} ms  ${q.sql.replace(/\s+/g, ' ').slice(0, 100)} ${JSON.stringify(q.params)}`);
    await page.waitForTimeout(300);
  }
  if (trace) {
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const kinds = { FunctionCall: 'script', UpdateLayoutTree: 'style', Layout: 'layout', PrePaint: 'pre-paint', Paint: 'paint', Layerize: 'layerize' };
    const sum = {};
    for (const e of events) if (e.ph === 'X' && kinds[e.name]) sum[kinds[e.name]] = (sum[kinds[e.name]] ?? 0) + e.dur / 1000;
    console.log(`\nper change (ms): ${Object.entries(sum).map(([k, v]) => `${k} ${(v / values.length).toFixed(1)}`).join(', ')}`);
    for (const e of events) if (e.name === 'Layout' && e.dur > 3000) console.log(`  layout ${(e.dur / 1000).toFixed(1)} ms: ${e.args?.beginData?.dirtyObjects} of ${e.args?.beginData?.totalObjects} objects`);
  } else {
    const profiles = windowOnly ? windows : [(await cdp.send('Profiler.stop')).profile];
    // Self time per function (sampled), then per file.
    const self = new Map();
    for (const profile of profiles) {
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const dt = profile.timeDeltas;
      for (let i = 0; i < profile.samples.length; i++) {
        const f = byId.get(profile.samples[i]).callFrame;
        if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
        const file = (f.url.split('/').pop() || f.url || '(native)').slice(0, 40);
        const k = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
        self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
      }
    }
    const rows = [...self].sort((a, b) => b[1] - a[1]);
    const total = rows.reduce((s, [, v]) => s + v, 0);
    console.log(`\nbusy ${Math.round(total)} ms over ${values.length} changes; top self time:`);
    for (const [k, v] of rows.slice(0, top)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
    const files = new Map();
    for (const [k, v] of rows) {
      const f = k.split(' ').pop().replace(/:\d+$/, '');
      files.set(f, (files.get(f) ?? 0) + v);
    }
    if (callers) {
      const paths = new Map();
      for (const profile of profiles) {
        const dt = profile.timeDeltas;
        const parent = new Map();
        for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
        const selfById = new Map();
        for (let i = 0; i < profile.samples.length; i++) selfById.set(profile.samples[i], (selfById.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0) / 1000);
        for (const n of profile.nodes) {
          if (n.callFrame.functionName !== callers) continue;
          const chain = [];
          for (let p = parent.get(n.id); p && chain.length < 5; p = parent.get(p.id)) chain.push(`${p.callFrame.functionName || '(anonymous)'}:${p.callFrame.lineNumber + 1}`);
          const k = chain.join(' ← ');
          paths.set(k, (paths.get(k) ?? 0) + (selfById.get(n.id) ?? 0));
        }
      }
      console.log(`\n${callers} called from:`);
      for (const [k, v] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
    }
    console.log('\nby file:');
    for (const [f, v] of [...files].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${f}`);
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
