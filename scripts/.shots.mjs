// ad-hoc screenshots (not committed)
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
const port = 4100 + Math.floor(Math.random() * 500);
const dir = mkdtempSync(path.join(os.tmpdir(), 'chiso-shot-'));
const proc = spawn(process.execPath, ['scripts/server.mjs'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}`, CHISO_DATA_DIR: dir }, stdio: 'inherit' });
const url = `http://127.0.0.1:${port}`;
for (let i = 0; i < 200; i++) { try { if ((await fetch(url + '/xep-hang')).ok) break; } catch {} await new Promise((r) => setTimeout(r, 150)); }
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const [name, p] of JSON.parse(process.argv[2])) {
    await page.goto(url + p, { waitUntil: 'networkidle' });
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
    const txt = await page.evaluate(() => document.querySelector('main')?.innerText.slice(0, 1500));
    console.log(`=== ${name}\n${txt}\n`);
  }
} finally { await browser.close(); proc.kill(); }
