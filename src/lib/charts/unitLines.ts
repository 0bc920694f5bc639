// Lines of several units side by side, shared by the pages and their slides: a province beside the
// peers the user picked (/tinh/<slug>, ?so-sanh=…), and a 2025 province's old provinces (/tinh-moi/<slug>).
// Each unit its own colour, in order; no line adds or averages units.
import type { MergerView } from '../views/mergerView';
import type { ProvinceView } from '../views/provinceView';
import { unitColour } from './palette';
import type { TrendSeries } from './trendLines';

/** The unit first, then each peer, by score. */
export function peerSeries(view: ProvinceView): TrendSeries[] {
  const unit = view.unit;
  if (!unit) return [];
  return [
    { key: unit.code, label: unit.name, kind: 'unit', colour: unitColour(0), points: view.trend.map((t) => ({ year: t.year, value: t.value })) },
    ...view.peers.peers.map((p, i) => ({
      key: p.code,
      label: p.name,
      kind: 'unit' as const,
      colour: unitColour(i + 1),
      points: p.points.map((x) => ({ year: x.year, value: x.value }))
    }))
  ];
}

/** How an old province is named on the new one's page. */
export const oldUnitLabel = (name: string) => `${name} (tỉnh cũ)`;

/** Each old province's own score or rank line. */
export function oldUnitSeries(view: MergerView, mode: 'score' | 'rank'): TrendSeries[] {
  return view.oldUnits.map((u, i) => ({
    key: u.code,
    label: oldUnitLabel(u.name),
    kind: 'unit' as const,
    colour: unitColour(i),
    points: u.points.map((p) => ({ year: p.year, value: mode === 'rank' ? (p.rankSource === 'published' ? p.rank : null) : p.value }))
  }));
}
