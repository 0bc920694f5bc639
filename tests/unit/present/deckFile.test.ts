// The single-file deck: self-contained (no URL it could fetch), safe JSON, the keyboard script inside.
import { describe, expect, it } from 'vitest';
import { deckFileHtml, scriptJson } from '../../../src/lib/present/deckFile';

const svg = (label: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1280 720"><text x="10" y="20">${label}</text></svg>`;

describe('deckFileHtml', () => {
  const html = deckFileHtml({
    title: 'Hội nghị <PCI> 2015',
    deckId: 'abc123',
    notes: ['', 'Nhấn mạnh </script><script>alert(2)</script>'],
    counts: [1, 2],
    frames: [
      { slide: 0, step: 0, svg: svg('Tiêu đề') },
      { slide: 1, step: 0, svg: svg('Mọi tỉnh') },
      { slide: 1, step: 1, svg: svg('Hà Tĩnh') }
    ],
    fontCss: "@font-face{font-family:'Noto Sans';src:url(data:font/woff2;base64,AAAA) format('woff2')}",
    background: '#ffffff',
    data: { deck: { meeting: '</script><script>alert(1)</script>' } }
  });

  it('holds every frame, the title escaped', () => {
    expect(html.match(/<section class="frame"/g)!.length).toBe(3);
    expect(html).toContain('<title>Hội nghị &lt;PCI&gt; 2015</title>');
  });

  it('asks for nothing over the network: no src/href, no url() but data:, no http(s) except SVG namespaces', () => {
    expect(html).not.toMatch(/\s(src|href)=/);
    for (const m of html.matchAll(/url\(([^)]*)\)/g)) expect(m[1]).toMatch(/^['"]?data:/);
    const urls = [...html.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => m[0]);
    expect(urls.every((u) => u === 'http://www.w3.org/2000/svg')).toBe(true);
  });

  it('embeds data that cannot close its script element', () => {
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).not.toContain('</script><script>alert(2)');
    expect(JSON.parse(scriptJson({ a: '</script>\u2028' }))).toEqual({ a: '</script>\u2028' });
    expect(scriptJson({ a: '</script>' })).not.toContain('</');
  });

  it('its inline script parses', () => {
    const script = html.slice(html.lastIndexOf('<script>') + 8, html.lastIndexOf('</script>'));
    expect(() => new Function(script)).not.toThrow();
  });
});
