// Work that can wait one frame: run once the next frame is on screen (a task queued from the frame's
// animation callbacks runs after its paint), or after `maxWait` ms in a tab that draws no frames.

/** Runs `fn` after the next paint; returns a function that cancels it. */
export function afterNextPaint(fn: () => void, maxWait = 100): () => void {
  let done = false;
  let task: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  const cancel = () => {
    done = true;
    clearTimeout(task);
    clearTimeout(fallback);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
  const run = () => {
    if (done) return;
    cancel();
    fn();
  };
  const fallback = setTimeout(run, maxWait);
  if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(() => (task = setTimeout(run, 0)));
  return cancel;
}
