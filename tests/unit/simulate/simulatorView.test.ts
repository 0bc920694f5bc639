// The province page's simulator panel, built on the shipped data as the page and its server endpoint build it.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvRows, int, num } from '../../../src/lib/data/csvRows';
import type { Db } from '../../../src/lib/db/db';
import { loadProvinceView } from '../../../src/lib/views/provinceView';
import { shippedDb } from '../../helpers/shippedDb';

const pci = csvRows(readFileSync('data/pci_2006_2015_all_provinces.csv', 'utf8'));
const vi = (v: number) => v.toFixed(2).replace('.', ',');
let db: Db;
beforeAll(async () => {
  db = (await shippedDb()).db;
}, 120_000);

const view = (unit: string, year: string, target: string | null, against: string | null = null, index = 'pci') =>
  loadProvinceView(db, { index, unit, year, peers: null, target, against });

describe('Cần bao nhiêu điểm để … on /tinh/<slug>', () => {
  it('Hà Tĩnh 2015, top 30: the gap to the 30th province, named with its printed rank', async () => {
    const s = (await view('ha-tinh', '2015', 'top-30')).simulator!;
    const ht = pci.find((r) => r.year === '2015' && r.province === 'Hà Tĩnh')!;
    const th30 = pci.find((r) => r.year === '2015' && int(r.rank) === 30)!;
    const gap = num(th30.pci_score)! - num(ht.pci_score)!;
    expect(s.outcome?.status).toBe('ok');
    expect(s.words.summary).toBe(
      `Hà Tĩnh năm 2015 đạt ${vi(num(ht.pci_score)!)} điểm, xếp thứ 45/63. Để vào top 30 cần thêm ít nhất ${vi(gap)} điểm, bằng điểm của ${th30.province}, tỉnh xếp thứ 30/63 (${vi(num(th30.pci_score)!)} điểm).`
    );
    expect(s.words.weightsNote).toContain('trọng số ước lượng, không phải bảng công bố');
    expect(s.words.mixes.map((m) => m.name)).toEqual(['Ưu tiên trọng số lớn', 'Rải theo trọng số', 'Cùng tỷ lệ khoảng cách']);
    expect(s.againstYears).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    expect(s.names.ho_tro_doanh_nghiep).toBe('Dịch vụ hỗ trợ doanh nghiệp');
  });

  it('without a target, a province ranked below 30 is asked about the top 30', async () => {
    const s = (await view('ha-tinh', '2015', null)).simulator!;
    expect(s.targetParam).toBe('top-30');
  });

  it('the province VCCI printed first is asked for a score; one without a printed rank still gets top 30, and the reason it cannot be simulated', async () => {
    const first = pci.find((r) => r.year === '2015' && int(r.rank) === 1)!;
    const s = (await view(first.province.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/\s+/g, '-'), '2015', null)).simulator!;
    expect(s.outcome).toBeNull();
    expect(s.words.summary).toBe(`${first.province} năm 2015 xếp thứ 1/63: chọn một mục tiêu điểm để mô phỏng.`);
    const y2023 = (await view('ha-tinh', '2023', null)).simulator!;
    expect(y2023.targetParam).toBe('top-30');
    expect(y2023.outcome).toMatchObject({ status: 'refused', reason: 'incomplete' });
    expect(y2023.words.summary).toContain('chỉ công bố điểm và hạng của 30 tỉnh dẫn đầu');
  });

  it('refuses across the 2013 break, in Vietnamese', async () => {
    const s = (await view('ha-tinh', '2015', 'top-30', '2012')).simulator!;
    expect(s.outcome).toMatchObject({ status: 'refused', reason: 'break' });
    expect(s.words.summary).toBe(
      'PCI đổi phương pháp năm 2013: không đặt điểm năm 2015 của Hà Tĩnh cạnh điểm năm 2012 của các tỉnh khác, vì trọng số và cách tính khác nhau.'
    );
  });

  it('refuses PCI 2024: VCCI printed the top 30 only', async () => {
    const s = (await view('thanh-hoa', '2024', 'top-10')).simulator!;
    expect(s.outcome).toMatchObject({ status: 'refused', reason: 'incomplete' });
    expect(s.words.summary).toContain('chỉ công bố điểm và hạng của 30 tỉnh dẫn đầu');
  });

  it('says a target already met is met', async () => {
    const s = (await view('ha-tinh', '2015', 'hang-50')).simulator!;
    expect(s.words.summary).toBe('Hà Tĩnh năm 2015 đã đạt mục tiêu hạng 50 trở lên theo điểm công bố năm 2015: không cần thêm điểm.');
  });

  it('reads a bad target in words and has no panel for an index without weights', async () => {
    const s = (await view('ha-tinh', '2015', 'nhat')).simulator!;
    expect(s.inputNote).toContain('Không hiểu mục tiêu "nhat"');
    expect(s.targetParam).toBe('top-30');
    expect((await view('ha-tinh', '2015', 'top-30', null, 'papi')).simulator).toBeNull();
  });
});
