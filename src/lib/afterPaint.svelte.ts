// A value that follows another once the next frame is painted (afterNextPaint.ts): for a long section below
// the first screen, so a change draws the first screen without waiting for it. Build `get` as one object
// of everything the section shows, so it moves whole and never mixes two states.
import { untrack } from 'svelte';
import { afterNextPaint } from './afterNextPaint';

export interface AfterPaint<T> {
  /** What to show: the latest value once a frame has been painted since it came. */
  readonly current: T;
  /** A newer value is waiting for the next paint. */
  readonly pending: boolean;
}

/** Call during a component's initialisation; the first value is shown at once (and rendered on the server). */
export function afterPaint<T>(get: () => T): AfterPaint<T> {
  const latest = $derived(get());
  let shown = $state.raw(untrack(() => latest));
  $effect(() => {
    const next = latest;
    if (next === untrack(() => shown)) return;
    return afterNextPaint(() => (shown = next));
  });
  return {
    get current() {
      return shown;
    },
    get pending() {
      return shown !== latest;
    }
  };
}
