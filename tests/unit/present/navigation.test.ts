// The presenter's keyboard: what clickers send, number + Enter, Home / End, build steps first.
import { describe, expect, it } from 'vitest';
import { frameIndex, frameTotal, navigate, type NavState } from '../../../src/lib/present/navigation';

// Title, a chart with one build step (2 frames), a chart with two (3 frames), a text slide.
const counts = [1, 2, 3, 1];
const at = (slide: number, step = 0): NavState => ({ slide, step, typed: '' });
const press = (s: NavState, ...keys: string[]) => keys.reduce((st, k) => navigate(st, k, counts).state, s);
const pos = (s: NavState) => [s.slide, s.step];

describe('navigate', () => {
  it('→ Space PgDn Enter advance the build step before the slide', () => {
    for (const key of ['ArrowRight', ' ', 'PageDown', 'Enter', 'ArrowDown']) {
      expect(pos(press(at(0), key))).toEqual([1, 0]);
      expect(pos(press(at(1), key))).toEqual([1, 1]);
      expect(pos(press(at(1, 1), key))).toEqual([2, 0]);
    }
    expect(pos(press(at(0), 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight'))).toEqual([3, 0]);
  });

  it('stops at the end and at the start', () => {
    const end = navigate(at(3), 'ArrowRight', counts);
    expect(pos(end.state)).toEqual([3, 0]);
    expect(end.action).toBe('none');
    expect(pos(press(at(0), 'ArrowLeft', 'PageUp'))).toEqual([0, 0]);
  });

  it('← PgUp go back a step, and onto the previous slide fully built', () => {
    expect(pos(press(at(2, 2), 'ArrowLeft'))).toEqual([2, 1]);
    expect(pos(press(at(2, 0), 'PageUp'))).toEqual([1, 1]);
    expect(pos(press(at(3), 'ArrowLeft'))).toEqual([2, 2]);
  });

  it('Home and End', () => {
    expect(pos(press(at(2, 1), 'Home'))).toEqual([0, 0]);
    expect(pos(press(at(0), 'End'))).toEqual([3, 0]);
  });

  it('a slide number then Enter jumps there (the title slide is 1), at its first step', () => {
    let s = press(at(0), '3');
    expect(s.typed).toBe('3');
    expect(pos(s)).toEqual([0, 0]);
    s = press(s, 'Enter');
    expect(pos(s)).toEqual([2, 0]);
    expect(s.typed).toBe('');
    expect(pos(press(at(3), '1', 'Enter'))).toEqual([0, 0]);
    // Beyond the last slide: the last one. Zero: nowhere.
    expect(pos(press(at(0), '9', '9', 'Enter'))).toEqual([3, 0]);
    expect(pos(press(at(2, 1), '0', 'Enter'))).toEqual([2, 1]);
    // Backspace edits the number; another key drops it.
    expect(press(at(0), '1', '2', 'Backspace').typed).toBe('1');
    expect(press(at(0), '2', 'ArrowRight').typed).toBe('');
  });

  it('Esc leaves, F / F5 fullscreen, B or "." blank; other keys are not the presenter’s', () => {
    expect(navigate(at(1), 'Escape', counts).action).toBe('exit');
    expect(navigate(at(1), 'f', counts).action).toBe('fullscreen');
    expect(navigate(at(1), 'F5', counts).action).toBe('fullscreen');
    expect(navigate(at(1), '.', counts).action).toBe('blank');
    const other = navigate(at(1), 'Tab', counts);
    expect(other.handled).toBe(false);
    expect(pos(other.state)).toEqual([1, 0]);
  });

  it('a stale position is clamped into the deck', () => {
    expect(pos(navigate({ slide: 9, step: 9, typed: '' }, 'ArrowLeft', counts).state)).toEqual([2, 2]);
  });

  it('progress counts frames', () => {
    expect(frameTotal(counts)).toBe(7);
    expect(frameIndex(at(0), counts)).toBe(0);
    expect(frameIndex(at(2, 1), counts)).toBe(4);
    expect(frameIndex(at(3), counts)).toBe(6);
  });

  it('its source stands alone: the single-file deck embeds navigate.toString() and gets the same answers', () => {
    const embedded = new Function(`return (${navigate.toString()});`)() as typeof navigate;
    const keys = ['ArrowRight', 'ArrowRight', 'ArrowRight', '4', 'Enter', 'Home', 'End', 'ArrowLeft', 'PageUp', '2', 'Enter', ' ', 'Escape'];
    let a = at(0);
    let b = at(0);
    for (const k of keys) {
      const ra = navigate(a, k, counts);
      const rb = embedded(b, k, counts);
      expect(rb).toEqual(ra);
      a = ra.state;
      b = rb.state;
    }
  });
});
