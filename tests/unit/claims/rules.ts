// The claims rules, written apart from the code that writes the sentences (src/lib/claims): they read
// the long table with their own SQL and the publishers' facts from ../shared/domain/INDICES.md as
// typed below, and check every sentence the app can write against them.

/** One sentence or label the app can show, and what it is about. */
export interface Claim {
  /** Where it is shown: "thẻ xếp hạng /tinh", "tiêu đề trang chiếu", … */
  where: string;
  index: string;
  year: number;
  /** The units it may name, in any order. */
  subjects: { code: string; name: string }[];
  text: string;
}

export interface Truth {
  unit_code: string;
  unit_name: string;
  year: number;
  index_id: string;
  value: number | null;
  rank: number | null;
  rank_of: number | null;
  rank_source: string | null;
}

/**
 * How many units each publisher ranked, from INDICES.md and the shared data README — not from the
 * catalogue the app reads: PCI 42 in 2005, 64 in 2006–2008 (Hà Tây), 63 after, and still 63 in
 * 2023–2024 although only 30 were printed; PAR INDEX and SIPAS rank the 63; DTI 63 to 2023, 34 from
 * 2024; PAPI ranks nobody; a DDCI's N is its own.
 */
export function publisherRanked(index: string, year: number): number | null {
  if (index === 'pci') return year === 2005 ? 42 : year <= 2008 ? 64 : year >= 2025 ? 34 : 63;
  if (index === 'par_index' || index === 'sipas') return year >= 2025 ? 34 : 63;
  if (index === 'dti') return year >= 2024 ? 34 : 63;
  // PAPI ranks nobody (any "x/N" fails R1 on the rank's provenance); a DDCI's N is the province's own.
  return null;
}

/** Methodology breaks from INDICES.md: PCI 2009, 2013, 2021; PAPI 2018. */
const BREAKS: Record<string, number[]> = { pci: [2009, 2013, 2021], papi: [2018] };

export class Rules {
  private byKey = new Map<string, Truth>();
  private byYear = new Map<string, Truth[]>();

  constructor(rows: readonly Truth[], private rankedCount: (index: string, year: number) => number | null = publisherRanked) {
    for (const r of rows) {
      this.byKey.set(`${r.index_id}|${r.year}|${r.unit_code}`, r);
      const k = `${r.index_id}|${r.year}`;
      this.byYear.set(k, [...(this.byYear.get(k) ?? []), r]);
    }
  }

  private truth(index: string, year: number, code: string) {
    return this.byKey.get(`${index}|${year}|${code}`);
  }

