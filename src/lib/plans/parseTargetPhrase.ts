// Reads the measurable targets out of a Vietnamese schedule/target phrase ("03-04 số/tháng",
// "Quý II-III/2024", "100% Đài truyền thanh cơ sở có chuyên mục …"). Never throws: whatever
// is not understood comes back as one `unquantified` target carrying the text.
// Regexes avoid nested unbounded quantifiers and the input is capped, so hostile text stays linear.
import type { RatePeriod, Target } from './types';
import { cleanPhrase, MAX_PHRASE_LENGTH, quarterNumber, toInt, validMonth, validYear } from './phraseText';

interface Hit {
  start: number;
  end: number;
  target: Target;
}

const B = '(?<![\\p{L}\\p{N}])'; // word start
const E = '(?![\\p{L}\\p{N}])'; // word end
const NUM = '(\\d{1,6})';
const RANGE = `${NUM}(?: ?- ?${NUM})?`;
const QUAL = '(?:(tối thiểu|ít nhất|tối đa) )?';
const UNIT = '(\\p{L}{1,15}(?:\\/\\p{L}{1,15})?)';
const PERIOD = '(tuần|tháng|quý|năm)';
const PER = ` ?\\/ ?(?:(\\d{1,2}) ?)?${PERIOD}${E}`; // "/tháng", "/1 tháng"
const QUARTER = `(IV|III|II|I|[1-4])${E}`;
const re = (src: string) => new RegExp(src, 'giu');

const RATE_TOTAL = re(`${B}${NUM} ?${UNIT} ?\\( ?${QUAL}${RANGE} ?${UNIT}${PER} ?\\)`);
const PER_PERIOD = re(`${B}mỗi ${PERIOD} (?:có )?${QUAL}${RANGE} ${UNIT}`);
const RATE = re(`${B}(?:mỗi ((?:\\p{L}{1,20},? ){1,4}?))?${QUAL}${RANGE} ?${UNIT}${PER}`);
const QUOTA = re(`${B}mỗi ((?:\\p{L}{1,20} ){0,2}\\p{L}{1,20}) ${NUM} (\\p{L}{1,15})${E}`);
const PERCENT = re(`${B}(\\d{1,3}(?:[.,]\\d{1,2})?) ?%`);
const QUARTER_WINDOW = re(`${B}(?:(từ) )?quý ${QUARTER}(?: ?(?:-|đến|và) ?(?:quý )?${QUARTER})? ?(?:\\/|-|,? năm) ?(\\d{4})${E}`);
const MONTH_WINDOW = re(`${B}(?:(từ) )?tháng (\\d{1,2})(?: ?(?:-|đến) ?(?:tháng )?(\\d{1,2}))? ?(?:\\/|,? năm) ?(\\d{4})${E}`);
const BARE_MONTH = re(`(?<![\\p{L}\\p{N}/.-])(\\d{1,2})\\/(\\d{4})${E}`);
const TOTAL = re(
  `${B}${NUM} (số|lần|tin\\/bài|tin bài|bài|tin|chuyên mục|mục|phóng sự|chương trình|cuộc|buổi|lớp|đợt|hội nghị|ấn phẩm)(?![\\p{L}\\p{N}/])(?:,? (?:trong )?năm (\\d{4}))?`
);
const CONTINUOUS = re(`${B}thường xuyên(?:,? liên tục)?(?: trong (?:cả )?năm (\\d{4}))?${E}`);
const WHOLE_YEAR = /^(?:trong )?năm (\d{4})\.?$/iu;
const CLAUSE_BREAK = /[.;!?](?= |$)| - /g;

const PERIODS: Record<string, RatePeriod> = { tuần: 'week', tháng: 'month', quý: 'quarter', năm: 'year' };

/** "/1 tháng" = month; "/3 tháng" = quarter; other multiples have no RatePeriod. */
function ratePeriod(word: string, count: string | undefined): RatePeriod | undefined {
  const p = PERIODS[word.toLowerCase()];
  const n = toInt(count) ?? 1;
  if (n === 1) return p;
  if (p === 'month' && n === 3) return 'quarter';
  if ((p === 'month' && n === 12) || (p === 'quarter' && n === 4)) return 'year';
  return undefined;
}

function bounds(qual: string | undefined, a: string, b: string | undefined): { min: number; max: number | null } | undefined {
  const lo = toInt(a);
  const hi = toInt(b);
  if (lo == null || (hi != null && hi < lo)) return undefined;
  const q = qual?.toLowerCase();
  if (q === 'tối đa') return { min: 0, max: hi ?? lo };
  if (q === 'tối thiểu' || q === 'ít nhất') return { min: lo, max: hi ?? null };
  return { min: lo, max: hi ?? lo };
}

/** A generic "mỗi đơn vị" takes its level from the nearest preceding cue ("các sở", "các xã"…). */
function quotaLevel(written: string, before: string): string {
  const per = written.toLowerCase();
  if (!/^(đơn vị|cơ quan)$/u.test(per)) return per;
  const cues: [RegExp, string][] = [
    [/cấp tỉnh|các sở/giu, 'sở'],
    [/cấp huyện|các huyện/giu, 'huyện'],
    [/cấp xã|các xã/giu, 'xã']
  ];
  let best = { at: -1, level: per };
  for (const [cue, level] of cues) for (const m of before.matchAll(cue)) if (m.index > best.at) best = { at: m.index, level };
  return best.level;
}

