// The claims test: every sentence and label about ranks, leaders and changes the app can write, for
// every index × year × unit, checked against rules that share no code with the writer (rules.ts).
// Run on the shipped data, then on a store where PCI 2015 was replaced by a partial upload without ranks.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/db';
import { loadObservations } from '../../../src/lib/db/observationsTable';
import { openNodeDuckDb } from '../../../src/lib/server/db/nodeDuckDb';
import { shippedDb } from '../../helpers/shippedDb';
import { allClaims } from './sentences';
import { Rules, type Claim, type Truth } from './rules';
import type { Observation } from '../../../src/lib/data/observation';

// The rules' own reading of the long table: not the app's SQL.
const truthOf = (db: Db) =>
  db.query<Truth>(
    `SELECT unit_code, unit_name, year, index_id, value, rank, rank_of, rank_source FROM obs WHERE indicator = 'total'`
  );

const violations = (claims: Claim[], rules: Rules) => claims.flatMap((c) => rules.check(c));

let shipped: { db: Db; observations: readonly Observation[] };
let claims: Claim[];
let rules: Rules;

beforeAll(async () => {
  const s = await shippedDb();
  shipped = { db: s.db, observations: s.dataset.observations };
  claims = await allClaims(s.db);
  rules = new Rules(await truthOf(s.db));
}, 240_000);

const find = (pred: (c: Claim) => boolean) => claims.filter(pred).map((c) => c.text);

describe('claims over the whole shipped data', () => {
  it('writes thousands of sentences, and every one holds', () => {
    expect(claims.length).toBeGreaterThan(3000);
    const bad = [...new Set(violations(claims, rules))];
    expect(bad.slice(0, 30)).toEqual([]);
  });

  it('Bình Thuận PAR INDEX 2023 (one of the bottom three) gets no rank "10"', () => {
    const about = claims.filter((c) => c.index === 'par_index' && c.year === 2023 && c.subjects.length === 1 && c.subjects[0].name === 'Bình Thuận');
    expect(about.length).toBeGreaterThan(0);
    for (const c of about) expect(c.text).not.toMatch(/\b10\/|xếp thứ 10|hạng 10/);
    expect(about.find((c) => c.where.startsWith('Xếp hạng: thẻ'))?.text).toBe('Bình Thuận chưa công bố');
  });

  it('Bà Rịa - Vũng Tàu PAPI 2021 neither leads nor ranks: PAPI publishes no ranks', () => {
    const texts = find((c) => c.index === 'papi' && c.year === 2021);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).not.toMatch(/Bà Rịa - Vũng Tàu \(|dẫn đầu là Bà Rịa|xếp thứ \d+\/63/);
    expect(find((c) => c.index === 'papi').some((t) => /xếp thứ|\d+\/63|dẫn đầu/.test(t))).toBe(false);
  });

  it('Thanh Hóa PCI 2024 is 21/63, never 21/30', () => {
    const texts = find((c) => c.index === 'pci' && c.year === 2024 && c.subjects.length === 1 && c.subjects[0].name === 'Thanh Hóa');
    expect(texts).toContain('Thanh Hóa 21/63');
    expect(texts.some((t) => /\/30\b/.test(t))).toBe(false);
  });

  it('PCI 2024: Hải Phòng leads (VCCI\'s printed rank 1 in the top list), never Thanh Hóa', () => {
    const leaders = find((c) => c.index === 'pci' && c.year === 2024 && /dẫn đầu là/.test(c.text));
    const hp = shipped.observations.find((o) => o.index_id === 'pci' && o.year === 2024 && o.indicator === 'total' && o.rank === 1);
    expect(hp).toMatchObject({ unit_name: 'Hải Phòng', rank_source: 'published' });
    expect(leaders.length).toBeGreaterThan(0);
    expect(leaders.every((t) => t.includes('dẫn đầu là Hải Phòng'))).toBe(true);
    expect(find((c) => c.index === 'pci' && c.year === 2024).some((t) => /dẫn đầu là Thanh Hóa/.test(t))).toBe(false);
  });

  it('a printed top list is said as one: PCI 2024 "Top 5 do VCCI công bố", never a full ranking', () => {
    const cov = find((c) => c.index === 'pci' && c.year === 2024 && c.where === 'Xếp hạng: độ phủ');
    expect(cov[0]).toMatch(/^Top 5 do VCCI công bố năm 2024 \(PCI xếp hạng 63 tỉnh, thành phố\)/);
    expect(cov[0]).toContain('không phải bảng xếp hạng đầy đủ');
  });

  it('Kon Tum PAR INDEX 2022: the rank implied by "+12 bậc" is said to be derived', () => {
    const texts = find((c) => c.index === 'par_index' && c.year === 2022 && c.subjects.length === 1 && c.subjects[0].name === 'Kon Tum');
    expect(texts).toContain('Kon Tum 55 (suy ra)');
    expect(texts.some((t) => t.includes('đứng thứ 55 (thứ tự suy ra, không phải hạng công bố)'))).toBe(true);
    expect(texts.some((t) => /xếp thứ 55|55\/63/.test(t))).toBe(false);
  });

  it('Hà Tĩnh PCI 2023: a missing score is said as missing this year, not "no figure last year"', () => {
    const change = find((c) => c.index === 'pci' && c.year === 2023 && c.where === 'Hồ sơ tỉnh: thay đổi điểm' && c.subjects[0].name === 'Hà Tĩnh');
    expect(change).toEqual(['Thay đổi điểm so với 2022: — chưa công bố điểm năm 2023']);
  });

  it('a change across a methodology break names it (PCI 2013)', () => {
    const ht = find((c) => c.index === 'pci' && c.year === 2013 && c.where === 'Trang chiếu (both)' && c.subjects[0].name === 'Hà Tĩnh');
    expect(ht[0]).toContain('đổi phương pháp năm 2013');
  });

  it('the simulator’s sentences are checked too: Hà Tĩnh 2015 names the 30th province with its printed rank, and a break refuses', () => {
    const sim = claims.filter((c) => c.where.startsWith('Mô phỏng mục tiêu') && c.index === 'pci');
    expect(sim.length).toBeGreaterThan(500);
    const th30 = shipped.observations.find((o) => o.index_id === 'pci' && o.year === 2015 && o.indicator === 'total' && o.rank === 30)!;
    const ht = sim.filter((c) => c.year === 2015 && c.subjects[0].name === 'Hà Tĩnh' && c.where === 'Mô phỏng mục tiêu: tóm tắt').map((c) => c.text);
    expect(ht.some((t) => t.includes(`xếp thứ 45/63`) && t.includes(`${th30.unit_name}, tỉnh xếp thứ 30/63`))).toBe(true);
    expect(find((c) => c.where === 'Mô phỏng mục tiêu: tóm tắt' && c.year === 2012).some((t) => t.startsWith('PCI đổi phương pháp năm 2013'))).toBe(true);
  });

  it('the briefing report’s lines are swept too: Hà Tĩnh 2015 in its region table with its printed rank', () => {
    const lines = claims.filter((c) => c.where === 'Báo cáo tóm tắt' && c.index === 'pci' && c.year === 2015).map((c) => c.text);
    const ht = shipped.observations.find((o) => o.index_id === 'pci' && o.year === 2015 && o.indicator === 'total' && o.unit_name === 'Hà Tĩnh')!;
    expect(lines.some((t) => /^Vùng .*, PCI 2015: Hà Tĩnh · [\d,]+ · /.test(t) && t.endsWith(` · ${ht.rank}/63`))).toBe(true);
    expect(lines).toContain('Mô phỏng trên số liệu công bố; trọng số ước lượng, không phải bảng công bố');
  });

  it('the rules can fail: a sentence with a sort position as a rank, a false leader and an unnamed break are caught', () => {
    const fake = (text: string, index = 'par_index', year = 2023, name = 'Bình Thuận'): Claim => ({
      where: 'thử',
      index,
      year,
      subjects: [{ code: shipped.observations.find((o) => o.unit_name === name)!.unit_code, name }],
      text
    });
    expect(rules.check(fake('PAR INDEX 2023: Bình Thuận đạt 81,87%, xếp thứ 10/63'))).toHaveLength(2);
    expect(rules.check(fake('PCI 2024: dẫn đầu là Thanh Hóa (70,1 điểm)', 'pci', 2024, 'Thanh Hóa'))).toHaveLength(1);
    expect(rules.check(fake('PCI 2024: Thanh Hóa đạt 70 điểm, xếp thứ 21/30', 'pci', 2024, 'Thanh Hóa'))).toHaveLength(1);
    expect(rules.check(fake('PCI 2013: Hà Tĩnh đạt 1 điểm, tăng 1 bậc so với 2012', 'pci', 2013, 'Hà Tĩnh'))).toHaveLength(1);
    expect(rules.check(fake('PAR INDEX 2022: Kon Tum đứng thứ 55', 'par_index', 2022, 'Kon Tum'))).toHaveLength(1);
    // Every province has a PAPI 2015 score, and Hà Tĩnh's is the highest: true of it, false of Hà Nội.
    expect(rules.check(fake('PAPI 2015: cao điểm nhất là Hà Tĩnh (42,33 điểm)', 'papi', 2015, 'Hà Tĩnh'))).toEqual([]);
    expect(rules.check(fake('PAPI 2015: cao điểm nhất là Hà Nội (34,10 điểm)', 'papi', 2015, 'Hà Nội'))).toHaveLength(1);
    expect(rules.check(fake('PAR INDEX 2023: cao điểm nhất là Bình Thuận (81,87%)'))).toHaveLength(1);
  });
});

