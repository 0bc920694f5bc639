// A store as the app opens it: the shipped data, then the seed plans. Shared by the plan store tests.
import type { Observation } from '../../../src/lib/data/observation';
import { seedPlansIfEmpty } from '../../../src/lib/server/plans';
import { buildDataset, readShippedFiles } from '../../../src/lib/server/shippedData';
import type { Store } from '../../../src/lib/server/store/types';
import type { storeHarness } from '../store/harness';

let byIndex: Map<string, Observation[]> | null = null;

/** The shipped observations per index, read once per test file. */
export function shippedByIndex(): Map<string, Observation[]> {
  if (byIndex) return byIndex;
  byIndex = new Map();
  for (const o of buildDataset(readShippedFiles()).observations) {
    if (!byIndex.has(o.index_id)) byIndex.set(o.index_id, []);
    byIndex.get(o.index_id)!.push(o);
  }
  return byIndex;
}

/** A new store with the shipped data and the seed plans; returns it and how many plans were seeded. */
export function seededPlanStore(h: ReturnType<typeof storeHarness>, now: Date): { store: Store; seeded: number } {
  const store = h.open(undefined, { now: () => now });
  for (const [id, rows] of shippedByIndex()) store.seedIfEmpty(id, rows, 'test');
  return { store, seeded: seedPlansIfEmpty(store) };
}
