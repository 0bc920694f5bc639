// A presentation deck as data: a title slide (meeting, date, unit) followed by chart and text slides.
// A chart slide is a pointer, not a picture: the view's route and URL parameters, the chart's id on
// that page, the presenter's headline (null = written from the data) and its build steps. Pure: the
// store, the API and the presenter all validate and reorder through these functions.

export interface ChartSlide {
  id: string;
  kind: 'chart';
  /** The view's path, e.g. "/xep-hang" or "/tinh/ha-tinh". */
  route: string;
  /** The view's URL parameters without "?", as they were when the chart was added. */
  params: string;
  /** The chart's id on its page (ChartFrame's key), e.g. "xep-hang", "diem", "ban-do-nhiet". */
  chart: string;
  /** The chart's title when it was added: a label for lists, not shown on the slide. */
  title: string;
  /** The presenter's own headline; null = the sentence written from the data. */
  headline: string | null;
  /** Build steps shown before the full chart, in order (ids from the chart's step list). */
  steps: string[];
  /** Speaker notes: shown in the presenter view and the notes PDF, never on the audience's screen. */
  notes?: string;
  /** Years a chart over time shows; unset ends follow the deck (to = the deck's year, from = the first). */
  years?: YearRange;
}

export interface YearRange {
  from: number | null;
  to: number | null;
}

export interface TextSlide {
  id: string;
  kind: 'text';
  title: string;
  /** Plain text; a blank line separates paragraphs, lines starting with "- " are bullets. */
  body: string;
  /** Speaker notes, as on a chart slide. */
  notes?: string;
}

export interface ImageSlide {
  id: string;
  kind: 'image';
  /** Caption above the picture ('' = the picture alone). */
  title: string;
  /** A PNG or JPEG as a data: URL, kept with the deck so it presents offline and travels in the single file. */
  image: string;
  /** What the picture shows, for screen readers and the PDF. */
  alt: string;
  notes?: string;
}

export type Slide = ChartSlide | TextSlide | ImageSlide;

export interface DeckMeta {
  /** The meeting (hội nghị) the deck is for: the title slide's heading. */
  meeting: string;
  /** "YYYY-MM-DD", or "" when not set. */
  date: string;
  /** The presenting unit, e.g. "Sở Kế hoạch và Đầu tư Hà Tĩnh". */
  unit: string;
}

export interface Deck extends DeckMeta {
  id: string;
  ownerId: number;
  ownerName: string;
  /** Increases on every save: a save based on an older revision is refused (two tabs, two people). */
  revision: number;
  createdAt: string;
  updatedAt: string;
  slides: Slide[];
}

export const LIMITS = Object.freeze({ slides: 60, meeting: 200, unit: 200, title: 300, headline: 300, body: 3000, params: 2000, route: 200, chart: 80, steps: 8, notes: 3000, alt: 300, imageBytes: 1_500_000 });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9_-]{1,40}$/;
// A route is a path of the app itself: "/xep-hang", "/tinh/ha-tinh". Never a URL with a host.
const ROUTE = /^\/[a-z0-9-]+(\/[a-z0-9-]+)?$/;
const CHART = /^[a-z0-9_-]{1,80}$/;

const text = (v: unknown, max: number): string =>
  typeof v === 'string'
    ? v
        .normalize('NFC')
        // Control characters out (keep newlines and tabs in bodies).
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
        .slice(0, max)
    : '';
const line = (v: unknown, max: number): string => text(v, max).replace(/\s+/g, ' ').trim();

export function cleanMeta(raw: unknown): DeckMeta {
  const o = (raw ?? {}) as Record<string, unknown>;
  const date = typeof o.date === 'string' && DATE.test(o.date) ? o.date : '';
  return { meeting: line(o.meeting, LIMITS.meeting), date, unit: line(o.unit, LIMITS.unit) };
}

/** The query string of a view, kept to the parameters that describe what is drawn. */
export function cleanParams(raw: string): string {
  const q = new URLSearchParams(raw.startsWith('?') ? raw.slice(1) : raw);
  // Screen state that does not change the chart: open tables, table sort and search.
  for (const k of ['bang', 'sx', 'chieu', 'tim']) q.delete(k);
  return q.toString().slice(0, LIMITS.params);
}

/** A slide from untrusted JSON, or null when it is not one. `newId` gives ids to slides that have none. */
export function cleanSlide(raw: unknown, newId: () => string): Slide | null {
  if (!raw || typeof raw !== 'object') return null;
  const o = raw as Record<string, unknown>;
  const id = typeof o.id === 'string' && ID.test(o.id) ? o.id : newId();
  const notes = text(o.notes, LIMITS.notes).trim();
  if (o.kind === 'text') return { id, kind: 'text', title: line(o.title, LIMITS.title), body: text(o.body, LIMITS.body).trim(), notes };
  if (o.kind === 'image') {
    const image = typeof o.image === 'string' ? cleanImage(o.image) : null;
    return image ? { id, kind: 'image', title: line(o.title, LIMITS.title), image, alt: line(o.alt, LIMITS.alt), notes } : null;
  }
  if (o.kind !== 'chart') return null;
  if (typeof o.route !== 'string' || !ROUTE.test(o.route) || o.route.length > LIMITS.route) return null;
  if (typeof o.chart !== 'string' || !CHART.test(o.chart)) return null;
  const headline = o.headline == null ? null : line(o.headline, LIMITS.headline) || null;
  const steps = Array.isArray(o.steps)
    ? [...new Set(o.steps.filter((s): s is string => typeof s === 'string' && CHART.test(s)))].slice(0, LIMITS.steps)
    : [];
  const years = cleanYears(o.years);
  return {
    id,
    kind: 'chart',
    ...(years ? { years } : {}),
    route: o.route,
    params: cleanParams(typeof o.params === 'string' ? o.params : ''),
    chart: o.chart,
    title: line(o.title, LIMITS.title),
    headline,
    steps,
    notes
  };
}

