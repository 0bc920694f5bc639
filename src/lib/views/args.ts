// URL → view arguments, shared by pages and the server's view endpoints.
import { INDEX_PARAM, SELECTED_PARAM, YEAR_PARAM } from '../state/urlState';
import type { RankingArgs } from './rankingView';
import type { ProvinceArgs } from './provinceView';

const clip = (s: string | null, n = 80) => (s == null ? null : s.slice(0, n));

export function rankingArgs(p: URLSearchParams): RankingArgs {
  return { index: clip(p.get(INDEX_PARAM)) ?? 'pci', year: clip(p.get(YEAR_PARAM), 8), selected: clip(p.get(SELECTED_PARAM)) };
}

export function provinceArgs(slug: string, p: URLSearchParams): ProvinceArgs {
  return { index: clip(p.get(INDEX_PARAM)) ?? 'pci', unit: slug.slice(0, 80), year: clip(p.get(YEAR_PARAM), 8) };
}
