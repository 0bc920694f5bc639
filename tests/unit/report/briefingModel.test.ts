// The briefing's content on the shipped data: Hà Tĩnh PCI 2015, its figures read from data/*.csv.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvRows, int, num } from '../../../src/lib/data/csvRows';
import type { Db } from '../../../src/lib/db/db';
import { loadBriefingView, type BriefingView } from '../../../src/lib/views/briefingView';
import { buildBriefing, briefingTexts, recipientLines, SECTION_TITLES, type Block } from '../../../src/lib/report/briefingModel';
import { shippedDb } from '../../helpers/shippedDb';
import { placeholderPlans } from './placeholder-plans';

const pci = csvRows(readFileSync('data/pci_2006_2015_all_provinces.csv', 'utf8'));
const row = (year: string, province: string) => pci.find((r) => r.year === year && r.province === province)!;
const vi = (v: number) => v.toFixed(2).replace('.', ',');
let db: Db;
let ht: BriefingView;
beforeAll(async () => {
  db = (await shippedDb()).db;
  ht = await loadBriefingView(db, { index: 'pci', unit: 'ha-tinh', year: '2015', peers: null, target: 'hang-30', against: null });
}, 120_000);

const headings = (blocks: Block[]) => blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);

describe('briefing model (Hà Tĩnh, PCI 2015)', () => {
  it('header, title and the six sections in order', () => {
    const b = buildBriefing({ view: ht, plans: null, planId: null });
    expect(b.header).toMatchObject({ issuer: 'UBND TỈNH HÀ TĨNH', number: 'Số: …/BC-…', nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', motto: 'Độc lập - Tự do - Hạnh phúc', placeDate: 'Hà Tĩnh, ngày … tháng … năm …' });
    expect(b.title).toBe('BÁO CÁO');
    expect(b.subject).toBe('Phân tích kết quả Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) năm 2015 của tỉnh Hà Tĩnh'.replace('Chỉ số Năng lực cạnh tranh cấp tỉnh', ht.province.indexName));
    const hs = headings(b.blocks);
    expect(hs).toHaveLength(6);
    hs.forEach((h, i) => expect(h.startsWith(SECTION_TITLES[i])).toBe(true));
    expect(hs[3]).toBe('4. Mô phỏng mục tiêu: cần bao nhiêu điểm để đạt hạng 30 trở lên');
    expect(b.recipients).toEqual(['- Như trên;', '- Lưu: VT.']);
    expect(b.fileName).toBe('bao-cao-pci-2015-ha-tinh');
  });

  it('the score, the published rank x/63 and the change since 2014 come from the data', () => {
    const b = buildBriefing({ view: ht, plans: null, planId: null });
    const [cur, prev] = [row('2015', 'Hà Tĩnh'), row('2014', 'Hà Tĩnh')];
    const texts = briefingTexts(b);
    const first = texts[1];
    expect(first).toContain(`Hà Tĩnh đạt ${vi(num(cur.pci_score)!)} điểm, xếp thứ ${cur.rank}/63`);
    expect(first).toContain(`${int(prev.rank)! - int(cur.rank)! < 0 ? 'giảm' : 'tăng'} ${Math.abs(int(prev.rank)! - int(cur.rank)!)} bậc so với 2014`);
    const cards = b.blocks.find((x) => x.kind === 'table')!;
    expect(cards.kind === 'table' && cards.rows[0][0]).toContain(vi(num(cur.pci_score)!));
    expect(cards.kind === 'table' && cards.rows[0][2]).toContain(vi(num(cur.pci_score)! - num(prev.pci_score)!).replace('-', '−'));
  });

  it('contributions add up to the published change; the chart is referenced; weights said to be estimated', () => {
    const b = buildBriefing({ view: ht, plans: null, planId: null });
    expect(b.blocks.filter((x) => x.kind === 'chart').map((x) => (x as { chart: string }).chart)).toEqual(['contribution', 'mix']);
    const t = b.blocks.find((x) => x.kind === 'table' && x.caption.startsWith('Đóng góp'));
    expect(t && t.kind === 'table' && t.rows).toHaveLength(11);
    expect(briefingTexts(b).some((s) => s.includes('trọng số ước lượng, không phải bảng công bố'))).toBe(true);
  });

  it('the region table lists the region with published ranks, Hà Tĩnh in bold', () => {
    const b = buildBriefing({ view: ht, plans: null, planId: null });
    const t = b.blocks.find((x) => x.kind === 'table' && x.caption.startsWith('Vùng'));
    if (!t || t.kind !== 'table') throw new Error('no region table');
    const i = t.rows.findIndex((r) => r[0] === 'Hà Tĩnh');
    expect(t.strong).toEqual([i]);
    expect(t.rows[i]).toEqual(['Hà Tĩnh', vi(num(row('2015', 'Hà Tĩnh').pci_score)!), '45/63']);
  });

  it('the simulation is labelled as one, with the gap to the 30th province', () => {
    const b = buildBriefing({ view: ht, plans: null, planId: null });
    const texts = briefingTexts(b);
    const i = texts.indexOf('4. Mô phỏng mục tiêu: cần bao nhiêu điểm để đạt hạng 30 trở lên');
    expect(texts[i + 1]).toBe('Mô phỏng trên số liệu công bố; trọng số ước lượng, không phải bảng công bố');
    const th30 = pci.find((r) => r.year === '2015' && int(r.rank) === 30)!;
    expect(texts[i + 2]).toContain(`cần thêm ít nhất ${vi(num(th30.pci_score)! - num(row('2015', 'Hà Tĩnh').pci_score)!)} điểm`);
  });

  it('plan tasks: only the chosen plan, only weak components (and the whole index), with their status', () => {
    const b = buildBriefing({ view: ht, plans: placeholderPlans, planId: '002' });
    const t = b.blocks.find((x) => x.kind === 'table' && x.caption === 'Nhiệm vụ và trạng thái');
    if (!t || t.kind !== 'table') throw new Error('no task table');
    // Cạnh tranh bình đẳng 2015 (3,35) is below the national median; Gia nhập thị trường (8,61) is not and rose.
    expect(t.rows).toEqual([
      ['KH 002 · NV 1: Nhiệm vụ giữ chỗ 1 (liên kết gợi ý)', 'cả chỉ số PCI', 'không có mục tiêu'],
      ['KH 002 · NV 3: Nhiệm vụ giữ chỗ 3', 'Cạnh tranh bình đẳng', 'chậm']
    ]);
    expect(briefingTexts(b)).toContain('Kế hoạch 002: 2 nhiệm vụ gắn với các chỉ số thành phần yếu; trạng thái tính đến ngày 04/12/2026.');
    const none = buildBriefing({ view: ht, plans: null, planId: '002' });
    expect(briefingTexts(none)).toContain('Không tải được nhiệm vụ kế hoạch: mục này để trống.');
  });

  it('sources: the publisher and the source recorded with the 2015 and 2014 figures', () => {
    const b = buildBriefing({ view: ht, plans: placeholderPlans, planId: '002' });
    const list = b.blocks.at(-1)!;
    if (list.kind !== 'list') throw new Error('sources are not the last block');
    expect(list.items[0]).toMatch(/^Nguồn: VCCI/);
    expect(list.items).toContain(`Số liệu năm 2015: ${row('2015', 'Hà Tĩnh').source}.`);
    expect(list.items).toContain(`Số liệu năm 2014: ${row('2014', 'Hà Tĩnh').source}.`);
  });

  it('the issuer and recipients the user typed', () => {
    const b = buildBriefing({ view: ht, plans: null, planId: null, issuer: 'Sở Kế hoạch và Đầu tư', recipients: recipientLines('- UBND tỉnh;\n\n- Lưu: VT, KH.') });
    expect(b.header.issuer).toBe('SỞ KẾ HOẠCH VÀ ĐẦU TƯ');
    expect(b.recipients).toEqual(['- UBND tỉnh;', '- Lưu: VT, KH.']);
  });

  it('a province without figures that year gets a clear Vietnamese error', async () => {
    const none = await loadBriefingView(db, { index: 'sipas', unit: 'thanh-hoa', year: null, peers: null });
    expect(() => buildBriefing({ view: none, plans: null, planId: null })).toThrow(/^Chưa có số liệu SIPAS của Thanh Hóa/);
  });
});
