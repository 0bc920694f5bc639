// Real server (`node build`) + real Chromium (Debian's /usr/bin/chromium) for browser tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve('tests/browser/screenshots');
export const BUILD_DIR = process.env.CHISO_BUILD_OUT ?? 'build';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface Server {
  url: string;
  proc: ChildProcess;
  /** The server's own fresh store directory (removed on stop unless given). */
  dataDir: string;
  log(): string;
  stop(): Promise<void>;
}

export async function startServer(env: Record<string, string> = {}): Promise<Server> {
  if (!existsSync(path.join(BUILD_DIR, 'handler.js'))) throw new Error('build/ is missing: run `npm run build` first (npm test does it).');
  const port = await freePort();
  const ownDir = !env.CHISO_DATA_DIR;
  const dataDir = env.CHISO_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'chiso-test-'));
  const proc = spawn(process.execPath, ['scripts/server.mjs'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}`, CHISO_DATA_DIR: dataDir, CHISO_DATA_BROTLI_BEST: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let log = '';
  proc.stdout!.on('data', (d) => (log += d));
  proc.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (proc.exitCode != null) throw new Error(`server exited: ${log}`);
    try {
      const r = await fetch(`${url}/xep-hang`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  const cleanup = () => ownDir && rmSync(dataDir, { recursive: true, force: true });
  return {
    url,
    proc,
    dataDir,
    log: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode != null) return resolve(void cleanup());
        proc.once('exit', () => resolve(void cleanup()));
        proc.kill('SIGTERM');
        setTimeout(() => proc.kill('SIGKILL'), 3000);
      })
  };
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium fonts-noto-core`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Requests to anything but this machine: blocked, and listed here. */
  external: string[];
  consoleErrors: string[];
  requests: string[];
}

/** A page whose requests outside localhost are blocked and recorded, and whose console errors are collected. */
export async function watchedPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Watched> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const external: string[] = [];
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    requests.push(u.pathname + u.search);
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.hostname === '127.0.0.1' || u.hostname === 'localhost') return route.continue();
    external.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  return { context, page, external, consoleErrors, requests };
}

export async function screenshot(page: Page, name: string, alsoDocs = false) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  if (alsoDocs) {
    mkdirSync('docs', { recursive: true });
    await page.screenshot({ path: path.join('docs', `${name}.png`), fullPage: false });
  }
}

export async function waitForDuckDb(page: Page) {
  await page.waitForSelector('[data-testid="db-status"][data-status="ready"]', { timeout: 60_000 });
}

/** Signs in through the login form and checks the header names the account. */
export async function signIn(page: Page, baseUrl: string, who: { user: string; pass: string }) {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.fill('input[name="username"]', who.user);
  await page.fill('input[name="password"]', who.pass);
  await page.click('button[type="submit"]');
  await page.waitForSelector('[data-testid="signed-in-as"], [data-testid="login-error"]');
  // count() does not wait; textContent() would wait 30 s for an error that is not there.
  const error = page.locator('[data-testid="login-error"]');
  if (await error.count()) throw new Error(`sign-in as ${who.user} failed: ${await error.textContent()}`);
  const shown = await page.textContent('[data-testid="signed-in-as"]');
  if (shown !== who.user) throw new Error(`signed in as ${shown}, expected ${who.user}`);
}

/**
 * One server and one browser for a test file: started before its tests, the browser closed first after
 * them (/usr/bin/chromium is a wrapper: an unclosed browser outlives the run). Read them as app.server, app.browser.
 */
export function serverAndBrowser(env: Record<string, string> = {}): { server: Server; browser: Browser } {
  const app = {} as { server: Server; browser: Browser };
  beforeAll(async () => {
    app.server = await startServer(env);
    app.browser = await launch();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return app;
}
