import { describe, expect, it } from 'vitest';
import { EXPORT_LAYOUT, legendRows, standaloneSvg, wrapText } from '../../../../src/lib/charts/export/standaloneSvg';
import { chartFileName } from '../../../../src/lib/charts/export/fileName';

describe('standaloneSvg', () => {
  const inner = '<svg xmlns="http://www.w3.org/2000/svg" x="0" y="0" width="760" height="320"><rect width="10" height="10"/></svg>';

  it('carries its title and source as text, escaped, around the chart', () => {
    const out = standaloneSvg({ inner, width: 760, height: 320, title: 'Xếp hạng PCI 2015 <Hà Tĩnh & Đà Nẵng>', source: 'Nguồn: VCCI — PCI' });
    expect(out.svg.startsWith('<?xml')).toBe(true);
    expect(out.svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(out.svg).toContain('Xếp hạng PCI 2015 &lt;Hà Tĩnh &amp; Đà Nẵng&gt;');
    expect(out.svg).toContain('>Nguồn: VCCI — PCI</text>');
    expect(out.svg).toContain(inner);
    expect(out.svg).toContain('fill="#ffffff"');
    expect(out.height).toBeGreaterThan(320 + EXPORT_LAYOUT.titleLine);
    expect(out.svg).toContain(`viewBox="0 0 760 ${out.height}"`);
  });

  it('wraps a long title on a narrow chart without splitting words', () => {
    const lines = wrapText('Thứ hạng PCI 2006–2015: 10 tỉnh dẫn đầu năm 2015 và tỉnh đang chọn', 340 - 2 * EXPORT_LAYOUT.pad, 16);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Thứ hạng PCI 2006–2015: 10 tỉnh dẫn đầu năm 2015 và tỉnh đang chọn');
    const narrow = standaloneSvg({ inner, width: 340, height: 320, title: lines.join(' '), source: 'Nguồn: VCCI' });
    expect((narrow.svg.match(/font-weight="700"/g) ?? []).length).toBe(lines.length);
  });

  it('draws the legend into the file, flowed into rows that fit', () => {
    const legend = [
      { label: 'Tăng hạng (34)', colour: '#01665e', mark: 'line' as const },
      { label: 'Giảm hạng (27)', colour: '#8c510a', mark: 'line' as const },
      { label: 'Giữ nguyên (2)', colour: '#8a96a3', mark: 'dashed' as const }
    ];
    const out = standaloneSvg({ inner, width: 760, height: 320, title: 'Tăng – giảm hạng', source: 'Nguồn: VCCI', legend });
    for (const l of legend) expect(out.svg).toContain(`>${l.label}</text>`);
    expect(out.svg).toContain('stroke="#8c510a"');
    expect(legendRows(legend, 728, 12).length).toBe(1);
    expect(legendRows(legend, 150, 12).length).toBe(3);
    const without = standaloneSvg({ inner, width: 760, height: 320, title: 'Tăng – giảm hạng', source: 'Nguồn: VCCI' });
    expect(out.height - without.height).toBe(EXPORT_LAYOUT.legendLine + EXPORT_LAYOUT.gap);
  });

  it('names files from the title', () => {
    expect(chartFileName('Xếp hạng PCI 2015', 'png')).toBe('xep-hang-pci-2015.png');
    expect(chartFileName('Tăng – giảm hạng PCI từ 2014 đến 2015', 'csv')).toBe('tang-giam-hang-pci-tu-2014-den-2015.csv');
    expect(chartFileName('', 'svg')).toBe('bieu-do.svg');
  });
});
