// "Có phải: …?" for a province name nobody has seen. Ranked by edit distance on the accent-free
// spelling as written, so "Ha Tinhh" is one letter from Hà Tĩnh. (ProvinceNames' resolving key drops
// a trailing "tỉnh", which turns Hà Tĩnh into "ha" and made Hòa Bình look closer.)
import { fold } from '../text/vietnamese';
import { editDistance, type ProvinceNames } from '../units/provinceNames';

/** Longer than any unit name anyone writes: refused at once, with no suggestion work (issue 13). */
export const MAX_UNIT_NAME = 120;

const LEADING = /^(tinh|thanh pho|tp)\s+/;

function looseKey(name: string): string {
  return fold(name).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim().replace(LEADING, '').replace(/ /g, '');
}

/** Closest provinces, best first: smallest distance, then smallest share of the name changed. */
export function suggestProvinces(name: string, provinces: ProvinceNames, max = 3): string[] {
  if (name.length > MAX_UNIT_NAME) return [];
  const k = looseKey(name);
  if (!k) return [];
  const scored: { name: string; d: number; share: number }[] = [];
  for (const r of provinces.all()) {
    let best: { d: number; share: number } | null = null;
    for (const n of [r.nameVi, r.nameEn, ...(r.aliases ?? [])]) {
      const key = looseKey(n);
      if (!key) continue;
      const d = editDistance(k, key);
      const share = d / Math.max(k.length, key.length);
      if (!best || d < best.d || (d === best.d && share < best.share)) best = { d, share };
    }
    if (best && best.share <= 0.45) scored.push({ name: r.nameVi, ...best });
  }
  return scored
    .sort((a, b) => a.d - b.d || a.share - b.share)
    .slice(0, max)
    .map((s) => s.name);
}
