// Who may change what: every state-changing route, found from the route tree (a +server.ts exporting
// POST/PUT/PATCH/DELETE, a +page.server.ts with actions), is in this file's table, or the test fails — a new
// route cannot ship unnoticed. Each is then tried against the built server as a person would:
// anonymous, a signed-in viewer without the token, and that viewer with it. Real server, real store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { APIRequestContext, Browser, BrowserContext } from 'playwright-core';
import { launch, signIn, startServer, type Server } from './harness';

/** Who may: 'anyone' (sign in/out), 'signed-in' (own things), 'owner' (a deck someone else made), 'reporter' (units assigned), 'editor', 'admin'. */
type Who = 'anyone' | 'signed-in' | 'owner' | 'reporter' | 'editor' | 'admin';
const TABLE: Record<string, Who> = {
  'POST /api/decks': 'signed-in',
  'PUT /api/decks/[id]': 'owner',
  'DELETE /api/decks/[id]': 'owner',
  'POST /api/decks/[id]/order': 'owner',
  'POST /api/decks/[id]/slides': 'owner',
  'POST /api/plans/import': 'editor',
  'POST /api/plans/links': 'editor',
  'POST /api/plans/targets': 'editor',
  'POST /api/reports': 'reporter',
  'POST /api/reports/csv': 'reporter',
  'POST /api/upload/commit': 'editor',
  'POST /api/upload/preview': 'editor',
  'POST /api/versions/[id]/rollback': 'admin',
  'POST /bao-cao/phan-cong?/assign': 'admin',
  'POST /bao-cao/phan-cong?/addUnit': 'admin',
  'POST /dang-nhap?/default': 'anyone',
  'POST /dang-xuat?/default': 'anyone',
  'POST /danh-muc-don-vi?/alias': 'admin',
  'POST /quan-tri?/createUser': 'admin',
  'POST /quan-tri?/setRole': 'admin',
  'POST /quan-tri?/setDisabled': 'admin',
  'POST /quan-tri?/publicRead': 'admin',
  'POST /quan-tri?/definition': 'admin',
  'POST /tai-khoan?/password': 'signed-in'
};

