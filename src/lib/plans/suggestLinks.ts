// Default links from a task to the index components it is meant to move, read from what the task says.
// They are suggestions: stored as such until a user confirms or removes them. Only indices the plan
// itself names are suggested (seed 001 names none, so its tasks get none), and only components the
// catalogue has.
import type { IndexDefinition } from '../catalogue/types';
import { fold } from '../text/vietnamese';

export interface LinkSuggestion {
  indexId: string;
  /** Component code, or "total" for an index without components (SIPAS). */
  component: string;
  /** Why: the words of the task that triggered it, quoted. */
  reason: string;
}

interface Rule {
  /** Folded phrases; the first found is quoted in the reason. */
  words: string[];
  /** index id → component codes. */
  links: Record<string, string[]>;
}

// What each kind of work is about, in the indices' own terms:
// - informing the public and firms (communication, publishing procedures and legal texts) is PCI's and
//   DDCI's transparency and access to information, PAPI's transparency, and the "chỉ đạo, điều hành"
//   field of PAR INDEX, where CCHC communication is scored;
// - procedures and public services: time costs, PAR's procedure reform, PAPI's procedures, SIPAS;
// - online services and digital transformation: PAR's e-government field, PAPI's e-governance, DTI's
//   digital-government pillar;
// - law: legal institutions;
// - firms and the investment climate: business support;
// - dialogue between authorities and people or firms: proactivity, vertical accountability.
const RULES: Rule[] = [
  {
    words: ['tuyen truyen', 'cong khai', 'chuyen muc', 'chuyen trang', 'cong thong tin', 'trang thong tin', 'ban tin', 'tin, bai', 'bai viet', 'an pham', 'to roi', 'pano', 'truyen thanh', 'phat song', 'phong su'],
    links: { pci: ['tinh_minh_bach'], ddci_42: ['tinh_minh_bach_tiep_can_thong_tin'], papi: ['d2_transparency'], par_index: ['chi_dao_dieu_hanh'] }
  },
  {
    words: ['thu tuc hanh chinh', 'tthc', 'dich vu cong', 'mot cua', 'hanh chinh cong', 'buu chinh cong ich', 'tra ket qua'],
    links: { pci: ['chi_phi_thoi_gian'], ddci_42: ['chi_phi_thoi_gian'], par_index: ['cai_cach_tthc'], papi: ['d5_public_admin_procedures'], sipas: ['total'] }
  },
  {
    words: ['dich vu cong truc tuyen', 'thanh toan truc tuyen', 'chuyen doi so', 'chinh quyen dien tu', 'chinh quyen so'],
    links: { par_index: ['chinh_quyen_so'], papi: ['d8_e_governance'], dti: ['chinh_quyen_so'] }
  },
  {
    words: ['phap luat', 'phap ly', 'qppl', 'quy pham'],
    links: { pci: ['thiet_che_phap_ly'], ddci_42: ['thiet_che_phap_ly_antt'], par_index: ['cai_cach_the_che'] }
  },
  {
    words: ['doanh nghiep', 'moi truong dau tu', 'kinh doanh', 'xuc tien dau tu', 'hop tac xa'],
    links: { pci: ['ho_tro_doanh_nghiep'], ddci_42: ['ho_tro_dn_htx_hkd'] }
  },
  {
    words: ['doi thoai', 'gap mat', 'tiep xuc', 'phan anh, kien nghi', 'phan anh kien nghi'],
    links: { pci: ['tinh_nang_dong'], ddci_42: ['tinh_nang_dong_hieu_luc'], papi: ['d3_vertical_accountability'] }
  },
  {
    words: ['van hoa cong so', 'cong vu', 'cong chuc'],
    links: { par_index: ['cai_cach_che_do_cong_vu'] }
  }
];

/** Each character of the text folded on its own (keeps positions), and where each one starts in the fold. */
function foldChars(text: string): { chars: string[]; folded: string; offsets: number[] } {
  const chars = [...text];
  const offsets: number[] = [];
  let folded = '';
  for (const ch of chars) {
    offsets.push(folded.length);
    folded += fold(ch) || ' ';
  }
  return { chars, folded, offsets };
}

/** The words as written (with diacritics) for a hit in the fold. */
function quote(f: ReturnType<typeof foldChars>, at: number, length: number): string {
  const first = f.offsets.indexOf(at);
  let last = first;
  while (last + 1 < f.offsets.length && f.offsets[last + 1] < at + length) last++;
  return first < 0 ? f.folded.slice(at, at + length) : f.chars.slice(first, last + 1).join('');
}

function componentExists(def: IndexDefinition, code: string): boolean {
  return code === 'total' || def.periods.some((p) => p.components.some((c) => c.code === code));
}

export function suggestLinks(text: string, planIndices: readonly string[], definitions: readonly IndexDefinition[]): LinkSuggestion[] {
  if (typeof text !== 'string' || !text) return [];
  const f = foldChars(text.normalize('NFC').replace(/\s/g, ' '));
  const folded = f.folded;
  const out: LinkSuggestion[] = [];
  const seen = new Set<string>();
  for (const rule of RULES) {
    let hit: { at: number; word: string } | null = null;
    for (const w of rule.words) {
      const re = new RegExp(`(?<![a-z0-9])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`);
      const m = re.exec(folded);
      if (m && (hit == null || m.index < hit.at)) hit = { at: m.index, word: w };
    }
    if (!hit) continue;
    const reason = `“${quote(f, hit.at, hit.word.length)}”`;
    for (const [indexId, codes] of Object.entries(rule.links)) {
      if (!planIndices.includes(indexId)) continue;
      const def = definitions.find((d) => d.id === indexId);
      if (!def) continue;
      for (const component of codes) {
        if (!componentExists(def, component)) continue;
        const key = `${indexId}|${component}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ indexId, component, reason });
      }
    }
  }
  return out;
}
