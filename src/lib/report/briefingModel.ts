// The briefing report's content, once, for the page preview and both writers (briefingDocx, briefingPdf):
// the administrative header, the title, six sections of headings, paragraphs, tables and chart references,
// the recipients and a blank signature block. Pure. Every sentence comes from the claim-checked writers
// (claims/*, present/headline, present/slideHeadline); this module only picks and orders them, and lays
// figures out in tables with the shared vi-VN formatters.
import { definitionOf, digitsOf } from '../catalogue/definitions';
import { periodFor } from '../catalogue/types';
import { contributionOrder } from '../charts/contributionOrder';
import { sourceLine } from '../charts/sourceLine';
import {
  briefingSubject,
  contributionMethod,
  defaultIssuer,
  noSimulatorLine,
  planTasksLine,
  PLANS_UNAVAILABLE,
  weakComponentsLine,
  type WeakComponent
} from '../claims/briefingWords';
import { ESTIMATED_WEIGHTS_LABEL, SIMULATION_LABEL } from '../claims/simulatorWords';
import { breakCaveat, DERIVED_RANK_NOTE } from '../claims/claimWords';
import type { RankSource } from '../data/observation';
import { STATUS_LABEL } from '../plans/targetStatus';
import type { UnitTargetsData } from '../plans/planViews';
import { writeHeadline } from '../present/headline';
import { changeHeadline, contributionHeadline, headlineInput, peersHeadline, regionHeadline } from '../present/slideHeadline';
import { formatNumber, formatRank, formatSigned, roundHalfUp } from '../text/vietnamese';
import type { BriefingView } from '../views/briefingView';

export type ChartId = 'contribution' | 'mix';

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'label' | 'note' }
  | { kind: 'list'; items: string[] }
  /** `numeric[i]`: column i holds figures (right-aligned); `strong`: rows printed bold (the province itself, totals). */
  | { kind: 'table'; caption: string; head: string[]; rows: string[][]; numeric: boolean[]; strong?: number[] }
  | { kind: 'chart'; chart: ChartId; title: string };

export interface Briefing {
  header: {
    /** Left, in capitals, editable: "UBND TỈNH HÀ TĨNH". */
    issuer: string;
    /** Left blank for the user to number. */
    number: string;
    nation: string;
    motto: string;
    /** Right, date blank for the user: "Hà Tĩnh, ngày … tháng … năm …". */
    placeDate: string;
  };
  title: string;
  subject: string;
  blocks: Block[];
  recipientsTitle: string;
  recipients: string[];
  /** The source line every chart carries. */
  source: string;
  /** "bao-cao-pci-2015-ha-tinh" (no extension). */
  fileName: string;
}

export interface BriefingInput {
  view: BriefingView;
  /** /api/plans/unit/<code>; null when it could not be loaded. */
  plans: UnitTargetsData | null;
  /** Only this plan's tasks (?ke-hoach=002); null for every plan of the province. */
  planId: string | null;
  issuer?: string | null;
  recipients?: readonly string[] | null;
}

/** ?ke-hoach=002: only that plan's tasks. */
export const PLAN_PARAM = 'ke-hoach';

export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const NUMBER_BLANK = 'Số: …/BC-…';
export const DEFAULT_RECIPIENTS = ['- Như trên;', '- Lưu: VT.'];
export const SECTION_TITLES = [
  '1. Kết quả chung',
  '2. Chỉ số thành phần kéo điểm lên, kéo điểm xuống',
  '3. So sánh với các tỉnh trong vùng và tỉnh được chọn',
  '4. Mô phỏng mục tiêu',
  '5. Nhiệm vụ kế hoạch nhắm vào các chỉ số thành phần yếu',
  '6. Nguồn số liệu'
] as const;

/** "2026-12-04" → "04/12/2026". */
export function dayText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** The recipients as the user typed them, one a line; empty lines dropped. */
export function recipientLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A rank in a table cell: "45/63" where published; a derived one says what it is (CLAIMS.md rule 1). */
const rankCell = (rank: number | null | undefined, of: number | null | undefined, source: RankSource | null | undefined) =>
  source === 'derived' && rank != null ? `${rank} (${DERIVED_RANK_NOTE})` : formatRank(rank, of, source);

const para = (text: string | null | undefined, tone?: 'label' | 'note'): Block[] => (text ? [{ kind: 'paragraph', text, ...(tone ? { tone } : {}) }] : []);

