// Projector layouts on real data: the dashboard look is untouched without the flag; with it, the
// 63-province ranking wraps into columns that fit, lines end in non-overlapping labels with values,
// and the DDCI heatmap fits its height.
import { describe, expect, it } from 'vitest';
import { rankingBars } from '../../../src/lib/charts/rankingBars';
import { trendLines } from '../../../src/lib/charts/trendLines';
import { unitHeatmap, type HeatmapUnit } from '../../../src/lib/charts/unitHeatmap';
import { endLabelRoom, trendDirectLabels } from '../../../src/lib/present/projectorLabels';
import { slideZoom } from '../../../src/lib/present/slideZoom';
import { formatNumber } from '../../../src/lib/text/vietnamese';
import { profileSeries, workbookYear } from '../charts/realFixtures';
import type { TrendSpec } from '../../../src/lib/charts/trendLines';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

const bands = ['Rất tốt', 'Tốt', 'Khá', 'Trung bình', 'Tương đối thấp', 'Thấp'];
const rows2015 = workbookYear(2015).map((r, i) => ({ code: String(i), name: r.name, value: r.value!, rank: r.rank, position: null, band: r.band }));

describe('rankingBars with a projector fit', () => {
  it('without the flag it is exactly the dashboard chart', () => {
    const opts = { bands, selected: '44', width: 760 };
    const plain = ({ x: _x, ...rest }: ReturnType<typeof rankingBars>) => rest;
    expect(plain(rankingBars(rows2015, { ...opts, projector: null }))).toEqual(plain(rankingBars(rows2015, opts)));
    expect(rankingBars(rows2015, opts).bars.every((b) => b.x === 0)).toBe(true);
  });

  it('63 provinces in 3 columns of 21 that fit the height, one x scale, every bar with room for its value', () => {
    const spec = rankingBars(rows2015, { bands, width: 950, projector: { height: 370 } });
    const columns = [...new Set(spec.bars.map((b) => b.x))];
    expect(columns.length).toBe(3);
    expect(spec.height).toBeLessThanOrEqual(370);
    expect(spec.bars.filter((b) => b.x === columns[0]).length).toBe(21);
    const colWidth = columns[1] - columns[0];
    // A bar plus its value label (44 px) stays inside its own column.
    for (const b of spec.bars) expect(b.width + spec.margin.right).toBeLessThanOrEqual(colWidth - spec.margin.left);
    // Longer scores, longer bars, across columns.
    expect(spec.bars[0].width).toBeGreaterThan(spec.bars[62].width);
    expect(spec.barHeight).toBeGreaterThanOrEqual(12);
  });
});