/** The state-changing routes in src/routes, as "METHOD /path" or "POST /path?/action". */
function routesInTree(dir = 'src/routes'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === '+server.ts' || name === '+page.server.ts') {
        const text = readFileSync(p, 'utf8');
        const route = '/' + path.relative('src/routes', path.dirname(p)).split(path.sep).filter(Boolean).join('/');
        for (const m of text.matchAll(/export\s+(?:const|async\s+function|function)\s+(POST|PUT|PATCH|DELETE)\b/g)) out.push(`${m[1]} ${route}`);
        const actions = /export\s+const\s+actions\b[^{]*\{([\s\S]*?)\n\};/.exec(text);
        if (actions) for (const a of actions[1].matchAll(/^ {2}([A-Za-z_]\w*)\s*:/gm)) out.push(`POST ${route}?/${a[1]}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}

const ADMIN = { user: 'quantri', pass: randomBytes(12).toString('base64url') };
const VIEWER = { user: 'nguoixem', pass: randomBytes(12).toString('base64url') };
let server: Server;
let browser: Browser;
let admin: BrowserContext;
let viewer: BrowserContext;
let viewerToken = '';
let adminDeck = '';

async function tokenOf(ctx: BrowserContext, who: { user: string; pass: string }): Promise<string> {
  const page = await ctx.newPage();
  await signIn(page, server.url, who);
  const t = await page.getAttribute('input[name="csrf"]', 'value');
  await page.close();
  return t ?? '';
}

/** One request as a form post (actions) or JSON (endpoints), with or without the session's token. */
async function attempt(req: APIRequestContext, key: string, token: string | null): Promise<{ status: number; location: string | null }> {
  const [method, target] = key.split(' ');
  const url = server.url + target.replace('[id]', adminDeck || 'x');
  const headers: Record<string, string> = { origin: server.url };
  const form = target.includes('?/');
  if (token && !form) headers['x-csrf-token'] = token;
  // Forms post as the app's enhanced forms do: SvelteKit then answers an action's fail(403) or redirect
  // as JSON ({type, status, location}) instead of re-rendering the page with 200.
  const res = await req.fetch(url, {
    method,
    headers: form
      ? { ...headers, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'x-sveltekit-action': 'true' }
      : { ...headers, 'content-type': 'application/json' },
    data: form ? (token ? `csrf=${encodeURIComponent(token)}&x=1` : 'x=1') : '{}',
    maxRedirects: 0
  });
  if (form && res.status() === 200) {
    const body = (await res.json().catch(() => null)) as { type?: string; status?: number; location?: string } | null;
    if (body?.type === 'failure' || body?.type === 'redirect') return { status: body.status ?? 200, location: body.location ?? null };
  }
  return { status: res.status(), location: res.headers()['location'] ?? null };
}

const refused = (r: { status: number; location: string | null }) =>
  r.status === 401 || r.status === 403 || (r.status >= 300 && r.status < 400 && /\/dang-nhap/.test(r.location ?? ''));

beforeAll(async () => {
  server = await startServer({ CHISO_ADMIN_USER: ADMIN.user, CHISO_ADMIN_PASSWORD: ADMIN.pass });
  browser = await launch();
  admin = await browser.newContext();
  const adminToken = await tokenOf(admin, ADMIN);
  const page = await admin.newPage();
  await page.goto(`${server.url}/quan-tri`);
  const f = page.locator('[data-testid="create-user"]');
  await f.locator('input[name="username"]').fill(VIEWER.user);
  await f.locator('input[name="password"]').fill(VIEWER.pass);
  await f.locator('select[name="role"]').selectOption('viewer');
  await f.locator('button').click();
  await page.waitForSelector(`[data-testid="users"] >> text=${VIEWER.user}`);
  // A deck of the admin's: what "owner" routes are tried on.
  const res = await admin.request.post(`${server.url}/api/decks`, { headers: { origin: server.url, 'x-csrf-token': adminToken }, data: { meeting: 'Của quản trị' } });
  adminDeck = ((await res.json()) as { id: string }).id;
  viewer = await browser.newContext();
  viewerToken = await tokenOf(viewer, VIEWER);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('authorization over every state-changing route', () => {
  it('the route tree and the table name the same routes', () => {
    expect(routesInTree()).toEqual(Object.keys(TABLE).sort());
  });

  it('anonymous requests are refused everywhere but signing in and out', async () => {
    const anon = await browser.newContext();
    try {
      for (const [key, who] of Object.entries(TABLE)) {
        if (who === 'anyone') continue;
        expect(refused(await attempt(anon.request, key, null)), key).toBe(true);
      }
    } finally {
      await anon.close();
    }
  });

  it('a signed-in viewer without the CSRF token is refused', async () => {
    for (const [key, who] of Object.entries(TABLE)) {
      if (who === 'anyone') continue;
      const r = await attempt(viewer.request, key, null);
      expect(r.status, key).toBe(403);
    }
  });

  it('a viewer with the token is refused what is not theirs, and reaches what is (then the body is judged)', async () => {
    for (const [key, who] of Object.entries(TABLE)) {
      if (who === 'anyone') continue;
      const r = await attempt(viewer.request, key, viewerToken);
      if (who === 'signed-in') expect(refused(r), `${key}: ${r.status}`).toBe(false);
      else expect(r.status, key).toBe(403);
    }
    // Still the admin's deck, untouched.
    const deck = (await (await viewer.request.get(`${server.url}/api/decks/${adminDeck}`)).json()) as { meeting: string };
    expect(deck.meeting).toBe('Của quản trị');
    expect(server.proc.exitCode).toBeNull();
  });
});
