// Headlines written by headline.ts from the shipped VCCI workbook, as a deck writes them: nothing typed by hand.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { writeHeadline, type HeadlinePoint } from '../../../src/lib/present/headline';

type Row = Record<string, string>;
let rows: Row[] | null = null;
const workbook = () => (rows ??= Papa.parse<Row>(readFileSync('data/pci_2006_2015_all_provinces.csv', 'utf8'), { header: true, skipEmptyLines: true }).data);
const num = (s: string | undefined) => (s == null || s.trim() === '' ? null : Number(s));

export function pciPoint(province: string, year: number): HeadlinePoint {
  const r = workbook().find((x) => x.province === province && Number(x.year) === year);
  if (!r) throw new Error(`${province} ${year} not in the shipped data`);
  const sameYear = workbook().filter((x) => Number(x.year) === year && num(x.rank) != null);
  return { year, value: num(r.pci_score), rank: num(r.rank), rankOf: sameYear.length, rankSource: r.rank ? 'published' : null, tiedWith: sameYear.filter((x) => x !== r && x.rank === r.rank).length };
}

export function pciHeadline(province: string, year: number): string {
  return writeHeadline({ indexShort: 'PCI', unitName: province, scaleUnit: 'points', current: pciPoint(province, year), previous: pciPoint(province, year - 1) });
}

/** The sentence the brief pins, which pciHeadline('Hà Tĩnh', 2015) must give. */
export const HA_TINH_2015 = 'PCI 2015: Hà Tĩnh đạt 57,20 điểm, xếp thứ 45/63, giảm 10 bậc so với 2014';
