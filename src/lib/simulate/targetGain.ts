// What it takes: the smallest gain in a weighted index's total that reaches a target (a rank or a
// score) against the other units' published totals of a year, and ways to split it over the components.
//
// PCI = Σ (weight% / 10) × sub-index (INDICES.md), sub-indices on 0–10: a gain of g points in a
// sub-index of weight w adds w × g / 10 points to the total. Each sub-index can rise no further than
// the best unit's value that year (the observed range). Everything here is arithmetic on published
// figures and estimated weights; the words that present it live in claims/simulatorWords.ts.
import { periodFor, printedRanksFor, rankedUnitsFor, valueDigits, type IndexDefinition } from '../catalogue/types';
import type { RankSource } from '../data/observation';
import { roundHalfUp } from '../text/vietnamese';

export interface UnitFigures {
  code: string;
  name: string;
  /** Published total; null where not published. */
  total: number | null;
  rank: number | null;
  rankSource: RankSource | null;
  /** Component code → published score. */
  components: Record<string, number | null>;
}

export interface YearFigures {
  year: number;
  units: UnitFigures[];
}

/** "top 30" and "hạng 20" are the same arithmetic (rank N or better); `words` keeps how it was asked. */
export type GainTarget = { kind: 'rank'; n: number; words: 'top' | 'hang' } | { kind: 'score'; value: number };

export interface GainInput {
  def: IndexDefinition;
  unitCode: string;
  /** The unit's own figures: its total and components come from this year. */
  own: YearFigures;
  /** The others' published totals to beat; the same year unless asked otherwise. */
  against?: YearFigures;
  target: GainTarget;
}

export type RefusalReason = 'invalid-target' | 'break' | 'incomplete' | 'no-weights' | 'no-ranks' | 'missing-unit' | 'met' | 'unreachable';

export interface Refusal {
  status: 'refused';
  reason: RefusalReason;
  year: number;
  againstYear: number;
  /** Facts the words need (the gap when unreachable, the year that is incomplete…). */
  detail: {
    incompleteYear?: number;
    scored?: number;
    ranked?: number;
    printed?: number;
    breakYear?: number;
    current?: number;
    gain?: number;
    maxGain?: number;
  };
}

export interface ComponentRoom {
  code: string;
  /** Weight in % of the total. */
  weight: number;
  /** Points of total per point of the component: weight / 10. */
  factor: number;
  value: number;
  /** The best unit's value that year: no mix lifts the component above it. */
  ceiling: number;
  ceilingUnits: string[];
  /** ceiling − value, never below 0. */
  headroom: number;
  /** Sub-index points this component alone would need for the whole gain. */
  alone: number;
  /** True when that is within its headroom. */
  aloneFits: boolean;
}

export type MixId = 'trong-so-lon' | 'theo-trong-so' | 'theo-khoang-cach';

export interface MixStep {
  code: string;
  /** Sub-index points added (0–10 scale). */
  gain: number;
  /** Points of the total it adds: factor × gain. */
  contribution: number;
}

export interface Mix {
  id: MixId;
  /** One step per component, in definition order (0 where the mix leaves it). */
  steps: MixStep[];
  /** Σ contributions: equals the gain. */
  total: number;
}

export interface GainResult {
  status: 'ok';
  year: number;
  againstYear: number;
  target: GainTarget;
  unit: { code: string; name: string; total: number; rank: number | null; rankSource: RankSource | null };
  /** For a rank target: the unit whose published total is to be reached (the N-th of the others). */
  rival: { code: string; name: string; total: number; rank: number | null; rankSource: RankSource | null } | null;
  /** The total to reach, and the gap to it (rounded to the printed decimals). */
  goal: number;
  gap: number;
  /**
   * The gain the mixes are for: the gap, or one printed unit (0,01) when the gap is 0 (already level
   * with the rival but ranked below it).
   */
  gain: number;
  /** One printed unit above the rival: equal printed totals are ordered by decimals nobody printed. */
  sureGain: number | null;
  /** Σ factor × headroom: the most the total can rise within the observed range. */
  maxGain: number;
  components: ComponentRoom[];
  mixes: Mix[];
  /** True unless the catalogue says the period's weights are the publisher's own table. */
  weightsEstimated: boolean;
}

