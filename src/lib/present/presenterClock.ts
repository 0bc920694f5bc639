// The presenter view's two clocks. Stand alone (the single-file deck embeds their source).

/** "07:05" for 7 min 5 s; "1:02:09" past an hour. */
export function formatElapsed(ms: number): string {
  const t = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const s = t % 60;
  const two = (n: number) => (n < 10 ? '0' + n : String(n));
  return h > 0 ? h + ':' + two(m) + ':' + two(s) : two(m) + ':' + two(s);
}

/** The time of day as the room's clock shows it: "14:05". */
export function formatClock(d: Date): string {
  const two = (n: number) => (n < 10 ? '0' + n : String(n));
  return two(d.getHours()) + ':' + two(d.getMinutes());
}
