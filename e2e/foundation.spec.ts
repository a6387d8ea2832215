// The first vertical slice: log in, see the dashboard's counts, browse VMs, open one; a wrong password
// shows the engine's answer. Runs against the real server and demo engine.
import { expect, test } from '@playwright/test';
import { ADMIN, logIn } from './session';

test('a wrong password shows the engine\'s refusal and keeps what was typed', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('User name').fill('admin');
  await page.getByLabel('Domain').fill('internal');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toContainText(/unauthori[sz]ed|401/i);
  await expect(page.getByLabel('User name')).toHaveValue('admin');
  await expect(page.getByLabel('Domain')).toHaveValue('internal');
});

test('log in, see the dashboard counts, browse VMs and open one', async ({ page, request }) => {
  // What the engine itself says, to compare with what the page shows.
  const auth = { Authorization: `Basic ${Buffer.from(`${ADMIN.user}@${ADMIN.domain}:${ADMIN.password}`).toString('base64')}`, Version: '3' };
  const api = await (await request.get('/ovirt-engine/api', { headers: auth })).text();
  const vmTotal = /<vms>\s*<total>(\d+)<\/total>/.exec(api)![1];
  const hostTotal = /<hosts>\s*<total>(\d+)<\/total>/.exec(api)![1];

  await logIn(page);
  await expect(page.getByRole('region', { name: 'Virtual machines' })).toContainText(vmTotal);
  await expect(page.getByRole('region', { name: 'Hosts' })).toContainText(hostTotal);
  await page.screenshot({ path: 'test-results/e2e/dashboard.png' });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Virtual Machines' }).click();
  const grid = page.getByRole('grid');
  await expect(grid).toBeVisible();
  const vms = await (await request.get('/ovirt-engine/api/vms?search=sortby%20name%20asc%20page%201', { headers: auth })).text();
  const firstName = /<vm [^>]*>[\s\S]*?<name>([^<]+)<\/name>/.exec(vms)![1];
  await expect(grid.getByRole('link', { name: firstName, exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/vms.png' });

  await grid.getByRole('link', { name: firstName, exact: true }).click();
  await expect(page.getByRole('heading', { name: firstName })).toBeVisible();
  await expect(page.getByRole('tab', { name: /disks/i })).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/vm-detail.png' });
});

test('log out ends the session and returns to the login page', async ({ page }) => {
  await logIn(page);
  await page.getByRole('button', { name: /log out/i }).click();
  await expect(page.getByLabel('User name')).toBeVisible();
  await page.goto('/vms');
  await expect(page.getByLabel('Password')).toBeVisible();
});

test('credentials are never written to web storage', async ({ page }) => {
  await logIn(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Virtual Machines' }).click();
  await expect(page.getByRole('grid')).toBeVisible();
  const stored = await page.evaluate(() => [...Object.values({ ...localStorage }), ...Object.values({ ...sessionStorage }), document.cookie]);
  const secret = Buffer.from('admin@internal:ovirt').toString('base64');
  for (const value of stored) {
    expect(value).not.toContain(secret);
    expect(value).not.toMatch(/(^|[^a-z-])ovirt($|[^a-z-])/);
  }
});

test('a reload keeps the engine session and still shows who is logged in', async ({ page }) => {
  await logIn(page);
  await page.goto('/vms');
  await expect(page.getByRole('grid')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('admin@internal');
  await expect(page.getByLabel('Password')).toHaveCount(0);
});

test('a user who is no administrator sees exactly the VMs the engine lets them see', async ({ page, request }) => {
  const mary = { user: 'mary', domain: 'internal', password: 'mary' };
  const auth = { Authorization: `Basic ${Buffer.from('mary@internal:mary').toString('base64')}`, Version: '3', Filter: 'true' };
  const xml = await (await request.get('/ovirt-engine/api/vms', { headers: auth })).text();
  const names = [...xml.matchAll(/<vm href="[^"]*" id="[^"]*">[\s\S]*?<name>([^<]+)<\/name>/g)].map((m) => m[1]);
  expect(names.length).toBeGreaterThan(0);

  await logIn(page, mary);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Virtual Machines' }).click();
  const grid = page.getByRole('grid');
  for (const name of names) await expect(grid.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(grid.getByRole('row')).toHaveCount(names.length + 1); // header row + one per VM
  await expect(page.getByRole('alert')).toHaveCount(0);
});
