// Lists against the real server and demo engine: a search typed with suggestions and reloaded from its URL
// shows the same rows; at 1,000 VMs the list pages and sorts on the server, one page per request; a bulk
// "Maintenance" on three hosts where the engine refuses one shows per-item results and retries the failed one;
// a removal that requires typing the name, after which the item is gone from the list and from the engine.
// Bulk and removal run on a private server (its own seed) so the shared one keeps its hosts.
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { ADMIN, logIn } from './session';
import { ADMIN_HEADERS as auth } from './engineApi';

const shots = process.env.E2E_OUT ?? 'test-results/e2e';
const PRIVATE_PORT = Number(process.env.E2E_PORT ?? 8181) + 1000;
const PRIVATE = `http://127.0.0.1:${PRIVATE_PORT}`;
let server: ChildProcess | undefined;

async function logInAt(page: Page, base: string) {
  await page.goto(`${base}/`);
  await page.getByLabel('User name').fill(ADMIN.user);
  await page.getByLabel('Domain').fill(ADMIN.domain);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('button', { name: /log out/i })).toBeVisible();
}

/** The names in the grid's name column, top to bottom. */
async function namesIn(page: Page, grid = 'Hosts'): Promise<string[]> {
  return page.getByRole('grid', { name: grid }).locator('[role="row"] [data-field="name"] a').allTextContents();
}

