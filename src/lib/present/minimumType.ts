// Browser only. The projector's floor for type: no chart text on a slide smaller than 16 slide px, which is
// 24 px on a 1920 × 1080 projector and 16 px at 1280 × 720 (issue 16). Charts lay out for the dashboard and
// are scaled to the slide; where that leaves a label (a tick, a break's name) below the floor, it is drawn
// larger in place. Pure geometry of what the browser drew: the scale comes from the text's screen CTM.

/** Slide px: the design size of a slide is 1280 × 720. */
export const MIN_SLIDE_TEXT = 16;

/**
 * Enlarges every SVG text under `root` drawn below `min` slide px. `screenPerSlidePx`: how many screen px one
 * slide px is where `root` is shown (its box width on screen over its width in slide px). Returns how many
 * texts it changed. Safe to run again: it starts from each text's own size.
 */
export function enlargeSmallText(root: Element, screenPerSlidePx: number, min = MIN_SLIDE_TEXT): number {
  if (!(screenPerSlidePx > 0)) return 0;
  let changed = 0;
  for (const t of root.querySelectorAll<SVGTextElement>('svg text')) {
    // A chart that sizes its own type for the projector (the heatmap) is laid out for it: leave it.
    if (t.closest('[data-own-type]')) continue;
    t.style.removeProperty('font-size');
    const ctm = t.getScreenCTM();
    if (!ctm) continue;
    const px = parseFloat(getComputedStyle(t).fontSize);
    const slidePx = (px * Math.hypot(ctm.a, ctm.b)) / screenPerSlidePx;
    if (!(slidePx > 0) || slidePx >= min - 0.05) continue;
    t.style.fontSize = `${Math.ceil(((px * min) / slidePx) * 10) / 10}px`;
    changed++;
  }
  // The chart's frame around the SVG: legend entries, notes, the source line.
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el instanceof SVGElement || el.closest('svg')) continue;
    if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())) continue;
    el.style.removeProperty('font-size');
    if (!(el.offsetWidth > 0)) continue;
    const px = parseFloat(getComputedStyle(el).fontSize);
    const slidePx = (px * (el.getBoundingClientRect().width / el.offsetWidth)) / screenPerSlidePx;
    if (!(slidePx > 0) || slidePx >= min - 0.05) continue;
    el.style.fontSize = `${Math.ceil(((px * min) / slidePx) * 10) / 10}px`;
    changed++;
  }
  return changed;
}
