// The briefing report as a Sở would make it: Hà Tĩnh, PCI 2015, plan 002, target hạng 30. Real server,
// real Chromium; the .docx read back (word/document.xml), opened in LibreOffice headless and looked at
// page by page; the PDF read back with pdf.js. Figures checked against data/*.csv, never typed in.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { screenshot, serverAndBrowser, watchedPage } from './harness';
import { csvRows, num } from '../../src/lib/data/csvRows';
import { readPngSize } from '../../src/lib/present/export/png';
import { readPdf } from '../unit/present-export/helpers';

const pci = csvRows(readFileSync('data/pci_2006_2015_all_provinces.csv', 'utf8'));
const ht = pci.find((r) => r.year === '2015' && r.province === 'Hà Tĩnh')!;
const ht14 = pci.find((r) => r.year === '2014' && r.province === 'Hà Tĩnh')!;
const vi = (v: number) => v.toFixed(2).replace('.', ',');
const SECTIONS = [
  '1. Kết quả chung',
  '2. Chỉ số thành phần kéo điểm lên, kéo điểm xuống',
  '3. So sánh với các tỉnh trong vùng và tỉnh được chọn',
  '4. Mô phỏng mục tiêu: cần bao nhiêu điểm để đạt hạng 30 trở lên',
  '5. Nhiệm vụ kế hoạch nhắm vào các chỉ số thành phần yếu',
  '6. Nguồn số liệu'
];

const app = serverAndBrowser();

/** The text of a .docx, one paragraph a line, read from word/document.xml (unzip). */
function docxText(file: string): string {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join(''))
    .join('\n');
}

/** Runs a command in its own process group with a deadline; the group is killed in any case. */
function run(cmd: string, args: string[], timeoutMs: number): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout!.on('data', (d) => (out += d));
    p.stderr!.on('data', (d) => (out += d));
    const kill = () => {
      try {
        process.kill(-p.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => {
      kill();
      reject(new Error(`${cmd} quá ${timeoutMs} ms: ${out}`));
    }, timeoutMs);
    p.on('error', reject);
    p.on('exit', (code) => {
      clearTimeout(timer);
      kill();
      resolve({ code, out });
    });
  });
}

