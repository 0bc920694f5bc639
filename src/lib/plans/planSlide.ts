// A plan on a slide: the index components its tasks serve, each with the component's published trend and
// how the tasks aimed at it stand — components with late tasks first, as on the leader's summary. The
// headline speaks of the plan's own tasks only (no rank, no leader: those are the indices' words).
import { STATUS_LABEL, type TargetStatus } from './targetStatus';
import type { ComponentView } from './planViews';

export interface PlanSlideView {
  planId: string;
  title: string;
  province: string;
  /** "2026-12-04": the day statuses are computed for. */
  today: string;
  components: ComponentView[];
}

const WORST: TargetStatus[] = ['qua_han', 'cham', 'chua_bao_cao', 'dung_tien_do', 'dat', 'chua_den_ky', 'khong_do_duoc'];

/** Components with quá hạn tasks first (most first), then chậm, then the rest in the plan's order. */
export function orderForSlide(components: readonly ComponentView[]): ComponentView[] {
  return components
    .map((c, i) => ({ c, i }))
    .sort((a, b) => {
      for (const s of ['qua_han', 'cham'] as const) {
        const d = (b.c.counts[s] ?? 0) - (a.c.counts[s] ?? 0);
        if (d) return d;
      }
      return a.i - b.i;
    })
    .map((x) => x.c);
}

/** "quá hạn 3 · chậm 1 · đúng tiến độ 4": the statuses present, worst first. */
export function statusLine(counts: ComponentView['counts']): string {
  return WORST.filter((s) => counts[s])
    .map((s) => `${STATUS_LABEL[s]} ${counts[s]}`)
    .join(' · ');
}

/**
 * "Kế hoạch …: 5 chỉ số thành phần được nhắm tới; 12 mục tiêu quá hạn". The day the statuses are for is in
 * the slide's source line (plan titles are long; the headline keeps to two lines).
 */
export function planSlideHeadline(v: PlanSlideView): string {
  const late = v.components.reduce((n, c) => n + (c.counts.qua_han ?? 0), 0);
  const n = v.components.length;
  const what = n ? `${n} chỉ số thành phần được nhắm tới` : 'chưa liên kết chỉ số thành phần nào';
  const status = late ? `; ${late} mục tiêu quá hạn` : n ? '; không có mục tiêu quá hạn' : '';
  return `${v.title}: ${what}${status}`;
}
