// URL → arguments of the trends view (/xu-huong), shared by the page and its server endpoint.
import { INDEX_PARAM, SELECTED_PARAM, YEAR_PARAM } from '../state/urlState';
import { MEASURE_PARAM, UNITS_PARAM } from '../state/trendRankingParams';
import type { TrendsArgs } from './trendsView';

const clip = (s: string | null, n = 80) => (s == null ? null : s.slice(0, n));

/** Reads only the parameters the view depends on, so SvelteKit reruns `load` only when one of them changes. */
export function trendsArgs(p: URLSearchParams): TrendsArgs {
  return {
    index: clip(p.get(INDEX_PARAM)) ?? 'pci',
    units: clip(p.get(UNITS_PARAM), 800),
    selected: clip(p.get(SELECTED_PARAM)),
    year: clip(p.get(YEAR_PARAM), 8),
    mode: clip(p.get(MEASURE_PARAM), 8)
  };
}

/** The same arguments as a query string for /api/view/xu-huong. */
export function trendsQuery(a: TrendsArgs): string {
  const q = new URLSearchParams();
  q.set(INDEX_PARAM, a.index);
  if (a.units) q.set(UNITS_PARAM, a.units);
  if (a.selected) q.set(SELECTED_PARAM, a.selected);
  if (a.year) q.set(YEAR_PARAM, a.year);
  if (a.mode) q.set(MEASURE_PARAM, a.mode);
  return q.toString();
}
