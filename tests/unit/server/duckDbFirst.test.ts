import { describe, expect, it } from 'vitest';
import { duckDbFirstLink, isPageResponse } from '$lib/server/duckDbFirst';

const WORKER = '/_app/immutable/assets/duckdb-browser-eh.worker.hQa-dcAV.js';
const DATA = '/api/data/461b8697b3734ee3.csv';

describe('DuckDB first in the Link header', () => {
  it('puts the worker script and the data file ahead of the modules SvelteKit lists', () => {
    const kit = '<./_app/immutable/entry/start.js>; rel="modulepreload"; nopush, <./_app/immutable/chunks/a.js>; rel="modulepreload"; nopush';
    const link = duckDbFirstLink(kit, WORKER, DATA);
    const entries = link.split(/,\s*(?=<)/);
    expect(entries[0]).toBe(`<${WORKER}>; rel="preload"; as="script"`);
    // The head's fetch is cors mode: a preload without crossorigin would not serve it and the file would come twice.
    expect(entries[1]).toBe(`<${DATA}>; rel="preload"; as="fetch"; crossorigin`);
    expect(entries.slice(2).join(', ')).toBe(kit);
  });

  it('stands alone where SvelteKit listed nothing', () => {
    expect(duckDbFirstLink(null, WORKER, DATA).split(/,\s*(?=<)/)).toHaveLength(2);
  });

  it('is for HTML pages only, not API answers or files', () => {
    const page = new Response('<!doctype html>', { headers: { 'content-type': 'text/html', 'x-sveltekit-page': 'true' } });
    const api = new Response('{}', { headers: { 'content-type': 'application/json' } });
    const error = new Response('x', { headers: { 'content-type': 'text/html' } });
    expect([page, api, error].map(isPageResponse)).toEqual([true, false, false]);
  });
});
