import { describe, expect, it } from 'vitest';
import { standaloneSvg } from '../../../src/lib/charts/export/standaloneSvg';
import { asInner, isStandalone, svgToStandalone, wrapStandalone } from '../../../src/lib/present/export/standalone';
import { externalReferences, stripFontFaces, svgSize, svgTextContent, usesBold, withFontFaces } from '../../../src/lib/present/export/svgText';
import { diskFontLoader } from './helpers';
import { PLACES } from './vietnamese';

// A chart's <svg> as ChartFrame serialises it (styles inlined): bars and direct labels with real province names.
const names = PLACES.split(', ').slice(0, 4);
const chart =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 ${names.length * 24}" width="480" height="${names.length * 24}" style="font-family:&quot;Noto Sans&quot;, sans-serif">` +
  names
    .map((n, i) => `<g transform="translate(0,${i * 24})"><rect x="120" width="${300 - i * 40}" height="18" style="fill:#01665e"/><text x="114" y="13" style="text-anchor:end;font-size:12px">${n}</text></g>`)
    .join('') +
  `</svg>`;
const opts = { title: 'Xếp hạng PCI 2015 — Hà Tĩnh và các tỉnh', source: 'Nguồn: VCCI, PCI 2015 (ưu đãi & “Thừa Thiên Huế”)', load: diskFontLoader };

describe('svgToStandalone', () => {
  it('wraps a chart SVG with its title and source, and embeds the font it needs', async () => {
    const out = await svgToStandalone(chart, opts);
    expect(isStandalone(out.svg)).toBe(true);
    expect(out.width).toBe(480);
    expect(out.height).toBeGreaterThan(96);
    const text = svgTextContent(out.svg);
    expect(text).toContain('Xếp hạng PCI 2015 — Hà Tĩnh và các tỉnh');
    expect(text).toContain('Nguồn: VCCI, PCI 2015 (ưu đãi & “Thừa Thiên Huế”)');
    for (const n of names) expect(text).toContain(n);
    // The title is bold: both weights travel; Vietnamese needs the latin and vietnamese subsets.
    const faces = [...out.svg.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => m[1]);
    expect(faces).toHaveLength(4);
    expect(faces.every((f) => f.includes("font-family:'Noto Sans'") && f.includes('src:url(data:font/woff2;base64,'))).toBe(true);
    expect(new Set(faces.map((f) => /font-weight:(\d+)/.exec(f)![1]))).toEqual(new Set(['400', '700']));
  });

  it('names no external URL anywhere: every url() and href is data: or #fragment', async () => {
    const out = await svgToStandalone(chart, opts);
    expect(externalReferences(out.svg)).toEqual([]);
    // The only "http" left are XML namespace names, which are never fetched.
    const urls = out.svg.match(/https?:\/\/[^\s"'<>)]+/g) ?? [];
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']));
    expect(out.svg).not.toMatch(/@import|<script|<foreignObject|xlink:href="http/i);
  });

  it('is well-formed XML with the font block once, however often it is run', async () => {
    const once = await svgToStandalone(chart, opts);
    const twice = await svgToStandalone(once.svg, opts);
    expect(twice.svg.match(/class="chiso-font"/g)).toHaveLength(1);
    expect(twice.svg.match(/class="export-title"/g)).toHaveLength(1);
    expect(twice.height).toBe(once.height);
    expect(once.svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(once.svg).toContain('<![CDATA[');
  });

  it('a regular-only SVG (already standalone, nothing bold) embeds only the regular face', async () => {
    const plain = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><g class="export-title"></g><text x="4" y="20">Quảng Ngãi</text></svg>`;
    const out = await svgToStandalone(plain, opts);
    expect(out.svg.match(/font-weight:(\d+)/g)).toEqual(['font-weight:400', 'font-weight:400']);
  });

  it('matches ChartFrame’s own standaloneSvg output apart from the font block', async () => {
    const mine = wrapStandalone(chart, opts);
    const theirs = standaloneSvg({ ...asInner(chart), title: opts.title, source: opts.source });
    expect(mine.svg).toBe(theirs.svg);
    const withFont = await svgToStandalone(chart, opts);
    expect(stripFontFaces(withFont.svg)).toBe(theirs.svg);
  });
});

describe('svgText helpers', () => {
  it('svgSize reads width/height, else the viewBox', () => {
    expect(svgSize('<svg width="640" height="360">')).toEqual({ width: 640, height: 360 });
    expect(svgSize('<?xml version="1.0"?><svg viewBox="0 0 800 450" width="100%">')).toEqual({ width: 800, height: 450 });
    expect(() => svgSize('<svg>')).toThrow();
  });

  it('svgTextContent decodes entities and skips the font block', () => {
    const s = withFontFaces('<svg width="1" height="1"><text>Đắk &amp; Lắk &#7913;&#x1EEB;</text></svg>', '@font-face{src:url(data:x)}');
    expect(svgTextContent(s).trim()).toBe('Đắk & Lắk ứừ');
  });

  it('usesBold sees attributes and inline styles', () => {
    expect(usesBold('<text font-weight="700">')).toBe(true);
    expect(usesBold('<text style="font-weight:600;fill:#000">')).toBe(true);
    expect(usesBold('<text style="font-weight:400">')).toBe(false);
  });

  it('asInner places a chart at 0,0 without an XML declaration', () => {
    const { inner } = asInner('<?xml version="1.0"?>\n<svg x="5" width="10" height="20" viewBox="0 0 10 20"><rect/></svg>');
    expect(inner).toBe('<svg x="0" y="0" width="10" height="20" viewBox="0 0 10 20"><rect/></svg>');
  });

  it('externalReferences finds what a file would fetch', () => {
    expect(externalReferences('<image href="https://x.org/a.png"/><style>@import url(http://f/c.css)</style><use href="#a"/><rect style="fill:url(#g)"/>')).toEqual([
      'http://f/c.css',
      'https://x.org/a.png'
    ]);
  });
});

describe('font probe for the PNG step', () => {
  it('adds one probe glyph per embedded face in a strip under the chart, and nothing to an SVG without fonts', async () => {
    const { withFontProbe, embeddedFaces, PROBE, PROBE_CHARS } = await import('../../../src/lib/present/export/fontProbe');
    const out = await svgToStandalone(chart, opts);
    const faces = embeddedFaces(out.svg);
    expect(faces).toEqual([
      { weight: 400, subset: 'latin' },
      { weight: 400, subset: 'vietnamese' },
      { weight: 700, subset: 'latin' },
      { weight: 700, subset: 'vietnamese' }
    ]);
    const probed = withFontProbe(out.svg)!;
    expect(probed.width).toBe(out.width);
    expect(probed.height).toBe(out.height);
    expect(probed.svg).toContain(`height="${out.height + PROBE.strip}"`);
    expect(probed.svg.match(/<text x="\d+" y="\d+" font-family="'Noto Sans'"[^>]*>[^<]+<\/text><\/svg>$/)).not.toBeNull();
    for (const f of faces) expect(probed.svg).toContain(`font-weight="${f.weight}" fill="#000">${PROBE_CHARS[f.subset]}</text>`);
    // The chart itself is inside, whole, font block included (the probes use its faces).
    expect(probed.svg).toContain('class="chiso-font"');
    expect(svgTextContent(probed.svg)).toContain(opts.title);
    expect(withFontProbe(chart)).toBeNull();
  });
});
