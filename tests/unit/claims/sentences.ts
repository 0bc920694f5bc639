// Every sentence and label about ranks, leaders and changes the app can write, for every index × year ×
// unit in a Db: produced by the app's own view builders and words (src/lib/views, src/lib/claims,
// src/lib/present), exactly as the pages and slides call them.
import { allDefinitions, definitionOf } from '../../../src/lib/catalogue/definitions';
import { headlineCards, type RankPoint } from '../../../src/lib/claims/claimWords';
import { groupDescription, heatmapLeaders, unitPosition } from '../../../src/lib/claims/ddciWords';
import { profileRankNote, profileRankText } from '../../../src/lib/claims/profileWords';
import { rankingWords } from '../../../src/lib/claims/rankingWords';
import type { Db } from '../../../src/lib/db/db';
import { ranking, trend, unitsOf, yearsOf, type TrendRow } from '../../../src/lib/db/sql';
import { writeHeadline } from '../../../src/lib/present/headline';
import {
  changeHeadline,
  compareHeadline,
  contributionHeadline,
  headlineInput,
  mergerHeadline,
  peersHeadline,
  regionHeadline,
  yearHeadline
} from '../../../src/lib/present/slideHeadline';
import { loadMergerView } from '../../../src/lib/views/mergerView';
import { loadProvinceView } from '../../../src/lib/views/provinceView';
import { loadSimulatorView, type SimulatorView } from '../../../src/lib/views/simulatorView';
import { loadRegionView } from '../../../src/lib/views/regionView';
import { NEW_UNITS } from '../../../src/lib/units/merger2025';
import { loadDdciView } from '../../../src/lib/views/ddciView';
import { loadRankingPage } from '../../../src/lib/views/rankingPageView';
import { loadTrendsView } from '../../../src/lib/views/trendsView';
import { loadUnitProfileView } from '../../../src/lib/views/unitProfileView';
import { slugify } from '../../../src/lib/text/vietnamese';
import { briefingTexts, buildBriefing } from '../../../src/lib/report/briefingModel';
import type { Claim } from './rules';

const point = (t: TrendRow): RankPoint => ({ year: t.year, value: t.value, rank: t.rank, rankOf: t.rank_of, rankSource: t.rank_source });

