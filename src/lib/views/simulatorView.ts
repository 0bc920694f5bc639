// The "Cần bao nhiêu điểm để …" panel of a province page: the year's published figures read through
// sql.ts, the simulator's arithmetic, and its words from claims/simulatorWords.
import { componentName } from '../catalogue/definitions';
import { periodFor, type IndexDefinition } from '../catalogue/types';
import type { Db } from '../db/db';
import { componentValuesOfYear, ranking } from '../db/sql';
import { firstAlreadyWords, simulatorWords, targetLabel, type SimulatorWords } from '../claims/simulatorWords';
import { targetGain, type GainOutcome, type GainTarget, type YearFigures } from '../simulate/targetGain';
import type { MixRowInput } from '../charts/targetMixes';
import { defaultTarget, parseTargetParam, targetParam } from '../simulate/targetParam';

export interface SimulatorArgs {
  /** ?muc-tieu= */
  target: string | null;
  /** ?so-voi= */
  against: string | null;
}

export interface SimulatorView {
  year: number;
  againstYear: number;
  /** Years whose totals the unit may be set against: the same methodology period. */
  againstYears: number[];
  target: GainTarget | null;
  /** The target as the URL writes it, and as the page says it. */
  targetParam: string | null;
  targetText: string | null;
  /** A target or year in the URL that could not be read, in words. */
  inputNote: string | null;
  /** Null only when no target was asked and none is needed (the unit printed first). */
  outcome: GainOutcome | null;
  words: SimulatorWords;
  /** Component code → name as the publisher named it that year. */
  names: Record<string, string>;
}

/** Only indices whose total is a weighted mean in some period get the panel. */
export function hasWeights(def: IndexDefinition): boolean {
  return def.periods.some((p) => p.aggregation === 'weighted');
}

async function yearFigures(db: Db, def: IndexDefinition, year: number): Promise<YearFigures> {
  const [totals, comps] = await Promise.all([ranking(db, def.id, year), componentValuesOfYear(db, def.id, year)]);
  return {
    year,
    units: totals.map((t) => ({ code: t.unit_code, name: t.unit_name, total: t.value, rank: t.rank, rankSource: t.rank_source, components: comps.get(t.unit_code) ?? {} }))
  };
}

export async function loadSimulatorView(
  db: Db,
  def: IndexDefinition,
  unit: { code: string; name: string },
  year: number,
  years: readonly number[],
  rank: number | null,
  args: SimulatorArgs
): Promise<SimulatorView | null> {
  if (!hasWeights(def)) return null;
  const notes: string[] = [];
  const parsed = parseTargetParam(args.target);
  if (parsed.status === 'invalid') notes.push(parsed.reason);
  const target = parsed.status === 'ok' ? parsed.target : defaultTarget(rank);
  const asked = args.against != null && /^\d{4}$/.test(args.against) ? Number(args.against) : null;
  if (args.against && asked == null) notes.push(`Không hiểu năm so sánh "${args.against.slice(0, 12)}"`);
  if (asked != null && !years.includes(asked)) notes.push(`Không có số liệu ${def.short} năm ${asked}`);
  const againstYear = asked != null && years.includes(asked) ? asked : year;
  const period = periodFor(def, year);
  const againstYears = years.filter((y) => period && y >= period.from && (period.to == null || y <= period.to));
  const names = Object.fromEntries((periodFor(def, againstYear)?.components ?? period?.components ?? []).map((c) => [c.code, componentName(def, c.code, year)]));
  const base = {
    year,
    againstYear,
    againstYears,
    target,
    targetParam: target ? targetParam(target) : null,
    targetText: target ? targetLabel(target) : null,
    inputNote: notes.length ? `${notes.join('; ')}.` : null,
    names
  };
  if (!target) return { ...base, outcome: null, words: firstAlreadyWords(def, unit.name, year) };
  const own = await yearFigures(db, def, year);
  const against = againstYear === year ? own : await yearFigures(db, def, againstYear);
  const outcome = targetGain({ def, unitCode: unit.code, own, against, target });
  return { ...base, outcome, words: simulatorWords(def, outcome, unit.name, target, (c) => names[c] ?? c) };
}

/** The mix chart's rows (TargetMixChart): each component's value, ceiling and each mix's gain; [] without a result. */
export function mixChartRows(sim: SimulatorView): MixRowInput[] {
  const ok = sim.outcome?.status === 'ok' ? sim.outcome : null;
  if (!ok) return [];
  return ok.components.map((c) => ({
    code: c.code,
    name: sim.names[c.code] ?? c.code,
    value: c.value,
    ceiling: c.ceiling,
    gains: ok.mixes.map((m) => m.steps.find((s) => s.code === c.code)?.gain ?? 0)
  }));
}