  /** Every problem with one claim, in words; [] when it holds. */
  check(c: Claim): string[] {
    const errs: string[] = [];
    const t = c.text;
    const say = (m: string) => errs.push(`${c.where} — ${c.index} ${c.year}: "${t}": ${m}`);
    if (/NaN|undefined|null|\[object/.test(t)) say('lộ giá trị lỗi (NaN/undefined/null)');

    // The unit a phrase is about: the subject named last before it.
    const subjectBefore = (pos: number) => {
      let best: { code: string; name: string } | null = null;
      let at = -1;
      for (const s of c.subjects) {
        const i = t.lastIndexOf(s.name, pos);
        if (i > at) [best, at] = [s, i];
      }
      return best;
    };

    // R1: "x/N" (not "12,38/13") is a rank the publisher printed for that unit and year, and N is
    // how many the publisher ranked.
    for (const m of t.matchAll(/(?<![\d,.])(\d+)\/(\d+)(?![\d,.])/g)) {
      const [x, n] = [Number(m[1]), Number(m[2])];
      if (n >= 1900) continue; // a month and year: "từ 3/2025"
      if (/theo điểm/.test(t.slice(m.index!, m.index! + 40))) continue; // an order by score, said as one (R3)
      const s = subjectBefore(m.index!);
      if (!s) {
        say(`"${m[0]}" không gắn với đơn vị nào`);
        continue;
      }
      const tr = this.truth(c.index, c.year, s.code);
      if (!tr || tr.rank !== x || tr.rank_source !== 'published') say(`"${m[0]}" của ${s.name} không phải thứ hạng công bố (dữ liệu: ${tr?.rank ?? 'không có'} / ${tr?.rank_source ?? '-'})`);
      const expected = this.rankedCount(c.index, c.year);
      if (expected != null && n !== expected) say(`"${m[0]}": cơ quan công bố xếp hạng ${expected} đơn vị, không phải ${n}`);
    }

    // R2: "xếp thứ x" / "đồng hạng x" is a published rank of the unit named before it.
    for (const m of t.matchAll(/(?:xếp thứ|đồng hạng) (\d+)/g)) {
      const s = subjectBefore(m.index!);
      const tr = s ? this.truth(c.index, c.year, s.code) : undefined;
      if (!tr || tr.rank !== Number(m[1]) || tr.rank_source !== 'published') say(`"${m[0]}" không có thứ hạng công bố tương ứng`);
    }

    // R3: a rank nobody printed ("đứng thứ", "(suy ra)", "thứ … theo điểm") says it is not a published one.
    if (/đứng thứ \d+|\(suy ra\)|thứ \d+(\/\d+)? theo điểm/.test(t) && !/không phải hạng công bố/.test(t) && !c.where.endsWith('(ô)'))
      say('thứ tự không phải hạng công bố mà không nói rõ');

    // R4: a leader needs the publisher's rank 1, or every ranked unit's score (then "cao điểm nhất").
    const year = this.byYear.get(`${c.index}|${c.year}`) ?? [];
    for (const m of t.matchAll(/(đồng dẫn đầu|dẫn đầu) là ([^(;,.]+?)(?: \(|;|,|\.|$)/g)) {
      const name = m[2].trim();
      const tr = year.find((r) => r.unit_name === name);
      if (!tr || tr.rank !== 1 || tr.rank_source !== 'published') say(`"${m[0]}": ${name} không có hạng 1 công bố năm ${c.year}`);
    }
    for (const m of t.matchAll(/(?<!trong \d+ (?:tỉnh|đơn vị) có số liệu, )cao điểm nhất là ([^(;,.]+?) \(/g)) {
      if (/trong \d+ (tỉnh|đơn vị)[^;]*có số liệu/.test(t.slice(Math.max(0, m.index! - 80), m.index!))) continue;
      const ranked = this.rankedCount(c.index, c.year) ?? 63;
      const scored = year.filter((r) => r.value != null);
      const best = Math.max(...scored.map((r) => r.value!));
      const tr = scored.find((r) => r.unit_name === m[1].trim());
      if (scored.length < ranked) say(`"${m[0]}": chỉ ${scored.length}/${ranked} đơn vị có điểm, không được nói cao nhất`);
      else if (!tr || tr.value !== best) say(`"${m[0]}": không phải điểm cao nhất`);
    }
    // "Top N" needs every rank 1..N printed that year.
    for (const m of t.matchAll(/\btop (\d+)/gi)) {
      const n = Number(m[1]);
      const printed = new Set(year.filter((r) => r.rank != null && r.rank_source === 'published').map((r) => r.rank));
      for (let k = 1; k <= n; k++) if (!printed.has(k)) {
        say(`"${m[0]}": không có hạng ${k} công bố năm ${c.year}`);
        break;
      }
    }

    // R5: a change across a methodology break says so.
    for (const m of t.matchAll(/so với (\d{4})/g)) {
      const from = Number(m[1]);
      const crossed = (BREAKS[c.index] ?? []).filter((b) => b > from && b <= c.year);
      if (crossed.length && !/đổi phương pháp/.test(t)) say(`so sánh ${from} → ${c.year} qua năm đổi phương pháp ${crossed.join(', ')} mà không nói`);
    }

    // R6: what the cards say is missing is missing.
    const only = c.subjects.length === 1 ? c.subjects[0] : null;
    if (only) {
      const cur = this.truth(c.index, c.year, only.code);
      const prev = this.truth(c.index, c.year - 1, only.code);
      if (/chưa công bố điểm năm (\d{4})/.test(t) && cur?.value != null) say('nói chưa công bố điểm nhưng có điểm');
      const m = t.match(/không có điểm năm (\d{4})/);
      if (m && this.truth(c.index, Number(m[1]), only.code)?.value != null) say(`nói không có điểm năm ${m[1]} nhưng có`);
      if (/không có số liệu năm trước/.test(t)) say('câu mơ hồ "không có số liệu năm trước"');
      if (/chưa có điểm công bố/.test(t) && cur?.value != null) say('nói chưa có điểm nhưng có điểm');
      void prev;
    }
    return errs;
  }
}
