// URL → arguments of the analysis views, shared by pages and their server endpoints.
import { INDEX_PARAM, SELECTED_PARAM, YEAR_PARAM } from '../state/urlState';
import { PEERS_PARAM, REGION_PARAM } from '../state/analysisParams';
import { provinceArgs } from './args';
import { AGAINST_PARAM, TARGET_PARAM } from '../simulate/targetParam';
import type { ProvinceArgs } from './provinceView';

const clip = (s: string | null, n = 80) => (s == null ? null : s.slice(0, n));

export function provinceViewArgs(slug: string, p: URLSearchParams): ProvinceArgs {
  return { ...provinceArgs(slug, p), peers: clip(p.get(PEERS_PARAM), 600), target: clip(p.get(TARGET_PARAM), 40), against: clip(p.get(AGAINST_PARAM), 8) };
}

export interface DdciArgs {
  index: string | null;
  year: string | null;
  selected: string | null;
}

export function ddciArgs(p: URLSearchParams): DdciArgs {
  return { index: clip(p.get(INDEX_PARAM)), year: clip(p.get(YEAR_PARAM), 8), selected: clip(p.get(SELECTED_PARAM)) };
}

export interface UnitProfileArgs {
  slug: string;
}

export function unitProfileArgs(slug: string): UnitProfileArgs {
  return { slug: slug.slice(0, 80) };
}

export interface MergerArgs {
  slug: string;
  index: string;
}

export function mergerArgs(slug: string, p: URLSearchParams): MergerArgs {
  return { slug: slug.slice(0, 80), index: clip(p.get(INDEX_PARAM)) ?? 'pci' };
}

export interface RegionArgs {
  index: string;
  year: string | null;
  region: string | null;
}

export function regionArgs(p: URLSearchParams): RegionArgs {
  return { index: clip(p.get(INDEX_PARAM)) ?? 'pci', year: clip(p.get(YEAR_PARAM), 8), region: clip(p.get(REGION_PARAM), 20) };
}
