// Is a plan being imported already there? The same appendix (same content, however it was pasted:
// whitespace and Unicode form do not count), the same document number from the same issuer, the same
// title and date, or the same tasks. Pure: the server hashes and reads the stored plans.

export interface PlanFingerprint {
  planId: string;
  title: string;
  issuer: string;
  number: string;
  dateText: string;
  /** sha256 of the normalised appendix (normalizeAppendix), when the plan has one. */
  contentHash: string | null;
  /** The tasks' content, in order. */
  tasks: string[];
}

export type DuplicateReason = 'noi_dung' | 'so_hieu' | 'tieu_de_ngay' | 'nhiem_vu';

export const DUPLICATE_REASON_LABEL: Record<DuplicateReason, string> = {
  noi_dung: 'cùng nội dung phụ lục',
  so_hieu: 'cùng số hiệu văn bản và cơ quan ban hành',
  tieu_de_ngay: 'cùng tên kế hoạch và ngày ban hành',
  nhiem_vu: 'cùng danh sách nhiệm vụ'
};

export interface DuplicateMatch {
  planId: string;
  title: string;
  reason: DuplicateReason;
}

const squash = (s: string) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

/** The appendix as compared and hashed: NFC, whitespace runs as one space, no blank lines. */
export function normalizeAppendix(text: string): string {
  return (text ?? '')
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** A number worth comparing: "457/KH-UBND", not the blank template "/KH-UBND". */
const realNumber = (n: string) => /\d/.test(n ?? '');

export function findDuplicatePlan(candidate: Omit<PlanFingerprint, 'planId'>, existing: readonly PlanFingerprint[]): DuplicateMatch | null {
  const tasks = candidate.tasks.map(squash).join('\n');
  const rules: [DuplicateReason, (p: PlanFingerprint) => boolean][] = [
    ['noi_dung', (p) => !!candidate.contentHash && p.contentHash === candidate.contentHash],
    ['so_hieu', (p) => realNumber(candidate.number) && squash(p.number) === squash(candidate.number) && squash(p.issuer) === squash(candidate.issuer)],
    ['tieu_de_ngay', (p) => !!squash(candidate.dateText) && squash(p.title) === squash(candidate.title) && squash(p.dateText) === squash(candidate.dateText)],
    ['nhiem_vu', (p) => candidate.tasks.length > 0 && p.tasks.slice(0, candidate.tasks.length).map(squash).join('\n') === tasks]
  ];
  for (const [reason, test] of rules) {
    const hit = existing.find(test);
    if (hit) return { planId: hit.planId, title: hit.title, reason };
  }
  return null;
}

export function duplicateMessage(m: DuplicateMatch): string {
  return `Kế hoạch này đã được nhập: “${m.title}” (mã ${m.planId}) có ${DUPLICATE_REASON_LABEL[m.reason]}. Chọn “Thay thế kế hoạch cũ” để cập nhật kế hoạch đó, hoặc “Hủy” để không lưu.`;
}