/** The set a percentage is of: the words after it up to the clause end, else the words before it. */
function percentOf(s: string, start: number, end: number): string {
  const after = s.slice(end, end + 300).split(/[,;.()]|\d{1,3} ?%/u)[0].trim();
  if (after) return after.slice(0, 200);
  const before = s.slice(Math.max(0, start - 300), start).split(/[,;.()]/u).pop() ?? '';
  return before.replace(/\s*(đạt|là|bằng|:)\s*$/iu, '').trim().slice(0, 200);
}

export function parseTargetPhrase(text: string): Target[] {
  if (typeof text !== 'string') return [];
  const raw = text.length > MAX_PHRASE_LENGTH ? text.slice(0, 200) : text;
  const s = cleanPhrase(raw);
  if (!/[\p{L}\p{N}]/u.test(s)) return [];
  if (raw !== text) {
    // Too long to be a target phrase: keep a head for the reader, parse nothing.
    const head = `${s.slice(0, 200)}…`;
    return [{ kind: 'unquantified', text: head, source: head }];
  }
  const source = s;
  const hits: Hit[] = [];
  const free = (a: number, b: number) => hits.every((h) => b <= h.start || a >= h.end);
  const scan = (pattern: RegExp, make: (m: RegExpMatchArray, start: number) => Target | undefined) => {
    for (const m of s.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const target = make(m, start);
      if (target) hits.push({ start, end, target });
    }
  };

  scan(RATE_TOTAL, (m) => {
    const [, total, unit, qual, a, b, unit2, count, period] = m;
    const per = ratePeriod(period, count);
    const bnd = bounds(qual, a, b);
    if (!per || !bnd || unit.toLowerCase() !== unit2.toLowerCase()) return undefined;
    return { kind: 'rate', ...bnd, per, unitWord: unit2.toLowerCase(), total: toInt(total), source };
  });
  scan(PER_PERIOD, (m) => {
    const [, period, qual, a, b, unit] = m;
    const bnd = bounds(qual, a, b);
    return bnd && { kind: 'rate', ...bnd, per: PERIODS[period.toLowerCase()], unitWord: unit.toLowerCase(), source };
  });
  scan(RATE, (m) => {
    const [, each, qual, a, b, unit, count, period] = m;
    const per = ratePeriod(period, count);
    const bnd = bounds(qual, a, b);
    if (!per || !bnd) return undefined;
    const eachText = each?.trim().replace(/,$/, '');
    return { kind: 'rate', ...bnd, per, unitWord: unit.toLowerCase(), ...(eachText ? { each: eachText } : {}), source };
  });
  scan(QUOTA, (m, start) => {
    const [, per, n, what] = m;
    const amount = toInt(n);
    if (amount == null || PERIODS[per.toLowerCase()]) return undefined;
    return { kind: 'quota', amount, per: quotaLevel(per, s.slice(0, start)), what: what.toLowerCase(), source };
  });
  scan(PERCENT, (m, start) => {
    const percent = Number(m[1].replace(',', '.'));
    if (!(percent >= 0 && percent <= 100)) return undefined;
    return { kind: 'percent', percent, of: percentOf(s, start, start + m[0].length), source };
  });
  scan(QUARTER_WINDOW, (m) => {
    const [, from, qa, qb, y] = m;
    const q1 = quarterNumber(qa);
    const q2 = qb ? quarterNumber(qb) : q1;
    const year = toInt(y);
    if (!q1 || !q2 || q2 < q1 || !validYear(year)) return undefined;
    const openEnd = !!from && !qb;
    return {
      kind: 'window',
      from: { year, month: 3 * q1 - 2 },
      to: { year, month: openEnd ? 12 : 3 * q2 },
      ...(openEnd ? { openEnd } : {}),
      source
    };
  });
  scan(MONTH_WINDOW, (m) => {
    const [, from, ma, mb, y] = m;
    const m1 = toInt(ma);
    const m2 = mb ? toInt(mb) : m1;
    const year = toInt(y);
    if (!validMonth(m1) || !validMonth(m2) || m2 < m1 || !validYear(year)) return undefined;
    const openEnd = !!from && !mb;
    return { kind: 'window', from: { year, month: m1 }, to: { year, month: openEnd ? 12 : m2 }, ...(openEnd ? { openEnd } : {}), source };
  });
  scan(BARE_MONTH, (m) => {
    const month = toInt(m[1]);
    const year = toInt(m[2]);
    if (!validMonth(month) || !validYear(year)) return undefined;
    return { kind: 'window', from: { year, month }, to: { year, month }, source };
  });
  scan(TOTAL, (m) => {
    const amount = toInt(m[1]);
    const year = toInt(m[3]);
    if (amount == null) return undefined;
    return { kind: 'total', amount, unitWord: m[2].toLowerCase(), ...(validYear(year) ? { periodYear: year } : {}), source };
  });

  // "Thường xuyên" next to a number in the same clause describes that number, not a separate target.
  const breaks = [...s.matchAll(CLAUSE_BREAK)].map((m) => m.index ?? 0);
  const clause = (pos: number) => breaks.filter((b) => b < pos).length;
  const quantified = new Set(hits.map((h) => clause(h.start)));
  scan(CONTINUOUS, (m, start) => {
    if (quantified.has(clause(start))) return undefined;
    const year = toInt(m[1]);
    return { kind: 'continuous', ...(validYear(year) ? { year } : {}), source };
  });

  const whole = WHOLE_YEAR.exec(s);
  const wholeYear = toInt(whole?.[1]);
  if (hits.length === 0 && validYear(wholeYear)) {
    hits.push({ start: 0, end: s.length, target: { kind: 'window', from: { year: wholeYear, month: 1 }, to: { year: wholeYear, month: 12 }, source } });
  }

  if (hits.length === 0) return [{ kind: 'unquantified', text: s, source }];
  return hits.sort((a, b) => a.start - b.start).map((h) => h.target);
}
