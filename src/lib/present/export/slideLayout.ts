// Where things go on a PDF slide page: 16:9 landscape in points (13,33 × 7,5 in, the size PowerPoint and
// Keynote use), headline on top, the chart fitted below it, a small footer. Pure numbers, no PDF library.

export const SLIDE_PAGE = Object.freeze({
  width: 960,
  height: 540,
  margin: 36,
  /** Headline: bold, shrinks once (to titleMinPt) when it would take more than two lines. */
  titlePt: 26,
  titleMinPt: 20,
  /** A slide with no chart (title or text slide): its headline large and centred. */
  coverPt: 36,
  leading: 1.22,
  gap: 14,
  notesPt: 11,
  footerPt: 9
});

/** 1 CSS px = 0.75 pt: a chart exported on its own keeps the size it had on screen. */
export const PT_PER_PX = 0.75;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The largest box of the content's aspect ratio inside `box`, centred across (SVG's "xMidYMid meet"); down,
 * centred too, or against the top (a chart right under its headline).
 */
export function fitContain(content: { width: number; height: number }, box: Box, vertical: 'middle' | 'top' = 'middle'): Box {
  if (!(content.width > 0 && content.height > 0)) throw new Error('Hình không có kích thước');
  const k = Math.min(box.width / content.width, box.height / content.height);
  const width = content.width * k;
  const height = content.height * k;
  return { x: box.x + (box.width - width) / 2, y: vertical === 'top' ? box.y : box.y + (box.height - height) / 2, width, height };
}

export interface SlideLayoutInput {
  titleLines: number;
  titlePt: number;
  notesLines: number;
  hasChart: boolean;
}

export interface SlideLayout {
  /** Baseline of the first headline line, and the step between lines. */
  titleY: number;
  titleStep: number;
  /** Where the chart is fitted (absent on a slide without one). */
  chartBox: Box | null;
  /** Baseline of the first notes line. */
  notesY: number;
  footerY: number;
}

export function slideLayout({ titleLines, titlePt, notesLines, hasChart }: SlideLayoutInput): SlideLayout {
  const P = SLIDE_PAGE;
  const titleStep = titlePt * P.leading;
  const footerY = P.height - P.margin / 2;
  const notesStep = P.notesPt * P.leading;
  const notesHeight = notesLines ? notesLines * notesStep + P.gap : 0;
  const bottom = footerY - P.footerPt - P.gap / 2 - notesHeight;
  if (!hasChart) {
    // A cover: the headline block centred in the page above the notes.
    const block = titleLines * titleStep;
    const top = P.margin + (bottom - P.margin - block) / 2;
    return { titleY: top + titlePt, titleStep, chartBox: null, notesY: bottom + P.gap + P.notesPt, footerY };
  }
  const titleY = P.margin + titlePt;
  const chartTop = P.margin + titleLines * titleStep + P.gap;
  const chartBox = { x: P.margin, y: chartTop, width: P.width - 2 * P.margin, height: Math.max(40, bottom - chartTop) };
  return { titleY, titleStep, chartBox, notesY: bottom + P.gap + P.notesPt, footerY };
}

/**
 * The speaker's notes page: A4 portrait in points, the slide as the audience saw it on top, the notes below
 * in type that reads at arm's length, page number at the foot (PowerPoint's "Notes Pages").
 */
export const NOTES_PAGE = Object.freeze({
  width: 595.28,
  height: 841.89,
  margin: 42,
  notesPt: 14,
  leading: 1.35,
  footerPt: 9,
  gap: 22
});

/** Where the slide and the notes go on a notes page, and how many lines of notes fit. */
export function notesPageLayout(slide: { width: number; height: number }): { slideBox: Box; notesY: number; maxLines: number; footerY: number } {
  const P = NOTES_PAGE;
  const width = P.width - 2 * P.margin;
  const slideBox = fitContain(slide, { x: P.margin, y: P.margin, width, height: width * (9 / 16) }, 'top');
  const notesY = slideBox.y + slideBox.height + P.gap + P.notesPt;
  const footerY = P.height - P.margin / 2;
  const maxLines = Math.max(0, Math.floor((footerY - P.footerPt * 2 - notesY) / (P.notesPt * P.leading)) + 1);
  return { slideBox, notesY, maxLines, footerY };
}
