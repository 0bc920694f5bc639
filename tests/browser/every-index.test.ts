// "Every view works for every index": each analysis view is opened on PCI (drawn by the server), then
// switched to every other province-level index from its own index picker (drawn by the browser's DuckDB).
// Each state must draw marks or say in words why it cannot — never a blank chart, an error page,
// "NaN" or "undefined" — with no console error. Sparse indices (PAR INDEX, SIPAS) are the point.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { screenshot, serverAndBrowser, waitForDuckDb, watchedPage } from './harness';
import type { IndexDefinition } from '../../src/lib/catalogue/types';

const INDICES = readdirSync('data/indices')
  .map((f) => JSON.parse(readFileSync(`data/indices/${f}`, 'utf8')) as IndexDefinition)
  .filter((d) => d.unitLevel === 'province');

// Every view with an index picker, opened on a province that has figures in all four national indices.
const VIEWS: [name: string, url: string][] = [
  ['ranking bars', '/xep-hang'],
  ['bump', '/xep-hang?xem=dien-bien&chon=ha-tinh'],
  ['slope', '/xep-hang?xem=tang-giam&chon=ha-tinh'],
  ['table', '/xep-hang?xem=bang'],
  ['trends (score)', '/xu-huong?tinh=ha-tinh,quang-ninh'],
  ['trends (rank)', '/xu-huong?tinh=ha-tinh,quang-ninh&do=hang'],
  ['province', '/tinh/ha-tinh'],
  ['regions', '/vung'],
  ['merger', '/tinh-moi/quang-ngai']
];

const app = serverAndBrowser();

/** What a person would see as broken, or null when the view draws something or explains itself. */
async function problems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const text = main.innerText;
    const out: string[] = [];
    for (const bad of ['NaN', 'undefined', 'null', 'Infinity', '[object Object]']) if (new RegExp(`\\b${bad.replace(/[[\]]/g, '\\$&')}\\b`).test(text)) out.push(`shows "${bad}"`);
    const charts = [...main.querySelectorAll('svg[role="img"]')];
    const marked = charts.filter((svg) => svg.querySelectorAll('path[d]:not([d=""]), rect, circle').length > 0);
    // A message standing in for the chart, not the footnotes every page has.
    const said = main.querySelectorAll('.notice, [role="status"]').length > 0;
    const rows = main.querySelectorAll('table tbody tr').length;
    if (marked.length === 0 && rows === 0 && !said) out.push('no chart with marks, no table rows and no message saying why');
    return out;
  });
}

describe('every view, every province-level index', () => {
  it('lists the five national indices (DTI since issue 12)', () => {
    expect(INDICES.map((d) => d.id).sort()).toEqual(['dti', 'papi', 'par_index', 'pci', 'sipas']);
  });

  for (const [name, url] of VIEWS) {
    it(`${name}: draws or explains itself for ${INDICES.map((d) => d.short).join(', ')}`, async () => {
      const w = await watchedPage(app.browser);
      try {
        const res = await w.page.goto(`${app.server.url}${url}`);
        expect(res?.status()).toBe(200);
        await waitForDuckDb(w.page);
        const seen: Record<string, string[]> = {};
        seen.pci = await problems(w.page);
        for (const d of INDICES.filter((x) => x.id !== 'pci')) {
          await w.page.selectOption('[data-testid="index-select"]', d.id);
          // Every view names its index in the document title.
          await w.page.waitForFunction((short) => document.title.includes(short), d.short);
          await w.page.waitForTimeout(100);
          seen[d.id] = await problems(w.page);
          // Drawn in the browser, from its DuckDB, not fetched from the server.
          expect(await w.page.locator('[data-testid="view-source"]').getAttribute('data-source')).toBe('duckdb-wasm');
          if (d.id === 'sipas') await screenshot(w.page, `every-index-${name.replace(/\W+/g, '-')}-sipas`);
        }
        expect(seen).toEqual(Object.fromEntries(INDICES.map((d) => [d.id, []])));
        expect(w.consoleErrors).toEqual([]);
        expect(w.external).toEqual([]);
      } finally {
        await w.context.close();
      }
    });
  }
});

describe('nothing to draw', () => {
  it('says new Quảng Ngãi’s old provinces have SIPAS ranks but no published score, instead of an empty axis', async () => {
    const rows = readFileSync('data/par_sipas_papi_province_results.csv', 'utf8').split('\n');
    const sipas = rows.filter((l) => l.startsWith('SIPAS,') && /,(Quảng Ngãi|Kon Tum),/.test(l));
    // The shipped data: Kon Tum 2023 with a rank and no score; nothing for Quảng Ngãi.
    expect(sipas.map((l) => l.split(',').slice(1, 4).join(','))).toEqual(['2023,Kon Tum,']);
    const w = await watchedPage(app.browser);
    try {
      await w.page.goto(`${app.server.url}/tinh-moi/quang-ngai?chiso=sipas`);
      expect(await w.page.locator('[data-testid="trend-empty"][data-mode="score"]').textContent()).toContain('Chưa có điểm nào được công bố cho năm 2023');
      expect(await w.page.locator('[data-testid="trend-chart-score"]').count()).toBe(0);
      expect(await w.page.locator('[data-testid="trend-chart-rank"] circle').count()).toBe(1);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});
