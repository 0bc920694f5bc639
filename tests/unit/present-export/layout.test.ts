import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitContain, SLIDE_PAGE, slideLayout } from '../../../src/lib/present/export/slideLayout';
import { pngSize, readPngSize } from '../../../src/lib/present/export/png';

describe('fitContain', () => {
  it('keeps the aspect ratio and centres', () => {
    expect(fitContain({ width: 200, height: 100 }, { x: 0, y: 0, width: 100, height: 100 })).toEqual({ x: 0, y: 25, width: 100, height: 50 });
    expect(fitContain({ width: 100, height: 400 }, { x: 10, y: 10, width: 200, height: 200 })).toEqual({ x: 85, y: 10, width: 50, height: 200 });
    expect(() => fitContain({ width: 0, height: 1 }, { x: 0, y: 0, width: 1, height: 1 })).toThrow();
  });
});

describe('slideLayout', () => {
  const P = SLIDE_PAGE;
  it('puts the chart under the headline and above notes and footer, inside the margins', () => {
    for (const titleLines of [1, 2, 3])
      for (const notesLines of [0, 3]) {
        const at = slideLayout({ titleLines, titlePt: P.titlePt, notesLines, hasChart: true });
        const box = at.chartBox!;
        expect(box.y).toBeGreaterThanOrEqual(at.titleY + (titleLines - 1) * at.titleStep);
        expect(box.x).toBe(P.margin);
        expect(box.x + box.width).toBe(P.width - P.margin);
        expect(box.y + box.height).toBeLessThan(notesLines ? at.notesY - P.notesPt : at.footerY - P.footerPt);
        expect(at.footerY).toBeLessThan(P.height);
      }
  });

  it('a slide without a chart centres its headline', () => {
    const at = slideLayout({ titleLines: 2, titlePt: P.coverPt, notesLines: 0, hasChart: false });
    expect(at.chartBox).toBeNull();
    const mid = at.titleY - P.coverPt + at.titleStep; // middle of the two-line block
    expect(Math.abs(mid - P.height / 2)).toBeLessThan(40);
  });
});

describe('PNG size', () => {
  it('2× by default for projectors', () => {
    expect(pngSize(760, 431)).toEqual({ width: 1520, height: 862 });
    expect(pngSize(760, 431, 1)).toEqual({ width: 760, height: 431 });
  });
  it('readPngSize reads the IHDR of a real PNG and refuses other bytes', () => {
    const png = new Uint8Array(readFileSync('docs/ranking-2015-ha-tinh.png'));
    const { width, height } = readPngSize(png);
    expect(width).toBeGreaterThan(100);
    expect(height).toBeGreaterThan(100);
    expect(() => readPngSize(new Uint8Array(30))).toThrow();
  });
});

describe('fitContain against the top', () => {
  it('keeps x centred and y at the top of the box', () => {
    expect(fitContain({ width: 200, height: 100 }, { x: 0, y: 10, width: 100, height: 100 }, 'top')).toEqual({ x: 0, y: 10, width: 100, height: 50 });
  });
});
