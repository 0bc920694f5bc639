// What a trend chart's legend lists, and what it says about the national lines it could not draw.
// The legend promises only what is on the chart: a line with at least one point (a unit's unpublished
// years, drawn as diamonds, keep its entry), the gap mark where there is a gap, the break where one is drawn.
import type { LegendItem } from './legendItems';
import { HIGHLIGHT, REFERENCE, SERIES } from './palette';
import type { TrendSpec } from './trendLines';

type SpecSeries = Pick<TrendSpec['series'][number], 'key' | 'kind' | 'colour' | 'dots' | 'gaps'>;

/** The keys every page gives the national median and best ("Trung vị toàn quốc", "Cao nhất cả nước"). */
export const NATIONAL_KEYS: readonly string[] = ['median', 'best'];

/** A line's colour: its own, else blue for a unit, vermillion for the best, grey for a median. */
export const trendColour = (s: { kind: string; colour?: string }): string => s.colour ?? (s.kind === 'unit' ? SERIES : s.kind === 'best' ? HIGHLIGHT : REFERENCE);

export const isDrawn = (s: SpecSeries): boolean => s.dots.length > 0 || s.gaps.length > 0;

export function trendLegendItems(spec: { series: (SpecSeries & { label: string })[]; breaks: unknown[] }): LegendItem[] {
  const drawn = spec.series.filter(isDrawn);
  return [
    ...drawn.map((s) => ({
      label: s.label,
      colour: trendColour(s),
      mark: s.kind === 'median' ? ('dashed' as const) : s.kind === 'best' ? ('dotted' as const) : ('line' as const)
    })),
    ...(drawn.some((s) => s.gaps.length) ? [{ label: 'năm chưa công bố', colour: '#5f6b7a', mark: 'diamond' as const }] : []),
    ...(spec.breaks.length ? [{ label: 'đổi phương pháp', colour: '#9aa5b1', mark: 'dotted' as const }] : [])
  ];
}

/**
 * Why the national median and best are missing, when the chart was given them and could draw neither
 * (every year has values for fewer than 90 % of the ranked provinces, views/coverage.ts); null otherwise.
 */
export function nationalReferencesNote(series: readonly SpecSeries[], indexShort?: string): string | null {
  const national = series.filter((s) => NATIONAL_KEYS.includes(s.key));
  if (!national.length || national.some(isDrawn)) return null;
  const why = indexShort
    ? `mỗi năm ${indexShort} chỉ có số liệu của dưới 90% số tỉnh được xếp hạng`
    : 'không năm nào có số liệu của ít nhất 90% số tỉnh được xếp hạng';
  return `Không vẽ trung vị và điểm cao nhất toàn quốc: ${why}.`;
}
