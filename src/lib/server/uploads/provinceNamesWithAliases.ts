// The province resolver an upload uses: the registry's names plus every alias users confirmed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { provinceRecords } from '../../data/loadShipped';
import { ProvinceNames } from '../../units/provinceNames';
import { shippedDir } from '../shippedData';
import { listUnitAliases } from '../store/unitAliases';
import type { StoreCore } from '../store/types';

let records: ReturnType<typeof provinceRecords> | null = null;

export function provinceNamesFor(store: StoreCore): ProvinceNames {
  records ??= provinceRecords(readFileSync(path.join(shippedDir(), 'province_codes_63.csv'), 'utf8'));
  const names = new ProvinceNames(records);
  for (const a of listUnitAliases(store)) {
    try {
      names.addAliasKey(a.aliasKey, a.unitCode);
    } catch {
      /* an alias for a unit that is not a province (DDCI units resolve by name) */
    }
  }
  return names;
}
