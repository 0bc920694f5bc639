// Build steps a chart offers: what is on screen before the full chart. A slide keeps the ids the
// presenter ticked; → shows each in turn, then the full chart. Pure.
import type { SlideData } from './slideSources';

export interface StepOption {
  id: string;
  label: string;
}

/** The steps this chart can reveal in, in the order they are shown. */
export function stepOptions(data: SlideData): StepOption[] {
  switch (data.kind) {
    case 'ranking-bars': {
      const s = data.view.selected;
      return s ? [{ id: 'tat-ca', label: `Mọi tỉnh, chưa làm nổi bật ${s.name}` }] : [];
    }
    case 'ranking-bump': {
      const chosen = data.view.chosen;
      return chosen.length ? [{ id: 'tat-ca', label: `Các đường, chưa làm nổi bật ${chosen.map((u) => u.name).join(', ')}` }] : [];
    }
    case 'ranking-slope': {
      const chosen = data.view.chosen;
      return chosen.length ? [{ id: 'tat-ca', label: `Mọi tỉnh, chưa làm nổi bật ${chosen.map((u) => u.name).join(', ')}` }] : [];
    }
    case 'trends': {
      const v = data.view;
      const out: StepOption[] = [];
      if (v.mode === 'score' && v.references.length) out.push({ id: 'nen', label: 'Chỉ trung vị và mức cao nhất toàn quốc' });
      return [...out, ...unitSteps(v.chosen.map((u) => u.name), 'Thêm')];
    }
    case 'province-peers':
      return data.view.unit && data.view.peers.peers.length ? unitSteps([data.view.unit.name, ...data.view.peers.peers.map((p) => p.name)], 'Chỉ') : [];
    case 'merger-score':
    case 'merger-rank':
      return unitSteps(data.view.oldUnits.map((u) => u.name), 'Chỉ');
    case 'province-score':
      return data.view.references.length ? [{ id: 'nen', label: 'Chỉ trung vị và mức cao nhất, chưa có đường của tỉnh' }] : [];
    case 'ddci-heatmap': {
      const s = data.view.selected;
      return s ? [{ id: 'tat-ca', label: `Mọi đơn vị, chưa làm nổi bật ${s.name}` }] : [];
    }
    case 'ddci-group': {
      const s = data.view.selected;
      const inGroup = s && data.view.groups.some((g) => g.code === data.group && g.rows.some((r) => r.unit_code === s.code));
      return inGroup ? [{ id: 'tat-ca', label: `Mọi đơn vị, chưa làm nổi bật ${s!.name}` }] : [];
    }
    default:
      return [];
  }
}

/**
 * One more unit per step (`tinh-<k>`: the first k lines), the last arriving with the full chart.
 * `verb` reads before the names: "Thêm" after a step of references, "Chỉ" when the units come first.
 */
function unitSteps(names: readonly string[], verb: string): StepOption[] {
  return names.slice(0, -1).map((_, i) => ({ id: `tinh-${i + 1}`, label: `${verb} ${names.slice(0, i + 1).join(', ')}` }));
}

/** The units whose lines a chart reveals one per step (unitsShown), in order; [] for other charts. */
export function stepUnits(data: SlideData): string[] {
  switch (data.kind) {
    case 'trends':
      return data.view.chosen.map((u) => u.code);
    case 'province-peers':
      return data.view.unit ? [data.view.unit.code, ...data.view.peers.peers.map((p) => p.code)] : [];
    case 'merger-score':
    case 'merger-rank':
      return data.view.oldUnits.map((u) => u.code);
    default:
      return [];
  }
}

/** The steps the slide keeps, in the chart's own order, without ones this chart no longer offers. */
export function activeSteps(chosen: readonly string[], options: readonly StepOption[]): string[] {
  return options.map((o) => o.id).filter((id) => chosen.includes(id));
}

/** How many of a trends chart's units are on screen at a stage (null = the full chart). */
export function unitsShown(stage: string | null, total: number): number {
  if (stage == null) return total;
  if (stage === 'nen') return 0;
  const m = /^tinh-(\d+)$/.exec(stage);
  return m ? Math.min(total, Number(m[1])) : total;
}
