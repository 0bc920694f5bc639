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
