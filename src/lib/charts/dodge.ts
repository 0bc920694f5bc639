// Direct labels must not overlap: spread label positions at least `gap` apart, each as near its
// target as possible (clusters of colliding labels centre on their targets), within [min, max].

export function dodge(targets: readonly number[], gap: number, min = -Infinity, max = Infinity): number[] {
  const order = targets.map((t, i) => ({ t, i })).sort((a, b) => a.t - b.t || a.i - b.i);
  // Each cluster holds consecutive labels stacked `gap` apart from `top`.
  const clusters: { members: number[]; top: number; sum: number }[] = [];
  for (let k = 0; k < order.length; k++) {
    let c = { members: [k], top: order[k].t, sum: order[k].t };
    for (let prev = clusters.at(-1); prev && prev.top + prev.members.length * gap > c.top; prev = clusters.at(-1)) {
      clusters.pop();
      const members = [...prev.members, ...c.members];
      const sum = prev.sum + c.sum;
      // Centre the stack on its members' targets: top = mean(target_j − j·gap).
      const top = sum / members.length - ((members.length - 1) * gap) / 2;
      c = { members, top, sum };
    }
    clusters.push(c);
  }
  const out = new Array<number>(targets.length);
  for (const c of clusters) c.members.forEach((k, j) => (out[order[k].i] = c.top + j * gap));
  // Keep inside the plot: shift down from the top edge, then up from the bottom edge.
  const sorted = order.map((o) => o.i);
  for (let j = 0; j < sorted.length; j++) {
    const floor = j === 0 ? min : out[sorted[j - 1]] + gap;
    if (out[sorted[j]] < floor) out[sorted[j]] = floor;
  }
  for (let j = sorted.length - 1; j >= 0; j--) {
    const ceil = j === sorted.length - 1 ? max : out[sorted[j + 1]] - gap;
    if (out[sorted[j]] > ceil) out[sorted[j]] = ceil;
  }
  return out;
}
