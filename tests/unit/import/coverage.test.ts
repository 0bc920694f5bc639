// A partial upload is a warning that names the units it lacks (issue 11).
import { describe, expect, it } from 'vitest';
import { checkCoverage, type KnownUnit } from '../../../src/lib/import/checks/coverage';
import { pciObservations, WORKBOOK } from '../store/fixtures';
import { def, provinces } from './helpers';

const registry: KnownUnit[] = provinces.all().map((r) => ({ code: r.code, name: r.nameVi, ...(r.nameVi === 'Hà Tây' ? { until: 2007 } : {}) }));
const pci2015 = pciObservations(WORKBOOK, { from: 2015 });

describe('checkCoverage', () => {
  it('an upload of half the provinces, against a complete year, names every one it lacks', () => {
    const units = [...new Set(pci2015.map((o) => o.unit_code))].sort();
    const half = pci2015.filter((o) => units.indexOf(o.unit_code) < 32);
    const [w, ...rest] = checkCoverage(half, pci2015, def('pci'), registry);
    expect(rest).toEqual([]);
    expect(w.severity).toBe('warning');
    expect(w.message).toMatch(/^Năm 2015: tệp có 32 đơn vị, ít hơn phiên bản hiện hành \(63 đơn vị\) và số đơn vị PCI xếp hạng năm đó \(63\)\. Thiếu 31 đơn vị: /);
    expect(w.message).toContain('Cà Mau'); // code 96, in the second half
    expect(w.message).not.toContain('Hà Tây');
  });

  it('fewer units than the index ranks, with nothing stored for the year, names the missing provinces', () => {
    const eleven = pciObservations(WORKBOOK, { from: 2015, units: ['25', '26', '35', '38', '42', '45', '51', '58', '68', '82', '84'] });
    const [w] = checkCoverage(eleven, [], def('pci'), registry);
    expect(w.message).toMatch(/^Năm 2015: tệp có 11 đơn vị, ít hơn số đơn vị PCI xếp hạng năm đó \(63\)\. Thiếu 52 đơn vị: An Giang, /);
  });

  it('a complete year says nothing', () => {
    expect(checkCoverage(pci2015, pci2015, def('pci'), registry)).toEqual([]);
  });
});