describe('trend direct labels', () => {
  const series = [
    { key: 'ht', label: 'Hà Tĩnh', kind: 'unit' as const, points: profileSeries('Hà Tĩnh') },
    { key: 'th', label: 'Thanh Hóa', kind: 'unit' as const, points: profileSeries('Thanh Hóa') }
  ];
  it('every line ends in its name and last value; labels never overlap', () => {
    const room = endLabelRoom(series.map((s) => s.label));
    const spec = trendLines(series, { mode: 'score', width: 760 - room, height: 300 });
    const labels = trendDirectLabels(spec, (v) => formatNumber(v));
    expect(labels.ends.map((e) => e.key)).toEqual(['ht', 'th']);
    const ht = labels.ends[0];
    const last = series[0].points.filter((p) => p.value != null).at(-1)!;
    expect(ht.text).toBe(`Hà Tĩnh ${formatNumber(last.value)}${last.year === spec.years.at(-1) ? '' : ` (${last.year})`}`);
    const ys = labels.ends.map((e) => e.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(17 - 1e-9);
    // Values on the first unit's points, never on its last (the end label has it).
    expect(labels.values.length).toBeGreaterThan(3);
    expect(labels.values.every((v) => v.key === 'ht' && v.year !== last.year)).toBe(true);
  });
  it('the dashboard chart has none (no flag, no labels: TrendChart draws them only with `projector`)', () => {
    const spec = trendLines(series, { mode: 'score' });
    expect(spec.width).toBe(760);
  });
});

describe('DDCI heatmap with a projector fit', () => {
  const rows = Papa.parse<Record<string, string>>(readFileSync('data/ddci_hatinh_2021_partial.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
  const cols = ['tinh_minh_bach_tiep_can_thong_tin', 'chi_phi_thoi_gian', 'vai_tro_nguoi_dung_dau', 'chi_phi_khong_chinh_thuc', 'ho_tro_dn_htx_hkd', 'thiet_che_phap_ly_antt', 'canh_tranh_binh_dang', 'tiep_can_dat_dai', 'tinh_nang_dong_hieu_luc'];
  const units: HeatmapUnit[] = rows.map((r) => ({
    code: r.unit,
    name: r.unit,
    group: r.unit_type.startsWith('Huyện') ? 'huyen' : 'so',
    total: Number(r.ddci_score_100),
    band: r.xep_loai,
    values: Object.fromEntries(cols.map((c) => [c, r[c] === '' || r[c] === '-' ? null : Number(r[c])]))
  }));
  const columns = cols.map((c) => ({ code: c, name: c.replace(/_/g, ' ') }));
  const groups = [
    { code: 'so', label: 'Sở' },
    { code: 'huyen', label: 'Huyện' }
  ];
  it('without the flag it is the dashboard heatmap; with it, level headers and the height it was given', () => {
    const base = { scale: { min: 0, max: 10 }, groups, width: 900 };
    expect(unitHeatmap(units, columns, { ...base, projector: null })).toEqual(unitHeatmap(units, columns, base));
    const spec = unitHeatmap(units, columns, { ...base, projector: { height: 470 } });
    expect(spec.labelAngle).toBe(0);
    expect(spec.labelAnchor).toBe('middle');
    expect(spec.height).toBeLessThanOrEqual(470 + 1);
    expect(spec.cellHeight).toBeGreaterThanOrEqual(18);
  });
  it('on a projector the colour scale sits in the empty corner above the unit names, not under the rows', () => {
    const base = { scale: { min: 0, max: 10 }, groups, width: 900 };
    const spec = unitHeatmap(units, columns, { ...base, projector: { height: 470, font: 16 } });
    const f = spec.font!;
    // Its ticks' baseline plus their descent end above the header's bottom; the bar ends left of the names.
    expect(spec.legend.y + spec.legend.bar + f * 1.25 + f * 0.3).toBeLessThanOrEqual(spec.margin.top);
    expect(spec.legend.y + spec.legend.labelDy - f).toBeGreaterThanOrEqual(0);
    expect(spec.legend.x + spec.legend.width).toBeLessThan(spec.margin.left - 8);
    expect(spec.margin.bottom).toBeLessThanOrEqual(4);
    // The dashboard's stays under the last row.
    const dash = unitHeatmap(units, columns, base);
    expect(dash.legend.y).toBeGreaterThan(dash.rows.at(-1)!.y + dash.cellHeight);
    expect(dash.legend.labelAnchor).toBe('end');
  });
  it('slideZoom gives the 63-province ranking and the heatmap less than a line chart, never more than 1.5', () => {
    const ranking = { kind: 'ranking-bars', view: { rows: rows2015 } } as never;
    const heat = { kind: 'ddci-heatmap', view: { units } } as never;
    const trend = { kind: 'trends', view: {} } as never;
    expect(slideZoom(trend, 530)).toBe(1.5);
    expect(slideZoom(ranking, 530)).toBeLessThan(1.5);
    expect(slideZoom(ranking, 530)).toBeGreaterThan(1.1);
    expect(slideZoom(heat, 568)).toBeGreaterThan(1);
  });
});

describe('trend labels on a projector: nothing drawn across years without data, no value on another line', () => {
  // Hà Tĩnh's profile runs past 2015; Đà Nẵng here is the 2006–2015 workbook only, so its line stops in 2015.
  const danang = Array.from({ length: 10 }, (_, i) => 2006 + i).map((year) => {
    const r = workbookYear(year).find((x) => x.name === 'Đà Nẵng')!;
    return { year, value: r.value, rank: r.rank };
  });
  const ht = profileSeries('Hà Tĩnh');
  const series = [
    { key: 'ht', label: 'Hà Tĩnh', kind: 'unit' as const, points: ht },
    { key: 'dn', label: 'Đà Nẵng', kind: 'unit' as const, points: danang }
  ];
  const room = endLabelRoom(series.map((s) => s.label));
  const spec = trendLines(series, { mode: 'score', width: 1100 - room, height: 330 });
  const labels = trendDirectLabels(spec, (v) => formatNumber(v));
  const right = spec.width - spec.margin.right;
  const stepX = (right - spec.margin.left) / (spec.years.length - 1);
  /** A value label's left and right, as TrendChart anchors it (11 px type, about 6.2 px a character). */
  const box = (v: (typeof labels.values)[number]) => {
    const w = v.text.length * 6.2;
    return v.anchor === 'start' ? [v.x, v.x + w] : v.anchor === 'end' ? [v.x - w, v.x] : [v.x - w / 2, v.x + w / 2];
  };

  it('a line that stops early names its year and has no leader across the years after it', () => {
    expect(spec.years.at(-1)).toBeGreaterThan(2016);
    const dn = labels.ends.find((e) => e.key === 'dn')!;
    expect(dn.text).toBe(`Đà Nẵng ${formatNumber(danang.at(-1)!.value)} (2015)`);
    expect(dn.leader).toBe(false);
    // Labels right of the plot (never on the lines); a leader only from a point in the last year, a few px long.
    for (const e of labels.ends) {
      const s = spec.series.find((x) => x.key === e.key)!;
      expect(e.x).toBe(right + 10);
      expect(e.leader, e.key).toBe(s.dots.at(-1)!.year === spec.years.at(-1));
      if (e.leader) expect(e.x - e.fromX).toBeLessThan(stepX);
    }
  });

  it('no value label sits on another line (its box, sampled along every drawn segment of the other line)', () => {
    expect(labels.values.length).toBeGreaterThan(3);
    const other = spec.series.find((s) => s.key === 'dn')!;
    const onLine = (v: (typeof labels.values)[number], s: TrendSpec['series'][number]) => {
      const [x0, x1] = box(v);
      for (let i = 1; i < s.dots.length; i++) {
        const [a, b] = [s.dots[i - 1], s.dots[i]];
        if (b.year - a.year !== 1) continue;
        for (let t = 0; t <= 1; t += 0.01) {
          const [x, y] = [a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t];
          if (x >= x0 && x <= x1 && y >= v.y - 11 && y <= v.y + 2) return true;
        }
      }
      return false;
    };
    for (const v of labels.values) expect(onLine(v, other), `${v.year} ${v.text}`).toBe(false);
  });

  it('the first year\'s value stays inside the plot, off the axis\' tick labels (Hà Tĩnh\'s lowest PCI is its first)', () => {
    const first = labels.values.find((v) => v.year === spec.years[0]);
    expect(first, 'the lowest point is always labelled').toBeDefined();
    expect(first!.anchor).toBe('start');
    for (const v of labels.values) {
      const [x0, x1] = box(v);
      expect(x0, `${v.year} ${v.text}`).toBeGreaterThanOrEqual(spec.margin.left - 2);
      expect(x1, `${v.year} ${v.text}`).toBeLessThanOrEqual(right + 2);
    }
  });
});
