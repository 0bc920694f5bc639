// Plans as the store holds them: what the server reads and hands to the progress and view builders.
import type { MonthWindow } from './periods';
import type { PlanMeta } from './planModel';
import type { PlanUnit } from './planUnits';
import type { Target, TaskProduct } from './types';

export interface PlanRow extends Omit<PlanMeta, 'appendixText' | 'responsible' | 'contentHash'> {
  provinceCode: string | null;
  issuerUnit: string | null;
  responsible: { code: string; name: string; source: string }[];
  hasAppendix: boolean;
  createdAt: string;
  createdBy: number | null;
}

export interface ProductRow extends Omit<TaskProduct, 'targets' | 'leadUnits' | 'cooperatingUnits' | 'line'> {
  id: number;
  position: number;
  line: number | null;
}

export interface TaskUnitRef {
  code: string;
  /** As the plan writes it. */
  written: string;
  productId: number | null;
}

export interface TaskRow {
  id: number;
  planId: string;
  number: number;
  content: string;
  schedule: string;
  frequency: string;
  note: string;
  line: number | null;
  products: ProductRow[];
  lead: TaskUnitRef[];
  cooperating: TaskUnitRef[];
}

export interface TargetRow {
  id: number;
  planId: string;
  taskId: number | null;
  productId: number | null;
  target: Target;
  window: MonthWindow;
  context: string | null;
  /** Units and groups bound to report on it. */
  units: string[];
}

export type LinkState = 'suggested' | 'confirmed';

export interface LinkRow {
  id: number;
  taskId: number;
  indexId: string;
  component: string;
  state: LinkState;
  reason: string;
  updatedAt: string | null;
  updatedBy: number | null;
}

export interface ReportRow {
  id: number;
  batchId: number | null;
  targetId: number;
  unitCode: string;
  period: string;
  value: number | null;
  note: string;
  evidenceUrl: string | null;
  userId: number | null;
  at: string;
}

export interface PlanData {
  plans: PlanRow[];
  units: PlanUnit[];
  tasks: TaskRow[];
  targets: TargetRow[];
  links: LinkRow[];
  reports: ReportRow[];
  /** Set when `reports` is the demo data set, never the store's. */
  demo: { id: string; label: string } | null;
}
