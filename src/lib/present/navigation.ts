// The presenter's keyboard as a state machine: what a key does to (slide, step, typed digits).
// Clickers send → ← Space PgUp PgDn (and "." or "b" to blank the screen, F5 to start); a slide number
// followed by Enter jumps there. A slide with build steps advances its step before the slide.
//
// `navigate` is written to stand alone (no imports, no outer names): the single-file deck embeds its
// source text (navigate.toString()) as the inline script, so the app and the file share one tested
// implementation.

export interface NavState {
  /** 0 = the title slide. */
  slide: number;
  /** Build step within the slide; its last step shows the full chart. */
  step: number;
  /** Digits typed so far for "number + Enter". */
  typed: string;
}

export type NavAction = 'none' | 'move' | 'typing' | 'exit' | 'fullscreen' | 'blank';

export interface NavResult {
  state: NavState;
  action: NavAction;
  /** The key was the presenter's: the page should not also act on it (scroll, reload). */
  handled: boolean;
}

/**
 * @param counts frames per slide (title slide included): `stepCounts(deck.slides)`.
 */
export function navigate(state: NavState, key: string, counts: readonly number[]): NavResult {
  const last = counts.length - 1;
  const lastStep = (slide: number) => Math.max(0, (counts[slide] || 1) - 1);
  const at = (slide: number, step: number): NavResult => ({ state: { slide, step, typed: '' }, action: 'move', handled: true });
  const s = { slide: Math.max(0, Math.min(last, state.slide)), step: state.step, typed: state.typed || '' };
  s.step = Math.max(0, Math.min(lastStep(s.slide), s.step));

  if (key.length === 1 && key >= '0' && key <= '9') {
    // Three digits are enough for any deck; a fourth starts over.
    const typed = s.typed.length >= 3 ? key : s.typed + key;
    return { state: { slide: s.slide, step: s.step, typed }, action: 'typing', handled: true };
  }
  if (key === 'Backspace' && s.typed) return { state: { slide: s.slide, step: s.step, typed: s.typed.slice(0, -1) }, action: 'typing', handled: true };
  if (key === 'Enter' && s.typed) {
    const n = parseInt(s.typed, 10);
    // Slide numbers are the ones on screen: the title slide is 1.
    if (!(n >= 1)) return { state: { slide: s.slide, step: s.step, typed: '' }, action: 'none', handled: true };
    return at(Math.min(last, n - 1), 0);
  }
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
    case 'Enter':
    case 'n':
    case 'N':
      if (s.step < lastStep(s.slide)) return at(s.slide, s.step + 1);
      if (s.slide < last) return at(s.slide + 1, 0);
      return { state: { slide: s.slide, step: s.step, typed: '' }, action: 'none', handled: true };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
    case 'p':
    case 'P':
      if (s.step > 0) return at(s.slide, s.step - 1);
      // Back onto the previous slide shows it as it was left: fully built.
      if (s.slide > 0) return at(s.slide - 1, lastStep(s.slide - 1));
      return { state: { slide: s.slide, step: s.step, typed: '' }, action: 'none', handled: true };
    case 'Home':
      return at(0, 0);
    case 'End':
      return at(last, lastStep(last));
    case 'Escape':
      return { state: { slide: s.slide, step: s.step, typed: '' }, action: 'exit', handled: true };
    case 'f':
    case 'F':
    case 'F5':
      return { state: { slide: s.slide, step: s.step, typed: '' }, action: 'fullscreen', handled: true };
    case 'b':
    case 'B':
    case '.':
      return { state: { slide: s.slide, step: s.step, typed: '' }, action: 'blank', handled: true };
    default:
      return { state: s, action: 'none', handled: false };
  }
}

/** Position of a frame among all frames (for the progress bar): 0 … total − 1. */
export function frameIndex(state: Pick<NavState, 'slide' | 'step'>, counts: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < state.slide && i < counts.length; i++) n += counts[i];
  return n + state.step;
}

export function frameTotal(counts: readonly number[]): number {
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * The frame after `state` (the next build step, else the next slide's first), or null at the end: what the
 * presenter view shows as "Tiếp theo". Stands alone like `navigate` (the single-file deck embeds it).
 */
export function nextFrame(state: { slide: number; step: number }, counts: readonly number[]): { slide: number; step: number } | null {
  const steps = counts[state.slide] || 1;
  if (state.step < steps - 1) return { slide: state.slide, step: state.step + 1 };
  if (state.slide < counts.length - 1) return { slide: state.slide + 1, step: 0 };
  return null;
}