export function buildBriefing(input: BriefingInput): Briefing {
  const { view } = input;
  const v = view.province;
  const unit = v.unit;
  const def = definitionOf(v.index);
  if (!unit || !def || v.year == null || v.absent) throw new Error(`Chưa có số liệu ${v.indexShort} của ${unit?.name ?? 'tỉnh này'} để lập báo cáo`);
  const year = v.year;
  const digits = digitsOf(v.index);
  const n = (x: number | null | undefined) => formatNumber(x, digits);
  const source = sourceLine(def);
  const blocks: Block[] = [];

  // 1. Headline figures: the slide headline's sentence and the page's three cards.
  blocks.push({ kind: 'heading', text: SECTION_TITLES[0] });
  const input1 = headlineInput({ index: v.index, unit, year }, v.trend, view.rankingRows);
  blocks.push(...para(input1 && writeHeadline({ ...input1, focus: 'both' })));
  const h = v.headline;
  if (h) {
    const c = h.cards;
    blocks.push({
      kind: 'table',
      caption: `${v.indexShort} ${year} của ${unit.name}`,
      head: [`Điểm ${v.indexShort} ${year}`, 'Xếp hạng', c.changeLabel],
      rows: [[[c.value, c.valueNote].filter(Boolean).join(' — '), `${c.rank} — ${c.rankNote}`, `${c.change} ${c.changeNote}`]],
      numeric: [false, false, false]
    });
  }
  // The year's own notes (a break, a thin year); the catalogue's standing notes are about other years.
  for (const note of v.notes.filter((x) => !(def.notes ?? []).includes(x))) blocks.push(...para(note, 'note'));

  // 2. Components: what rose and fell, each one's weighted share of the total's change, the waterfall.
  blocks.push({ kind: 'heading', text: SECTION_TITLES[1] });
  const b = v.breakdown;
  const contribution = b?.contribution.status === 'ok' ? b.contribution : null;
  blocks.push(...para(changeHeadline(v)));
  if (b && contribution) {
    blocks.push(...para(contributionHeadline(v)));
    const weighted = contribution.rows.some((r) => r.weight != null);
    const estimated = periodFor(def, year)?.weightsSource !== 'published';
    blocks.push(...para(contributionMethod(v.indexShort, weighted, weighted && estimated), 'note'));
    const rows = contributionOrder(contribution.rows);
    blocks.push({
      kind: 'table',
      caption: `Đóng góp của từng chỉ số thành phần vào thay đổi tổng điểm ${b.previousYear}–${b.year}`,
      head: ['Chỉ số thành phần', ...(weighted ? ['Trọng số'] : []), `Điểm ${b.previousYear}`, `Điểm ${b.year}`, 'Thay đổi', 'Đóng góp'],
      rows: [
        ...rows.map((r) => [r.name, ...(weighted ? [`${formatNumber(r.weight, 0)}%`] : []), n(r.from), n(r.to), formatSigned(r.change, digits), formatSigned(r.contribution, digits)]),
        ['Thay đổi tổng điểm (công bố)', ...(weighted ? [''] : []), n(contribution.from.published), n(contribution.to.published), formatSigned(contribution.publishedChange, digits), formatSigned(contribution.publishedChange, digits)]
      ],
      numeric: [false, ...(weighted ? [true] : []), true, true, true, true],
      strong: [rows.length]
    });
    // The waterfall after its table: the table fits under the text, the chart starts a page if it must.
    blocks.push({ kind: 'chart', chart: 'contribution', title: `${unit.name}: đóng góp vào thay đổi ${v.indexShort} ${b.previousYear}–${b.year}` });
  } else if (b) {
    blocks.push(...para(b.contribution.status !== 'ok' ? b.contribution.reason : null, 'note'));
  } else {
    blocks.push(...para(h?.cards.changeNote && `${h.cards.changeLabel}: ${h.cards.change} ${h.cards.changeNote}`, 'note'));
  }

  // 3. Peers and region.
  blocks.push({ kind: 'heading', text: SECTION_TITLES[2] });
  const group = view.region?.groups[0] ?? null;
  if (view.region && group) {
    blocks.push(...para(regionHeadline(view.region)));
    const rows = [...group.rows].sort((x, y) => y.value - x.value || x.unit_name.localeCompare(y.unit_name, 'vi'));
    blocks.push({
      kind: 'table',
      caption: `Vùng ${group.name}, ${v.indexShort} ${year}`,
      head: ['Tỉnh, thành phố', 'Điểm', 'Xếp hạng'],
      rows: rows.map((r) => [r.unit_name, n(r.value), rankCell(r.rank, r.rank_of, r.rank_source)]),
      numeric: [false, true, true],
      strong: rows.flatMap((r, i) => (r.unit_code === unit.code ? [i] : []))
    });
  }
  if (v.peers.peers.length) {
    blocks.push(...para(peersHeadline(v)));
    const own = v.trend.find((t) => t.year === year);
    blocks.push({
      kind: 'table',
      caption: `Tỉnh được chọn để so sánh, ${v.indexShort} ${year}`,
      head: ['Tỉnh, thành phố', 'Vùng', 'Điểm', 'Xếp hạng'],
      rows: [
        [unit.name, v.region.region?.short ?? '—', n(own?.value), rankCell(own?.rank, own?.rank_of, own?.rank_source)],
        ...v.peers.peers.map((p) => {
          const at = p.points.find((x) => x.year === year);
          return [p.name, p.regionShort ?? '—', n(at?.value), rankCell(at?.rank, at?.rankOf, at?.rankSource)];
        })
      ],
      numeric: [false, false, true, true],
      strong: [0]
    });
  }

  // 4. The simulator's result for the chosen target.
  const sim = v.simulator;
  const ok = sim?.outcome?.status === 'ok' ? sim.outcome : null;
  // The target in the title only where it was computed: a refusal says why in its own words.
  blocks.push({ kind: 'heading', text: ok && sim?.targetText ? `${SECTION_TITLES[3]}: cần bao nhiêu điểm để đạt ${sim.targetText}` : SECTION_TITLES[3] });
  if (!sim) blocks.push(...para(noSimulatorLine(v.indexShort)));
  else {
    blocks.push(...para([SIMULATION_LABEL, ok?.weightsEstimated ? ESTIMATED_WEIGHTS_LABEL : null].filter(Boolean).join('; '), 'label'));
    blocks.push(...para(sim.inputNote, 'note'));
    blocks.push(...para(sim.words.summary));
    if (ok) {
      blocks.push(...para(sim.words.tieNote, 'note'));
      blocks.push({ kind: 'list', items: sim.words.mixes.map((m) => `${m.name}. ${m.description} ${m.summary}`) });
      blocks.push({
        kind: 'table',
        caption: `Điểm chỉ số thành phần cần tăng (thang 0–10) theo từng cách; trong ngoặc: điểm ${v.indexShort} cộng thêm`,
        head: ['Chỉ số thành phần', 'Trọng số', `Điểm ${sim.year}`, `Cao nhất ${sim.againstYear}`, ...sim.words.mixes.map((m) => m.name)],
        rows: [
          ...ok.components.map((c) => [
            sim.names[c.code] ?? c.code,
            `${formatNumber(c.weight, 0)}%`,
            n(c.value),
            n(c.ceiling),
            ...ok.mixes.map((m) => {
              const s = m.steps.find((x) => x.code === c.code);
              return s && s.gain > 0.0005 ? `+${n(s.gain)} (+${n(s.contribution)})` : '—';
            })
          ]),
          [`Cộng vào điểm ${v.indexShort}`, '', '', '', ...ok.mixes.map((m) => `+${n(m.total)}`)]
        ],
        numeric: [false, true, true, true, ...ok.mixes.map(() => true)],
        strong: [ok.components.length]
      });
      blocks.push({ kind: 'chart', chart: 'mix', title: `${unit.name}: cần bao nhiêu điểm để đạt ${sim.targetText} (${v.indexShort} ${sim.againstYear}) — ${SIMULATION_LABEL.toLowerCase()}` });
      blocks.push(...para(sim.words.weightsNote, 'note'));
      blocks.push(...para(sim.words.rangeNote, 'note'));
    }
  }

  // 5. The plan's tasks aimed at the weak components, with their statuses.
  blocks.push({ kind: 'heading', text: SECTION_TITLES[4] });
  const pulled = new Set(contribution ? contribution.rows.filter((r) => roundHalfUp(r.contribution, digits) < 0).map((r) => r.code) : []);
  const weak: (WeakComponent & { code: string })[] = v.components
    .map((c) => ({ code: c.code, name: c.name, belowMedian: c.value != null && c.median != null && c.value < c.median, pulledDown: pulled.has(c.code) }))
    .filter((c) => c.belowMedian || c.pulledDown);
  blocks.push(...para(weakComponentsLine(year, contribution ? contribution.fromYear : null, weak, contribution ? breakCaveat(def, contribution.fromYear, year) : '')));
  const plan = input.planId ? (input.plans?.plans.find((p) => p.id === input.planId) ?? null) : null;
  if (!input.plans) blocks.push(...para(PLANS_UNAVAILABLE, 'note'));
  else {
    const linked = input.plans.components.filter((c) => c.indexId === v.index);
    const aimed = [...weak.map((w) => ({ code: w.code, name: w.name })), { code: 'total', name: `cả chỉ số ${v.indexShort}` }];
    // One row per task, with every weak component it is aimed at.
    const tasks = new Map<number, { task: (typeof linked)[number]['tasks'][number]; aims: string[] }>();
    for (const w of aimed)
      for (const t of linked.find((c) => c.component === w.code)?.tasks ?? []) {
        if (input.planId && t.planId !== input.planId) continue;
        const row = tasks.get(t.taskId) ?? { task: t, aims: [] };
        row.aims.push(w.name);
        tasks.set(t.taskId, row);
      }
    const rows = [...tasks.values()]
      .sort((a, b) => a.task.planId.localeCompare(b.task.planId) || a.task.number - b.task.number)
      .map(({ task: t, aims }) => [
        `KH ${t.planId} · NV ${t.number}: ${t.content}${t.state === 'suggested' ? ' (liên kết gợi ý)' : ''}`,
        aims.join('; '),
        t.status ? STATUS_LABEL[t.status] : 'không có mục tiêu'
      ]);
    blocks.push(...para(planTasksLine(input.planId ? `Kế hoạch ${input.planId}` : null, rows.length, dayText(input.plans.today))));
    if (rows.length)
      blocks.push({ kind: 'table', caption: 'Nhiệm vụ và trạng thái', head: ['Nhiệm vụ', 'Nhắm vào', 'Trạng thái'], rows, numeric: [false, false, false] });
  }

  // 6. Sources.
  blocks.push({ kind: 'heading', text: SECTION_TITLES[5] });
  blocks.push({
    kind: 'list',
    items: [
      source,
      ...view.sources.map((s) => `Số liệu năm ${s.year}: ${s.source}.`),
      ...(plan ? [`Kế hoạch ${plan.id}: ${plan.title}${/\d/.test(plan.number) ? `, số ${plan.number}` : ''}${plan.dateLine ? `, ${plan.dateLine}` : ''} (${plan.issuer}).`] : [])
    ]
  });

  const issuer = input.issuer?.trim() || defaultIssuer(unit.name);
  const recipients = input.recipients?.length ? [...input.recipients] : DEFAULT_RECIPIENTS;
  return {
    header: { issuer: issuer.toLocaleUpperCase('vi'), number: NUMBER_BLANK, nation: NATION, motto: MOTTO, placeDate: `${unit.name.replace(/^TP\.\s*/, '')}, ngày … tháng … năm …` },
    title: 'BÁO CÁO',
    subject: briefingSubject(v.indexName, v.indexShort, year, unit.name),
    blocks,
    recipientsTitle: 'Nơi nhận:',
    recipients,
    source,
    fileName: `bao-cao-${v.index.replace(/_/g, '-')}-${year}-${unit.slug}`
  };
}

/** Column widths in proportion: words take more room than figures, a task's text the most. */
export function columnWidths(head: readonly string[], numeric: readonly boolean[], total: number): number[] {
  const weight = head.map((h, i) => (numeric[i] ? 1 : h === 'Nhiệm vụ' ? 4 : h === 'Nhắm vào' ? 2 : i === 0 ? 2.2 : 1.4));
  const sum = weight.reduce((a, b) => a + b, 0);
  return weight.map((w) => (w / sum) * total);
}

/** Every sentence and table row the briefing prints, for the claims sweep and the tests. */
export function briefingTexts(b: Briefing): string[] {
  return b.blocks.flatMap((x) => {
    if (x.kind === 'paragraph' || x.kind === 'heading') return [x.text];
    if (x.kind === 'list') return x.items;
    // A row is read with its caption, which names the unit its ranks belong to.
    if (x.kind === 'table') return [x.caption, ...x.rows.map((r) => `${x.caption}: ${r.join(' · ')}`)];
    return [x.title];
  });
}
