import { describe, expect, it } from 'vitest';
import { SHIPPED_DEFINITIONS } from '../../src/lib/catalogue/definitions';
import { validateDefinition } from '../../src/lib/catalogue/validateDefinition';
import { periodFor } from '../../src/lib/catalogue/types';
import { digitsOf, allDefinitions } from '../../src/lib/catalogue/definitions';
import { formatNumber } from '../../src/lib/text/vietnamese';
import { formatTick } from '../../src/lib/charts/tickLabel';

describe('index catalogue', () => {
  it('accepts every shipped definition', () => {
    for (const d of SHIPPED_DEFINITIONS) expect(validateDefinition(JSON.parse(JSON.stringify(d)))).toMatchObject({ ok: true });
  });
  it('has PCI weights summing to 100 in every weighted period, and the methodology breaks', () => {
    const pci = SHIPPED_DEFINITIONS.find((d) => d.id === 'pci')!;
    for (const p of pci.periods.filter((p) => p.aggregation === 'weighted')) expect(p.components.reduce((s, c) => s + (c.weight ?? 0), 0)).toBe(100);
    expect(periodFor(pci, 2010)!.components.some((c) => c.code === 'canh_tranh_binh_dang')).toBe(false);
    expect(periodFor(pci, 2007)!.components.find((c) => c.code === 'canh_tranh_binh_dang')!.vi).toBe('Ưu đãi đối với DNNN');
    expect(pci.breaks).toEqual([2009, 2013, 2021]);
  });
  it('explains in Vietnamese what is wrong with a bad definition', () => {
    expect(validateDefinition('x')).toEqual({ ok: false, errors: ['Định nghĩa phải là một đối tượng JSON.'] });
    const ddci = JSON.parse(JSON.stringify(SHIPPED_DEFINITIONS.find((d) => d.id === 'ddci_42')));
    ddci.id = 'DDCI Nghệ An!';
    ddci.periods[0].aggregation = 'weighted';
    ddci.periods[0].components[0].weight = 30;
    ddci.periods[0].components.push({ ...ddci.periods[0].components[1] });
    const r = validateDefinition(ddci);
    expect(r.ok).toBe(false);
    const errors = (r as { errors: string[] }).errors.join('\n');
    expect(errors).toContain('"id"');
    expect(errors).toContain('trùng mã');
    expect(errors).toContain('tổng trọng số là 30');
  });
  it('has DTI, read by every index list, with its values shown as printed on its 0–1 scale', () => {
    expect(allDefinitions().map((d) => d.id)).toContain('dti');
    const dti = allDefinitions().find((d) => d.id === 'dti')!;
    expect(dti.publisher).toContain('Bộ Thông tin và Truyền thông');
    expect(dti.periods[0].components.map((c) => c.vi)).toEqual([
      'Chính quyền số', 'Kinh tế số', 'Xã hội số', 'Nhận thức số', 'Thể chế số', 'Hạ tầng số', 'Nhân lực số', 'An toàn thông tin mạng'
    ]);
    expect(formatNumber(0.8002, digitsOf('dti'))).toBe('0,8002');
    expect(formatNumber(65.24, digitsOf('pci'))).toBe('65,24');
    expect([0, 0.2, 0.8, 1, 20, 2.5].map(formatTick)).toEqual(['0', '0,2', '0,8', '1', '20', '2,5']);
  });
});
