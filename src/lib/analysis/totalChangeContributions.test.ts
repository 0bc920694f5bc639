// The contribution arithmetic on rows read from the shipped CSVs (nothing typed in by hand).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvRows, num, type CsvRow } from '../data/csvRows';
import { definitionOf } from '../catalogue/definitions';
import { factorsOf, totalChangeContributions, type YearScores } from './totalChangeContributions';
import { periodFor } from '../catalogue/types';

const pci = definitionOf('pci')!;
const papi = definitionOf('papi')!;
const workbook = csvRows(readFileSync('data/pci_2006_2015_all_provinces.csv', 'utf8'));
const history = csvRows(readFileSync('data/pci_province_history.csv', 'utf8'));
const papiRows = csvRows(readFileSync('data/papi_2011_2015_dimensions.csv', 'utf8'));
const PCI_CODES = pci.periods[0].components.map((c) => c.code);

function pciYear(rows: CsvRow[], province: string, year: number): YearScores {
  const r = rows.find((x) => x.province === province && Number(x.year) === year)!;
  return { year, total: num(r.pci_score), scores: Object.fromEntries(PCI_CODES.map((c) => [c, num(r[c])])) };
}

describe('PCI weighted contributions', () => {
  it('uses weight/10 points of PCI per point of sub-index (PCI = Σ weight%/10 × score)', () => {
    const f = factorsOf(periodFor(pci, 2015))!;
    expect(f.get('tinh_minh_bach')).toEqual({ factor: 2, weight: 20 });
    expect(f.get('gia_nhap_thi_truong')).toEqual({ factor: 0.5, weight: 5 });
    // Weights add up to 100 %, so a province scoring s on every sub-index scores 10 × s.
    expect([...f.values()].reduce((s, x) => s + x.factor, 0)).toBeCloseTo(10, 10);
  });

  it('explains Hà Tĩnh 2014 → 2015: contributions sum to the published change within rounding', () => {
    const a = pciYear(workbook, 'Hà Tĩnh', 2014);
    const b = pciYear(workbook, 'Hà Tĩnh', 2015);
    const r = totalChangeContributions(pci, a, b);
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.publishedChange).toBeCloseTo(b.total! - a.total!, 10);
    // Each contribution is weight/10 × Δscore, from the file's own numbers.
    const tm = r.rows.find((x) => x.code === 'tinh_minh_bach')!;
    expect(tm.contribution).toBeCloseTo((20 / 10) * (b.scores.tinh_minh_bach! - a.scores.tinh_minh_bach!), 10);
    expect(r.rows.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(r.explained, 10);
    expect(r.explained + r.residualChange).toBeCloseTo(r.publishedChange, 10);
    expect(Math.abs(r.residualChange)).toBeLessThanOrEqual(2 * r.tolerance);
    // The computed totals reproduce the published ones within rounding, and the residual is shown.
    expect(r.from.withinRounding && r.to.withinRounding).toBe(true);
    expect(r.to.residual).toBeCloseTo(b.total! - r.to.computed, 10);
    expect(r.note).toBeNull();
  });

  it('reports a residual rounding cannot explain instead of hiding it (Hà Tĩnh 2011)', () => {
    const r = totalChangeContributions(pci, pciYear(workbook, 'Hà Tĩnh', 2010), pciYear(workbook, 'Hà Tĩnh', 2011));
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.to.withinRounding).toBe(false);
    expect(Math.abs(r.to.residual)).toBeGreaterThan(r.tolerance);
  });

  it('refuses to compute across a methodology break (2012 → 2013 weights differ)', () => {
    const r = totalChangeContributions(pci, pciYear(workbook, 'Hà Tĩnh', 2012), pciYear(workbook, 'Hà Tĩnh', 2013));
    expect(r.status).toBe('break');
    if (r.status === 'break') expect(r.reason).toContain('đổi phương pháp');
    expect(totalChangeContributions(pci, pciYear(workbook, 'Hà Tĩnh', 2008), pciYear(workbook, 'Hà Tĩnh', 2009)).status).toBe('break');
  });

  it('computes 2020 → 2021 (same weights, revised method) with a note', () => {
    const r = totalChangeContributions(pci, pciYear(history, 'Hà Tĩnh', 2020), pciYear(history, 'Hà Tĩnh', 2021));
    expect(r.status).toBe('ok');
    if (r.status === 'ok') {
      expect(r.note).toContain('trọng số không đổi');
      expect(Math.abs(r.residualChange)).toBeLessThanOrEqual(2 * r.tolerance);
    }
  });

  it('does not compute from 2022, where the weights are not known', () => {
    const r = totalChangeContributions(pci, pciYear(history, 'Hà Tĩnh', 2021), pciYear(history, 'Hà Tĩnh', 2022));
    expect(r.status).toBe('not-derivable');
  });

  it('says what is missing rather than treating a gap as 0', () => {
    const b = pciYear(history, 'Hà Tĩnh', 2019);
    const c = pciYear(history, 'Hà Tĩnh', 2020);
    const holed = totalChangeContributions(pci, b, { ...c, scores: { ...c.scores, dao_tao_lao_dong: null } });
    expect(holed.status).toBe('missing');
    if (holed.status === 'missing') expect(holed.reason).toContain('dao_tao_lao_dong 2020');
  });
});

describe('PAPI plain-sum contributions', () => {
  it('gives each dimension a factor of 1 and matches the unweighted total (Hà Tĩnh 2014 → 2015)', () => {
    const codes = papi.periods[0].components.map((c) => c.code);
    const year = (y: number): YearScores => {
      const r = papiRows.find((x) => x.province_vi === 'Hà Tĩnh' && Number(x.year) === y)!;
      return { year: y, total: num(r.papi_total_unweighted_6dims), scores: Object.fromEntries(codes.map((c) => [c, num(r[c])])) };
    };
    const r = totalChangeContributions(papi, year(2014), year(2015));
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.rows.every((x) => x.factor === 1 && x.weight == null)).toBe(true);
    expect(Math.abs(r.residualChange)).toBeLessThan(0.001);
  });
});
