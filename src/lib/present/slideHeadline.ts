// A chart slide's headline, written from the data by writeHeadline: which unit and year a chart is
// about, then that unit's published score and rank that year, the previous year on record, and ties
// in the year's ranking — read through the province and ranking view builders, so the sentence uses
// the numbers the dashboard shows.
import { planSlideHeadline } from '../plans/planSlide';
import { definitionOf, digitsOf } from '../catalogue/definitions';
import { periodFor, rankedUnitsFor } from '../catalogue/types';
import type { Db } from '../db/db';
import type { RankingRow, TrendRow } from '../db/sql';
import { viewFrom } from '../db/viewSource';
import { loadProvinceView, type ProvinceView } from '../views/provinceView';
import { rankingPageQuery } from '../views/rankingPageArgs';
import { loadRankingPage, type RankingPageView } from '../views/rankingPageView';
import { writeHeadline, type HeadlineInput, type HeadlinePoint } from './headline';
import type { TrendsView } from '../views/trendsView';
import type { MergerView } from '../views/mergerView';
import type { RegionView } from '../views/regionView';
import type { RankSource } from '../data/observation';
import { contributionOrder } from '../charts/contributionOrder';
import { knownLeaders } from '../claims/rankFacts';
import { breakCaveat, leaderPhrase } from '../claims/claimWords';
import { groupLeader, heatmapLeaders } from '../claims/ddciWords';
import { formatNumber, formatRank, formatSigned, roundHalfUp } from '../text/vietnamese';
import type { SlideData } from './slideSources';

/** What a chart is about: one unit in one year of one index (and, for a slope, the year compared with). */
export interface HeadlineSubject {
  index: string;
  unit: { code: string; name: string; slug: string };
  year: number;
  /** Compare with this year rather than the previous year on record (slope charts). */
  compareYear?: number | null;
}

/** The unit and year a slide's chart is about, or null when it is about no single unit. */
export function headlineSubject(data: SlideData, params: URLSearchParams, deckYear: number | null = null): HeadlineSubject | null {
  switch (data.kind) {
    case 'ranking-bars':
    case 'ranking-bump': {
      const v = data.view;
      if (v.year == null) return null;
      // The chosen province, else the year's leader where the data names one (see yearHeadline otherwise).
      const known = v.facts ? knownLeaders(v.facts) : null;
      const code = v.selected?.code ?? known?.rows[0]?.unit_code;
      const unit = v.units.find((u) => u.code === code);
      return unit ? { index: v.index, unit, year: v.year } : null;
    }
    case 'ranking-slope': {
      const v = data.view;
      const s = v.slope;
      if (!s || s.from == null) return null;
      let code = v.chosen[0]?.code;
      if (!code) {
        // No province chosen: the biggest riser.
        const risers = s.rows.filter((r) => r.from != null && r.to != null).sort((a, b) => b.from! - b.to! - (a.from! - a.to!));
        code = risers[0]?.code;
      }
      const unit = v.units.find((u) => u.code === code);
      return unit ? { index: v.index, unit, year: s.to, compareYear: s.from } : null;
    }
    case 'trends': {
      const v = data.view;
      const first = v.chosen[0];
      if (!first) return null;
      // The year asked for in the URL, else the deck's year, else the view's (the latest full year):
      // a 2015 deck's trend slide speaks of 2015, never of a later year a few provinces have.
      const year = params.get('nam') && v.year != null ? v.year : (deckYear ?? v.year);
      return year == null ? null : { index: v.index, unit: first, year };
    }
    case 'province-score':
    case 'province-rank':
    case 'province-components':
    case 'province-change':
    case 'province-contribution':
    case 'province-peers': {
      const v = data.view;
      return v.unit && v.year != null ? { index: v.index, unit: v.unit, year: v.year } : null;
    }
    case 'region-strips':
    case 'merger-score':
    case 'merger-rank':
    case 'plan-components':
      // About several units (or a plan): their own headlines (regionHeadline, mergerHeadline, planSlideHeadline).
      return null;
    case 'ddci-heatmap':
    case 'ddci-group': {
      const v = data.view;
      if (v.year == null) return null;
      const rows = v.groups.flatMap((g) => g.rows).filter((r) => data.kind === 'ddci-heatmap' || r.unit_group === data.group);
      const code = (v.selected && rows.some((r) => r.unit_code === v.selected!.code) ? v.selected.code : null) ?? [...rows].sort((a, b) => b.value - a.value)[0]?.unit_code;
      const unit = v.options.find((u) => u.code === code);
      return unit ? { index: v.index, unit, year: v.year } : null;
    }
  }
}

