// The plan-target model: a plan has tasks, a task has products, each with units, a schedule and targets.
// Every target keeps `source`, the text it was read from, so a number can always be traced back.
import type { UnitLevel } from './planUnits';

export type RatePeriod = 'week' | 'month' | 'quarter' | 'year';

export interface YearMonth {
  year: number;
  /** 1–12. */
  month: number;
}

/** A quantity per period: "03-04 số/tháng", "Tối thiểu 01 lần/năm", "48 số (04 số/tháng)". */
export interface RateTarget {
  kind: 'rate';
  min: number;
  /** null = no upper bound ("tối thiểu", "ít nhất"). */
  max: number | null;
  per: RatePeriod;
  /** The counted thing as written: 'số', 'lần', 'mục', 'bài', 'tin/bài'… */
  unitWord: string;
  /** Total for the plan period when the text states it ("48 số"). */
  total?: number;
  /** Set when the rate applies to each unit separately ("mỗi cơ quan, đơn vị"), as written. */
  each?: string;
  source: string;
}

/** A plain amount: "48 số" with no rate. */
export interface TotalTarget {
  kind: 'total';
  amount: number;
  unitWord: string;
  periodYear?: number;
  source: string;
}

/** "100% Đài truyền thanh cơ sở có chuyên mục …": share of a set of units. */
export interface PercentTarget {
  kind: 'percent';
  percent: number;
  /** The set the share is of, as written after the percentage. */
  of: string;
  source: string;
}

/** "mỗi huyện 06 người": an amount per unit of some level. */
export interface QuotaTarget {
  kind: 'quota';
  amount: number;
  /** 'sở' | 'huyện' | 'xã' | 'đơn vị' … */
  per: string;
  /** What is counted, as written ('người'). */
  what: string;
  source: string;
}

/** An event inside a window; quarters become month ranges (Quý II-III/2024 → 2024-04..2024-09). */
export interface WindowTarget {
  kind: 'window';
  from: YearMonth;
  to: YearMonth;
  /** True when the text gives only a start ("Từ Quý I/2024"); `to` is then the end of that year. */
  openEnd?: boolean;
  source: string;
}

/** "Thường xuyên trong năm 2024": ongoing, nothing countable. */
export interface ContinuousTarget {
  kind: 'continuous';
  year?: number;
  source: string;
}

/** Anything not understood; kept as text and flagged so nobody mistakes it for a measurable target. */
export interface UnquantifiedTarget {
  kind: 'unquantified';
  text: string;
  source: string;
}

export type Target =
  | RateTarget
  | TotalTarget
  | PercentTarget
  | QuotaTarget
  | WindowTarget
  | ContinuousTarget
  | UnquantifiedTarget;

export type TargetKind = Target['kind'];

/** One row of an appendix table: a task can have several (one per product). */
export interface TaskProduct {
  /** SẢN PHẨM cell, whitespace-collapsed. */
  text: string;
  /** The cell split into its "- " bullets. */
  items: string[];
  leadUnits: string[];
  cooperatingUnits: string[];
  /** Raw CƠ QUAN CHỦ TRÌ / PHỐI HỢP cells: the split loses scope labels such as "Cấp tỉnh:". */
  leadText: string;
  cooperatingText: string;
  /** When: "Quý II-III/2024", "Thường xuyên trong năm 2024". */
  schedule: string;
  /** How many / how often: "03-04 số/tháng", "48 số (04 số/tháng)". */
  frequency: string;
  /** Raw THỜI GIAN THỰC HIỆN cell. */
  timeText: string;
  note: string;
  targets: Target[];
  /** 1-based line of the row in the source text. */
  line: number;
}

export interface Task {
  number: number;
  /** NHIỆM VỤ cell. */
  content: string;
  products: TaskProduct[];
  /** Union over products, in order of appearance. */
  leadUnits: string[];
  cooperatingUnits: string[];
  /** Distinct product values joined with "; ". */
  schedule: string;
  frequency: string;
  note: string;
  targets: Target[];
  line: number;
}

export interface Plan {
  id: string;
  issuer: string;
  province: string;
  /** As printed; many drafts leave the number blank ("/KH-UBND"). */
  number: string;
  /** ISO date when fully printed, else null (drafts print "ngày tháng năm 2022"). */
  date: string | null;
  /** The date line as printed. */
  dateText: string;
  year: number;
  title: string;
  period: { from: number; to: number };
  /** Indices the plan names (catalogue ids where the catalogue has them), each with the sentence naming it. */
  indices: { id: string; source: string; suppliedBy?: { unit: string; source: string } }[];
  /** Why `indices` is empty or partial, when it is. */
  indicesNote?: string;
}

/**
 * A unit or group as a seed sentence names it. A bare name is classified by its words ("UBND các xã,
 * phường, thị trấn" is the commune group); `levels` makes a name that is not a group by its words the
 * group of every unit at those levels ("Đài truyền thanh cơ sở" → each commune's station).
 */
export type SeedUnitRef = string | { name: string; levels: UnitLevel[] };

export const seedUnitName = (u: SeedUnitRef): string => (typeof u === 'string' ? u : u.name);

/** A target entered by hand from a seed plan; every text field is verbatim from the seed file. */
export interface SeedTarget {
  target: Target;
  /**
   * Units or groups bound to report on it: named in the target's sentence, in `unitsFrom`, or among the
   * plan's responsible units. [] = the task's lead units (else the issuer).
   */
  units: SeedUnitRef[];
  /** The sentence naming `units` when it is not the target's own. */
  unitsFrom?: string;
}

/** A link from a task to an index (or one of its components) that the plan's text itself states. */
export interface SeedLink {
  indexId: string;
  /** Component code, or "total" for the index as a whole. */
  component: string;
  /** The sentence naming the index, verbatim. */
  source: string;
}

/** A task of a plan written in sentences (001, 003, 004) or a stated target of 002 outside its appendix. */
export interface SeedTask {
  /** What the task is, verbatim from the plan. */
  content: string;
  /** The heading that scopes it, verbatim. */
  context?: string;
  lead?: { units: string[]; source: string };
  cooperating?: { units: string[]; source: string };
  targets: SeedTarget[];
  links?: SeedLink[];
}

export interface SeedPlan extends Plan {
  /** Seed file name under data/plans/seeds/. */
  file: string;
  /** Units the plan assigns duties to (its TỔ CHỨC THỰC HIỆN headings), each with that heading. */
  responsibleUnits?: { name: string; source: string }[];
  /** Tasks entered by hand; for a plan with an appendix, those numbered after the appendix's. */
  tasks?: SeedTask[];
  /** Tasks parsed from this appendix at load time. */
  appendix?: { file: string; heading: string; parser: 'parsePlanAppendix'; expectedTasks: number };
}

export interface SeedPlanFile {
  note: string;
  plans: SeedPlan[];
}
