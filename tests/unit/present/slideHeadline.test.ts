// Headlines of real slides: each slide's view is built by the same view builders as its page, on the
// shipped data in DuckDB, and the sentence is checked against numbers read straight from data/*.csv.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/db';
import { formatNumber } from '../../../src/lib/text/vietnamese';
import { loadSlide } from '../../../src/lib/present/slideSources';
import { loadHeadline } from '../../../src/lib/present/slideHeadline';
import { stepOptions } from '../../../src/lib/present/slideSteps';
import { shippedDb } from '../../helpers/shippedDb';

type Row = Record<string, string>;
const csv = (name: string): Row[] => Papa.parse<Row>(readFileSync(`data/${name}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
const workbook = csv('pci_2006_2015_all_provinces.csv');
const history = csv('pci_province_history.csv');
const ddci = csv('ddci_hatinh_2021_partial.csv');
const wb = (province: string, year: number) => workbook.find((r) => r.province === province && Number(r.year) === year)!;
const hist = (province: string, year: number) => history.find((r) => r.province === province && Number(r.year) === year);
const pts = (v: string) => `${formatNumber(Number(v))} điểm`;
const noSuchThing = (() => {
  throw new Error('no server in unit tests: the slide must be built from DuckDB');
}) as unknown as typeof fetch;

let db: Db;
beforeAll(async () => {
  db = (await shippedDb()).db;
});

async function headlineOf(route: string, params: string, chart: string) {
  const { data } = await loadSlide({ route, params, chart }, db, noSuchThing);
  return { data, headline: await loadHeadline(data, new URLSearchParams(params), db, noSuchThing) };
}

describe('headlines of chart slides, from the view builders on the shipped data', () => {
  it('ranking bars, PCI 2015, Hà Tĩnh chosen: a fall since 2014', async () => {
    const { headline } = await headlineOf('/xep-hang', 'chiso=pci&nam=2015&chon=ha-tinh', 'xep-hang');
    const [c, p] = [wb('Hà Tĩnh', 2015), wb('Hà Tĩnh', 2014)];
    expect(Number(c.rank)).toBeGreaterThan(Number(p.rank));
    expect(headline).toBe(`PCI 2015: Hà Tĩnh đạt ${pts(c.pci_score)}, xếp thứ ${c.rank}/63, giảm ${Number(c.rank) - Number(p.rank)} bậc so với 2014`);
    expect(headline).toBe('PCI 2015: Hà Tĩnh đạt 57,20 điểm, xếp thứ 45/63, giảm 10 bậc so với 2014');
  });

  it('ranking bars with no province chosen: about the year’s leader', async () => {
    const { headline } = await headlineOf('/xep-hang', 'chiso=pci&nam=2015', 'xep-hang');
    const leader = workbook.find((r) => r.year === '2015' && r.rank === '1')!;
    const before = wb(leader.province, 2014);
    const d = Number(before.rank) - 1;
    expect(headline).toBe(`PCI 2015: ${leader.province} đạt ${pts(leader.pci_score)}, xếp thứ 1/63, ${d === 0 ? 'giữ nguyên thứ hạng' : `tăng ${d} bậc`} so với 2014`);
  });

  it('a rise: Hà Tĩnh’s score line with the year 2014 chosen', async () => {
    const { headline } = await headlineOf('/tinh/ha-tinh', 'nam=2014', 'diem');
    const [c, p] = [wb('Hà Tĩnh', 2014), wb('Hà Tĩnh', 2013)];
    expect(Number(c.rank)).toBeLessThan(Number(p.rank));
    expect(headline).toBe(`PCI 2014: Hà Tĩnh đạt ${pts(c.pci_score)}, xếp thứ ${c.rank}/63, tăng ${Number(p.rank) - Number(c.rank)} bậc so với 2013`);
  });

  it('trends without a year: the latest year Hà Tĩnh has a published score, against the year before on record', async () => {
    const { headline } = await headlineOf('/xu-huong', 'chiso=pci&tinh=ha-tinh,da-nang', 'xu-huong');
    const scored = history.filter((r) => r.province === 'Hà Tĩnh' && r.pci_score !== '').map((r) => Number(r.year));
    const year = Math.max(...scored);
    const c = hist('Hà Tĩnh', year)!;
    const p = hist('Hà Tĩnh', year - 1)!;
    const d = Number(p.rank) - Number(c.rank);
    expect(headline).toBe(`PCI ${year}: Hà Tĩnh đạt ${pts(c.pci_score)}, xếp thứ ${c.rank}/63, ${d > 0 ? `tăng ${d}` : `giảm ${-d}`} bậc so với ${year - 1}`);
  });

  it('a missing year: Hà Tĩnh 2023 has components but no published score or rank', async () => {
    const r = hist('Hà Tĩnh', 2023)!;
    expect([r.pci_score, r.rank]).toEqual(['', '']);
    const { headline } = await headlineOf('/tinh/ha-tinh', 'nam=2023', 'diem');
    expect(headline).toBe('PCI 2023: Hà Tĩnh chưa có điểm công bố');
  });

  it('partial publication: Thanh Hóa 2023 is ranked among the 30 provinces VCCI published', async () => {
    const c = hist('Thanh Hóa', 2023)!;
    const p = hist('Thanh Hóa', 2022)!;
    const { headline } = await headlineOf('/xu-huong', 'chiso=pci&tinh=thanh-hoa&nam=2023', 'xu-huong');
    expect(headline).toBe(`PCI 2023: Thanh Hóa đạt ${pts(c.pci_score)}, xếp thứ ${c.rank}/30 tỉnh được công bố, tăng ${Number(p.rank) - Number(c.rank)} bậc so với 2022`);
  });

  it('no change, by slug: Hà Tĩnh was 45th in 2013 and 2015', async () => {
    expect([wb('Hà Tĩnh', 2013).rank, wb('Hà Tĩnh', 2015).rank]).toEqual(['45', '45']);
    const { headline } = await headlineOf('/xep-hang', 'chiso=pci&nam=2015&xem=tang-giam&tu=2013&chon=ha-tinh', 'tang-giam');
    expect(headline).toBe('PCI 2015: Hà Tĩnh đạt 57,20 điểm, xếp thứ 45/63, giữ nguyên thứ hạng so với 2013');
  });

  it('a first year: PCI 2006 has nothing before it', async () => {
    const c = wb('Hà Tĩnh', 2006);
    const { headline } = await headlineOf('/tinh/ha-tinh', 'nam=2006', 'thu-hang');
    // 2006 ranked 64 provinces (Hà Tây still one).
    expect(headline).toBe(`PCI 2006: Hà Tĩnh đạt ${pts(c.pci_score)}, xếp thứ ${c.rank}/64`);
  });

  it('DDCI heatmap: the best unit of 2021; DDCI publishes no rank in the shipped data, and the sentence says so', async () => {
    const best = [...ddci].sort((a, b) => Number(b.ddci_score_100) - Number(a.ddci_score_100))[0];
    const { headline } = await headlineOf('/ddci', 'nam=2021', 'ban-do-nhiet');
    expect(headline).toBe(`DDCI Hà Tĩnh 2021: ${best.unit} đạt ${pts(best.ddci_score_100)}, chưa công bố thứ hạng`);
  });
});

describe('build steps offered by real charts', () => {
  it('a ranking with a province chosen reveals every province, then the highlight', async () => {
    const { data } = await loadSlide({ route: '/xep-hang', params: 'chiso=pci&nam=2015&chon=ha-tinh', chart: 'xep-hang' }, db, noSuchThing);
    expect(stepOptions(data).map((s) => s.id)).toEqual(['tat-ca']);
    const none = await loadSlide({ route: '/xep-hang', params: 'chiso=pci&nam=2015', chart: 'xep-hang' }, db, noSuchThing);
    expect(stepOptions(none.data)).toEqual([]);
  });
  it('trends of two provinces: the national lines, then one province, then both', async () => {
    const { data } = await loadSlide({ route: '/xu-huong', params: 'chiso=pci&tinh=ha-tinh,da-nang', chart: 'xu-huong' }, db, noSuchThing);
    expect(stepOptions(data).map((s) => s.id)).toEqual(['nen', 'tinh-1']);
  });
});