describe('Báo cáo tóm tắt (Hà Tĩnh, PCI 2015, kế hoạch 002)', () => {
  it('the province page links to it; the .docx holds the figures, opens in LibreOffice and renders; the PDF says the same', async () => {
    const w = await watchedPage(app.browser, { width: 1100, height: 1400 });
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'chiso-briefing-'));
    try {
      const { page } = w;
      await page.goto(`${app.server.url}/tinh/ha-tinh?nam=2015&muc-tieu=hang-30`);
      const link = page.locator('[data-testid="briefing-link"]');
      await link.waitFor();
      const href = new URL((await link.getAttribute('href'))!, app.server.url);
      expect(href.pathname).toBe('/tinh/ha-tinh/bao-cao-tom-tat');
      expect(href.searchParams.get('nam')).toBe('2015');
      expect(href.searchParams.get('muc-tieu')).toBe('hang-30');

      await page.goto(`${app.server.url}/tinh/ha-tinh/bao-cao-tom-tat?nam=2015&chiso=pci&ke-hoach=002&muc-tieu=hang-30`);
      await page.waitForSelector('[data-testid="briefing-doc"] [data-briefing-chart="contribution"] svg');
      await page.waitForSelector('[data-testid="briefing-doc"] [data-briefing-chart="mix"] svg');
      expect(await page.inputValue('[data-testid="briefing-issuer"]')).toBe('UBND TỈNH HÀ TĨNH');
      await screenshot(page, 'briefing-page', true);
      // The issuer and the recipients are the user's to write: what they type goes into the files.
      await page.fill('[data-testid="briefing-issuer"]', 'Sở Kế hoạch và Đầu tư');
      await page.fill('[data-testid="briefing-recipients"]', '- UBND tỉnh (để b/c);\n- Lưu: VT, KH.');

      // ── .docx ──
      const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.click('[data-testid="briefing-docx"]')]);
      expect(dl.suggestedFilename()).toBe('bao-cao-pci-2015-ha-tinh.docx');
      const docx = path.join(tmp, 'bao-cao.docx');
      await dl.saveAs(docx);
      const text = docxText(docx);
      for (const s of ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'Số: …/BC-…', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Tĩnh, ngày … tháng … năm …', 'BÁO CÁO', 'Nơi nhận:', '- UBND tỉnh (để b/c);', '- Lưu: VT, KH.'])
        expect(text, s).toContain(s);
      const lines = text.split('\n');
      const at = SECTIONS.map((s) => lines.indexOf(s));
      expect(at.every((i) => i > 0), `headings ${JSON.stringify(at)}`).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      // Figures from the CSV: the score, the printed rank of 63, the change since 2014.
      expect(text).toContain(`Hà Tĩnh đạt ${vi(num(ht.pci_score)!)} điểm, xếp thứ ${ht.rank}/63`);
      expect(text).toContain(`${ht.rank}/63`);
      const change = num(ht.pci_score)! - num(ht14.pci_score)!;
      expect(text).toContain(`${change < 0 ? '−' : '+'}${vi(Math.abs(change))} điểm`);
      expect(text).toContain('Mô phỏng trên số liệu công bố; trọng số ước lượng, không phải bảng công bố');
      // Plan 002's tasks with a status each.
      expect(text).toMatch(/Kế hoạch 002: \d+ nhiệm vụ gắn với các chỉ số thành phần yếu; trạng thái tính đến ngày \d\d\/\d\d\/\d{4}\./);
      expect(text).toMatch(/KH 002 · NV \d+: /);
      // Sources: the publisher and the source recorded with the 2015 figures.
      expect(text).toMatch(/Nguồn: VCCI/);
      expect(text).toContain(`Số liệu năm 2015: ${ht.source}.`);
      // Two charts as PNG at 2× of their standalone size.
      const media = execFileSync('unzip', ['-Z1', docx], { encoding: 'utf8' }).split('\n').filter((f) => /^word\/media\/.+\.png$/.test(f));
      expect(media).toHaveLength(2);
      for (const m of media) {
        const png = execFileSync('unzip', ['-p', docx, m], { maxBuffer: 64 << 20 });
        expect(readPngSize(new Uint8Array(png)).width).toBeGreaterThanOrEqual(1200);
      }

      // LibreOffice opens it and writes a PDF; the pages go to docs/ as images to look at.
      const profile = path.join(tmp, 'lo-profile');
      const lo = await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', tmp, docx], 180_000);
      expect(lo.code, lo.out).toBe(0);
      // Nothing about the document; LibreOffice's own note that Java is absent (javaldx) is about this machine.
      expect(lo.out.split('\n').filter((l) => /error|warning/i.test(l) && !/javaldx/.test(l))).toEqual([]);
      const converted = path.join(tmp, 'bao-cao.pdf');
      const loPdf = await readPdf(new Uint8Array(readFileSync(converted)));
      expect(loPdf.pages.length).toBeGreaterThanOrEqual(3);
      expect(loPdf.pages[0].text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(Math.round(loPdf.pages[0].width)).toBe(595);
      const shot = await run('pdftoppm', ['-r', '60', '-png', converted, path.join(tmp, 'page')], 60_000);
      expect(shot.code, shot.out).toBe(0);
      mkdirSync('docs', { recursive: true });
      for (const f of readdirSync('docs').filter((x) => /^briefing-docx-page-\d+\.png$/.test(x))) rmSync(path.join('docs', f));
      const pngs = readdirSync(tmp).filter((f) => /^page-\d+\.png$/.test(f)).sort();
      expect(pngs.length).toBe(loPdf.pages.length);
      for (const f of pngs) copyFileSync(path.join(tmp, f), path.join('docs', `briefing-docx-page-${Number(f.match(/\d+/)![0])}.png`));

      // ── PDF ──
      const [dp] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.click('[data-testid="briefing-pdf"]')]);
      expect(dp.suggestedFilename()).toBe('bao-cao-pci-2015-ha-tinh.pdf');
      const pdfBytes = new Uint8Array(readFileSync((await dp.path())!));
      writeFileSync(path.join(tmp, 'own.pdf'), pdfBytes);
      const pdf = await readPdf(pdfBytes);
      expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
      for (const p of pdf.pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
      const all = pdf.pages.map((p) => p.text).join('\n').replace(/\s+/g, ' ');
      for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BÁO CÁO', ...SECTIONS, 'Nơi nhận:']) expect(all, s).toContain(s);
      expect(all).toContain(`xếp thứ ${ht.rank}/63`);
      expect(all).toContain(vi(num(ht.pci_score)!));
      expect(all).toContain(`Số liệu năm 2015: ${ht.source}.`.replace(/\s+/g, ' '));
      // Charts are vector: drawn as paths, no image on any page.
      expect(pdf.pages.reduce((a, p) => a + p.images, 0)).toBe(0);
      for (const f of pdf.fonts) expect(f).toMatch(/^(Noto Sans|Chiso Symbols)$/);
      const own = await run('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', path.join(tmp, 'own.pdf'), path.join(tmp, 'own')], 60_000);
      expect(own.code, own.out).toBe(0);
      const first = readdirSync(tmp).find((f) => /^own-\d+\.png$/.test(f))!;
      copyFileSync(path.join(tmp, first), path.join('docs', 'briefing-pdf-page-1.png'));

      expect(w.external).toEqual([]);
      expect(w.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
    } finally {
      await w.context.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 400_000);
});
