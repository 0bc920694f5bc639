// Names resolve by the year of the figure. Before the merger a name is one of the 63 old provinces;
// from it (2025, or the index's own first year on the new units: DTI 2024) one of the 34 new units.
// "Tuyên Quang" in 2025 is the new Tuyên Quang (old Tuyên Quang + Hà Giang); "Hà Giang" in 2025 names
// a unit that no longer exists, and the caller is told both readings instead of a silent guess.
import { eraOfYear, NEW_ERA_FROM, type Era } from './era';
import { NEW_UNITS, newUnitOf, type NewUnit } from './merger2025';
import { nameKey, type ProvinceNames } from './provinceNames';

export interface EraUnit {
  code: string;
  name: string;
  era: Era;
}

export type YearResolution =
  | { kind: 'unit'; unit: EraUnit }
  /** The name belongs to the other era: both readings, and a Vietnamese message naming them. */
  | { kind: 'mismatch'; year: number; era: Era; old: EraUnit | null; new: EraUnit | null; message: string }
  | { kind: 'unknown' };

const asNew = (u: NewUnit): EraUnit => ({ code: u.code, name: u.name, era: 'new' });

export class UnitsByYear {
  private newByKey = new Map<string, NewUnit>();
  /** Old province code → the new unit that carries its name on (Tuyên Quang 08 → new Tuyên Quang). */
  private namesake = new Map<string, NewUnit>();

  constructor(private old: ProvinceNames) {
    for (const u of NEW_UNITS) {
      this.newByKey.set(nameKey(u.name), u);
      const code = old.resolve(u.name);
      if (code && u.oldCodes.includes(code)) this.namesake.set(code, u);
    }
  }

  /** A name as one of the 34 units: its own name, or any spelling of the old province it carries on. */
  resolveNew(name: string): NewUnit | null {
    const direct = this.newByKey.get(nameKey(name));
    if (direct) return direct;
    const code = this.old.resolve(name);
    return code ? (this.namesake.get(code) ?? null) : null;
  }

  resolveOld(name: string): EraUnit | null {
    const code = this.old.resolve(name);
    return code ? { code, name: this.old.record(code)?.nameVi ?? name, era: 'old' } : null;
  }

  /** `newFrom`: the first year the index publishes on the new units (2025 unless it says otherwise). */
  resolve(name: string, year: number, newFrom = NEW_ERA_FROM): YearResolution {
    const era: Era = year >= newFrom ? 'new' : eraOfYear(year);
    const oldU = this.resolveOld(name);
    const nu = this.resolveNew(name);
    if (era === 'old') {
      if (oldU) return { kind: 'unit', unit: oldU };
      if (!nu) return { kind: 'unknown' };
      return { kind: 'mismatch', year, era, old: null, new: asNew(nu), message: oldEraMessage(name, year, nu) };
    }
    if (nu) return { kind: 'unit', unit: asNew(nu) };
    if (!oldU) return { kind: 'unknown' };
    const successor = newUnitOf(oldU.code);
    return { kind: 'mismatch', year, era, old: oldU, new: successor ? asNew(successor) : null, message: newEraMessage(name, year, oldU, successor) };
  }
}

const q = (s: string) => `“${s}”`;

function newEraMessage(name: string, year: number, old: EraUnit, successor: NewUnit | undefined): string {
  const became = successor ? `${successor.type} ${successor.name} mới (gồm ${successor.oldNames.join(', ')})` : 'một đơn vị mới';
  return (
    `${q(name)} là tỉnh cũ ${old.name} (63 tỉnh, trước 1/7/2025), nhưng số liệu năm ${year} được công bố theo 34 đơn vị mới. ` +
    `Hai cách đọc: ${old.name} (tỉnh cũ) hoặc ${became}. Hãy ghi tên đơn vị mới, hoặc sửa năm nếu đây là số liệu trước sáp nhập.`
  );
}

function oldEraMessage(name: string, year: number, nu: NewUnit): string {
  return (
    `${q(name)} là tên đơn vị mới từ 1/7/2025 (${nu.type} ${nu.name}, gồm ${nu.oldNames.join(', ')}), nhưng năm ${year} là trước sáp nhập, ` +
    `khi số liệu được công bố theo 63 tỉnh cũ. Hai cách đọc: một trong các tỉnh cũ ${nu.oldNames.join(', ')}, hoặc ${nu.name} mới với năm từ 2025. Hãy sửa tên hoặc năm.`
  );
}

const cache = new WeakMap<ProvinceNames, UnitsByYear>();

/** The resolver over a set of old names (with users' aliases); built once per ProvinceNames. */
export function unitsByYear(old: ProvinceNames): UnitsByYear {
  let r = cache.get(old);
  if (!r) cache.set(old, (r = new UnitsByYear(old)));
  return r;
}
