// Text and numbers written into SVG or HTML markup by hand (exports, the single-file deck).

/** Escaped for an element's text or a double-quoted attribute. */
export const escapeMarkup = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A coordinate or length to two decimals, without trailing zeros ("12.5", not "12.50"). */
export const svgNumber = (v: number): string => String(Math.round(v * 100) / 100);
