// Which charts can become a slide, and of which kind: a pure table, apart from slideSources.ts (which
// builds each kind's view and so imports every view builder), so the "add to deck" button on every
// chart frame loads none of them with the page.

export type SlideKind =
  | 'ranking-bars'
  | 'ranking-bump'
  | 'ranking-slope'
  | 'trends'
  | 'province-score'
  | 'province-rank'
  | 'province-components'
  | 'province-change'
  | 'province-contribution'
  | 'province-peers'
  | 'region-strips'
  | 'merger-score'
  | 'merger-rank'
  | 'ddci-heatmap'
  | 'ddci-group'
  | 'plan-components';

/** A chart slide's place: its kind, and the unit slug for routes that carry one (/tinh/<slug>). */
export interface SlideTarget {
  kind: SlideKind;
  slug: string | null;
  /** DDCI group code for 'ddci-group' (chart "xep-hang-<group>"). */
  group: string | null;
}

const SLUG = /^[a-z0-9-]{1,80}$/;

/** The slide kind of a chart on a page, or null when that chart cannot be presented yet. */
export function slideTarget(route: string, chart: string): SlideTarget | null {
  const parts = route.split('/').filter(Boolean);
  const t = (kind: SlideKind, slug: string | null = null, group: string | null = null): SlideTarget => ({ kind, slug, group });
  if (parts.length === 1 && parts[0] === 'xep-hang') {
    if (chart === 'xep-hang') return t('ranking-bars');
    if (chart === 'dien-bien') return t('ranking-bump');
    if (chart === 'tang-giam') return t('ranking-slope');
  }
  if (parts.length === 1 && parts[0] === 'xu-huong' && chart === 'xu-huong') return t('trends');
  if (parts.length === 2 && parts[0] === 'tinh' && SLUG.test(parts[1])) {
    if (chart === 'diem') return t('province-score', parts[1]);
    if (chart === 'thu-hang') return t('province-rank', parts[1]);
    if (chart === 'thanh-phan') return t('province-components', parts[1]);
    if (chart === 'thay-doi') return t('province-change', parts[1]);
    if (chart === 'dong-gop') return t('province-contribution', parts[1]);
    if (chart === 'so-sanh') return t('province-peers', parts[1]);
  }
  if (parts.length === 1 && parts[0] === 'vung' && chart === 'theo-vung') return t('region-strips');
  if (parts.length === 2 && parts[0] === 'tinh-moi' && SLUG.test(parts[1])) {
    if (chart === 'diem-tinh-cu') return t('merger-score', parts[1]);
    if (chart === 'hang-tinh-cu') return t('merger-rank', parts[1]);
  }
  if (parts.length === 1 && parts[0] === 'ddci') {
    if (chart === 'ban-do-nhiet') return t('ddci-heatmap');
    const g = /^xep-hang-([a-z0-9_]+)$/.exec(chart);
    if (g) return t('ddci-group', null, g[1]);
  }
  // The leader's summary of one plan (/ke-hoach/tom-tat?ke-hoach=<id>): the components its tasks serve.
  if (parts.length === 2 && parts[0] === 'ke-hoach' && parts[1] === 'tom-tat' && chart === 'thanh-phan-ke-hoach') return t('plan-components');
  return null;
}

export const isPresentable = (route: string, chart: string): boolean => slideTarget(route, chart) != null;
