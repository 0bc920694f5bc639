// Units named in plans: one code per unit however it is spelt ("Đài PT&TH tỉnh", "Đài Phát thanh -
// Truyền hình tỉnh", "Đài Phát thanh và Truyền hình tỉnh"), resolved to the unit registry (the units the
// data knows: provinces by GSO code, a province's DDCI departments and districts as "42:<slug>") where
// they are in it. Groups ("Các sở, ban, ngành", "UBND các huyện, thành phố, thị xã") stay groups: their
// members are the units of the levels they name.
import { fold, slugify } from '../text/vietnamese';
import { isNewUnitCode } from '../units/era';

export type UnitLevel = 'province' | 'department' | 'district' | 'commune' | 'other';

export const LEVEL_LABEL: Record<UnitLevel, string> = {
  province: 'cấp tỉnh',
  department: 'sở, ban, ngành',
  district: 'huyện, thị xã, thành phố',
  commune: 'xã, phường, thị trấn',
  other: 'cơ quan, đơn vị khác'
};

/** A unit's level as said on its page: from 1/7/2025 the commune level is xã, phường, đặc khu (no thị trấn). */
export function levelLabel(u: Pick<PlanUnit, 'level' | 'provinceCode'>): string {
  if (u.level === 'commune' && u.provinceCode && isNewUnitCode(u.provinceCode)) return 'xã, phường, đặc khu';
  return LEVEL_LABEL[u.level ?? 'other'];
}

export interface PlanUnit {
  /** Registry code where the data knows the unit ("42", "42:so-tu-phap"), else "<scope>:<slug>". */
  code: string;
  /** The fullest spelling seen. */
  name: string;
  kind: 'unit' | 'group';
  /** For a unit: its level. For a group: null. */
  level: UnitLevel | null;
  /** For a group: the levels its members are at ("Các sở, ban, ngành" → department). */
  memberLevels: UnitLevel[];
  /** GSO code of the province the plan belongs to. */
  provinceCode: string | null;
  /** Code in the index data (obs.unit_code), when the unit is there. */
  registryCode: string | null;
  /**
   * For a commune: its district. For a group written in a district's plan ("UBND các xã, thị trấn" of
   * huyện Bình Sơn): that district, so only its communes are members. Else null.
   */
  parentCode?: string | null;
}

/** A unit the index data knows (from the long table). */
export interface RegistryUnit {
  code: string;
  name: string;
  /** obs.unit_group: 'tinh', 'so_nganh', 'huyen', … */
  group: string;
}

// Abbreviations of Vietnamese administrative writing, expanded before comparing (on folded text).
const EXPANSIONS: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bpt ?& ?th\b|\bpt va th\b/g, 'phat thanh truyen hinh'],
  [/\btt ?& ?tt\b/g, 'thong tin truyen thong'],
  [/\bkh ?& ?dt\b|\bkhdt\b/g, 'ke hoach dau tu'],
  [/\bvh ?, ?tt ?& ?dl\b|\bvhttdl\b/g, 'van hoa the thao du lich'],
  [/\bhtx\b/g, 'hop tac xa'],
  [/\bdn\b/g, 'doanh nghiep'],
  [/\bptdn\b/g, 'phat trien doanh nghiep'],
  [/\bxtdt\b/g, 'xuc tien dau tu'],
  [/\bdbqh\b/g, 'dai bieu quoc hoi'],
  [/\btp\b/g, 'thanh pho'],
  [/\btx\b/g, 'thi xa'],
  [/\bmttq\b/g, 'mat tran to quoc']
];