test.describe('shared server', () => {
  test('a search typed with suggestions, reloaded from its URL, shows the same hosts', async ({ page }) => {
    await logIn(page);
    await page.goto('/hosts');
    const box = page.getByRole('combobox', { name: 'Search hosts' });
    await expect(page.getByRole('grid', { name: 'Hosts' }).getByRole('link', { name: 'host04' })).toBeVisible();
    await box.fill('sta');
    await page.getByRole('option', { name: /^status/ }).click();
    await expect(box).toHaveValue('status');
    await box.pressSequentially('=');
    await expect(page.getByRole('option', { name: /^maintenance/ })).toBeVisible();
    await box.pressSequentially('u');
    await page.getByRole('option', { name: /^up/ }).click();
    await expect(box).toHaveValue('status=up');
    await page.screenshot({ path: `${shots}/h4-suggestions.png` });
    await box.press('Escape');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/hosts\?q=status%3Dup$/);
    await expect(page.getByRole('grid', { name: 'Hosts' }).getByRole('link', { name: 'host04' })).toHaveCount(0);
    const before = await namesIn(page);
    expect(before).toEqual(['host01', 'host02', 'host03', 'host06']);

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Search hosts' })).toHaveValue('status=up');
    await expect(page.getByRole('grid', { name: 'Hosts' }).getByRole('link', { name: 'host06' })).toBeVisible();
    expect(await namesIn(page)).toEqual(before);
  });

  test('the tag tree filters by tag and a saved search comes back as a link', async ({ page }) => {
    await logIn(page);
    await page.goto('/hosts?q=status%3Dup');
    await page.getByRole('navigation', { name: 'Tags' }).getByRole('button', { name: 'production' }).click();
    await expect(page).toHaveURL(/q=status%3Dup\+and\+tag%3Dproduction/);
    await expect(page.getByRole('combobox', { name: 'Search hosts' })).toHaveValue('status=up and tag=production');

    await page.getByRole('button', { name: 'Saved searches' }).click();
    await page.getByRole('menuitem', { name: 'Save this search…' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Production hosts up');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.goto('/hosts');
    await expect(page.getByRole('combobox', { name: 'Search hosts' })).toHaveValue('');
    await page.getByRole('button', { name: 'Saved searches' }).click();
    await page.getByRole('menuitem', { name: /Production hosts up/ }).click();
    await expect(page).toHaveURL(/q=status%3Dup\+and\+tag%3Dproduction/);
    await expect(page.getByRole('combobox', { name: 'Search hosts' })).toHaveValue('status=up and tag=production');
  });
});

test.describe('private server, 1,000 VMs', () => {
  test.beforeAll(async () => {
    server = spawn('node', ['--import', 'tsx', 'src/server/main.ts', '--port', String(PRIVATE_PORT), '--vms', '1000', '--clock-speed', '4',
      '--dist', process.env.E2E_DIST ?? 'dist'], { stdio: 'ignore' });
    for (let i = 0; i < 120; i++) {
      try {
        if ((await fetch(`${PRIVATE}/ovirt-engine/api`, { headers: auth })).ok) return;
      } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error('private server did not start');
  });
  test.afterAll(() => { server?.kill(); });

  test('the VM list pages and sorts on the server, one page per request', async ({ page }) => {
    const searches: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.pathname.endsWith('/ovirt-engine/api/vms') && r.method() === 'GET') searches.push(u.searchParams.get('search') ?? '(whole collection)');
    });
    await logInAt(page, PRIVATE);
    await page.goto(`${PRIVATE}/vms`);
    const grid = page.getByRole('grid', { name: 'Virtual machines' });
    await expect(grid.getByRole('link').first()).toBeVisible();
    const first1 = await grid.getByRole('link').first().textContent();
    await page.getByRole('button', { name: /next page/i }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(grid.getByRole('link').first()).not.toHaveText(first1 ?? '');
    const first2 = await grid.getByRole('link').first().textContent();
    expect((first2 ?? '') > (first1 ?? '')).toBe(true);

    await grid.getByRole('columnheader', { name: 'Name' }).click(); // asc → desc
    await expect(page).toHaveURL(/order=desc/);
    await expect(page).not.toHaveURL(/page=2/);
    await expect(grid.getByRole('link').first()).not.toHaveText(first2 ?? '');
    const topDesc = await grid.getByRole('link').first().textContent();
    expect((topDesc ?? '') > (first2 ?? '')).toBe(true);
    await page.screenshot({ path: `${shots}/h4-vms-1000.png` });

    expect(searches).toContain('sortby name asc page 1');
    expect(searches).toContain('sortby name asc page 2');
    expect(searches).toContain('sortby name desc page 1');
    expect(searches.every((s) => /page \d+$/.test(s)), searches.join(' | ')).toBe(true);
  });

  test('Maintenance on three hosts, one refused: per-item results, selection cleared, retry failed', async ({ page }) => {
    const posts: string[] = [];
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/deactivate')) posts.push(r.url()); });
    await logInAt(page, PRIVATE);
    await page.goto(`${PRIVATE}/hosts`);
    const grid = page.getByRole('grid', { name: 'Hosts' });
    for (const h of ['host01', 'host03', 'host05']) {
      await grid.getByRole('row').filter({ has: page.getByRole('link', { name: h, exact: true }) }).getByRole('checkbox').check();
    }
    const bar = page.getByRole('toolbar', { name: 'Bulk actions' });
    await expect(bar).toContainText('3 selected');
    await bar.getByRole('button', { name: 'Maintenance' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Maintenance 3 hosts' }).click();
    const results = page.getByRole('dialog', { name: 'Maintenance 3 hosts' });
    await expect(results.getByRole('status')).toHaveText('2 done, 1 failed');
    await expect(results.getByRole('listitem', { name: 'host03: Done' })).toBeVisible();
    await expect(results.getByRole('listitem', { name: 'host05: Done' })).toBeVisible();
    await expect(results.getByRole('listitem', { name: 'host01: Failed' })).toContainText('have running VMs and cannot be switched to maintenance mode');
    await page.screenshot({ path: `${shots}/h4-bulk-results.png` });
    await expect(bar).toHaveCount(0); // the selection was cleared

    await results.getByRole('button', { name: 'Retry failed' }).click();
    await expect(results.getByRole('status')).toHaveText('2 done, 1 failed');
    await expect.poll(() => posts.filter((u) => u.includes('/hosts/')).length).toBe(4); // three, then host01 again
    await results.getByRole('button', { name: 'Close' }).click();
    await expect(grid.getByRole('row').filter({ has: page.getByRole('link', { name: 'host03', exact: true }) }))
      .toContainText(/Preparing for maintenance|Maintenance/);
  });

  test('removing a tag requires typing its name, then it is gone', async ({ page }) => {
    const name = `e2e-remove-${Date.now()}`;
    const created = await fetch(`${PRIVATE}/ovirt-engine/api/tags`, {
      method: 'POST', headers: { ...auth, 'Content-Type': 'application/xml' }, body: `<tag><name>${name}</name></tag>`,
    });
    expect(created.status).toBe(201);
    await logInAt(page, PRIVATE);
    await page.goto(`${PRIVATE}/tags`);
    const grid = page.getByRole('grid', { name: 'Tags' });
    await grid.getByRole('button', { name: `Actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Remove' }).click();
    const dialog = page.getByRole('dialog', { name: `Remove ${name}` });
    const remove = dialog.getByRole('button', { name: 'Remove' });
    await expect(remove).toBeDisabled();
    await dialog.getByLabel(`Type ${name} to confirm`).fill(name.slice(0, -1));
    await expect(remove).toBeDisabled();
    await dialog.getByLabel(`Type ${name} to confirm`).fill(name);
    await expect(remove).toBeEnabled();
    await page.screenshot({ path: `${shots}/h4-remove-typed.png` });
    await remove.click();
    await expect(dialog).toHaveCount(0);
    await expect(grid.getByRole('link', { name })).toHaveCount(0);
    const left = await (await fetch(`${PRIVATE}/ovirt-engine/api/tags`, { headers: auth })).text();
    expect(left).not.toContain(`<name>${name}</name>`);
  });
});