const has = (v: number | null | undefined): v is number => v != null && Number.isFinite(v);

/**
 * The headline input from the unit's published series (TrendRow: the publisher's rank, never a
 * position by score) and the year's ranking rows (for ties). Pure.
 */
export function headlineInput(subject: HeadlineSubject, series: readonly TrendRow[], rankingRows: readonly RankingRow[]): HeadlineInput | null {
  const def = definitionOf(subject.index);
  if (!def) return null;
  const point = (r: TrendRow | undefined, year: number): HeadlinePoint => ({
    year,
    value: r?.value ?? null,
    rank: r?.rank ?? null,
    rankOf: r?.rank != null ? (r.rank_of ?? rankedUnitsFor(def, year)) : null,
    rankSource: r?.rank != null ? r.rank_source : null
  });
  const cur = series.find((r) => r.year === subject.year);
  const current = point(cur, subject.year);
  if (has(current.rank)) current.tiedWith = rankingRows.filter((r) => r.unit_code !== subject.unit.code && r.rank === current.rank).length;
  let prevRow: TrendRow | undefined;
  if (subject.compareYear != null) prevRow = series.find((r) => r.year === subject.compareYear);
  else prevRow = [...series].reverse().find((r) => r.year < subject.year && (has(r.value) || has(r.rank)));
  const previous = prevRow ? point(prevRow, prevRow.year) : null;
  return {
    indexShort: def.short,
    unitName: subject.unit.name,
    scaleUnit: periodFor(def, subject.year)?.scale.unit ?? 'points',
    current,
    previous,
    breaks: def.breaks,
    digits: digitsOf(def.id)
  };
}

type Fetch = typeof fetch;

/** A sub-index slide: the components that moved most since the year before. */
export function componentsHeadline(v: ProvinceView): string | null {
  if (!v.unit || v.year == null) return null;
  const lead = `${v.indexShort} ${v.year} — ${v.unit.name}`;
  const prev = v.year - 1;
  const def = definitionOf(v.index);
  const caveat = def ? breakCaveat(def, prev, v.year) : '';
  if (!v.movers.length) {
    const shown = v.components.filter((c) => c.value != null).length;
    return shown ? `${lead}: ${shown} chỉ số thành phần; chưa có số liệu ${prev} để so sánh` : null;
  }
  const moves = v.movers.map((m) => `${m.name} ${formatSigned(m.change)}`).join('; ');
  return `${lead}: chỉ số thành phần thay đổi nhiều nhất so với ${prev}${caveat}: ${moves}`;
}

/** A ranking slide with no province chosen: the year's leader where the data names one, else what is known. */
export function yearHeadline(v: RankingPageView): string | null {
  if (v.year == null || !v.facts) return null;
  const def = definitionOf(v.index);
  const pct = def ? periodFor(def, v.year)?.scale.unit === 'percent' : false;
  const lead = leaderPhrase(v.facts, (x) => `${formatNumber(x, digitsOf(v.index))}${pct ? '%' : ' điểm'}`, v.unitLevel === 'province' ? 'tỉnh' : 'đơn vị');
  return lead ? `${v.indexShort} ${v.year}: ${lead}` : null;
}

/** " điểm" or "%": how a value of this index and year is said. */
const valueUnit = (index: string, year: number): string => {
  const def = definitionOf(index);
  return def && periodFor(def, year)?.scale.unit === 'percent' ? '%' : ' điểm';
};

/** One unit's figures in a year, as far as they are known; a rank is named only where it was published. */
interface ComparedUnit {
  name: string;
  point: { value: number | null; rank: number | null; rankOf: number | null; rankSource: RankSource | null } | undefined;
}

/**
 * Several units in one year, best first, with each published rank, and the gap between first and last:
 * "<lead>: A 65,20 điểm, 21/63; B 60,10 điểm — cách nhau 5,10 điểm". `noun` names the units compared.
 */
function compareLine(index: string, lead: string, year: number, units: readonly ComparedUnit[], noun: string): string {
  const digits = digitsOf(index);
  const unit = valueUnit(index, year);
  const at = units
    .filter((x): x is ComparedUnit & { point: { value: number } } => x.point?.value != null)
    .sort((a, b) => b.point.value - a.point.value);
  if (at.length < 2) return `${lead}: chỉ ${at.length} trong ${units.length} ${noun} có điểm công bố`;
  const parts = at.map((x) => {
    const p = x.point;
    const r = p.rank != null && p.rankSource === 'published' ? `, ${formatRank(p.rank, p.rankOf, 'published')}` : '';
    return `${x.name} ${formatNumber(p.value, digits)}${unit}${r}`;
  });
  const gap = roundHalfUp(at[0].point.value - at.at(-1)!.point.value, digits);
  return `${lead}: ${parts.join('; ')} — cách nhau ${formatNumber(gap, digits)}${unit === '%' ? ' điểm phần trăm' : unit}`;
}

