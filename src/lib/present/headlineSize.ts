// How large a chart slide's headline is set: as large as fits two lines of the slide's width. A written
// headline can name three components and their changes (~150 characters) or two groups' leaders (~230);
// clamped at one size it lost its end ("…"), so it steps down instead, never below 18 slide px (27 px at
// 1080p, above the 24 px floor of minimumType.ts), and takes a third line only when even that does not hold
// it. Two smaller lines rather than three large ones: the chart keeps the room its own 24 px type needs
// (the DDCI heatmap's 17 rows fit under a two-line headline, not under a three-line one).

export interface HeadlineFit {
  /** Slide px. */
  size: number;
  lines: number;
}

/** Largest first: each is tried in turn. */
export const HEADLINE_FITS: readonly HeadlineFit[] = [
  { size: 38, lines: 2 },
  { size: 34, lines: 2 },
  { size: 30, lines: 2 },
  { size: 28, lines: 2 },
  { size: 26, lines: 2 },
  { size: 24, lines: 2 },
  { size: 22, lines: 2 },
  { size: 20, lines: 2 },
  { size: 18, lines: 2 },
  { size: 18, lines: 3 }
];

/** Average advance of a bold Noto Sans character, in em (measured on the app's headlines); a line a little
 * fuller than the estimate is caught by the measured step-down in SlideFrame. */
const CHAR_EM = 0.52;
/** Lines break between words: keep some of each line for the word that did not fit. */
const LINE_FILL = 0.95;

/** The first fit at which `length` characters are expected to fit, `width` slide px wide. */
export function headlineFit(length: number, width: number): HeadlineFit {
  return HEADLINE_FITS.find((f) => length * f.size * CHAR_EM <= f.lines * width * LINE_FILL) ?? HEADLINE_FITS.at(-1)!;
}

/** The fit after `fit`, or null at the last (the drawn headline still overflowed). */
export function smallerFit(fit: HeadlineFit): HeadlineFit | null {
  const i = HEADLINE_FITS.findIndex((f) => f.size === fit.size && f.lines === fit.lines);
  return i >= 0 && i < HEADLINE_FITS.length - 1 ? HEADLINE_FITS[i + 1] : null;
}
