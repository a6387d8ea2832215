// The portal against a hostile engine (e2e/hostile): for every scenario, every main page shows something
// readable (data, or a message with Retry within a second of the answer), never a blank page, never
// runs a script the engine sent, never sends a request to an origin other than its own.
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { SCENARIOS, VERY_SLOW } from './hostile/scenarios';
import { ADMIN } from './session';

let BASE = '';
let engine: ChildProcess;
let engineUrl = '';
let portal: ChildProcess;
let vmPath = '';

test.setTimeout(120_000);

/** Steers the hostile engine: `use/<scenario>`, `use/` (honest), `expire`; answers the foreign origin's hits. */
async function control(what: string): Promise<{ foreignHits: string[] }> {
  return (await fetch(`${engineUrl.replace(/\/ovirt-engine\/api$/, '')}/__control/${what}`, { method: 'POST' })).json();
}
const use = (name?: string) => control(`use/${encodeURIComponent(name ?? '')}`);

/** A port nobody listens on (a worker restarted after a failure must not meet its predecessor's server). */
const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});
const stop = (p: ChildProcess | undefined) => new Promise<void>((resolve) => {
  if (!p || p.exitCode !== null) return resolve();
  p.once('exit', () => resolve());
  p.kill();
});

test.beforeAll(async () => {
  const port = await freePort();
  BASE = `http://127.0.0.1:${port}`;
  engine = spawn(process.execPath, ['--import', 'tsx', 'e2e/hostile/main.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
  engineUrl = await new Promise<string>((resolve) => engine.stdout!.once('data', (d: Buffer) => resolve(JSON.parse(String(d)).url)));
  portal = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--dist', process.env.E2E_DIST ?? 'dist',
    '--data', mkdtempSync(join(tmpdir(), 'hostile-data-'))], { env: { ...process.env, ENGINE_URL: engineUrl }, stdio: 'ignore' });
  await expect.poll(async () => (await fetch(BASE).catch(() => undefined))?.status, { timeout: 30_000 }).toBe(200);
  const vms = await (await fetch(`${engineUrl}/vms`, { headers: { Authorization: `Basic ${btoa('admin@internal:ovirt')}`, Version: '3' } })).text();
  vmPath = `/vms/${/<vm [^>]*id="([^"]+)"/.exec(vms)![1]}`;
});
test.afterAll(async () => {
  await stop(portal);
  await stop(engine);
});

/** The main pages, and what a user does there to make the page read the engine. */
const PAGES: () => { path: string; act?: (page: Page) => Promise<void> }[] = () => [
  { path: '/' }, { path: '/vms' }, { path: vmPath }, { path: '/hosts' }, { path: '/events' },
  {
    path: '/helpdesk',
    act: async (page) => {
      await page.getByLabel('Find a virtual machine').fill('web');
      await page.getByRole('button', { name: 'Find' }).click();
    },
  },
];

interface Watch { foreign: string[]; dialogs: string[]; lastAnswer: number }

async function open(page: Page): Promise<Watch> {
  const w: Watch = { foreign: [], dialogs: [], lastAnswer: 0 };
  page.on('request', (r) => { if (!r.url().startsWith(BASE) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) w.foreign.push(r.url()); });
  page.on('dialog', (d) => { w.dialogs.push(d.message()); void d.dismiss(); });
  const answered = (url: string) => { if (url.includes('/ovirt-engine/api/')) w.lastAnswer = Date.now(); };
  page.on('requestfinished', (r) => answered(r.url()));
  page.on('requestfailed', (r) => answered(r.url()));
  await page.goto(`${BASE}/`);
  await page.getByLabel('User name').fill(ADMIN.user);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('button', { name: /log out/i })).toBeVisible();
  return w;
}

async function expectSafe(page: Page, w: Watch): Promise<void> {
  const main = page.locator('main');
  await expect(main).toBeVisible();
  await expect(main).not.toHaveText(/^\s*$/);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByText('Something went wrong on this page')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(w.dialogs).toEqual([]);
  expect(w.foreign).toEqual([]);
  expect((await control('status')).foreignHits).toEqual([]);
}

for (const scenario of SCENARIOS) {
  test(`hostile engine: ${scenario.name}`, async ({ page }) => {
    await use();
    const w = await open(page);
    await use(scenario.name);
    const timings: number[] = [];
    for (const { path, act } of PAGES()) {
      await test.step(path, async () => {
        await page.goto(`${BASE}${path}`);
        await act?.(page);
        if (scenario.message) {
          await expect(page.getByText(scenario.message).first()).toBeVisible({ timeout: 30_000 });
          timings.push(Date.now() - w.lastAnswer);
          await expect(page.getByRole('button', { name: /retry/i }).first()).toBeVisible();
        } else if (scenario.name === 'slow answers') {
          await expect(page.getByText('The engine is slow to answer')).toBeVisible();
          await expect(page.getByTestId('slow-request').first()).toContainText(/Waiting \d+ s for GET/);
        }
        // Whatever the page shows once the engine has answered, it is readable and safe. (A slow engine's
        // pages answer honestly in the end, as the honest pages' own tests show: the notice is what is checked.)
        if (scenario.name !== 'slow answers') await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
        await expectSafe(page, w);
      });
    }
    // The message appears within a second of the answer that caused it.
    if (timings.length) console.log(`${scenario.name}: message after the answer ${timings.join(', ')} ms`);
    for (const t of timings) expect(t).toBeLessThan(1000);
  });
}

test('hostile engine: the session expires mid-use, the portal asks to log in again and goes on', async ({ page }) => {
  await use();
  const w = await open(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Virtual Machines' }).click();
  await expect(page.getByRole('grid', { name: 'Virtual machines' })).toBeVisible();
  await control('expire');
  // The page's own change feed asks within the refresh interval (10 s) and meets the ended session.
  const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
  await expect(dialog).toBeVisible({ timeout: 25_000 });
  await dialog.getByLabel('Password').fill(ADMIN.password);
  await dialog.getByRole('button', { name: 'Log in' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('grid', { name: 'Virtual machines' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hosts' }).click();
  await expect(page.getByRole('grid', { name: 'Hosts' }).getByRole('link', { name: /^host\d+$/ }).first()).toBeVisible();
  await expectSafe(page, w);
});

test('hostile engine: Cancel stops waiting for a slow engine and Retry loads the page', async ({ page }) => {
  await use();
  const w = await open(page);
  await use(VERY_SLOW.name);
  await page.goto(`${BASE}${vmPath}`);
  await expect(page.getByText('The engine is slow to answer')).toBeVisible();
  // Cancel stops what the notice lists: wait until it lists the VM's own request (the layout's may come first).
  await expect(page.getByTestId('slow-request').filter({ hasText: `GET ${vmPath}` })).toBeVisible();
  await page.getByRole('button', { name: /^cancel( all)?$/i }).click();
  await expect(page.getByText('You cancelled the request').first()).toBeVisible();
  await use();
  await page.getByRole('button', { name: /retry/i }).first().click();
  await expect(page.getByText('You cancelled the request')).toHaveCount(0);
  await expect(page.getByRole('tab', { name: /general/i })).toBeVisible();
  await expectSafe(page, w);
});