/** Comparable key: folded, abbreviations expanded, punctuation and "và" dropped. */
export function unitKey(name: string): string {
  let k = fold(name ?? '').replace(/\s*&\s*/g, '&');
  for (const [re, to] of EXPANSIONS) k = k.replace(re, to);
  return k
    .replace(/[.,;:()"'“”‘’\-–—/&]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'va')
    .join(' ');
}

const GROUP = /^(cac|truong cac|nhung) |\bcac (so|ban|nganh|huyen|xa|phuong|dac khu|co quan|don vi|phong|to chuc|doanh nghiep)\b|\bcap (huyen|xa)\b/;

export function classifyUnit(name: string): { kind: 'unit' | 'group'; level: UnitLevel | null; memberLevels: UnitLevel[] } {
  const k = unitKey(name);
  if (GROUP.test(k)) {
    const levels: UnitLevel[] = [];
    if (/\bso\b|\bban nganh\b|\bco quan ban\b|\bnganh\b/.test(k)) levels.push('department');
    if (/\bhuyen\b/.test(k)) levels.push('district');
    if (/\b(cac|cap) xa\b|\bxa phuong\b|\bxa thi tran\b|\bphuong thi tran\b|\bdac khu\b/.test(k)) levels.push('commune');
    return { kind: 'group', level: null, memberLevels: levels };
  }
  return { kind: 'unit', level: unitLevel(k), memberLevels: [] };
}

function unitLevel(k: string): UnitLevel {
  if (/^uy ban nhan dan tinh\b|^tinh /.test(k)) return 'province';
  if (/^(so|ban quan ly|thanh tra tinh|van phong uy ban nhan dan tinh)\b/.test(k)) return 'department';
  if (/^(uy ban nhan dan )?(huyen|thi xa|thanh pho|quan)\b/.test(k)) return 'district';
  if (/^(uy ban nhan dan )?(xa|phuong|thi tran|dac khu)\b/.test(k)) return 'commune';
  return 'other';
}

const REGISTRY_LEVEL: Record<string, UnitLevel> = { tinh: 'province', so_nganh: 'department', huyen: 'district' };

export function registryLevel(group: string): UnitLevel {
  return REGISTRY_LEVEL[group] ?? 'other';
}

export interface ResolveContext {
  /** GSO code of the plan's province, when known. */
  provinceCode: string | null;
  /** Codes of units outside the registry are "<scope>:<slug>": the province code, or the district for a district's plan. */
  scope: string;
  /** The registry units of the plan's province (the province itself and its DDCI units). */
  registry: readonly RegistryUnit[];
  /** Province name → GSO code (for "UBND tỉnh Hà Tĩnh"). */
  resolveProvince?: (name: string) => string | null;
  /** The province's administrative units of the plan's date (districts, communes): "UBND huyện Bình Sơn" is one of them. */
  admin?: readonly PlanUnit[];
  /** The district whose plan this is: groups written in it have only that district's units as members. */
  parentCode?: string | null;
}

/** Registry unit with the same key ("Sở Thông tin và truyền thông" = "Sở Thông tin và Truyền thông"). */
function findInRegistry(key: string, ctx: ResolveContext): RegistryUnit | undefined {
  return ctx.registry.find((r) => r.group !== 'tinh' && unitKey(r.name) === key);
}

/**
 * The unit (or group) a name stands for in a plan's context. Never throws; an empty name gives null.
 * `levels` makes it the group of every unit at those levels ("Đài truyền thanh cơ sở" → each commune).
 */
export function resolvePlanUnit(name: string, ctx: ResolveContext, levels?: readonly UnitLevel[]): PlanUnit | null {
  const written = (name ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  const key = unitKey(written);
  if (!key) return null;
  const cls = levels?.length ? { kind: 'group' as const, level: null, memberLevels: [...levels] } : classifyUnit(written);
  const base = { name: written, provinceCode: ctx.provinceCode, ...cls, parentCode: cls.kind === 'group' ? (ctx.parentCode ?? null) : null };
  if (cls.kind === 'unit') {
    const hit = findInRegistry(key, ctx);
    if (hit) return { ...base, code: hit.code, level: registryLevel(hit.group), registryCode: hit.code };
    // "UBND huyện Bình Sơn" is the district "Huyện Bình Sơn" of the administrative list.
    const bare = key.replace(/^uy ban nhan dan /, '');
    const admin = ctx.admin?.find((a) => unitKey(a.name) === bare);
    if (admin) return { ...admin };
    // "UBND tỉnh Hà Tĩnh" is the province the indices rate.
    const prov = /^uy ban nhan dan tinh (.+)$/.exec(key);
    if (prov && ctx.resolveProvince) {
      const code = ctx.resolveProvince(prov[1]);
      if (code) return { ...base, code, level: 'province', registryCode: ctx.registry.some((r) => r.code === code) ? code : null };
    }
  }
  return { ...base, code: `${ctx.scope}:${slugify(key)}`, registryCode: null };
}

/** Prefer the spelling with fewer abbreviations: the longer one. */
export function longer(a: string, b: string): string {
  return b.length > a.length ? b : a;
}

/**
 * Is `unit` one of the members a group stands for: same province, a level the group names, and for a
 * group of a district's plan, a unit of that district?
 */
export function isMemberOf(
  unit: Pick<PlanUnit, 'kind' | 'level' | 'provinceCode' | 'parentCode'>,
  group: Pick<PlanUnit, 'kind' | 'memberLevels' | 'provinceCode' | 'parentCode'>
): boolean {
  return (
    unit.kind === 'unit' &&
    group.kind === 'group' &&
    unit.level != null &&
    unit.provinceCode != null &&
    unit.provinceCode === group.provinceCode &&
    group.memberLevels.includes(unit.level) &&
    (!group.parentCode || unit.parentCode === group.parentCode)
  );
}
