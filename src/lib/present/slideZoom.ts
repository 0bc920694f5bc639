// How much larger than on the dashboard a chart's 12 px text is drawn on a 1280 × 720 slide (×1.5 on a
// 1920 × 1080 projector). As large as the chart allows: 1.5 (27 px type at 1080p) for lines and short
// rankings; a 63-province ranking needs three columns of 21 bars, a heatmap its 16 rows, so those get less.
import type { SlideData } from './slideSources';

export const MAX_ZOOM = 1.5;
/** Legend and source under a chart, in chart px. */
const CHROME = 64;

export function slideZoom(data: SlideData, height: number): number {
  if (data.kind === 'ranking-bars') {
    const n = data.view.rows.length;
    const perColumn = Math.ceil(n / Math.min(3, Math.max(1, Math.ceil(n / 16))));
    return Math.min(MAX_ZOOM, height / (perColumn * 17 + 8 + CHROME));
  }
  if (data.kind === 'ddci-heatmap') {
    const rows = data.view.units.length;
    const groups = new Set(data.view.units.map((u) => u.group)).size;
    // Header (level, wrapped column names) ~60, colour scale 40, group labels 24 each, rows 20, legends and source.
    return Math.min(MAX_ZOOM, height / (60 + 40 + groups * 24 + rows * 20 + CHROME));
  }
  return MAX_ZOOM;
}
