// Scheduled snapshot requests, end to end: a request made in the browser becomes a snapshot on the engine
// at its time and disappears at its expiry, across a restart of the server. This spec runs its own server
// (own port, temp --data and --state) with the demo engine's clock 360× faster: one hour passes in ten
// seconds, so a 1-hour validity expires while the test watches, and it can stop and start the server.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { logIn, ADMIN } from './session';

const PORT = Number(process.env.E2E_PORT ?? 8181) + 100;
const BASE = `http://127.0.0.1:${PORT}`;
const SPEED = 360; // engine seconds per wall second: 1 h = 10 s
const HOUR_WALL_MS = 3_600_000 / SPEED;
const DIST = process.env.E2E_DIST ?? 'dist';
const AUTH = { Authorization: `Basic ${Buffer.from('admin@internal:ovirt').toString('base64')}`, Version: '3', Accept: 'application/xml' };

test.use({ baseURL: BASE });

let dir = '';
let server: ChildProcess | undefined;
let log = '';

async function startServer(): Promise<void> {
  server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', String(PORT), '--vms', '8',
    '--clock-speed', String(SPEED), '--data', join(dir, 'data'), '--state', join(dir, 'engine.json'), '--dist', DIST],
  { stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.on('data', (c) => { log += c; });
  server.stderr!.on('data', (c) => { log += c; });
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`${BASE}/`).then((r) => r.ok, () => false);
    if (up) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not start:\n${log}`);
}

async function stopServer(): Promise<void> {
  if (!server || server.exitCode !== null) return;
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  await exited;
  server = undefined;
}

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'h2-sr-e2e-'));
  await startServer();
});

test.afterAll(async () => {
  await stopServer();
  rmSync(dir, { recursive: true, force: true });
});

/** A VM that is down (stays so while the test runs), so the engine can snapshot it. */
async function downVm(request: APIRequestContext): Promise<{ id: string; name: string }> {
  const xml = await (await request.get(`${BASE}/ovirt-engine/api/vms?search=${encodeURIComponent('status=down')}`, { headers: AUTH })).text();
  const m = /<vm href="[^"]*" id="([^"]+)">[\s\S]*?<name>([^<]+)<\/name>/.exec(xml);
  if (!m) throw new Error(`no VM that is down in:\n${xml.slice(0, 500)}`);
  return { id: m[1], name: m[2] };
}

const engineSnapshots = async (request: APIRequestContext, vmId: string) =>
  (await request.get(`${BASE}/ovirt-engine/api/vms/${vmId}/snapshots`, { headers: AUTH })).text();

const requestRow = (page: Page, name: string) => page.getByRole('row', { name: `Request ${name}` });

test('a request becomes a snapshot at its time and is deleted at its expiry, across a server restart', async ({ page, request }) => {
  test.setTimeout(150_000);
  const vm = await downVm(request);
  await logIn(page);
  await page.goto(`/vms/${vm.id}?tab=snapshotrequests`);
  await expect(page.getByRole('tab', { name: 'Snapshot requests', selected: true })).toBeVisible();
  const form = page.getByRole('form', { name: `Request a snapshot of ${vm.name}` });

  // Faults appear next to the inputs, and what was typed stays.
  await form.getByLabel('Valid for (hours)').fill('73');
  await form.getByLabel('Description').fill('e2e before upgrade');
  await form.getByLabel('Your password').fill('not-the-password');
  await form.getByRole('button', { name: 'Request snapshot' }).click();
  await expect(form.getByText('Validity must be between 1 and 72 hours.')).toBeVisible();
  await form.getByLabel('Valid for (hours)').fill('1');
  await form.getByRole('button', { name: 'Request snapshot' }).click();
  await expect(form.getByText('The engine did not accept this password for admin@internal.')).toBeVisible();
  await expect(form.getByLabel('Description')).toHaveValue('e2e before upgrade');

  // Request 1: now, valid 1 hour.
  await form.getByLabel('Your password').fill('ovirt');
  await form.getByRole('button', { name: 'Request snapshot' }).click();
  await expect(form.getByText(/Request SR-1 submitted/)).toBeVisible();
  const first = requestRow(page, 'SR-1');
  await expect(first.getByText('Taken', { exact: true })).toBeVisible();
  await page.screenshot({ path: '/tmp/h2-taken.png', fullPage: true });
  expect(await engineSnapshots(request, vm.id)).toContain('<description>e2e before upgrade (SR-1)</description>');
  await page.getByRole('tab', { name: 'Snapshots' }).click();
  await expect(page.getByRole('cell', { name: 'e2e before upgrade (SR-1)', exact: true })).toBeVisible();

  // Request 2: at the proposed time, one engine hour from when the form opened.
  await page.getByRole('tab', { name: 'Snapshot requests' }).click();
  await form.getByLabel('At a date and time').check();
  await expect(form.getByLabel('Start date and time')).not.toHaveValue('');
  await form.getByLabel('Description').fill('e2e later');
  await form.getByLabel('Your password').fill('ovirt');
  await form.getByRole('button', { name: 'Request snapshot' }).click();
  await expect(requestRow(page, 'SR-2').getByText('Scheduled', { exact: true })).toBeVisible();

  // The first is still taken when the server stops; the second comes due and the first expires while it is down.
  await expect(first.getByText('Taken', { exact: true })).toBeVisible();
  await stopServer();
  await new Promise((r) => setTimeout(r, HOUR_WALL_MS + 2_000));
  await startServer();

  await logIn(page);
  await page.goto('/snapshotrequests');
  await expect(requestRow(page, 'SR-1').getByText('Deleted', { exact: true })).toBeVisible();
  await expect(requestRow(page, 'SR-2').getByText('Taken', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Show messages of SR-1' }).click();
  const messages = page.getByRole('list', { name: 'Messages of SR-1' });
  await expect(messages).toContainText('resuming this request (taken)');
  await expect(messages).toContainText('came while the portal server was down; deleting late');
  await expect(messages).toContainText(/Snapshot SR-1 \(.+\) deleted\./);
  await page.getByRole('button', { name: 'Show messages of SR-2' }).click();
  await expect(page.getByRole('list', { name: 'Messages of SR-2' })).toContainText('came while the portal server was down; taking the snapshot late');
  await page.screenshot({ path: '/tmp/h2-after-restart.png', fullPage: true });
  const snaps = await engineSnapshots(request, vm.id);
  expect(snaps).not.toContain('(SR-1)');
  expect(snaps).toContain('<description>e2e later (SR-2)</description>');

  // Delete the second one early, with confirmation.
  await page.getByRole('button', { name: 'Delete snapshot SR-2 now' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete snapshot' }).click();
  await expect(requestRow(page, 'SR-2').getByText('Deleted', { exact: true })).toBeVisible();
  expect(await engineSnapshots(request, vm.id)).not.toContain('(SR-2)');
});

test('a request can be cancelled before it runs', async ({ page }) => {
  await logIn(page, ADMIN);
  await page.goto('/snapshotrequests');
  await expect(requestRow(page, 'SR-1')).toBeVisible(); // from the first test
  const vmLink = requestRow(page, 'SR-1').getByRole('link');
  await vmLink.click();
  await expect(page.getByRole('tab', { name: 'Snapshot requests', selected: true })).toBeVisible();
  const form = page.getByRole('form', { name: /Request a snapshot of/ });
  await form.getByLabel('At a date and time').check();
  await form.getByLabel('Description').fill('to be cancelled');
  await form.getByLabel('Your password').fill('ovirt');
  await form.getByRole('button', { name: 'Request snapshot' }).click();
  const row = requestRow(page, 'SR-3');
  await expect(row.getByText('Scheduled', { exact: true })).toBeVisible();
  await row.getByRole('button', { name: 'Cancel SR-3' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel request' }).click();
  await expect(row.getByText('Cancelled', { exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: 'Cancel SR-3' })).toHaveCount(0);
});
