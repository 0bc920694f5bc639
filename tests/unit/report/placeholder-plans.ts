// Made-up plan tasks (placeholder content and statuses, not from any seed): just enough of
// /api/plans/unit/<code> for the briefing model to pick tasks by component and plan.
import type { UnitTargetsData } from '../../../src/lib/plans/planViews';

const task = (taskId: number, planId: string, number: number, status: 'cham' | 'dat' | null, state: 'confirmed' | 'suggested' = 'confirmed') => ({
  taskId,
  planId,
  number,
  content: `Nhiệm vụ giữ chỗ ${number}`,
  status,
  state,
  reason: ''
});

const component = (component: string, tasks: ReturnType<typeof task>[]) => ({
  indexId: 'pci',
  indexShort: 'PCI',
  component,
  name: component,
  tasks,
  counts: {},
  suggested: 0,
  confirmed: tasks.length,
  series: [],
  headline: '',
  change: null,
  scaleMax: 10
});

export const placeholderPlans = {
  unit: null,
  today: '2026-12-04',
  asOf: false,
  demo: null,
  rows: [],
  counts: {},
  countsText: '',
  cooperating: [],
  plans: [{ id: '002', origin: 'seed', title: 'Kế hoạch giữ chỗ', issuer: 'UBND tỉnh giữ chỗ', province: '', number: '1/KH', dateText: '', dateLine: 'năm 2024', period: '', indices: [], indicesNote: null, tasks: 2, targets: 0, counts: {}, countsText: '', hasAppendix: false }],
  planTasks: [],
  components: [
    component('canh_tranh_binh_dang', [task(1, '002', 3, 'cham'), task(2, '009', 1, 'dat')]),
    component('gia_nhap_thi_truong', [task(3, '002', 4, 'dat')]),
    component('total', [task(4, '002', 1, null, 'suggested')])
  ]
} as unknown as UnitTargetsData;
