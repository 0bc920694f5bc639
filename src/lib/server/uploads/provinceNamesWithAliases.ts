// The province resolver an upload uses: the registry's names, the aliases admins added, and the aliases
// that came with the current version of each index (an upload's own, undone by its rollback).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { provinceRecords } from '../../data/loadShipped';
import type { KnownUnit } from '../../import/checks/coverage';
import type { ProvinceNames, ProvinceRecord } from '../../units/provinceNames';
import { shippedDir } from '../shippedData';
import { listUnitAliases } from '../store/unitAliases';
import type { StoreCore } from '../store/types';
import { currentVersionAliases } from '../store/versionAliases';
import { provinceNamesOf } from './parseUpload';

let records: ProvinceRecord[] | null = null;

export function shippedProvinceRecords(): ProvinceRecord[] {
  records ??= provinceRecords(readFileSync(path.join(shippedDir(), 'province_codes_63.csv'), 'utf8'));
  return records;
}

/** Every alias in force, as resolver keys: admins' first, then the current versions'. */
export function aliasKeysInForce(store: StoreCore): { aliasKey: string; unitCode: string }[] {
  return [...listUnitAliases(store), ...currentVersionAliases(store)].map((a) => ({ aliasKey: a.aliasKey, unitCode: a.unitCode }));
}

export function provinceNamesFor(store: StoreCore): ProvinceNames {
  return provinceNamesOf(shippedProvinceRecords(), aliasKeysInForce(store));
}

/** The provinces an index could rank, for naming those a partial upload lacks (Hà Tây only until 2007). */
export function provinceRegistry(): KnownUnit[] {
  return shippedProvinceRecords().map((r) => ({ code: r.code, name: r.nameVi, ...(r.code === '28' ? { until: 2007 } : {}) }));
}
