// A chart slide's headline, written from the data by writeHeadline: which unit and year a chart is
// about, then that unit's published score and rank that year, the previous year on record, and ties
// in the year's ranking — read through the province and ranking view builders, so the sentence uses
// the numbers the dashboard shows.
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
    case 'province-components': {
      const v = data.view;
      return v.unit && v.year != null ? { index: v.index, unit: v.unit, year: v.year } : null;
    }
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

/** A trend of several provinces: each one's score that year, best first, and the gap between first and last. */
export function compareHeadline(v: TrendsView, year: number): string | null {
  const def = definitionOf(v.index);
  if (!def || v.chosen.length < 2) return null;
  const unit = periodFor(def, year)?.scale.unit === 'percent' ? '%' : ' điểm';
  const at = v.chosen
    .map((u) => ({ name: u.name, p: u.points.find((p) => p.year === year) }))
    .filter((x): x is { name: string; p: NonNullable<typeof x.p> } => x.p?.value != null)
    .sort((a, b) => b.p.value! - a.p.value!);
  if (at.length < 2) return `${v.indexShort} ${year}: chỉ ${at.length} trong ${v.chosen.length} tỉnh đang so sánh có điểm công bố`;
  const parts = at.map((x) => {
    const r = x.p.rank != null ? `, ${formatRank(x.p.rank, x.p.rankOf, 'published')}` : '';
    return `${x.name} ${formatNumber(x.p.value, digitsOf(v.index))}${unit}${r}`;
  });
  const gap = roundHalfUp(at[0].p.value! - at.at(-1)!.p.value!, digitsOf(v.index));
  return `${v.indexShort} ${year}: ${parts.join('; ')} — cách nhau ${formatNumber(gap, digitsOf(v.index))}${unit === '%' ? ' điểm phần trăm' : unit}`;
}


/**
 * The sentence for a slide, from the data, by chart kind (null when there is nothing to say).
 * `deckYear` is the year most of the deck's slides are about: a slide without its own year follows it.
 */
export async function loadHeadline(data: SlideData, params: URLSearchParams, db: Db | null, fetchFn: Fetch, deckYear: number | null = null): Promise<string | null> {
  switch (data.kind) {
    case 'province-components':
      return componentsHeadline(data.view);
    case 'ddci-heatmap':
      return heatmapLeaders(data.view.indexShort, data.view.year, data.view.groups);
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