/** A trend of several provinces: each one's score that year, best first, and the gap between first and last. */
export function compareHeadline(v: TrendsView, year: number): string | null {
  if (!definitionOf(v.index) || v.chosen.length < 2) return null;
  // The trends view keeps a rank only where it may be shown (published, or every unit's order by score).
  const units = v.chosen.map((u) => {
    const p = u.points.find((x) => x.year === year);
    return { name: u.name, point: p && { ...p, rankSource: p.rank != null ? ('published' as const) : null } };
  });
  return compareLine(v.index, `${v.indexShort} ${year}`, year, units, 'tỉnh đang so sánh');
}

/** The peers chart (/tinh/<slug>?so-sanh=…): the unit and its peers in the page's year. */
export function peersHeadline(v: ProvinceView): string | null {
  if (!v.unit || v.year == null || !v.peers.peers.length) return null;
  const year = v.year;
  const own = v.trend.find((t) => t.year === year);
  const units: ComparedUnit[] = [
    { name: v.unit.name, point: own && { value: own.value, rank: own.rank, rankOf: own.rank_of, rankSource: own.rank_source } },
    ...v.peers.peers.map((p) => ({ name: p.name, point: p.points.find((x) => x.year === year) }))
  ];
  return compareLine(v.index, `${v.indexShort} ${year}`, year, units, 'tỉnh đang so sánh');
}

/**
 * A 2025 province's old provinces (/tinh-moi/<slug>), each with its own figures, in the deck's year
 * where one of them has a score then, else the latest year any of them has one. Never a sum or average.
 */
export function mergerHeadline(v: MergerView, deckYear: number | null = null): string | null {
  if (v.status !== 'merged' || !v.oldUnits.length) return null;
  const scored = (y: number) => v.oldUnits.some((u) => u.points.some((p) => p.year === y && p.value != null));
  const year = deckYear != null && scored(deckYear) ? deckYear : [...v.years].reverse().find(scored);
  if (year == null) return null;
  const units = v.oldUnits.map((u) => ({ name: u.name, point: u.points.find((p) => p.year === year) }));
  return compareLine(v.index, `${v.name} (mới), ${v.indexShort} ${year}`, year, units, 'tỉnh cũ');
}

/** The change bars: the components that rose and fell most since the year before (a break named). */
export function changeHeadline(v: ProvinceView): string | null {
  const b = v.breakdown;
  if (!v.unit || !b) return null;
  const moved = b.changes.filter((c): c is typeof c & { change: number } => c.change != null);
  if (!moved.length) return null;
  const def = definitionOf(v.index);
  const caveat = def ? breakCaveat(def, b.previousYear, b.year) : '';
  const byChange = [...moved].sort((x, y) => y.change - x.change);
  const up = byChange.filter((c) => roundHalfUp(c.change, 2) > 0);
  const down = byChange.filter((c) => roundHalfUp(c.change, 2) < 0).reverse();
  const parts = [
    up.length ? `${up.length} chỉ số thành phần tăng, nhiều nhất ${up[0].name} ${formatSigned(up[0].change)}` : 'không chỉ số thành phần nào tăng',
    down.length ? `${down.length} giảm, nhiều nhất ${down[0].name} ${formatSigned(down[0].change)}` : 'không chỉ số nào giảm'
  ];
  return `${v.indexShort} ${b.year} — ${v.unit.name}, so với ${b.previousYear}${caveat}: ${parts.join('; ')}`;
}

/** The waterfall: the published total's change, and the component that moved it most its way. */
export function contributionHeadline(v: ProvinceView): string | null {
  const b = v.breakdown;
  const c = b?.contribution;
  if (!v.unit || !b || c?.status !== 'ok') return null;
  const def = definitionOf(v.index);
  const caveat = def ? breakCaveat(def, b.previousYear, b.year) : '';
  const total = roundHalfUp(c.publishedChange, 2);
  const moved = total === 0 ? 'giữ nguyên' : `${total > 0 ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(total))} điểm`;
  const sorted = contributionOrder(c.rows);
  const up = sorted.filter((r) => roundHalfUp(r.contribution, 2) > 0)[0];
  const down = sorted.filter((r) => roundHalfUp(r.contribution, 2) < 0).at(-1);
  const push = up && `kéo lên nhiều nhất: ${up.name} (${formatSigned(up.contribution)})`;
  const pull = down && `kéo xuống nhiều nhất: ${down.name} (${formatSigned(down.contribution)})`;
  // Only the component that moved the total its way (both would not fit the headline's two lines).
  const why = (total < 0 ? (pull ?? push) : (push ?? pull)) ?? '';
  return `${v.indexShort} ${b.year} — ${v.unit.name}: tổng điểm ${moved} so với ${b.previousYear}${caveat}${why ? `; ${why}` : ''}`;
}

