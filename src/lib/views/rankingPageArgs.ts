// URL → arguments of the Xếp hạng page, shared by the page and /api/view/ranking.
// Only what the view queries: the table's sort and search (sx, chieu, tim) and open tables (bang) are
// applied in the page, so changing them never reruns `load`.
import { INDEX_PARAM, SELECTED_PARAM, YEAR_PARAM } from '../state/urlState';
import { FROM_PARAM, TAB_PARAM } from '../state/trendRankingParams';
import type { RankingPageArgs } from './rankingPageView';

const clip = (s: string | null, n = 80) => (s == null ? null : s.slice(0, n));

export function rankingPageArgs(p: URLSearchParams): RankingPageArgs {
  return {
    index: clip(p.get(INDEX_PARAM)) ?? 'pci',
    year: clip(p.get(YEAR_PARAM), 8),
    selected: clip(p.get(SELECTED_PARAM), 800),
    tab: clip(p.get(TAB_PARAM), 20),
    from: clip(p.get(FROM_PARAM), 8)
  };
}

export function rankingPageQuery(a: RankingPageArgs): string {
  const q = new URLSearchParams();
  q.set(INDEX_PARAM, a.index);
  if (a.year) q.set(YEAR_PARAM, a.year);
  if (a.selected) q.set(SELECTED_PARAM, a.selected);
  if (a.tab) q.set(TAB_PARAM, a.tab);
  if (a.from) q.set(FROM_PARAM, a.from);
  return q.toString();
}
