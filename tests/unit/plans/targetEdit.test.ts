// Editing a saved target, as typed by an editor: vi-VN numbers, months, and the errors they get.
import { describe, expect, it } from 'vitest';
import { applyTargetEdit, editableNumber } from '../../../src/lib/plans/targetEdit';
import type { Target } from '../../../src/lib/plans/types';

const window = { from: { year: 2024, month: 1 }, to: { year: 2024, month: 12 } };
// Shapes of the seeds' targets (seed 002: "ít nhất 02 tin, bài/tháng", "100% …"); the numbers are the edit's.
const rate: Target = { kind: 'rate', min: 2, max: null, per: 'month', unitWord: 'tin, bài', source: 'ít nhất 02 tin, bài/tháng' };
const range: Target = { kind: 'rate', min: 2, max: 3, per: 'month', unitWord: 'bài', source: '02–03 bài/tháng' };
const percent: Target = { kind: 'percent', percent: 100, of: 'cơ quan có chuyên mục', source: '100% cơ quan có chuyên mục' };
const cont: Target = { kind: 'continuous', year: 2024, source: 'Thường xuyên' };
const win: Target = { kind: 'window', from: { year: 2024, month: 1 }, to: { year: 2024, month: 3 }, source: 'Quý I/2024' };

describe('applyTargetEdit', () => {
  it('reads vi-VN numbers and keeps what is not typed', () => {
    const r = applyTargetEdit({ target: rate, window }, { value: '1,5' });
    expect(r.ok && r.target).toMatchObject({ kind: 'rate', min: 1.5, max: null });
    expect(r.ok && r.window).toEqual(window);
    expect(applyTargetEdit({ target: percent, window }, { value: '90' })).toMatchObject({ ok: true, target: { percent: 90 } });
  });
  it('moves a range with its minimum, keeping its width', () => {
    expect(applyTargetEdit({ target: range, window }, { value: '4' })).toMatchObject({ ok: true, target: { min: 4, max: 5 } });
  });
  it('changes a window, and a window target’s own dates with it', () => {
    const r = applyTargetEdit({ target: win, window }, { from: '2024-04', to: '2024-06' });
    expect(r).toMatchObject({ ok: true, target: { from: { year: 2024, month: 4 }, to: { year: 2024, month: 6 } }, window: { from: { year: 2024, month: 4 } } });
  });
  it('says in Vietnamese what is wrong, and with which field', () => {
    expect(applyTargetEdit({ target: rate, window }, { value: 'abc' })).toMatchObject({ ok: false, field: 'value', error: '“abc” không phải là một con số.' });
    expect(applyTargetEdit({ target: rate, window }, { value: '-1' })).toMatchObject({ ok: false, field: 'value' });
    expect(applyTargetEdit({ target: percent, window }, { value: '120' })).toMatchObject({ ok: false, field: 'value' });
    expect(applyTargetEdit({ target: cont, window }, { value: '3' })).toMatchObject({ ok: false, field: 'value' });
    expect(applyTargetEdit({ target: rate, window }, { to: '2023-12' })).toMatchObject({ ok: false, field: 'to' });
    expect(applyTargetEdit({ target: rate, window }, { from: '03/2024' })).toMatchObject({ ok: false, field: 'from' });
  });
  it('names the number of each countable kind, and none for the others', () => {
    expect(editableNumber(rate)?.label).toBe('Tối thiểu (tin, bài/tháng)');
    expect(editableNumber(percent)?.max).toBe(100);
    expect(editableNumber(cont)).toBeNull();
  });
});
