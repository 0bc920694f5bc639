// Splits a "cơ quan chủ trì / phối hợp" cell into unit names, as written.
// Groups keep their internal commas ("Các sở, ban, ngành", "UBND các huyện, thành phố, thị xã"):
// after a comma a new unit starts only where a capitalised unit word does (Sở, UBND, Đài, …).
import { cleanPhrase, splitBullets } from './phraseText';

// "HĐND" is deliberately absent: "Văn phòng Đoàn ĐBQH, HĐND tỉnh" is one office.
const UNIT_START =
  /^(Sở|Các|UBND|Ủy ban|Uỷ ban|Văn phòng|Đài|Báo|Phòng|Trung tâm|Ban|Bộ|Hiệp hội|Liên minh|Bưu điện|Công an|Hội đồng|Tỉnh ủy|Huyện ủy|Mặt trận|Trường|Viện|Cục|Chi cục|Kho bạc|Thanh tra|Cổng)(?![\p{L}\p{N}])|^các (cơ quan|đơn vị|sở|tổ chức)(?![\p{L}\p{N}])/u;

// " và " joins two units only when a unit word or "các …" follows ("Sở Nội vụ và các sở, ban, ngành");
// otherwise it is inside a name ("Sở Thông tin và Truyền thông").
const AND_SPLIT =
  / và (?=(?:các |Các |Sở |UBND |Ủy ban |Uỷ ban |Văn phòng |Đài |Báo |Phòng |Trung tâm |Ban |Hiệp hội |Liên minh |Bưu điện ))/u;

function tidy(name: string): string {
  return name
    .replace(/^-\s*/, '')
    .replace(/^Đề nghị\s+/u, '') // a request to a Party body, not part of its name
    .replace(/[\s.;,:]+$/u, '')
    .trim();
}

function splitCommas(part: string): string[] {
  const out: string[] = [];
  for (const token of part.split(/\s*,\s*/)) {
    if (!token) continue;
    if (out.length === 0 || UNIT_START.test(token)) out.push(token);
    else out[out.length - 1] += `, ${token}`;
  }
  return out;
}

function splitPlain(text: string): string[] {
  return text
    .split(/\s*;\s*/)
    .flatMap((p) => p.split(AND_SPLIT))
    .flatMap(splitCommas);
}

/** "Các Sở: Nội vụ, Tư pháp" → Sở Nội vụ, Sở Tư pháp (";" separates when present: names may hold commas). */
function expandDepartments(list: string): string[] {
  const sep = list.includes(';') ? /\s*;\s*/ : /\s*,\s*/;
  return list
    .split(sep)
    .map(tidy)
    .filter(Boolean)
    .map((n) => `Sở ${n}`);
}

export function splitUnits(cell: string): string[] {
  const names: string[] = [];
  for (const bullet of splitBullets(cell)) {
    const depts = /^(.*?)(?:\s*(?:,|và)\s*)?(?<![\p{L}])[Cc]ác Sở:\s*(.+)$/u.exec(bullet);
    if (depts) {
      if (depts[1].trim()) names.push(...splitPlain(depts[1]));
      names.push(...expandDepartments(depts[2]));
      continue;
    }
    // "Cấp tỉnh: Văn phòng UBND tỉnh; Sở Tư pháp" — the label before ":" is a scope, not a unit.
    const scoped = /^[^:]{1,200}:\s*(.+)$/u.exec(bullet);
    names.push(...splitPlain(scoped ? scoped[1] : bullet));
  }
  const seen = new Set<string>();
  return names
    .map(tidy)
    .map(cleanPhrase)
    .filter((n) => n && !seen.has(n) && seen.add(n));
}
