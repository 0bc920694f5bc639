// Pure: a new release's shipped rows merged under what users uploaded. A cell is the user's when
// the current snapshot differs from what was shipped before (or was never shipped); every other
// cell follows the new shipped data, which may add, correct or drop rows.
import type { Observation } from '../../data/observation';
import { byKey, changedFields } from './diff';

export interface ShippedMerge {
  /** The snapshot of the new seed version. */
  merged: Observation[];
  /** Cells kept from uploads. */
  userCells: number;
  /** Uploaded cells the new shipped data gives differently: the upload wins, listed for the audit. */
  overridden: { unit_code: string; year: number; indicator: string; kept: number | null; shipped: number | null }[];
}

export function mergeShippedUnderUploads(
  previousShipped: readonly Observation[],
  current: readonly Observation[],
  nextShipped: readonly Observation[]
): ShippedMerge {
  const before = byKey(previousShipped);
  const next = byKey(nextShipped);
  const merged = new Map(next);
  const overridden: ShippedMerge['overridden'] = [];
  let userCells = 0;
  for (const [k, row] of byKey(current)) {
    const shipped = before.get(k);
    if (shipped && changedFields(shipped, row).length === 0) continue;
    userCells++;
    const incoming = next.get(k);
    if (incoming && changedFields(incoming, row).length) {
      overridden.push({ unit_code: row.unit_code, year: row.year, indicator: row.indicator, kept: row.value, shipped: incoming.value });
    }
    merged.set(k, row);
  }
  return { merged: [...merged.values()], userCells, overridden };
}
