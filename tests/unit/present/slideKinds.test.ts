// The slide kinds of issue 16 — the change bars and the waterfall, peers (/tinh/<slug>), regions (/vung)
// and a 2025 province's old provinces (/tinh-moi/<slug>): each one's view built by its page's view
// builder on the shipped data, and its headline checked against numbers read straight from data/*.csv.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { median } from 'd3';
import { describe, expect, it } from 'vitest';
import { componentName, definitionOf } from '../../../src/lib/catalogue/definitions';
import { formatNumber, formatSigned } from '../../../src/lib/text/vietnamese';
import { slideTarget } from '../../../src/lib/present/slideSources';
import { stepOptions } from '../../../src/lib/present/slideSteps';
import { slidesOnShippedData } from './slideOnShippedData';

type Row = Record<string, string>;
const csv = (name: string): Row[] => Papa.parse<Row>(readFileSync(`data/${name}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
const workbook = csv('pci_2006_2015_all_provinces.csv');
const regions = csv('regions_6.csv');
const wb = (province: string, year: number) => workbook.find((r) => r.province === province && Number(r.year) === year)!;
const pts = (v: string | number) => `${formatNumber(Number(v))} điểm`;
const COMPONENTS = ['gia_nhap_thi_truong', 'tiep_can_dat_dai', 'tinh_minh_bach', 'chi_phi_thoi_gian', 'chi_phi_khong_chinh_thuc', 'canh_tranh_binh_dang', 'tinh_nang_dong', 'ho_tro_doanh_nghiep', 'dao_tao_lao_dong', 'thiet_che_phap_ly'];
const pci = definitionOf('pci')!;
const headlineOf = slidesOnShippedData();

/** Each component's change for a province from the workbook, largest rise first. */
function changes(province: string, year: number) {
  const [c, p] = [wb(province, year), wb(province, year - 1)];
  return COMPONENTS.filter((k) => c[k] && p[k])
    .map((k) => ({ name: componentName(pci, k, year), d: Number(c[k]) - Number(p[k]) }))
    .sort((a, b) => b.d - a.d);
}

describe('every chart of /tinh, /vung and /tinh-moi is a slide', () => {
  it('the waterfall, the change bars and the peers chart on /tinh; the strips on /vung; both charts on /tinh-moi', () => {
    expect(slideTarget('/tinh/ha-tinh', 'dong-gop')?.kind).toBe('province-contribution');
    expect(slideTarget('/tinh/ha-tinh', 'thay-doi')?.kind).toBe('province-change');
    expect(slideTarget('/tinh/ha-tinh', 'so-sanh')?.kind).toBe('province-peers');
    expect(slideTarget('/vung', 'theo-vung')?.kind).toBe('region-strips');
    expect(slideTarget('/tinh-moi/quang-tri', 'diem-tinh-cu')?.kind).toBe('merger-score');
    expect(slideTarget('/tinh-moi/quang-tri', 'hang-tinh-cu')?.kind).toBe('merger-rank');
    expect(slideTarget('/vung', 'xep-hang')).toBeNull();
  });
});

describe('headlines of the new slide kinds, on the shipped data', () => {
  it('change bars, Hà Tĩnh 2015: how many components rose and fell, and the largest each way', async () => {
    const { data, headline } = await headlineOf('/tinh/ha-tinh', 'nam=2015', 'thay-doi');
    expect(data.kind).toBe('province-change');
    const ch = changes('Hà Tĩnh', 2015);
    const up = ch.filter((c) => Math.round(c.d * 100) > 0);
    const down = ch.filter((c) => Math.round(c.d * 100) < 0).reverse();
    expect(up.length + down.length).toBeGreaterThan(5);
    expect(headline).toBe(
      `PCI 2015 — Hà Tĩnh, so với 2014: ${up.length} chỉ số thành phần tăng, nhiều nhất ${up[0].name} ${formatSigned(up[0].d)}; ${down.length} giảm, nhiều nhất ${down[0].name} ${formatSigned(down[0].d)}`
    );
  });

  it('change bars across the 2013 break name it', async () => {
    const { headline } = await headlineOf('/tinh/ha-tinh', 'nam=2013', 'thay-doi');
    expect(headline).toMatch(/^PCI 2013 — Hà Tĩnh, so với 2012 \(PCI đổi phương pháp năm 2013: so sánh chỉ để tham khảo\): /);
  });

  it('the waterfall, Hà Tĩnh 2015: the published total’s change, and what pulled it down most first', async () => {
    const { data, headline } = await headlineOf('/tinh/ha-tinh', 'nam=2015', 'dong-gop');
    expect(data.kind).toBe('province-contribution');
    const d = Number(wb('Hà Tĩnh', 2015).pci_score) - Number(wb('Hà Tĩnh', 2014).pci_score);
    expect(d).toBeLessThan(0);
    expect(headline).toMatch(new RegExp(`^PCI 2015 — Hà Tĩnh: tổng điểm giảm ${formatNumber(-d)} điểm so với 2014; kéo xuống nhiều nhất: `));
    // The component named as pulling down most is one whose own score fell.
    const pulled = /kéo xuống nhiều nhất: (.+?) \(/.exec(headline!)![1];
    expect(changes('Hà Tĩnh', 2015).find((c) => c.name === pulled)!.d).toBeLessThan(0);
  });

  it('the waterfall across a break has no contribution, so no sentence about one (the chart says why)', async () => {
    const { headline } = await headlineOf('/tinh/ha-tinh', 'nam=2013', 'dong-gop');
    expect(headline).toBeNull();
  });

  it('peers, Hà Tĩnh beside Nghệ An and Quảng Bình in 2015: best first, VCCI’s ranks, the gap', async () => {
    const { data, headline } = await headlineOf('/tinh/ha-tinh', 'nam=2015&so-sanh=nghe-an,quang-binh', 'so-sanh');
    expect(data.kind).toBe('province-peers');
    const rows = ['Hà Tĩnh', 'Nghệ An', 'Quảng Bình'].map((n) => ({ n, r: wb(n, 2015) })).sort((a, b) => Number(b.r.pci_score) - Number(a.r.pci_score));
    const gap = Number(rows[0].r.pci_score) - Number(rows[2].r.pci_score);
    expect(headline).toBe(`PCI 2015: ${rows.map(({ n, r }) => `${n} ${pts(r.pci_score)}, ${r.rank}/63`).join('; ')} — cách nhau ${formatNumber(gap)} điểm`);
    // Steps: Hà Tĩnh alone, then with the first peer, then the full chart.
    expect(stepOptions(data).map((s) => s.label)).toEqual(['Chỉ Hà Tĩnh', 'Chỉ Hà Tĩnh, Nghệ An']);
  });

  it('regions, PCI 2015: the regions with the highest and lowest median (NQ 81/2023 regions)', async () => {
    const { data, headline } = await headlineOf('/vung', 'chiso=pci&nam=2015', 'theo-vung');
    expect(data.kind).toBe('region-strips');
    const byRegion = new Map<string, number[]>();
    for (const r of regions) {
      const w = wb(r.province_vi, 2015);
      if (w?.pci_score) byRegion.set(r.region_vi, [...(byRegion.get(r.region_vi) ?? []), Number(w.pci_score)]);
    }
    expect([...byRegion.values()].flat().length).toBe(63);
    const medians = [...byRegion].map(([name, v]) => ({ name, m: median(v)! })).sort((a, b) => b.m - a.m);
    expect(headline).toBe(`PCI 2015 theo vùng: trung vị cao nhất ở vùng ${medians[0].name} (${pts(medians[0].m)}), thấp nhất ở vùng ${medians.at(-1)!.name} (${pts(medians.at(-1)!.m)})`);
  });

  it('one region: how many of its provinces have a score, and its median — never a leader', async () => {
    const { headline } = await headlineOf('/vung', 'chiso=pci&nam=2015&vung=tn', 'theo-vung');
    const tn = regions.filter((r) => r.region_code === 'tn');
    const v = tn.map((r) => Number(wb(r.province_vi, 2015).pci_score));
    expect(headline).toBe(`PCI 2015 — vùng ${tn[0].region_vi}: ${tn.length} trong ${tn.length} tỉnh có điểm, trung vị ${pts(median(v)!)}`);
  });

  it('a 2025 province (Quảng Trị = Quảng Trị + Quảng Bình): each old province in the deck’s year, never added up', async () => {
    const { data, headline } = await headlineOf('/tinh-moi/quang-tri', 'chiso=pci', 'diem-tinh-cu', 2015);
    expect(data.kind).toBe('merger-score');
    const rows = ['Quảng Trị', 'Quảng Bình'].map((n) => ({ n, r: wb(n, 2015) })).sort((a, b) => Number(b.r.pci_score) - Number(a.r.pci_score));
    const gap = Number(rows[0].r.pci_score) - Number(rows[1].r.pci_score);
    expect(headline).toBe(`Quảng Trị (mới), PCI 2015: ${rows.map(({ n, r }) => `${n} ${pts(r.pci_score)}, ${r.rank}/63`).join('; ')} — cách nhau ${formatNumber(gap)} điểm`);
    const rank = await headlineOf('/tinh-moi/quang-tri', 'chiso=pci', 'hang-tinh-cu', 2015);
    expect(rank.data.kind).toBe('merger-rank');
    expect(rank.headline).toBe(headline);
  });
});
