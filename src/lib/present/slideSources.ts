// Which charts can be slides, and how a slide gets its data: through the same view builders and the
// same server endpoints as the page it was added from (src/lib/views/*, viewFrom). A chart slide
// stores its page's route and URL parameters; here they become the view model again.
import type { Db } from '../db/db';
import { viewFrom, type ViewSource } from '../db/viewSource';
import { ddciArgs, mergerArgs, provinceViewArgs, regionArgs } from '../views/analysisArgs';
import { loadDdciView, type DdciView } from '../views/ddciView';
import { loadMergerView, type MergerView } from '../views/mergerView';
import { loadRegionView, type RegionView } from '../views/regionView';
import { loadProvinceView, type ProvinceView } from '../views/provinceView';
import { rankingPageArgs, rankingPageQuery } from '../views/rankingPageArgs';
import { loadRankingPage, type RankingPageView } from '../views/rankingPageView';
import { trendsArgs, trendsQuery } from '../views/trendsArgs';
import { loadTrendsView, type TrendsView } from '../views/trendsView';
import type { ChartSlide } from './deck';
import type { PlanSlideView } from '../plans/planSlide';
import { slideTarget, type SlideKind } from './slideTarget';

export { isPresentable, slideTarget, type SlideKind, type SlideTarget } from './slideTarget';

/** The kinds drawn from a province's page view (/tinh/<slug>). */
export type ProvinceKind = 'province-score' | 'province-rank' | 'province-components' | 'province-change' | 'province-contribution' | 'province-peers';

export type SlideData =
  | { kind: 'ranking-bars' | 'ranking-bump' | 'ranking-slope'; view: RankingPageView }
  | { kind: 'trends'; view: TrendsView }
  | { kind: ProvinceKind; view: ProvinceView }
  | { kind: 'region-strips'; view: RegionView }
  | { kind: 'merger-score' | 'merger-rank'; view: MergerView }
  | { kind: 'ddci-heatmap' | 'ddci-group'; view: DdciView; group: string | null }
  | { kind: 'plan-components'; view: PlanSlideView };

export interface LoadedSlide {
  data: SlideData;
  source: ViewSource;
}

type Fetch = typeof fetch;

const TAB: Partial<Record<SlideKind, string | null>> = { 'ranking-bars': null, 'ranking-bump': 'dien-bien', 'ranking-slope': 'tang-giam' };

/** The slide's view model, from the browser's DuckDB when given, else from the page's server endpoint. */
export async function loadSlide(slide: Pick<ChartSlide, 'route' | 'params' | 'chart'>, db: Db | null, fetchFn: Fetch): Promise<LoadedSlide> {
  const target = slideTarget(slide.route, slide.chart);
  if (!target) throw new Error(`Biểu đồ "${slide.chart}" ở ${slide.route} chưa trình chiếu được`);
  const p = new URLSearchParams(slide.params);
  switch (target.kind) {
    case 'ranking-bars':
    case 'ranking-bump':
    case 'ranking-slope': {
      // Only the section the slide shows is queried (the page's own rule).
      const args = { ...rankingPageArgs(p), tab: TAB[target.kind] ?? null };
      const r = await viewFrom(db, (d) => loadRankingPage(d, args), `/api/view/ranking?${rankingPageQuery(args)}`, fetchFn);
      return { data: { kind: target.kind, view: r.view }, source: r.source };
    }
    case 'trends': {
      const args = trendsArgs(p);
      const r = await viewFrom(db, (d) => loadTrendsView(d, args), `/api/view/xu-huong?${trendsQuery(args)}`, fetchFn);
      return { data: { kind: 'trends', view: r.view }, source: r.source };
    }
    case 'province-score':
    case 'province-rank':
    case 'province-components':
    case 'province-change':
    case 'province-contribution':
    case 'province-peers': {
      const slug = target.slug!;
      const args = provinceViewArgs(slug, p);
      const r = await viewFrom(db, (d) => loadProvinceView(d, args), `/api/view/tinh/${encodeURIComponent(slug)}?${p}`, fetchFn);
      return { data: { kind: target.kind, view: r.view }, source: r.source };
    }
    case 'region-strips': {
      const args = regionArgs(p);
      const r = await viewFrom(db, (d) => loadRegionView(d, args), `/api/view/vung?${p}`, fetchFn);
      return { data: { kind: 'region-strips', view: r.view }, source: r.source };
    }
    case 'merger-score':
    case 'merger-rank': {
      const slug = target.slug!;
      const args = mergerArgs(slug, p);
      const r = await viewFrom(db, (d) => loadMergerView(d, args), `/api/view/tinh-moi/${encodeURIComponent(slug)}?${p}`, fetchFn);
      return { data: { kind: target.kind, view: r.view }, source: r.source };
    }
    case 'ddci-heatmap':
    case 'ddci-group': {
      const args = ddciArgs(p);
      const r = await viewFrom(db, (d) => loadDdciView(d, args), `/api/view/ddci?${p}`, fetchFn);
      return { data: { kind: target.kind, view: r.view, group: target.group }, source: r.source };
    }
    case 'plan-components': {
      // Plans are the server's records (SQLite), never in the browser's DuckDB.
      const res = await fetchFn(planSlideUrl(p));
      if (!res.ok) throw new Error(`Không tải được kế hoạch (${res.status})`);
      return { data: { kind: 'plan-components', view: (await res.json()) as PlanSlideView }, source: 'server' };
    }
  }
}

const planSlideUrl = (p: URLSearchParams) => {
  const q = new URLSearchParams();
  for (const k of ['ke-hoach', 'ngay']) if (p.get(k)) q.set(k, p.get(k)!);
  return `/api/view/ke-hoach?${q}`;
};

/** Server endpoints a slide reads when the browser's DuckDB is not ready: cached for offline use. */
export function slideServerUrls(slide: Pick<ChartSlide, 'route' | 'params' | 'chart'>): string[] {
  const target = slideTarget(slide.route, slide.chart);
  if (!target) return [];
  const p = new URLSearchParams(slide.params);
  switch (target.kind) {
    case 'ranking-bars':
    case 'ranking-bump':
    case 'ranking-slope':
      return [`/api/view/ranking?${rankingPageQuery({ ...rankingPageArgs(p), tab: TAB[target.kind] ?? null })}`];
    case 'trends':
      return [`/api/view/xu-huong?${trendsQuery(trendsArgs(p))}`];
    case 'province-score':
    case 'province-rank':
    case 'province-components':
    case 'province-change':
    case 'province-contribution':
    case 'province-peers':
      return [`/api/view/tinh/${encodeURIComponent(target.slug!)}?${p}`];
    case 'region-strips':
      return [`/api/view/vung?${p}`];
    case 'merger-score':
    case 'merger-rank':
      return [`/api/view/tinh-moi/${encodeURIComponent(target.slug!)}?${p}`];
    case 'ddci-heatmap':
    case 'ddci-group':
      return [`/api/view/ddci?${p}`];
    case 'plan-components':
      return [planSlideUrl(p)];
  }
}
