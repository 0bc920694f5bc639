import { describe, expect, it } from 'vitest';
import { duckDbFirstLink, isPageResponse } from '$lib/server/duckDbFirst';

const WORKER = '/_app/immutable/assets/duckdb-browser-eh.worker.hQa-dcAV.js';
const DATA = '/api/data/461b8697b3734ee3.arrow';

describe('DuckDB first in the Link header', () => {
  it('puts the data file ahead of the modules SvelteKit lists, and not the worker script', () => {
    const kit = '<./_app/immutable/entry/start.js>; rel="modulepreload"; nopush, <./_app/immutable/chunks/a.js>; rel="modulepreload"; nopush';
    const link = duckDbFirstLink(kit, DATA);
    const entries = link.split(/,\s*(?=<)/);
    // The head's fetch is cors mode: a preload without crossorigin would not serve it and the file would come twice.
    expect(entries[0]).toBe(`<${DATA}>; rel="preload"; as="fetch"; crossorigin`);
    expect(entries.slice(1).join(', ')).toBe(kit);
    // A script preload is parsed on the page's side while the page lays itself out; the worker fetches it itself.
    expect(link).not.toContain(WORKER);
  });

  it('stands alone where SvelteKit listed nothing', () => {
    expect(duckDbFirstLink(null, DATA).split(/,\s*(?=<)/)).toHaveLength(1);
  });

  it('is for HTML pages only, not API answers or files', () => {
    const page = new Response('<!doctype html>', { headers: { 'content-type': 'text/html', 'x-sveltekit-page': 'true' } });
    const api = new Response('{}', { headers: { 'content-type': 'application/json' } });
    const error = new Response('x', { headers: { 'content-type': 'text/html' } });
    expect([page, api, error].map(isPageResponse)).toEqual([true, false, false]);
  });
});
