// Legend swatches in the slide's picture (single-file deck, PDF): hatched and dashed boxes stay hatched and
// dashed, as the page draws them (the DDCI legend's "không áp dụng" and "chưa công bố").
import { describe, expect, it } from 'vitest';
import { boxPaint, readStripes } from '../../../src/lib/present/boxPaint';

// What Chromium's getComputedStyle gives for the DDCI legend's swatches (UnitHeatmap.svelte).
const HATCH = 'repeating-linear-gradient(45deg, rgb(238, 240, 242) 0px, rgb(238, 240, 242) 3px, rgb(184, 192, 200) 3px, rgb(184, 192, 200) 4.5px)';
const style = (o: Partial<Parameters<typeof boxPaint>[0]>) => ({
  backgroundColor: 'rgba(0, 0, 0, 0)',
  backgroundImage: 'none',
  borderTopWidth: '1px',
  borderTopStyle: 'solid',
  borderTopColor: 'rgb(154, 165, 177)',
  ...o
});
const box = { x: 10, y: 20, width: 18, height: 12 };

describe('readStripes', () => {
  it('reads the hatch as two bands of a 4,5 px period at 45°', () => {
    expect(readStripes(HATCH)).toEqual({
      angle: 45,
      period: 4.5,
      stripes: [
        { colour: 'rgb(238, 240, 242)', from: 0, to: 3 },
        { colour: 'rgb(184, 192, 200)', from: 3, to: 4.5 }
      ]
    });
  });
  it('refuses what it cannot draw as bands', () => {
    expect(readStripes('linear-gradient(rgb(0, 0, 0), rgb(255, 255, 255))')).toBeNull();
    expect(readStripes('repeating-linear-gradient(45deg, rgb(1, 2, 3) 0%, rgb(4, 5, 6) 50%)')).toBeNull();
    expect(readStripes('url(x.png)')).toBeNull();
  });
});

describe('boxPaint', () => {
  it('draws the hatched swatch with a pattern, not a plain box', () => {
    const svg = boxPaint(style({ backgroundImage: HATCH }), box, 'box3');
    expect(svg).toContain('<pattern id="box3"');
    expect(svg).toContain('patternTransform="rotate(-45)"');
    expect(svg).toContain('fill="url(#box3)"');
    expect(svg).toContain('fill="rgb(184, 192, 200)"');
    expect(svg).not.toContain('stroke-dasharray');
  });
  it('keeps a dashed border dashed and a solid one solid', () => {
    const dashed = boxPaint(style({ borderTopStyle: 'dashed', backgroundColor: 'rgb(255, 255, 255)' }), box, 'b');
    expect(dashed).toMatch(/stroke-dasharray="3 2"/);
    expect(dashed).toContain('fill="rgb(255, 255, 255)"');
    const solid = boxPaint(style({ backgroundColor: 'rgb(255, 255, 255)' }), box, 'b');
    expect(solid).not.toContain('stroke-dasharray');
    expect(solid).toContain('stroke="rgb(154, 165, 177)"');
  });
  it('draws nothing for an empty or invisible box', () => {
    expect(boxPaint(style({ borderTopWidth: '0px' }), box, 'b')).toBe('');
    expect(boxPaint(style({ backgroundColor: 'rgb(0, 0, 0)' }), { ...box, width: 0 }, 'b')).toBe('');
    expect(boxPaint(style({ borderTopStyle: 'none' }), box, 'b')).toBe('');
  });
});
