// Reading a slide as the audience sees it: waiting until it has drawn, where the presenter is, and whether
// every text is inside the slide, unhidden by another label and large enough for the back of a hall.
// Shared by the presenting tests (present.test.ts, present-every-kind.test.ts).
import type { BrowserContext, Page } from 'playwright-core';

/** Waits until the slide on screen has drawn its chart (or is a title/text slide). */
export async function slideReady(page: Page) {
  await page.waitForSelector('[data-testid="slide"][data-ready="yes"]', { timeout: 60_000 });
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-testid="slide"]');
    return !!s && (s.getAttribute('data-kind') !== 'chart' || !!s.querySelector('.slide-chart svg'));
  });
  // The chart measures itself, then scales to fit: let it settle.
  await page.waitForTimeout(250);
}

export async function position(page: Page) {
  const p = page.locator('[data-testid="presenter"]');
  return [Number(await p.getAttribute('data-slide')), Number(await p.getAttribute('data-step'))];
}

/** Every text on the slide lies inside the slide, and none of the chart's labels cover each other. */
export async function checkLayout(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector('[data-testid="slide"]')!.getBoundingClientRect();
    const problems: string[] = [];
    const texts = [...document.querySelectorAll('[data-testid="slide"] text, [data-testid="slide"] h1, [data-testid="slide"] h2, [data-testid="slide"] li, [data-testid="slide"] figcaption')];
    const boxes = texts
      .map((t) => ({ t: (t.textContent ?? '').trim(), r: t.getBoundingClientRect(), el: t }))
      .filter((b) => b.t && b.r.width > 0 && getComputedStyle(b.el).visibility !== 'hidden' && !b.el.closest('[style*="display: none"], .toolbar'));
    for (const b of boxes)
      if (b.r.left < slide.left - 1 || b.r.right > slide.right + 1 || b.r.top < slide.top - 1 || b.r.bottom > slide.bottom + 1) problems.push(`outside: ${b.t}`);
    // Chart labels (SVG text) must not overlap one another (ignoring a label and its own tspan parent).
    const svgTexts = boxes.filter((b) => b.el instanceof SVGTextElement && !b.el.closest('.legend-scale') && !b.el.classList.contains('halo'));
    for (let i = 0; i < svgTexts.length; i++)
      for (let j = i + 1; j < svgTexts.length; j++) {
        const a = svgTexts[i].r;
        const c = svgTexts[j].r;
        const ox = Math.min(a.right, c.right) - Math.max(a.left, c.left);
        const oy = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);
        if (ox > 2 && oy > 3) problems.push(`overlap: "${svgTexts[i].t}" / "${svgTexts[j].t}"`);
      }
    // Every text's type size as drawn, in device px: its computed font size times the scale it is drawn at
    // (SVG: the screen CTM, which includes the slide's and the chart's CSS transforms) and the screen's
    // device pixel ratio.
    const drawnSize = (el: Element) => {
      const px = parseFloat(getComputedStyle(el).fontSize) * devicePixelRatio;
      if (el instanceof SVGGraphicsElement) return px * Math.hypot(el.getScreenCTM()!.a, el.getScreenCTM()!.b);
      const h = el as HTMLElement;
      return px * (h.offsetWidth > 0 ? h.getBoundingClientRect().width / h.offsetWidth : 1);
    };
    // Every element that holds text of its own, visible (build steps hide some lines).
    const fonts = [...document.querySelectorAll('[data-testid="slide"] *')]
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
      .filter((el) => el.getBoundingClientRect().width > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('title, desc, style'))
      .map((el) => ({ t: (el.textContent ?? '').trim().slice(0, 40), px: Math.round(drawnSize(el) * 10) / 10 }))
      .sort((x, y) => x.px - y.px);
    // The smallest chart text, in screen px.
    const sizes = svgTexts.map((b) => b.r.height).sort((x, y) => x - y);
    return { problems, smallestFont: fonts[0] ?? null, smallest: sizes[0] ?? null, median: sizes[Math.floor(sizes.length / 2)] ?? null, headline: document.querySelector('[data-testid="slide-headline"]')?.getBoundingClientRect().height ?? null };
  });
}

/**
 * S in the audience's window opens the presenter view in a second window (1600 × 900, a laptop's screen);
 * waits until it is live. `viewAt` reads where it is, as "slide.step".
 */
export async function openPresenterView(context: BrowserContext, audience: Page, errors: string[]) {
  const [view] = await Promise.all([context.waitForEvent('page'), audience.keyboard.press('s')]);
  view.on('pageerror', (e) => errors.push(String(e)));
  await view.setViewportSize({ width: 1600, height: 900 });
  const pv = view.locator('[data-testid="presenter-view"]');
  await view.locator('[data-testid="presenter-view"][data-live="true"]').waitFor();
  const viewAt = async () => [await pv.getAttribute('data-slide'), await pv.getAttribute('data-step')].join('.');
  return { view, viewAt };
}