describe('claims after a partial upload', () => {
  it('PCI 2015 with 11 provinces and no ranks: no leader, no "x/63", and every sentence still holds', async () => {
    // The real 2015 scores of 11 provinces (the profile pages' provinces), as a file without ranks would bring them.
    const keep = new Set(['25', '26', '35', '38', '42', '45', '51', '58', '68', '82', '84']);
    const obs = shipped.observations
      .filter((o) => !(o.index_id === 'pci' && o.year === 2015 && o.indicator === 'total' && !keep.has(o.unit_code)))
      .map((o) => (o.index_id === 'pci' && o.year === 2015 && o.indicator === 'total' ? { ...o, rank: null, rank_of: null, rank_source: null, band: null } : o));
    const db = await openNodeDuckDb();
    await loadObservations(db, obs);
    const partial = await allClaims(db, ['pci']);
    const bad = [...new Set(violations(partial, new Rules(await truthOf(db))))];
    expect(bad.slice(0, 30)).toEqual([]);
    const y2015 = partial.filter((c) => c.index === 'pci' && c.year === 2015).map((c) => c.text);
    expect(y2015.some((t) => /dẫn đầu là/.test(t))).toBe(false);
    expect(y2015.some((t) => /\d+\/63/.test(t))).toBe(false);
    expect(y2015.some((t) => /trong 11 tỉnh có số liệu, cao điểm nhất là/.test(t))).toBe(true);
  }, 240_000);
});
