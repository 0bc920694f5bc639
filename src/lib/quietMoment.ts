// A quiet moment: no input for a while, then the main thread idle. Background work (the warm-up questions
// to DuckDB, the offline worker's install) waits for one, so it never competes with a click for the cores.

const INPUT_EVENTS = ['pointerdown', 'keydown', 'input', 'change', 'wheel'] as const;
let lastInput = -Infinity;
let watching = false;

/** Starts noting input on `target` (once), and counts now as the last input. */
export function watchInput(target: Pick<EventTarget, 'addEventListener'> | undefined = typeof window === 'undefined' ? undefined : window): void {
  lastInput = performance.now();
  if (watching || !target) return;
  watching = true;
  for (const type of INPUT_EVENTS) target.addEventListener(type, () => (lastInput = performance.now()), { capture: true, passive: true });
}

const idle = (timeout: number) =>
  new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout }) : setTimeout(resolve, 0)
  );

/**
 * Resolves once no input has come for `quietMs` and the main thread has been idle (at most `idleTimeout` ms
 * later). A function is asked again after each wait (what counts as quiet can change with the page).
 */
export async function quietMoment(quietMs: number | (() => number), idleTimeout = 1000): Promise<void> {
  for (;;) {
    const wait = lastInput + (typeof quietMs === 'function' ? quietMs() : quietMs) - performance.now();
    if (wait <= 0) break;
    await new Promise((r) => setTimeout(r, wait));
  }
  await idle(idleTimeout);
}

/** For tests: forget the input seen so far. */
export function resetInputWatch(): void {
  lastInput = -Infinity;
  watching = false;
}
