// The trends view (/xu-huong) as chart lines, shared by the page and its slide: one line per chosen unit,
// then in score mode the national median, the median of each chosen province's region (covered years
// only) and the best of each year.
import type { TrendsView } from '../views/trendsView';
import { formatNumber } from '../text/vietnamese';
import { HIGHLIGHT, REFERENCE, REGION_COLOURS, REGION_MEDIAN, TEN_COLOURS, unitColour } from './palette';
import type { TrendSeries } from './trendLines';

/**
 * Each region median's colour: the region's own (as on its swatch on /tinh and /vung), unless a line already on
 * the chart has it — a province's, the best's (vermillion = ĐNB) or the national median's — then the province
 * page's region-median purple, then a colour no line has. Units take the Okabe–Ito colours in order, so without
 * this Hà Tĩnh (blue) + Quảng Ninh (orange) would get a blue ĐBSH and an orange BTB&DHMT median: each province
 * wearing the other's region.
 */
export function regionMedianColours(regionCodes: readonly string[], taken: readonly string[]): string[] {
  const used = new Set([...taken, HIGHLIGHT, REFERENCE].map((c) => c.toLowerCase()));
  return regionCodes.map((code) => {
    // Fallbacks after the purple: Paul Tol's olive and wine, then any chart colour still free.
    const pick = [REGION_COLOURS[code], REGION_MEDIAN, ...TEN_COLOURS.slice().reverse()].find((c) => c && !used.has(c.toLowerCase())) ?? REGION_MEDIAN;
    used.add(pick.toLowerCase());
    return pick;
  });
}

export function trendsSeries(view: TrendsView): TrendSeries[] {
  const rank = view.mode === 'rank';
  const units = view.chosen.map((u, i) => ({
    key: u.code,
    label: u.name,
    kind: 'unit' as const,
    colour: unitColour(i),
    points: u.points.map((p) => ({
      year: p.year,
      value: rank ? p.rank : p.value,
      detail: rank
        ? p.value != null
          ? `${formatNumber(p.value)} điểm`
          : undefined
        : p.rank != null
          ? `hạng ${p.rank}${p.rankOf ? `/${p.rankOf}` : ''}`
          : undefined
    }))
  }));
  if (rank) return units;
  // `?? []`: a view answer cached offline (service worker) before region medians existed has no `regions`.
  const regions = (view.regions ?? []).filter((r) => r.medians.length);
  const colours = regionMedianColours(regions.map((r) => r.region.code), units.map((u) => u.colour));
  return [
    ...units,
    { key: 'median', label: 'Trung vị toàn quốc', kind: 'median', points: view.references.map((r) => ({ year: r.year, value: r.median })) },
    ...regions.map(({ region, medians }, i) => ({
      key: `region-${region.code}`,
      label: `Trung vị vùng ${region.short}`,
      kind: 'median' as const,
      colour: colours[i],
      points: medians.map((m) => ({ year: m.year, value: m.value, detail: `${m.n}/${region.size} tỉnh trong vùng` }))
    })),
    { key: 'best', label: 'Cao nhất cả nước', kind: 'best', points: view.references.map((r) => ({ year: r.year, value: r.best, detail: r.best_unit })) }
  ];
}
