// Resolves any spelling of an (old, pre-2025) province name to its GSO 2-digit code.
// Real files write "TP. Hồ Chí Minh", "Thừa Thiên-Huế", "Bà Rịa - Vũng Tàu", "Ha Tay", "Ho Chi Minh City"…
import { fold } from '../text/vietnamese';

export interface ProvinceRecord {
  code: string; // GSO 2-digit code, e.g. "42"
  nameVi: string;
  nameEn: string;
  aliases?: string[];
}

// Prefixes that carry no identity: "Tỉnh Hà Tĩnh", "TP. Đà Nẵng", "Thành phố Cần Thơ".
const PREFIX = /^(tinh|thanh pho truc thuoc trung uong|thanh pho|tp\.?|t\.p\.?|province of|city of)\s+/;
const SUFFIX = /\s+(province|city|tinh)$/;

/** The comparable key of a name: folded, no punctuation, no administrative prefix. */
export function nameKey(name: string): string {
  let k = fold(name).replace(/[.\-–—_,()'’"]/g, ' ').replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 2; i++) k = k.replace(PREFIX, '').replace(SUFFIX, '').trim();
  return k.replace(/\s+/g, '');
}

// Spellings that folding alone does not reach.
const EXTRA_ALIASES: Record<string, string[]> = {
  '79': ['Hồ Chí Minh', 'Sài Gòn', 'HCM', 'TPHCM', 'TP.HCM', 'HCMC', 'Ho Chi Minh City'],
  '46': ['Huế', 'Thừa Thiên - Huế', 'Thua Thien Hue', 'TT Huế', 'TT-Huế'],
  '77': ['Bà Rịa - Vũng Tàu', 'BR-VT', 'BRVT', 'Ba Ria Vung Tau'],
  '66': ['Đắc Lắc', 'Dak Lak', 'Daklak', 'Đăk Lăk'],
  '67': ['Đắc Nông', 'Dak Nong', 'Đăk Nông'],
  '62': ['Kontum'],
  '17': ['Hoà Bình'],
  '38': ['Thanh Hoá'],
  '56': ['Khánh Hoà'],
  '01': ['Hanoi'],
  '48': ['Danang'],
  '31': ['Haiphong']
};

export class ProvinceNames {
  private byKey = new Map<string, string>();
  private records = new Map<string, ProvinceRecord>();

  constructor(records: ProvinceRecord[]) {
    for (const r of records) {
      this.records.set(r.code, r);
      for (const n of [r.nameVi, r.nameEn, ...(r.aliases ?? []), ...(EXTRA_ALIASES[r.code] ?? [])]) this.add(n, r.code);
    }
  }

  private add(name: string, code: string) {
    const k = nameKey(name);
    if (!k) return;
    const prev = this.byKey.get(k);
    if (prev && prev !== code) throw new Error(`Tên "${name}" trùng giữa hai tỉnh ${prev} và ${code}`);
    this.byKey.set(k, code);
  }

  /** Keep a mapping the user confirmed (an upload's unknown name → a province). */
  addAlias(name: string, code: string) {
    if (!this.records.has(code)) throw new Error(`Mã tỉnh không tồn tại: ${code}`);
    this.add(name, code);
  }

  /** Same as addAlias, for a key already made by nameKey (stored aliases). */
  addAliasKey(key: string, code: string) {
    if (!this.records.has(code)) throw new Error(`Mã tỉnh không tồn tại: ${code}`);
    const prev = this.byKey.get(key);
    if (prev && prev !== code) throw new Error(`Tên trùng giữa hai tỉnh ${prev} và ${code}`);
    this.byKey.set(key, code);
  }

  resolve(name: string): string | null {
    return this.byKey.get(nameKey(name)) ?? null;
  }

  record(code: string): ProvinceRecord | undefined {
    return this.records.get(code);
  }

  all(): ProvinceRecord[] {
    return [...this.records.values()];
  }

  /** Closest known names for an unknown one, best first ("Có phải: Thừa Thiên Huế?"). */
  suggest(name: string, max = 3): ProvinceRecord[] {
    const k = nameKey(name);
    if (!k) return [];
    const scored = new Map<string, number>();
    for (const [key, code] of this.byKey) {
      const d = editDistance(k, key) / Math.max(k.length, key.length);
      const best = scored.get(code);
      if (best == null || d < best) scored.set(code, d);
    }
    return [...scored.entries()]
      .filter(([, d]) => d <= 0.45)
      .sort((a, b) => a[1] - b[1])
      .slice(0, max)
      .map(([code]) => this.records.get(code)!);
  }
}

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