const year = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2100 ? v : null);

/** A slide's own year range from untrusted JSON; null when it sets neither end. Ends in the wrong order swap. */
export function cleanYears(raw: unknown): YearRange | null {
  if (!raw || typeof raw !== 'object') return null;
  const o = raw as Record<string, unknown>;
  let from = year(o.from);
  let to = year(o.to);
  if (from == null && to == null) return null;
  if (from != null && to != null && from > to) [from, to] = [to, from];
  return { from, to };
}

/**
 * The years a chart slide shows: its own range, the deck's year as the last year where it sets none (a
 * 2015 hội nghị does not show 2019), and no limit where neither says anything.
 */
export function slideYears(slide: Pick<ChartSlide, 'years' | 'params'>, deckYear: number | null): YearRange {
  // A view that names its own year (/tinh/ha-tinh?nam=2015) ends there; else the deck's year.
  const own = year(Number(new URLSearchParams(slide.params).get('nam')) || null);
  return { from: slide.years?.from ?? null, to: slide.years?.to ?? own ?? deckYear ?? null };
}

const IMAGE = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/;

/**
 * A picture for an image slide: a PNG or JPEG data: URL whose bytes really are that format, within the size
 * limit; null otherwise. No SVG (it can carry script) and no URL to fetch (a slide never asks the network).
 */
export function cleanImage(raw: string): string | null {
  if (raw.length > LIMITS.imageBytes) return null;
  const m = IMAGE.exec(raw);
  if (!m) return null;
  // The first bytes, decoded: PNG's signature or JPEG's SOI marker.
  const head = atob(m[2].slice(0, 12));
  const bytes = [...head].map((c) => c.charCodeAt(0));
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b);
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  return (m[1] === 'png' && png) || (m[1] === 'jpeg' && jpeg) ? raw : null;
}

export function cleanSlides(raw: unknown, newId: () => string): Slide[] | null {
  if (!Array.isArray(raw) || raw.length > LIMITS.slides) return null;
  const out: Slide[] = [];
  for (const r of raw) {
    const s = cleanSlide(r, newId);
    if (!s) return null;
    // Ids are unique within a deck (the editor keys its list by them).
    out.push(out.some((x) => x.id === s.id) ? { ...s, id: newId() } : s);
  }
  return out;
}

/** The slides with the one at `from` moved to `to` (both clamped); the others keep their order. */
export function moveSlide<T>(slides: readonly T[], from: number, to: number): T[] {
  const out = [...slides];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [s] = out.splice(from, 1);
  out.splice(target, 0, s);
  return out;
}

/** The slides in the order of `ids`; null unless `ids` is exactly a permutation of the slides' ids. */
export function reorderSlides<T extends { id: string }>(slides: readonly T[], ids: readonly string[]): T[] | null {
  if (ids.length !== slides.length || new Set(ids).size !== ids.length) return null;
  const byId = new Map(slides.map((s) => [s.id, s]));
  const out: T[] = [];
  for (const id of ids) {
    const s = byId.get(id);
    if (!s) return null;
    out.push(s);
  }
  return out;
}

/**
 * How many pages a deck of `stored` slides has, as every screen says it ("6 trang", "… / 6"): the title
 * slide is page 1, although the store keeps only the slides after it.
 */
export const pageCount = (stored: number): number => stored + 1;

/** How many frames each slide shows when presented: the title slide 1, a chart its steps + the full chart. */
export function stepCounts(slides: readonly Slide[]): number[] {
  return [1, ...slides.map((s) => (s.kind === 'chart' ? s.steps.length + 1 : 1))];
}

/** "12/11/2025" from "2025-11-12"; "" when unset. */
export function formatDeckDate(date: string): string {
  const m = DATE.exec(date) ? date.split('-') : null;
  return m ? `${m[2]}/${m[1]}/${m[0]}` : '';
}

/** The deck's name in lists and file names. */
export function deckName(meta: DeckMeta): string {
  return meta.meeting || 'Bài trình bày chưa đặt tên';
}

/** The view URL a chart slide points at ("/xep-hang?chiso=pci&nam=2015"). */
export function slideHref(s: Pick<ChartSlide, 'route' | 'params'>): string {
  return s.params ? `${s.route}?${s.params}` : s.route;
}

/**
 * The year a deck is about: the year most of its chart slides name (?nam=), latest on a tie; null when
 * none names one. A chart slide without its own year speaks of this year in its headline.
 */
export function deckYear(slides: readonly Slide[]): number | null {
  const counts = new Map<number, number>();
  for (const s of slides) {
    if (s.kind !== 'chart') continue;
    const y = Number(new URLSearchParams(s.params).get('nam'));
    if (Number.isInteger(y) && y > 1990) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best == null || n > counts.get(best)! || (n === counts.get(best) && y > best)) best = y;
  return best;
}

/** The build step a frame shows (a step id), or null when the chart is shown whole. */
export function frameStage(slide: Slide | null, step: number): string | null {
  return slide?.kind === 'chart' && step < slide.steps.length ? slide.steps[step] : null;
}
