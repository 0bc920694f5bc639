// Test helpers: temp data dirs, an adjustable clock, and PCI observations built from the
// real published files in data/ (no invented numbers).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { periodFor, rankedUnitsFor, type IndexDefinition } from '../../../src/lib/catalogue/types';
import type { Observation } from '../../../src/lib/data/observation';
import { ProvinceNames } from '../../../src/lib/units/provinceNames';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dataFile = (name: string) => path.join(ROOT, 'data', name);

export const WORKBOOK = 'pci_2006_2015_all_provinces.csv';
/** The official province profile pages: 11 provinces, with known errors the workbook corrects. */
export const PROFILE_PAGES = 'pci_province_history.csv';

export function tempDir(prefix = 'chiso-store-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export class TestClock {
  constructor(public t = Date.parse('2025-03-01T08:00:00.000Z')) {}
  now = (): Date => new Date(this.t);
  advance(ms: number): void {
    this.t += ms;
  }
}

function csv(name: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(dataFile(name), 'utf8'), {
    header: true,
    skipEmptyLines: true
  });
  if (parsed.errors.length) throw new Error(`${name}: ${parsed.errors[0].message}`);
  return parsed.data;
}

let provinces: ProvinceNames | undefined;
function provinceNames(): ProvinceNames {
  provinces ??= new ProvinceNames(
    csv('province_codes_63.csv').map((r) => ({ code: r.gso_code_2digit, nameVi: r.province_vi, nameEn: r.province_en }))
  );
  return provinces;
}

export const pciDefinition = (): IndexDefinition =>
  JSON.parse(fs.readFileSync(dataFile('indices/pci.json'), 'utf8')) as IndexDefinition;

const num = (s: string | undefined): number | null => (s == null || s.trim() === '' ? null : Number(s));

export interface PciFilter {
  from?: number;
  to?: number;
  /** GSO codes to keep. */
  units?: readonly string[];
}

/** PCI observations from one of the real CSVs: the components of the year's methodology + the total. */
export function pciObservations(file = WORKBOOK, filter: PciFilter = {}): Observation[] {
  const def = pciDefinition();
  const names = provinceNames();
  const out: Observation[] = [];
  for (const r of csv(file)) {
    const year = Number(r.year);
    if ((filter.from != null && year < filter.from) || (filter.to != null && year > filter.to)) continue;
    const code = names.resolve(r.province);
    if (!code) throw new Error(`Unknown province in ${file}: ${r.province}`);
    if (filter.units && !filter.units.includes(code)) continue;
    const base = {
      unit_code: code,
      unit_name: names.record(code)!.nameVi,
      unit_group: 'tinh',
      year,
      index_id: 'pci',
      source: r.source ?? r.source_url ?? file
    };
    for (const c of periodFor(def, year)?.components ?? []) {
      out.push({ ...base, indicator: c.code, value: num(r[c.code]), rank: null, rank_of: null, rank_source: null, band: null });
    }
    const rank = num(r.rank);
    out.push({
      ...base,
      indicator: 'total',
      value: num(r.pci_score),
      rank,
      rank_of: rank == null ? null : rankedUnitsFor(def, year),
      rank_source: rank == null ? null : 'published',
      band: r.tier?.trim() || null
    });
  }
  return out;
}

export const fileBytes = (name: string): Buffer => fs.readFileSync(dataFile(name));

/** GSO codes of the 11 provinces on the profile pages. */
export const PROFILE_UNITS = ['25', '26', '35', '38', '42', '45', '51', '58', '68', '82', '84'];

/** Bytes that read as a real upload: the workbook's lines for some years, header included. */
export function workbookExcerpt(from: number, to: number): Buffer {
  const lines = fs.readFileSync(dataFile(WORKBOOK), 'utf8').split('\n');
  const keep = lines.filter((l, i) => i === 0 || (Number(l.slice(0, 4)) >= from && Number(l.slice(0, 4)) <= to));
  return Buffer.from(keep.join('\n'), 'utf8');
}

/** PAPI 2011–2015 (six dimensions + unweighted total) from the official workbook's CSV. */
export function papiObservations(): Observation[] {
  const names = provinceNames();
  const dims = ['d1_participation', 'd2_transparency', 'd3_vertical_accountability', 'd4_control_of_corruption', 'd5_public_admin_procedures', 'd6_public_service_delivery'];
  return csv('papi_2011_2015_dimensions.csv').flatMap((r) => {
    const code = names.resolve(r.province_vi);
    if (!code) throw new Error(`Unknown province: ${r.province_vi}`);
    const base = { unit_code: code, unit_name: names.record(code)!.nameVi, unit_group: 'tinh', year: Number(r.year), index_id: 'papi', source: r.source, rank: null, rank_of: null, rank_source: null, band: null };
    return [
      ...dims.map((d) => ({ ...base, indicator: d, value: num(r[d]) })),
      { ...base, indicator: 'total', value: num(r.papi_total_unweighted_6dims) }
    ];
  });
}

/** The store's stable order (index, unit, year, indicator), for comparing snapshots. */
export function sortObservations(rows: readonly Observation[]): Observation[] {
  const k = (o: Observation) => [o.index_id, o.unit_code, String(o.year).padStart(4, '0'), o.indicator];
  return [...rows].sort((a, b) => {
    const ka = k(a);
    const kb = k(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
    return 0;
  });
}
