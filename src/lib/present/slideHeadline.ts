// A chart slide's headline, written from the data by writeHeadline: which unit and year a chart is
// about, then that unit's published score and rank that year, the previous year on record, and ties
// in the year's ranking — read through the province and ranking view builders, so the sentence uses
// the numbers the dashboard shows.
import { definitionOf } from '../catalogue/definitions';
import { periodFor, rankedUnitsFor } from '../catalogue/types';
import type { Db } from '../db/db';
import type { RankingRow, TrendRow } from '../db/sql';
import { viewFrom } from '../db/viewSource';
import { loadProvinceView, type ProvinceView } from '../views/provinceView';
import { rankingPageQuery } from '../views/rankingPageArgs';
import { loadRankingPage, type RankingPageView } from '../views/rankingPageView';
import { writeHeadline, type HeadlineInput, type HeadlinePoint } from './headline';
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
export function headlineSubject(data: SlideData, params: URLSearchParams): HeadlineSubject | null {
  switch (data.kind) {
    case 'ranking-bars':
    case 'ranking-bump': {
      const v = data.view;
      if (v.year == null) return null;
      // The chosen province, else the year's leader.
      const code = v.selected?.code ?? v.rows[0]?.unit_code;
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
      // A year asked for in the URL, else the latest year the unit has a score.
      const scored = first.points.filter((p) => p.value != null).map((p) => p.year);
      const year = params.get('nam') && v.year != null ? v.year : (scored.at(-1) ?? v.year);
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
    rankOf: r?.rank != null ? (r.rank_of ?? rankedUnitsFor(def, year)) : null
  });
  const cur = series.find((r) => r.year === subject.year);
  const current = point(cur, subject.year);
  if (has(current.rank)) current.tiedWith = rankingRows.filter((r) => r.unit_code !== subject.unit.code && r.rank === current.rank).length;
  let prevRow: TrendRow | undefined;
  if (subject.compareYear != null) prevRow = series.find((r) => r.year === subject.compareYear);
  else prevRow = [...series].reverse().find((r) => r.year < subject.year && (has(r.value) || has(r.rank)));
  const previous = prevRow ? point(prevRow, prevRow.year) : null;
  const district = def.unitLevel === 'department-district';
  return {
    indexShort: def.short,
    unitName: subject.unit.name,
    scaleUnit: periodFor(def, subject.year)?.scale.unit ?? 'points',
    current,
    previous,
    unitsTotal: district ? null : def.defaultRankedUnits,
    unitNoun: district ? 'đơn vị' : 'tỉnh'
  };
}

type Fetch = typeof fetch;

/** The sentence for a slide, from the data (null when the chart is about no single unit). */
export async function loadHeadline(data: SlideData, params: URLSearchParams, db: Db | null, fetchFn: Fetch): Promise<string | null> {
  const subject = headlineSubject(data, params);
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
  return input ? writeHeadline(input) : null;
}
