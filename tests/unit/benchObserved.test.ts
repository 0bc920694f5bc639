import { describe, expect, it } from 'vitest';
import { observed } from '../../bench/observed.mjs';

describe("the bench's timing observer", () => {
  it('watches text and inserted nodes, and no attribute when the selector names none', () => {
    expect(observed('h2')).toEqual({ subtree: true, childList: true, characterData: true });
  });
  it('watches exactly the attributes a selector names, so an attribute-only change (a table sorted) still ends the timing', () => {
    expect(observed('[data-testid="ranking-table"][data-sort="diem"]').attributeFilter).toEqual(['data-testid', 'data-sort']);
    expect(observed('[data-testid="trend-chart-score"] g[data-key="51"]').attributeFilter).toEqual(['data-testid', 'data-key']);
    expect(observed('circle[data-year]').attributeFilter).toEqual(['data-year']);
    expect(observed('a[href^="/tinh"]').attributeFilter).toEqual(['href']);
  });
});
