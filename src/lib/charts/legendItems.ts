// A chart's legend as data, drawn the same way on screen (ChartLegend.svelte) and in exported images.
export type LegendMark = 'line' | 'dashed' | 'dotted' | 'box' | 'dot' | 'ring' | 'tick' | 'diamond';

export interface LegendItem {
  label: string;
  colour: string;
  mark: LegendMark;
}

/** SVG for a mark in a 22 × 12 box (shared by screen and export). */
export function legendMarkSvg(mark: LegendMark, colour: string): string {
  switch (mark) {
    case 'line':
      return `<line x1="1" x2="21" y1="6" y2="6" stroke="${colour}" stroke-width="3"/>`;
    case 'dashed':
      return `<line x1="1" x2="21" y1="6" y2="6" stroke="${colour}" stroke-width="2" stroke-dasharray="6 4"/>`;
    case 'dotted':
      return `<line x1="1" x2="21" y1="6" y2="6" stroke="${colour}" stroke-width="2" stroke-dasharray="2 3"/>`;
    case 'box':
      return `<rect x="5" y="0" width="12" height="12" rx="2" fill="${colour}"/>`;
    case 'dot':
      return `<circle cx="11" cy="6" r="5" fill="${colour}"/>`;
    case 'ring':
      return `<circle cx="11" cy="6" r="4.5" fill="none" stroke="${colour}" stroke-width="1.5"/>`;
    case 'tick':
      return `<line x1="11" x2="11" y1="0" y2="12" stroke="${colour}" stroke-width="2.5"/>`;
    case 'diamond':
      return `<path d="M11,1.5L15.5,6L11,10.5L6.5,6Z" fill="#fff" stroke="${colour}" stroke-width="1.5"/>`;
  }
}
