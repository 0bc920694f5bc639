import { describe, expect, it } from 'vitest';
import { escapeMarkup, svgNumber } from '$lib/text/markup';

describe('markup written by hand', () => {
  it('escapes what would end a text or an attribute, and leaves Vietnamese as it is', () => {
    expect(escapeMarkup('<script>"Bà Rịa & Vũng Tàu"</script>')).toBe('&lt;script&gt;&quot;Bà Rịa &amp; Vũng Tàu&quot;&lt;/script&gt;');
    expect(escapeMarkup('&amp;')).toBe('&amp;amp;'); // escaped once more, never read back as markup
  });
  it('writes coordinates to two decimals without trailing zeros', () => {
    expect([12.5, 3.14159, 100, -0.004].map(svgNumber)).toEqual(['12.5', '3.14', '100', '0']);
  });
});