/** `only`: restrict to some indices (the partial-upload run re-reads PCI alone). */
export async function allClaims(db: Db, only?: readonly string[]): Promise<Claim[]> {
  const out: Claim[] = [];
  const push = (where: string, index: string, year: number, subjects: Claim['subjects'], text: string | null | undefined) => {
    if (text) out.push({ where, index, year, subjects, text });
  };
  const defs = allDefinitions().filter((d) => !only || only.includes(d.id));
  // "Cần bao nhiêu điểm để …": the gap names the unit and the rival whose printed total is to be reached.
  const pushSimulator = (index: string, s: SimulatorView | null, u: { code: string; name: string }) => {
    if (!s) return;
    const o = s.outcome;
    const subjects = o?.status === 'ok' && o.rival ? [u, { code: o.rival.code, name: o.rival.name }] : [u];
    const w = s.words;
    for (const [where, text] of [
      ['Mô phỏng mục tiêu: tóm tắt', w.summary],
      ['Mô phỏng mục tiêu: bằng điểm', w.tieNote],
      ['Mô phỏng mục tiêu: trọng số', w.weightsNote],
      ['Mô phỏng mục tiêu: phạm vi', w.rangeNote],
      ...w.mixes.flatMap((m) => [
        ['Mô phỏng mục tiêu: cách phân bổ', m.summary],
        ['Mô phỏng mục tiêu: mô tả cách phân bổ', m.description]
      ])
    ] as const)
      push(where, index, s.againstYear, subjects, text);
    if (s.inputNote) push('Mô phỏng mục tiêu: tham số', index, s.againstYear, [u], s.inputNote);
  };
  for (const def of defs) {
    const years = (await yearsOf(db, def.id)).map((y) => y.year);
    const units = (await unitsOf(db, def.id)).map((u) => ({ code: u.unit_code, name: u.unit_name, slug: slugify(u.unit_name) }));
    if (!years.length) continue;

    if (def.unitLevel === 'province') {
      // The Xếp hạng page (coverage, bars, the chosen unit's card, bump) and its slide headline, every year.
      for (const year of years) {
        const v = await loadRankingPage(db, { index: def.id, year: String(year), selected: null, tab: 'dien-bien', from: null });
        if (v.year !== year) continue;
        const all = units;
        const w = rankingWords(v);
        push('Xếp hạng: độ phủ', def.id, year, all, w.coverage);
        push('Xếp hạng: mô tả biểu đồ', def.id, year, all, w.barsDescription);
        push('Xếp hạng: tiêu đề diễn biến', def.id, year, all, w.bumpTitle);
        push('Xếp hạng: ghi chú diễn biến', def.id, year, all, w.bumpNote);
        push('Trang chiếu xếp hạng (không chọn tỉnh)', def.id, year, all, yearHeadline(v));
        for (const u of v.units) {
          if (!v.rows.some((r) => r.unit_code === u.code)) continue;
          const one = rankingWords({ ...v, selected: u });
          push('Xếp hạng: thẻ tỉnh đang chọn (ô)', def.id, year, [u], `${u.name} ${one.selectedRank}`);
          push('Xếp hạng: thẻ tỉnh đang chọn', def.id, year, [u], one.selectedRankNote);
        }
      }
      // Each unit's cards and every slide headline, every year it has a figure.
      const yearRows = new Map<number, Awaited<ReturnType<typeof ranking>>>();
      for (const u of units) {
        const rows = await trend(db, def.id, u.code);
        for (const cur of rows) {
          const prev = rows.find((r) => r.year === cur.year - 1) ?? null;
          const cards = headlineCards(def, { ...point(cur), band: cur.band }, prev ? point(prev) : null, def.publishesRanks !== false);
          push('Hồ sơ tỉnh: thẻ hạng (ô)', def.id, cur.year, [u], `${u.name} ${cards.rank}`);
          push('Hồ sơ tỉnh: thẻ hạng', def.id, cur.year, [u], cards.rankNote);
          push('Hồ sơ tỉnh: thẻ điểm', def.id, cur.year, [u], cards.valueNote);
          push('Hồ sơ tỉnh: thay đổi điểm', def.id, cur.year, [u], `${cards.changeLabel}: ${cards.change} ${cards.changeNote}`);
          const rankRows = yearRows.get(cur.year) ?? (await ranking(db, def.id, cur.year));
          yearRows.set(cur.year, rankRows);
          const input = headlineInput({ index: def.id, unit: u, year: cur.year }, rows, rankRows);
          for (const focus of ['both', 'score', 'rank'] as const) push(`Trang chiếu (${focus})`, def.id, cur.year, [u], input && writeHeadline({ ...input, focus }));
        }
      }
      // Trends: the default units (a leader only where the data names one), notes, a compared pair.
      for (const year of years) {
        const t = await loadTrendsView(db, { index: def.id, units: null, selected: null, year: String(year), mode: 'hang' });
        if (t.year !== year) continue;
        // The catalogue's own notes are the publisher's words typed by an admin, not sentences we write.
        for (const n of t.notes.filter((x) => !(def.notes ?? []).includes(x))) push('Xu hướng: ghi chú', def.id, year, units, n);
        if (t.leader) push('Xu hướng: tỉnh dẫn đầu', def.id, year, [t.leader], `${t.leaderBasis === 'published-rank' ? 'dẫn đầu' : 'cao điểm nhất'} là ${t.leader.name} (`);
        const pair = await loadTrendsView(db, { index: def.id, units: units.slice(0, 3).map((u) => u.slug).join(','), selected: null, year: String(year), mode: 'diem' });
        push('Trang chiếu so sánh xu hướng', def.id, year, pair.chosen, compareHeadline(pair, year));
        // /vung: regions' medians, all regions and each one.
        const rv = await loadRegionView(db, { index: def.id, year: String(year), region: null });
        if (rv.year === year) {
          push('Trang chiếu theo vùng', def.id, year, units, regionHeadline(rv));
          for (const g of rv.groups) push('Trang chiếu một vùng', def.id, year, units, regionHeadline({ ...rv, region: g.code, groups: [g] }));
        }
      }
      // /tinh/<slug>: the change bars, the waterfall and the peers chart. A province page view is many
      // queries, so not every unit: every year of the provinces whose records have the hard cases (Hà
      // Tĩnh: breaks and a missing 2023; Thanh Hóa: ranked of 63 with 30 printed; Kon Tum: derived
      // ranks) and the index's first unit, each beside the next two units of the index as peers.
      const sampled = units.filter((u, i) => i === 0 || ['Hà Tĩnh', 'Thanh Hóa', 'Kon Tum'].includes(u.name));
      for (const u of sampled) {
        const i = units.indexOf(u);
        const peers = [units[(i + 1) % units.length], units[(i + 2) % units.length]].filter((p) => p.code !== u.code);
        for (const r of await trend(db, def.id, u.code)) {
          const v = await loadProvinceView(db, { index: def.id, unit: u.slug, year: String(r.year), peers: peers.map((p) => p.slug).join(',') });
          if (v.year !== r.year) continue;
          push('Trang chiếu thay đổi chỉ số thành phần', def.id, r.year, [u], changeHeadline(v));
          push('Trang chiếu đóng góp vào thay đổi', def.id, r.year, [u], contributionHeadline(v));
          push('Trang chiếu so sánh với tỉnh khác', def.id, r.year, [u, ...peers], peersHeadline(v));
          pushSimulator(def.id, v.simulator, u);
          // The briefing report (/tinh/<slug>/bao-cao-tom-tat): every line it prints, tables read row by row.
          const regionCode = v.region.region?.code;
          const region = regionCode ? await loadRegionView(db, { index: def.id, year: String(r.year), region: regionCode }) : null;
          const briefing = buildBriefing({ view: { province: v, rankingRows: await ranking(db, def.id, r.year), region: region?.year === r.year ? region : null, sources: [] }, plans: null, planId: null });
          // The catalogue's own notes are the publisher's words typed by an admin, not sentences we write.
          for (const text of briefingTexts(briefing).filter((t) => !(def.notes ?? []).includes(t))) push('Báo cáo tóm tắt', def.id, r.year, units, text);
          // The simulator's other targets, and the others' totals of the year before and after (a break refuses).
          if (!v.simulator) continue;
          const rank = v.headline?.rankSource === 'published' ? v.headline.rank : null;
          const asks = [
            ...['top-10', 'hang-1', 'hang-63', 'diem-70', 'diem-101'].map((target) => ({ target, against: null })),
            ...[r.year - 1, r.year + 1].map((y) => ({ target: 'top-30', against: String(y) }))
          ];
          for (const a of asks) pushSimulator(def.id, await loadSimulatorView(db, def, u, r.year, v.years, rank, a), u);
        }
      }
      // /tinh-moi/<slug>: each 2025 province's old provinces, every year.
      for (const nu of NEW_UNITS.filter((x) => x.merged)) {
        const m = await loadMergerView(db, { slug: nu.slug, index: def.id });
        const olds = m.oldUnits.map((o) => ({ code: o.code, name: o.name }));
        // Only years an old province has a score (another year, the sentence speaks of the latest one).
        const scored = m.years.filter((y) => m.oldUnits.some((o) => o.points.some((p) => p.year === y && p.value != null)));
        for (const year of scored) push('Trang chiếu tỉnh mới', def.id, year, olds, mergerHeadline(m, year));
      }
    } else {
      for (const year of years) {
        const v = await loadDdciView(db, { index: def.id, year: String(year), selected: null });
        const all = units;
        push('DDCI: trang chiếu bản đồ nhiệt', def.id, year, all, heatmapLeaders(v.indexShort, v.year, v.groups));
        for (const g of v.groups) {
          push('DDCI: mô tả nhóm', def.id, year, all, groupDescription(v.indexShort, v.year, g));
          for (const r of g.rows) push('DDCI: đơn vị đang chọn', def.id, year, [{ code: r.unit_code, name: r.unit_name }], unitPosition(r, g, v.year));
        }
      }
    }
  }
  // Unit profiles: every unit, every index it has.
  const seen = new Set<string>();
  for (const def of defs) {
    for (const u of await unitsOf(db, def.id)) {
      const slug = u.unit_group === 'tinh' ? slugify(u.unit_name) : u.unit_code;
      if (seen.has(slug)) continue;
      seen.add(slug);
      const p = await loadUnitProfileView(db, { slug });
      for (const s of p.sections) {
        if (!s.latest || !definitionOf(s.index)) continue;
        const subject = [{ code: p.unit!.code, name: p.unit!.name }];
        push('Hồ sơ đơn vị: hạng (ô)', s.index, s.latest.year, subject, `${p.unit!.name} ${profileRankText(s.latest.rank)}`);
        push('Hồ sơ đơn vị: loại hạng', s.index, s.latest.year, subject, profileRankNote(s.latest.rank));
      }
    }
  }
  return out;
}
