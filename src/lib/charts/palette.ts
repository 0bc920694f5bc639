// Colour-blind-safe colours (ColorBrewer BrBG, Okabe–Ito accents). Text and axes use currentColor.

/** Band colours, best first: teal for the top, brown for the bottom, grey where no band is published. */
const BAND_COLOURS = ['#01665e', '#5ab4ac', '#a8ddd6', '#e9d8a6', '#d8b365', '#8c510a'];
export const NO_BAND = '#8a96a3';

export function bandColour(band: string | null | undefined, bands: readonly string[]): string {
  if (!band) return NO_BAND;
  const i = bands.indexOf(band);
  if (i < 0) return NO_BAND;
  // Spread fewer bands over the whole ramp so 4 PAPI groups still span teal → brown.
  const idx = bands.length <= 1 ? 0 : Math.round((i * (BAND_COLOURS.length - 1)) / (bands.length - 1));
  return BAND_COLOURS[idx];
}

export const HIGHLIGHT = '#d55e00'; // Okabe–Ito vermillion
export const SERIES = '#0072b2'; // Okabe–Ito blue
export const REFERENCE = '#6b7280';

/** Colours for several units on one chart (Okabe–Ito, minus vermillion, kept for "best", and the yellow, too pale on white). */
export const UNIT_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#000000', '#8c510a', '#01665e'];
export const unitColour = (i: number): string => UNIT_COLOURS[((i % UNIT_COLOURS.length) + UNIT_COLOURS.length) % UNIT_COLOURS.length];
/** Ten lines (a bump chart's top 10) without a repeat: the unit colours plus a purple and an olive (Paul Tol). */
export const TEN_COLOURS = [...UNIT_COLOURS, '#882255', '#999933'];

/** Rank movement: teal up, brown down (BrBG ends, distinct for every colour vision), grey unchanged. */
export const ROSE = '#01665e';
export const FELL = '#8c510a';
export const STEADY = '#8a96a3';

/** The 6 socio-economic regions, fixed so a region keeps its colour on every page (Okabe–Ito). */
export const REGION_COLOURS: Record<string, string> = {
  tdmnpb: '#009e73',
  dbsh: '#0072b2',
  btb_dhmt: '#e69f00',
  tn: '#cc79a7',
  dnb: '#d55e00',
  dbscl: '#56b4e9'
};

/** The unit's region median on its trend: reddish purple, apart from the unit (blue), best (vermillion) and national median (grey). */
export const REGION_MEDIAN = '#cc79a7';
