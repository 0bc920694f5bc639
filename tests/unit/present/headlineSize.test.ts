import { describe, expect, it } from 'vitest';
import { HEADLINE_FITS, headlineFit, smallerFit } from '../../../src/lib/present/headlineSize';

// Headlines the app writes (slideHeadline.ts), as shown on the every-kind deck's slides.
const SHORT = 'PCI 2015: Hà Tĩnh xếp thứ 45/63, giảm 10 bậc so với 2014';
const COMPONENTS =
  'PCI 2015 — Hà Tĩnh: chỉ số thành phần thay đổi nhiều nhất so với 2014: Đào tạo lao động −1,07; Tính minh bạch +0,64; Thiết chế pháp lý và an ninh trật tự −0,62';
const DDCI_GROUPS =
  'DDCI Hà Tĩnh 2021: cao điểm nhất trong 10 đơn vị có số liệu của nhóm sở, ban, ngành là Sở Giáo dục và đào tạo (84,89 điểm); cao điểm nhất trong 7 đơn vị có số liệu của nhóm huyện, thị xã, thành phố là Thị xã Hồng Lĩnh (89,45 điểm)';
const WIDTH = 1280 - 2 * 56;

describe('headlineFit', () => {
  it('a one-line headline keeps the largest size', () => {
    expect(headlineFit(SHORT.length, WIDTH)).toEqual({ size: 38, lines: 2 });
  });
  it('a headline naming three components steps down to stay in two lines instead of losing its end', () => {
    const fit = headlineFit(COMPONENTS.length, WIDTH);
    expect(fit.size).toBeLessThan(32);
    expect(fit.lines).toBe(2);
  });
  it('two DDCI groups\' leaders (~230 characters) stay in two lines, at no less than 27 px on a 1080p projector', () => {
    const fit = headlineFit(DDCI_GROUPS.length, WIDTH);
    expect(fit.lines).toBe(2);
    expect(fit.size * 1.5).toBeGreaterThanOrEqual(27);
    expect(Math.min(...HEADLINE_FITS.map((f) => f.size)) * 1.5).toBeGreaterThanOrEqual(24);
  });
  it('a headline at the 300-character limit takes a third line; the step-down ends there', () => {
    expect(headlineFit(300, WIDTH)).toEqual({ size: 18, lines: 3 });
    expect(smallerFit({ size: 38, lines: 2 })).toEqual({ size: 34, lines: 2 });
    expect(smallerFit({ size: 18, lines: 2 })).toEqual({ size: 18, lines: 3 });
    expect(smallerFit({ size: 18, lines: 3 })).toBeNull();
  });
});
