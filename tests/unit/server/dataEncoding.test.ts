// The data CSV's compressed bodies: quality 9 at once, the smaller quality 11 once the background pass
// ends, both decoding to the same bytes; a new data version starts over.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';
import { dataEncoder } from '$lib/server/dataEncoding';

// Real shipped rows (PCI), repeated into a CSV of about the shipped size.
const pci = readFileSync('data/pci_2006_2015_all_provinces.csv', 'utf8');
const csv = pci.repeat(Math.ceil(2_000_000 / pci.length));

describe('data CSV encoding', () => {
  it('serves quality 9 first, then the smaller quality 11; every body decodes to the CSV', async () => {
    const enc = dataEncoder(true);
    const first = await enc.get('v1', csv);
    expect(first.quality).toBe(9);
    await enc.settled('v1');
    const later = await enc.get('v1', csv);
    expect(later.quality).toBe(11);
    expect(later.br.length).toBeLessThan(first.br.length);
    for (const body of [first.br, later.br]) expect(zlib.brotliDecompressSync(body).toString()).toBe(csv);
    expect(zlib.gunzipSync(later.gzip).toString()).toBe(csv);
  }, 60_000);

  it('keeps quality 9 when the second pass is off', async () => {
    const enc = dataEncoder(false);
    await enc.get('v1', csv);
    await enc.settled('v1');
    expect((await enc.get('v1', csv)).quality).toBe(9);
  });

  it('starts over for a new data version and never serves the old one', async () => {
    const enc = dataEncoder();
    await enc.get('v1', 'a,b\n1,2\n');
    const next = await enc.get('v2', 'a,b\n3,4\n');
    expect(zlib.brotliDecompressSync(next.br).toString()).toBe('a,b\n3,4\n');
  });
});
