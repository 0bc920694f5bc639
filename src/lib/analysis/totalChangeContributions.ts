// Why the total moved: each component's share of the change in a composite index between two years.
//
// PCI = Σ (weight% / 10) × sub-index score   (INDICES.md; sub-indices on a 10-point scale, total on 100).
// So between year a and year b, with the same weights:
//   ΔPCI = Σ (w_i / 10) × Δs_i  +  (residual_b − residual_a)
// where residual = published total − Σ (w_i / 10) × s_i is what rounding (and anything the weights
// do not explain) leaves. A plain-sum index (PAPI: total = Σ dimensions) is the same with factor 1.
// Across a methodology break the weights or the component set differ and Δs_i × w_i is not the
// cause of anything: we say so instead of computing it.
import { periodFor, type IndexDefinition, type MethodologyPeriod } from '../catalogue/types';

const clause = (note: string | undefined) => note?.trim().replace(/[.。]+$/, '');

export interface YearScores {
  year: number;
  /** Published total, null where not published. */
  total: number | null;
  /** Component code → score; null or absent = not published. */
  scores: Record<string, number | null>;
}

export interface Contribution {
  code: string;
  /** Weight in % of the total (weighted indices); null for a plain sum. */
  weight: number | null;
  /** Points of total per point of component: weight / 10, or 1 for a plain sum. */
  factor: number;
  from: number;
  to: number;
  change: number;
  /** factor × change, in points of the total. */
  contribution: number;
}

export interface Reconciliation {
  year: number;
  published: number;
  /** Σ factor × score. */
  computed: number;
  /** published − computed. */
  residual: number;
  /** True when |residual| is what rounding of the printed figures can explain. */
  withinRounding: boolean;
}

export type ContributionResult =
  | {
      status: 'ok';
      fromYear: number;
      toYear: number;
      rows: Contribution[];
      /** Σ contributions. */
      explained: number;
      publishedChange: number;
      /** publishedChange − explained = residual(to) − residual(from). */
      residualChange: number;
      from: Reconciliation;
      to: Reconciliation;
      /** Largest residual rounding alone can produce for one year. */
      tolerance: number;
      /** Set where the publisher revised the method but the weights stayed the same. */
      note: string | null;
    }
  | { status: 'break' | 'not-derivable' | 'missing'; fromYear: number; toYear: number; reason: string };

/** Points of the total per point of each component in a period, or null if the total is not a known combination. */
export function factorsOf(period: MethodologyPeriod | undefined): Map<string, { factor: number; weight: number | null }> | null {
  if (!period || period.aggregation === 'none' || period.components.length === 0) return null;
  const out = new Map<string, { factor: number; weight: number | null }>();
  for (const c of period.components) {
    if (period.aggregation === 'sum') out.set(c.code, { factor: 1, weight: null });
    else if (c.weight == null) return null;
    else out.set(c.code, { factor: c.weight / 10, weight: c.weight });
  }
  return out;
}

function sameFactors(a: Map<string, { factor: number }>, b: Map<string, { factor: number }>): boolean {
  if (a.size !== b.size) return false;
  for (const [code, f] of a) if (b.get(code)?.factor !== f.factor) return false;
  return true;
}

/** Σ factor × score for one year, or null if a component is missing. */
function reconcile(y: YearScores, factors: Map<string, { factor: number }>, tolerance: number): Reconciliation | null {
  if (y.total == null) return null;
  let computed = 0;
  for (const [code, { factor }] of factors) {
    const s = y.scores[code];
    if (s == null) return null;
    computed += factor * s;
  }
  const residual = y.total - computed;
  return { year: y.year, published: y.total, computed, residual, withinRounding: Math.abs(residual) <= tolerance + 1e-9 };
}

/** Printed figures carry 2 decimals: each component is off by ≤ 0.005, the total by ≤ 0.005. */
export function roundingTolerance(factors: Map<string, { factor: number }>, halfUnit = 0.005): number {
  let sum = 0;
  for (const { factor } of factors.values()) sum += factor;
  return halfUnit * (sum + 1);
}

export function totalChangeContributions(def: IndexDefinition, from: YearScores, to: YearScores): ContributionResult {
  const base = { fromYear: from.year, toYear: to.year };
  const pFrom = periodFor(def, from.year);
  const pTo = periodFor(def, to.year);
  const fFrom = factorsOf(pFrom);
  const fTo = factorsOf(pTo);
  if (!fTo || !fFrom) {
    const y = !fTo ? to.year : from.year;
    return { status: 'not-derivable', ...base, reason: `${def.short} ${y}: tổng điểm không tính được từ chỉ số thành phần theo trọng số đã biết — ${clause(pTo?.note) ?? clause(pFrom?.note) ?? 'không có trọng số'}.` };
  }
  if (!sameFactors(fFrom, fTo)) {
    return {
      status: 'break',
      ...base,
      reason: `${def.short} đổi phương pháp giữa ${from.year} và ${to.year} (trọng số hoặc bộ chỉ số thành phần khác nhau): không tính đóng góp vào thay đổi của tổng điểm, vì so sánh sẽ sai lệch.`
    };
  }
  const tolerance = roundingTolerance(fTo);
  const rFrom = reconcile(from, fTo, tolerance);
  const rTo = reconcile(to, fTo, tolerance);
  if (!rFrom || !rTo) {
    const missing = [from, to].flatMap((y) => [
      ...(y.total == null ? [`tổng ${y.year}`] : []),
      ...[...fTo.keys()].filter((c) => y.scores[c] == null).map((c) => `${c} ${y.year}`)
    ]);
    return { status: 'missing', ...base, reason: `Thiếu số liệu công bố: ${missing.join(', ')}.` };
  }
  const rows: Contribution[] = [...fTo].map(([code, { factor, weight }]) => {
    const a = from.scores[code]!;
    const b = to.scores[code]!;
    return { code, weight, factor, from: a, to: b, change: b - a, contribution: factor * (b - a) };
  });
  const explained = rows.reduce((s, r) => s + r.contribution, 0);
  const publishedChange = to.total! - from.total!;
  const note =
    pFrom !== pTo && def.breaks.includes(to.year)
      ? `${def.short} ${to.year} có điều chỉnh phương pháp${pTo?.note ? ` (${clause(pTo.note)})` : ''}, nhưng trọng số không đổi: đóng góp vẫn tính được, cần đọc thận trọng.`
      : null;
  return { status: 'ok', ...base, rows, explained, publishedChange, residualChange: publishedChange - explained, from: rFrom, to: rTo, tolerance, note };
}
