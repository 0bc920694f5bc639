// The 6 socio-economic regions (vùng kinh tế – xã hội, Nghị quyết 81/2023/QH15) of the 63 old provinces.
// Reference data like the index catalogue: bundled with the app (data/regions_6.csv), not part of the
// observations an upload replaces. Hà Tây (merged into Hà Nội in 2008) has no region.
import { csvRows } from '../data/csvRows';
import { REGIONS_CSV } from './regionsCsv';

export interface Region {
  code: string;
  name: string;
  /** Abbreviation as TTXVN prints it: ĐBSH, ĐNB, TDMNPB, BTB&DHMT, TN, ĐBSCL. */
  short: string;
  /** GSO codes of its provinces. */
  provinces: string[];
}

function parse(text: string): { regions: Region[]; byProvince: Map<string, string> } {
  const regions = new Map<string, Region>();
  const byProvince = new Map<string, string>();
  for (const r of csvRows(text)) {
    let reg = regions.get(r.region_code);
    if (!reg) regions.set(r.region_code, (reg = { code: r.region_code, name: r.region_vi, short: r.region_short, provinces: [] }));
    reg.provinces.push(r.gso_code);
    byProvince.set(r.gso_code, r.region_code);
  }
  return { regions: [...regions.values()], byProvince };
}

const parsed = parse(REGIONS_CSV);

/** GSO code → region code, every province with a region (DuckDB's regions table, db/sql.ts). */
export const REGION_OF_PROVINCE: ReadonlyMap<string, string> = parsed.byProvince;

/** North to south, as the resolution lists them. */
const ORDER = ['tdmnpb', 'dbsh', 'btb_dhmt', 'tn', 'dnb', 'dbscl'];
export const REGIONS: Region[] = [...parsed.regions].sort((a, b) => ORDER.indexOf(a.code) - ORDER.indexOf(b.code));

export function regionOfProvince(gsoCode: string): Region | null {
  const code = parsed.byProvince.get(gsoCode);
  return code ? (REGIONS.find((r) => r.code === code) ?? null) : null;
}

export function regionByCode(code: string | null | undefined): Region | null {
  return code ? (REGIONS.find((r) => r.code === code) ?? null) : null;
}
