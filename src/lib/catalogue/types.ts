// The index catalogue: what each index is made of, per methodology period.
// Definitions are data (data/indices/*.json), never code: weights and components change by year.
import { NEW_ERA_FROM, NEW_ERA_UNITS } from '../units/era';

export interface LocalText {
  vi: string;
  en: string;
}

export interface ComponentDef extends LocalText {
  /** Stable code used in the long table, e.g. "tinh_minh_bach". */
  code: string;
  /** Weight in % of the total, where the index is a weighted mean; absent for unweighted indices. */
  weight?: number;
  /** Other header spellings seen in real files (Vietnamese or English), matched without diacritics. */
  aliases?: string[];
  /** Unit groups the component applies to (DDCI: land access is for districts only). */
  appliesTo?: string[];
  /**
   * Points the component is worth, by year, as the publisher states them. Only for indices whose
   * components share no scale (PAR INDEX: 10 points for one lĩnh vực, 13 for another), so a chart
   * can place them as a share of their own maximum instead of on one misleading axis.
   */
  maxPoints?: Record<string, number>;
}

export interface Scale {
  min: number;
  max: number;
  /** How the total is reported: points or percent. */
  unit?: 'points' | 'percent';
}

export interface MethodologyPeriod {
  from: number;
  /** Inclusive; null = still in force. */
  to: number | null;
  scale: Scale;
  componentScale?: Scale;
  components: ComponentDef[];
  /** How the total is computed from components: weighted mean, plain sum, or not derivable. */
  aggregation: 'weighted' | 'sum' | 'none';
  /**
   * Where the weights come from. Absent = estimated: PCI's weights are a least-squares fit of the
   * official totals (INDICES.md), not a table VCCI printed; say so wherever they are used.
   */
  weightsSource?: 'published' | 'estimated';
  note?: string;
}

export interface IndexDefinition {
  id: string;
  short: string;
  name: LocalText;
  publisher: string;
  /** Which units it rates: provinces, or a province's departments and districts (DDCI). */
  unitLevel: 'province' | 'department-district';
  /** For DDCI: the province (GSO code) that defines it. */
  province?: string;
  total: LocalText & { code: string; aliases?: string[] };
  periods: MethodologyPeriod[];
  /** Band labels, best first, as printed; thresholds are not published. */
  bands: string[];
  /** Years where the methodology changed, drawn as breaks on trends. */
  breaks: number[];
  /** Number of units with a published rank, by year ("x/N"). Missing years default to `defaultRankedUnits`. */
  rankedUnits: Record<string, number>;
  /** For years not in rankedUnits before the 2025 merger; from 2025 a province-level index ranks 34. */
  defaultRankedUnits: number;
  /**
   * First year the index publishes on the 34 units of the 2025 merger (names resolve to them, ranks
   * are of 34). 2025 when absent; DTI 2024 was already published on the 34 (October 2025).
   */
  newUnitsFrom?: number;
  /** Decimals a value is shown with (DTI's 0–1 scale: 4, "0,8002"); 2 when absent. */
  digits?: number;
  /**
   * Years where the publisher ranked every unit but printed only the top N (PCI 2023–2024: top 30 of 63).
   * A rank there is still "x/63"; a ranking of that year is never complete.
   */
  printedRanks?: Record<string, number>;
  /** False for an index that publishes scores only (PAPI): no position is ever called its rank. Default true. */
  publishesRanks?: boolean;
  unitGroups?: { code: string; vi: string; en: string; aliases?: string[] }[];
  notes?: string[];
}

/** The methodology period in force for a year, or undefined before the index existed. */
export function periodFor(def: IndexDefinition, year: number): MethodologyPeriod | undefined {
  return def.periods.find((p) => year >= p.from && (p.to == null || year <= p.to));
}

/** The component's full points in that year, where the definition states them. */
export function componentMax(def: IndexDefinition, code: string, year: number): number | null {
  const c = periodFor(def, year)?.components.find((x) => x.code === code);
  const m = c?.maxPoints?.[String(year)];
  return typeof m === 'number' && m > 0 ? m : null;
}

export function rankedUnitsFor(def: IndexDefinition, year: number): number {
  const stated = def.rankedUnits[String(year)];
  if (stated != null) return stated;
  // There are 34 provincial units from 1/7/2025: no province-level ranking of a later year is of 63.
  return def.unitLevel === 'province' && year >= newUnitsFrom(def) ? NEW_ERA_UNITS : def.defaultRankedUnits;
}

/** First year of the index on the 34 new units. */
export function newUnitsFrom(def: IndexDefinition): number {
  return def.newUnitsFrom ?? NEW_ERA_FROM;
}

/** Decimals for the index's values: 2 for points and percent, more for a 0–1 scale (DTI). */
export function valueDigits(def: IndexDefinition | undefined): number {
  return def?.digits ?? 2;
}

/** How many ranks the publisher printed that year: all it ranked, unless only a top list was printed. */
export function printedRanksFor(def: IndexDefinition, year: number): number {
  return def.printedRanks?.[String(year)] ?? rankedUnitsFor(def, year);
}

/** All component codes ever used by the index, in definition order, first period first. */
export function allComponents(def: IndexDefinition): ComponentDef[] {
  const seen = new Map<string, ComponentDef>();
  for (const p of [...def.periods].reverse()) for (const c of p.components) if (!seen.has(c.code)) seen.set(c.code, c);
  // Order by the latest period's order, then any older-only components.
  return [...seen.values()];
}
