// A plan on a slide: late first, statuses worst first, a headline about the plan's own tasks only.
// Counts and values here are placeholders: the order and the words are what is tested.
import { describe, expect, it } from 'vitest';
import { orderForSlide, planSlideHeadline, statusLine } from '../../../src/lib/plans/planSlide';
import type { ComponentView } from '../../../src/lib/plans/planViews';

const comp = (component: string, counts: ComponentView['counts']): ComponentView => ({
  indexId: 'pci',
  indexShort: 'PCI',
  component,
  name: component,
  tasks: [],
  counts,
  suggested: 0,
  confirmed: 0,
  series: [],
  headline: '',
  change: null,
  scaleMax: 10
});

describe('plan slide', () => {
  it('puts components with quá hạn targets first, then chậm, else keeps the plan’s order', () => {
    const order = orderForSlide([comp('a', { dat: 3 }), comp('b', { cham: 2 }), comp('c', { qua_han: 1, cham: 5 }), comp('d', { qua_han: 4 }), comp('e', {})]);
    expect(order.map((c) => c.component)).toEqual(['d', 'c', 'b', 'a', 'e']);
  });
  it('lists statuses worst first, only those present', () => {
    expect(statusLine({ dat: 1, qua_han: 2, dung_tien_do: 3 })).toBe('quá hạn 2 · đúng tiến độ 3 · đạt 1');
    expect(statusLine({})).toBe('');
  });
  it('says how many components and late targets, and nothing about ranks', () => {
    const v = { planId: '002', title: 'Kế hoạch 002', province: 'Hà Tĩnh', today: '2026-12-10', components: [comp('a', { qua_han: 2 }), comp('b', { qua_han: 1, dat: 1 })] };
    expect(planSlideHeadline(v)).toBe('Kế hoạch 002: 2 chỉ số thành phần được nhắm tới; 3 mục tiêu quá hạn');
    expect(planSlideHeadline({ ...v, components: [comp('a', { dat: 1 })] })).toBe('Kế hoạch 002: 1 chỉ số thành phần được nhắm tới; không có mục tiêu quá hạn');
    expect(planSlideHeadline({ ...v, components: [] })).toBe('Kế hoạch 002: chưa liên kết chỉ số thành phần nào');
  });
});