/** Provinces by region (/vung): the regions with the highest and lowest median, or one region's own. */
export function regionHeadline(v: RegionView): string | null {
  if (v.year == null || !v.groups.length) return null;
  const digits = digitsOf(v.index);
  const unit = valueUnit(v.index, v.year);
  const num = (x: number) => `${formatNumber(x, digits)}${unit}`;
  const lead = `${v.indexShort} ${v.year}`;
  if (v.region) {
    const g = v.groups[0];
    const median = g.median != null ? `, trung vị ${num(g.median)}` : '';
    return `${lead} — vùng ${g.name}: ${g.rows.length} trong ${g.size} tỉnh có điểm${median}`;
  }
  const withMedian = v.groups.filter((g): g is typeof g & { median: number } => g.median != null).sort((a, b) => b.median - a.median);
  if (withMedian.length < 2) return `${lead} theo vùng: ${v.published} tỉnh, thành phố có điểm`;
  const [hi, lo] = [withMedian[0], withMedian.at(-1)!];
  return `${lead} theo vùng: trung vị cao nhất ở vùng ${hi.name} (${num(hi.median)}), thấp nhất ở vùng ${lo.name} (${num(lo.median)})`;
}

/**
 * The sentence for a slide, from the data, by chart kind (null when there is nothing to say).
 * `deckYear` is the year most of the deck's slides are about: a slide without its own year follows it.
 */
export async function loadHeadline(data: SlideData, params: URLSearchParams, db: Db | null, fetchFn: Fetch, deckYear: number | null = null): Promise<string | null> {
  switch (data.kind) {
    case 'province-components':
      return componentsHeadline(data.view);
    case 'province-change':
      return changeHeadline(data.view);
    case 'province-contribution':
      return contributionHeadline(data.view);
    case 'province-peers':
      return peersHeadline(data.view);
    case 'region-strips':
      return regionHeadline(data.view);
    case 'merger-score':
    case 'merger-rank':
      return mergerHeadline(data.view, deckYear);
    case 'ddci-heatmap':
      return heatmapLeaders(data.view.indexShort, data.view.year, data.view.groups);
    case 'plan-components':
      return planSlideHeadline(data.view);
    case 'ddci-group': {
      const g = data.view.groups.find((x) => x.code === data.group);
      const lead = g ? groupLeader(g) : null;
      return lead ? `${data.view.indexShort} ${data.view.year}: ${lead}` : null;
    }
    case 'ranking-bars':
    case 'ranking-bump':
      if (!data.view.selected) return yearHeadline(data.view);
      break;
    case 'trends': {
      const s = headlineSubject(data, params, deckYear);
      if (s && data.view.chosen.length > 1) return compareHeadline(data.view, s.year);
      break;
    }
  }
  const subject = headlineSubject(data, params, deckYear);
  if (!subject) return null;
  const year = String(subject.year);
  const provinceArgs = { index: subject.index, unit: subject.unit.slug, year, peers: null };
  const rankingArgs = { index: subject.index, year, selected: subject.unit.slug, tab: null, from: null };
  const [province, ranking] = await Promise.all([
    data.kind.startsWith('province-')
      ? Promise.resolve({ view: (data.view as ProvinceView), source: 'server' as const })
      : viewFrom(db, (d) => loadProvinceView(d, provinceArgs), `/api/view/tinh/${encodeURIComponent(subject.unit.slug)}?chiso=${encodeURIComponent(subject.index)}&nam=${year}`, fetchFn),
    data.kind === 'ranking-bars' || data.kind === 'ranking-bump'
      ? Promise.resolve({ view: data.view as RankingPageView, source: 'server' as const })
      : viewFrom(db, (d) => loadRankingPage(d, rankingArgs), `/api/view/ranking?${rankingPageQuery(rankingArgs)}`, fetchFn)
  ]);
  const input = headlineInput(subject, province.view.trend, ranking.view.year === subject.year ? ranking.view.rows : []);
  if (!input) return null;
  const focus = data.kind === 'province-score' ? 'score' : data.kind === 'province-rank' || data.kind === 'ranking-bump' || data.kind === 'ranking-slope' ? 'rank' : 'both';
  return writeHeadline({ ...input, focus });
}
