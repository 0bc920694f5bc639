// Headlines of real slides: each slide's view is built by the same view builders as its page, on the
// shipped data in DuckDB, and the sentence is checked against numbers read straight from data/*.csv.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/lib/text/vietnamese';
import { stepOptions } from '../../../src/lib/present/slideSteps';
import { slidesOnShippedData } from './slideOnShippedData';

type Row = Record<string, string>;
const csv = (name: string): Row[] => Papa.parse<Row>(readFileSync(`data/${name}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
const workbook = csv('pci_2006_2015_all_provinces.csv');
const history = csv('pci_province_history.csv');
const ddci = csv('ddci_hatinh_2021_partial.csv');
const wb = (province: string, year: number) => workbook.find((r) => r.province === province && Number(r.year) === year)!;
const hist = (province: string, year: number) => history.find((r) => r.province === province && Number(r.year) === year);
const pts = (v: string) => `${formatNumber(Number(v))} điểm`;
const headlineOf = slidesOnShippedData();

describe('headlines of chart slides, from the view builders on the shipped data', () => {
  it('ranking bars, PCI 2015, Hà Tĩnh chosen: a fall since 2014', async () => {
    const { headline } = await headlineOf('/xep-hang', 'chiso=pci&nam=2015&chon=ha-tinh', 'xep-hang');
    const [c, p] = [wb('Hà Tĩnh', 2015), wb('Hà Tĩnh', 2014)];
    expect(Number(c.rank)).toBeGreaterThan(Number(p.rank));
    expect(headline).toBe(`PCI 2015: Hà Tĩnh đạt ${pts(c.pci_score)}, xếp thứ ${c.rank}/63, giảm ${Number(c.rank) - Number(p.rank)} bậc so với 2014`);
    expect(headline).toBe('PCI 2015: Hà Tĩnh đạt 57,20 điểm, xếp thứ 45/63, giảm 10 bậc so với 2014');
  });

  it('ranking bars with no province chosen: the year’s leader, as VCCI printed rank 1', async () => {
    const { headline } = await headlineOf('/xep-hang', 'chiso=pci&nam=2015', 'xep-hang');
    const leader = workbook.find((r) => r.year === '2015' && r.rank === '1')!;
    expect(headline).toBe(`PCI 2015: dẫn đầu là ${leader.province} (${pts(leader.pci_score)})`);
  });

  it('PCI 2016 names the province VCCI printed at rank 1 (Đà Nẵng, not the best of a few profile pages)', async () => {
    const wb16 = csv('pci_2016_2019_all_provinces.csv').find((r) => r.year === '2016' && r.rank === '1')!;
    expect(wb16.province).toBe('Đà Nẵng');
    const { headline } = await headlineOf('/xep-hang', 'chiso=pci&nam=2016', 'xep-hang');
    expect(headline).toBe(`PCI 2016: dẫn đầu là Đà Nẵng (${pts(wb16.pci_score)})`);
  });

  it('a year with a handful of provinces names no leader: PCI 2020 (profile pages and provincial news)', async () => {
    const { headline } = await headlineOf('/xep-hang', 'chiso=pci&nam=2020', 'xep-hang');
    const news: Row[] = csv('pci_kontum_news.csv').map((r) => ({ ...r, pci_score: r.field === 'pci_score' ? r.value : '' }));
    const scored = [...history, ...news].filter((r) => r.year === '2020' && r.pci_score);
    const best = [...scored].sort((a, b) => Number(b.pci_score) - Number(a.pci_score))[0];
    expect(headline).toBe(`PCI 2020: trong ${scored.length} tỉnh có số liệu, cao điểm nhất là ${best.province} (${pts(best.pci_score)})`);
  });

  it('a score slide speaks of the score, a rank slide of the rank: Hà Tĩnh 2014', async () => {
    const [c, p] = [wb('Hà Tĩnh', 2014), wb('Hà Tĩnh', 2013)];
    const score = (await headlineOf('/tinh/ha-tinh', 'nam=2014', 'diem')).headline;
    const d = Number(c.pci_score) - Number(p.pci_score);
    expect(score).toBe(`PCI 2014: Hà Tĩnh đạt ${pts(c.pci_score)}, ${d > 0 ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(d))} điểm so với 2013`);
    const rank = (await headlineOf('/tinh/ha-tinh', 'nam=2014', 'thu-hang')).headline;
    expect(Number(c.rank)).toBeLessThan(Number(p.rank));
    expect(rank).toBe(`PCI 2014: Hà Tĩnh xếp thứ ${c.rank}/63, tăng ${Number(p.rank) - Number(c.rank)} bậc so với 2013`);
  });

  it('a sub-index slide names the components that moved most', async () => {
    const { data, headline } = await headlineOf('/tinh/ha-tinh', 'nam=2015', 'thanh-phan');
    expect(data.kind).toBe('province-components');
    const moves = (['tinh_minh_bach', 'gia_nhap_thi_truong', 'tiep_can_dat_dai', 'chi_phi_thoi_gian', 'chi_phi_khong_chinh_thuc', 'canh_tranh_binh_dang', 'tinh_nang_dong', 'ho_tro_doanh_nghiep', 'dao_tao_lao_dong', 'thiet_che_phap_ly'] as const)
      .map((k) => ({ k, d: Number(wb('Hà Tĩnh', 2015)[k]) - Number(wb('Hà Tĩnh', 2014)[k]) }))
      .sort((a, b) => Math.abs(b.d) - Math.abs(a.d));
    expect(headline).toMatch(/^PCI 2015 — Hà Tĩnh: chỉ số thành phần thay đổi nhiều nhất so với 2014: /);
    // The biggest mover comes first, with its signed change as printed.
    const first = headline!.split(': ').at(-1)!.split('; ')[0];
    expect(first.endsWith(formatNumber(Math.abs(moves[0].d)))).toBe(true);
  });

  it('a trend of two provinces compares them, in the deck’s year', async () => {
    const { headline } = await headlineOf('/xu-huong', 'chiso=pci&tinh=ha-tinh,da-nang', 'xu-huong', 2015);
    const [ht, dn] = [wb('Hà Tĩnh', 2015), wb('Đà Nẵng', 2015)];
    const gap = Number(dn.pci_score) - Number(ht.pci_score);
    expect(headline).toBe(`PCI 2015: Đà Nẵng ${pts(dn.pci_score)}, ${dn.rank}/63; Hà Tĩnh ${pts(ht.pci_score)}, ${ht.rank}/63 — cách nhau ${formatNumber(gap)} điểm`);
    // A 2012 deck: the same slide speaks of 2012, never of a later year a few provinces have.
    const in2012 = (await headlineOf('/xu-huong', 'chiso=pci&tinh=ha-tinh,da-nang', 'xu-huong', 2012)).headline!;
    expect(in2012.startsWith('PCI 2012: ')).toBe(true);
  });

  it('a missing year: Hà Tĩnh 2023 has components but no published score or rank', async () => {
    const r = hist('Hà Tĩnh', 2023)!;
    expect([r.pci_score, r.rank]).toEqual(['', '']);
    const { headline } = await headlineOf('/tinh/ha-tinh', 'nam=2023', 'diem');
    expect(headline).toBe('PCI 2023: Hà Tĩnh chưa có điểm công bố');
  });

  it('Thanh Hóa 2023 is ranked of 63 (VCCI printed only the top 30)', async () => {
    const c = hist('Thanh Hóa', 2023)!;
    const p = hist('Thanh Hóa', 2022)!;
    const { headline } = await headlineOf('/xu-huong', 'chiso=pci&tinh=thanh-hoa&nam=2023', 'xu-huong');
    expect(headline).toBe(`PCI 2023: Thanh Hóa đạt ${pts(c.pci_score)}, xếp thứ ${c.rank}/63, tăng ${Number(p.rank) - Number(c.rank)} bậc so với 2022`);
  });

  it('no change, by slug: Hà Tĩnh was 45th in 2013 and 2015 (a slope slide speaks of ranks)', async () => {
    expect([wb('Hà Tĩnh', 2013).rank, wb('Hà Tĩnh', 2015).rank]).toEqual(['45', '45']);
    const { headline } = await headlineOf('/xep-hang', 'chiso=pci&nam=2015&xem=tang-giam&tu=2013&chon=ha-tinh', 'tang-giam');
    expect(headline).toBe('PCI 2015: Hà Tĩnh xếp thứ 45/63, giữ nguyên thứ hạng so với 2013');
  });

  it('a first year: PCI 2006 has nothing before it', async () => {
    const c = wb('Hà Tĩnh', 2006);
    const { headline } = await headlineOf('/tinh/ha-tinh', 'nam=2006', 'thu-hang');
    // 2006 ranked 64 provinces (Hà Tây still one).
    expect(headline).toBe(`PCI 2006: Hà Tĩnh xếp thứ ${c.rank}/64`);
  });

  it('DDCI heatmap names the best unit of each group, among the units with figures (no ranks published)', async () => {
    const { headline } = await headlineOf('/ddci', 'nam=2021', 'ban-do-nhiet');
    for (const type of [...new Set(ddci.map((r) => r.unit_type))]) {
      const rows = ddci.filter((r) => r.unit_type === type);
      const best = [...rows].sort((a, b) => Number(b.ddci_score_100) - Number(a.ddci_score_100))[0];
      expect(headline).toContain(`trong ${rows.length} đơn vị có số liệu`);
      expect(headline).toContain(`là ${best.unit} (${pts(best.ddci_score_100)})`);
    }
    expect(headline).not.toMatch(/dẫn đầu|chưa công bố thứ hạng/);
  });
});

describe('build steps offered by real charts', () => {
  it('a ranking with a province chosen reveals every province, then the highlight', async () => {
    const { data } = await headlineOf('/xep-hang', 'chiso=pci&nam=2015&chon=ha-tinh', 'xep-hang');
    expect(stepOptions(data).map((s) => s.id)).toEqual(['tat-ca']);
    const none = await headlineOf('/xep-hang', 'chiso=pci&nam=2015', 'xep-hang');
    expect(stepOptions(none.data)).toEqual([]);
  });
  it('trends of two provinces: the national lines, then one province, then both', async () => {
    const { data } = await headlineOf('/xu-huong', 'chiso=pci&tinh=ha-tinh,da-nang', 'xu-huong');
    expect(stepOptions(data).map((s) => s.id)).toEqual(['nen', 'tinh-1']);
  });
});
