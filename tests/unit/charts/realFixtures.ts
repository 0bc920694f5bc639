// Small fixtures read from the shipped files, so chart tests use real published numbers, never made-up ones.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

const read = (f: string) => Papa.parse<Record<string, string>>(readFileSync(`data/${f}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
const num = (s: string | undefined) => (s == null || s.trim() === '' ? null : Number(s));

/** VCCI's workbook: every province 2006–2015. */
export const workbook = read('pci_2006_2015_all_provinces.csv');
/** Province profile pages: 11 provinces up to 2019–2024. */
export const profiles = read('pci_province_history.csv');

export function workbookYear(year: number) {
  return workbook
    .filter((r) => Number(r.year) === year)
    .map((r) => ({ name: r.province, value: num(r.pci_score), rank: num(r.rank), band: r.tier || null }));
}

/** A province's PCI score and rank by year from its profile page (2023 onwards: total unpublished outside the top 30). */
export function profileSeries(province: string) {
  return profiles
    .filter((r) => r.province === province)
    .map((r) => ({ year: Number(r.year), value: num(r.pci_score), rank: num(r.rank) }));
}
