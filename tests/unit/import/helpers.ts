// Test fixtures' world: the real catalogue (data/indices/*.json) and the 63 provinces (+ Hà Tây).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { IndexDefinition } from '../../../src/lib/catalogue/types';
import type { Observation } from '../../../src/lib/data/observation';
import { importCsv } from '../../../src/lib/import/importFile';
import type { ImportOptions, ImportResult } from '../../../src/lib/import/types';
import { ProvinceNames } from '../../../src/lib/units/provinceNames';

const root = join(__dirname, '../../..');
export const FIXTURES = join(root, 'tests/fixtures/import');

export const definitions: IndexDefinition[] = readdirSync(join(root, 'data/indices'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(root, 'data/indices', f), 'utf8')) as IndexDefinition);

export const def = (id: string): IndexDefinition => {
  const d = definitions.find((x) => x.id === id);
  if (!d) throw new Error(`no definition ${id}`);
  return d;
};

type ProvinceRow = { province_vi: string; province_en: string; gso_code_2digit: string };
export function makeProvinces(): ProvinceNames {
  const rows = Papa.parse<ProvinceRow>(readFileSync(join(root, 'data/province_codes_63.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  return new ProvinceNames(rows.map((r) => ({ code: r.gso_code_2digit, nameVi: r.province_vi, nameEn: r.province_en })));
}
export const provinces = makeProvinces();

/** Fixed clock: results must not depend on when the tests run. */
export const NOW = new Date('2025-06-01T00:00:00Z');

export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));
export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

export function run(input: Uint8Array | string, id = 'pci', extra: Partial<ImportOptions> = {}): ImportResult {
  return importCsv(typeof input === 'string' ? bytes(input) : input, { definition: def(id), definitions, provinces, now: NOW, ...extra });
}

/** Order-free comparison of observation sets. */
export function sorted(obs: Observation[]): Observation[] {
  const key = (o: Observation) => `${o.unit_code}|${o.year}|${o.indicator}`;
  return [...obs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export const messages = (r: ImportResult) => r.issues.map((i) => `[${i.severity}] ${i.message}`);