export type GainOutcome = GainResult | Refusal;

const EPS = 1e-9;

/** Is a year's ranking whole: every ranked unit has a total, and the publisher printed all ranks? */
function completeness(def: IndexDefinition, y: YearFigures): Refusal['detail'] | null {
  const ranked = rankedUnitsFor(def, y.year);
  const printed = printedRanksFor(def, y.year);
  const scored = y.units.filter((u) => u.total != null).length;
  return scored < ranked || printed < ranked ? { incompleteYear: y.year, scored, ranked, printed } : null;
}

/** Weights of the period in force, or null where the total is not a known weighted mean. */
function weightsOf(def: IndexDefinition, year: number): { code: string; weight: number }[] | null {
  const p = periodFor(def, year);
  if (!p || p.aggregation !== 'weighted' || p.components.length === 0) return null;
  if (p.components.some((c) => c.weight == null || !(c.weight > 0))) return null;
  return p.components.map((c) => ({ code: c.code, weight: c.weight! }));
}

export function targetGain(input: GainInput): GainOutcome {
  const { def, own, target } = input;
  const against = input.against ?? own;
  const base = { year: own.year, againstYear: against.year };
  const refuse = (reason: RefusalReason, detail: Refusal['detail'] = {}): Refusal => ({ status: 'refused', reason, ...base, detail });
  const digits = valueDigits(def);
  const unitStep = 10 ** -digits;
  const round = (v: number) => roundHalfUp(v, digits);

  const ranked = rankedUnitsFor(def, against.year);
  if (target.kind === 'rank' && !(Number.isInteger(target.n) && target.n >= 1 && target.n <= ranked)) return refuse('invalid-target', { ranked });
  const scale = periodFor(def, own.year)?.scale;
  if (target.kind === 'score' && !(Number.isFinite(target.value) && (!scale || (target.value >= scale.min && target.value <= scale.max)))) return refuse('invalid-target');

  // Across a methodology break the two years' totals are not the same measure.
  const [lo, hi] = [Math.min(own.year, against.year), Math.max(own.year, against.year)];
  const breakYear = def.breaks.find((b) => b > lo && b <= hi);
  if (breakYear != null) return refuse('break', { breakYear });

  for (const y of own.year === against.year ? [own] : [own, against]) {
    const gap = completeness(def, y);
    if (gap) return refuse('incomplete', gap);
  }
  const weights = weightsOf(def, own.year);
  if (!weights) return refuse('no-weights');
  if (target.kind === 'rank' && def.publishesRanks === false) return refuse('no-ranks');

  const me = own.units.find((u) => u.code === input.unitCode);
  if (!me || me.total == null || weights.some((w) => me.components[w.code] == null)) return refuse('missing-unit');
  const current = me.total;

  // The goal: a score, or the N-th best published total among the others. VCCI does not share a rank
  // between equal printed totals (2015: Hải Dương 34, Phú Thọ 35, both 58,37), so the others are
  // taken in published order: by total, then by printed rank.
  let goal: number;
  let rival: GainResult['rival'] = null;
  if (target.kind === 'score') {
    goal = target.value;
    if (round(goal - current) <= 0) return refuse('met', { current });
  } else {
    const others = against.units
      .filter((u): u is UnitFigures & { total: number } => u.code !== me.code && u.total != null)
      .sort((a, b) => b.total - a.total || (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
    const r = others[target.n - 1];
    const sameYear = own.year === against.year;
    const met = sameYear && me.rank != null && me.rankSource === 'published' ? me.rank <= target.n : !r || round(current - r.total) > 0;
    if (met) return refuse('met', { current });
    rival = { code: r.code, name: r.name, total: r.total, rank: r.rank, rankSource: r.rankSource };
    goal = r.total;
  }
  const gap = Math.max(0, round(goal - current));
  const gain = gap > 0 ? gap : unitStep;

  const components: ComponentRoom[] = weights.map(({ code, weight }) => {
    const value = me.components[code]!;
    const values = against.units.map((u) => ({ name: u.name, v: u.components[code] })).filter((x): x is { name: string; v: number } => x.v != null);
    const ceiling = Math.max(value, ...values.map((x) => x.v));
    const headroom = Math.max(0, ceiling - value);
    const factor = weight / 10;
    return {
      code,
      weight,
      factor,
      value,
      ceiling,
      ceilingUnits: values.filter((x) => x.v === ceiling).map((x) => x.name),
      headroom,
      alone: gain / factor,
      aloneFits: gain / factor <= headroom + EPS
    };
  });
  const maxGain = components.reduce((s, c) => s + c.factor * c.headroom, 0);
  if (gain > maxGain + EPS) return refuse('unreachable', { current, gain, maxGain });

  return {
    status: 'ok',
    ...base,
    target,
    unit: { code: me.code, name: me.name, total: current, rank: me.rank, rankSource: me.rankSource },
    rival,
    goal,
    gap,
    gain,
    sureGain: rival ? round(gap + unitStep) : null,
    maxGain,
    components,
    mixes: [weightFirst(components, gain), spreadByWeight(components, gain), sameShareOfRoom(components, gain)],
    weightsEstimated: periodFor(def, own.year)?.weightsSource !== 'published'
  };
}

const mixOf = (id: MixId, comps: readonly ComponentRoom[], gains: Map<string, number>): Mix => {
  const steps = comps.map((c) => {
    const gain = gains.get(c.code) ?? 0;
    return { code: c.code, gain, contribution: c.factor * gain };
  });
  return { id, steps, total: steps.reduce((s, x) => s + x.contribution, 0) };
};

/** Cheapest first: the heaviest weights give the most total per sub-index point; fill each to its ceiling. */
export function weightFirst(comps: readonly ComponentRoom[], gain: number): Mix {
  const order = [...comps].sort((a, b) => b.factor - a.factor || b.headroom - a.headroom);
  const gains = new Map<string, number>();
  let left = gain;
  for (const c of order) {
    if (left <= EPS) break;
    const take = Math.min(c.headroom, left / c.factor);
    if (take <= 0) continue;
    gains.set(c.code, take);
    left -= take * c.factor;
  }
  return mixOf('trong-so-lon', comps, gains);
}

/**
 * Spread by weight: every component adds the same sub-index points, so each one's share of the gain is
 * its weight's share. A component that reaches its ceiling stops there; the rest is spread over the others.
 */
export function spreadByWeight(comps: readonly ComponentRoom[], gain: number): Mix {
  const gains = new Map<string, number>();
  let active = comps.filter((c) => c.headroom > EPS);
  let left = gain;
  while (active.length && left > EPS) {
    const each = left / active.reduce((s, c) => s + c.factor, 0);
    const capped = active.filter((c) => c.headroom < each);
    if (!capped.length) {
      for (const c of active) gains.set(c.code, each);
      break;
    }
    for (const c of capped) {
      gains.set(c.code, c.headroom);
      left -= c.factor * c.headroom;
    }
    active = active.filter((c) => !capped.includes(c));
  }
  return mixOf('theo-trong-so', comps, gains);
}

/** Every component closes the same share of its distance to the best unit that year. */
export function sameShareOfRoom(comps: readonly ComponentRoom[], gain: number): Mix {
  const room = comps.reduce((s, c) => s + c.factor * c.headroom, 0);
  const share = room > 0 ? Math.min(1, gain / room) : 0;
  return mixOf('theo-khoang-cach', comps, new Map(comps.map((c) => [c.code, share * c.headroom])));
}
