// Both writers on the real model (Hà Tĩnh PCI 2015), without charts (those need a browser: see
// tests/browser/briefing.test.ts): the .docx's page, margins, font and text; the PDF's pages and text.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { csvRows } from '../../../src/lib/data/csvRows';
import os from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { shippedDb } from '../../helpers/shippedDb';
import { loadBriefingView } from '../../../src/lib/views/briefingView';
import { buildBriefing, SECTION_TITLES, type Briefing } from '../../../src/lib/report/briefingModel';
import { briefingDocument } from '../../../src/lib/report/briefingDocx';
import { briefingToPdf } from '../../../src/lib/report/briefingPdf';
import { diskFontLoader, readPdf } from '../present-export/helpers';

const ht = csvRows(readFileSync('data/pci_2006_2015_all_provinces.csv', 'utf8')).find((r) => r.year === '2015' && r.province === 'Hà Tĩnh')!;
let b: Briefing;
beforeAll(async () => {
  const { db } = await shippedDb();
  b = buildBriefing({ view: await loadBriefingView(db, { index: 'pci', unit: 'ha-tinh', year: '2015', peers: null, target: 'hang-30', against: null }), plans: null, planId: null });
}, 120_000);

describe('briefing writers', () => {
  it('.docx: A4 portrait, margins 20/20/30/15 mm, Noto Sans 13 pt, every heading in order', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'chiso-docx-'));
    try {
      const file = path.join(dir, 'b.docx');
      writeFileSync(file, await Packer.toBuffer(briefingDocument(b, {})));
      const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
      const styles = execFileSync('unzip', ['-p', file, 'word/styles.xml'], { encoding: 'utf8' });
      expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(xml).toMatch(/<w:pgMar w:top="1134"[^>]* w:right="850" w:bottom="1134" w:left="1701"/);
      expect(styles).toContain('w:ascii="Noto Sans"');
      expect(styles).toMatch(/<w:sz w:val="26"\/>/);
      const text = xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
      const at = b.blocks.filter((x) => x.kind === 'heading').map((h) => text.indexOf((h as { text: string }).text));
      expect(at.every((i) => i > 0)).toBe(true);
      expect([...at].sort((x, y) => x - y)).toEqual(at);
      expect(text.slice(0, 8)).toEqual(expect.arrayContaining(['UBND TỈNH HÀ TĨNH', 'Số: …/BC-…', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']));
      expect(xml).not.toContain('<w:drawing>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('PDF: A4 pages, the same headings and figures as real text in Noto Sans', async () => {
    const pdf = await readPdf(await briefingToPdf(b, {}, diskFontLoader));
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    for (const p of pdf.pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    const all = pdf.pages.map((p) => p.text).join('\n').replace(/\s+/g, ' ');
    for (const s of [...SECTION_TITLES.filter((t) => !t.startsWith('4.')), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Nơi nhận:', `xếp thứ ${ht.rank}/63`, ht.pci_score.replace('.', ',')])
      expect(all, s).toContain(s);
    for (const f of pdf.fonts) expect(f).toMatch(/^(Noto Sans|Chiso Symbols)$/);
    // From the second page on, the page number (drawn last, at the top).
    expect(pdf.pages[1].text.trim().endsWith('2')).toBe(true);
    expect(pdf.pages[0].text.trim().endsWith('1')).toBe(false);
  });
});
