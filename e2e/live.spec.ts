// Live views against the real server and demo engine: events appear without a reload and are followed
// with `from=`, a VM start shows in the task panel with its engine events and final state, and a
// statistics chart gains samples over time.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { logIn } from './session';
import { ADMIN_HEADERS as AUTH, api as apiGet } from './engineApi';

const API = '/ovirt-engine/api';

async function addEventThroughApi(request: APIRequestContext, description: string, severity = 'warning'): Promise<string> {
  const customId = Math.floor(Math.random() * 1e9);
  const res = await request.post(`${API}/events`, {
    headers: { ...AUTH, 'Content-Type': 'application/xml' },
    data: `<event><description>${description}</description><severity>${severity}</severity><origin>e2e</origin><custom_id>${customId}</custom_id></event>`,
  });
  expect(res.status()).toBe(201);
  return /<event [^>]*id="(\d+)"/.exec(await res.text())![1];
}

/** The id and name of the first VM in a vms document. */
function firstVm(xml: string): [string, string] {
  const chunk = xml.split(/<vm (?=[^>]*id=)/)[1];
  const id = /id="([^"]+)"/.exec(chunk)![1];
  const name = /<name>([^<]+)<\/name>/.exec(chunk)![1];
  return [id, name];
}

async function chooseRefresh(page: Page, label: string) {
  await page.getByLabel('Refresh interval').click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

test('a custom event added through the API appears on the events page without a reload, and can be removed', async ({ page, request }) => {
  await logIn(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
  const table = page.getByRole('table', { name: 'Events' });
  await expect(table).toBeVisible();
  let navigations = 0;
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) navigations++; });

  const text = `e2e live event ${Date.now()}`;
  const id = await addEventThroughApi(request, text);
  const row = table.getByRole('row').filter({ hasText: text });
  await expect(row).toBeVisible({ timeout: 20_000 });
  await expect(row).toContainText('Warning');
  expect(navigations).toBe(0);
  await page.screenshot({ path: '/tmp/h3-events.png' });

  await row.getByRole('button', { name: `Remove event ${id}` }).click();
  const dialog = page.getByRole('dialog', { name: `Remove event ${id}?` });
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);
  expect((await request.get(`${API}/events/${id}`, { headers: AUTH })).status()).toBe(404);
});

test('an event another admin removes leaves the events page at the next refresh', async ({ page, request }) => {
  await logIn(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
  const table = page.getByRole('table', { name: 'Events' });
  const text = `e2e removed elsewhere ${Date.now()}`;
  const id = await addEventThroughApi(request, text);
  const row = table.getByRole('row').filter({ hasText: text });
  await expect(row).toBeVisible({ timeout: 20_000 });
  // Another admin, with a session of its own, removes it: no event says so.
  expect((await request.delete(`${API}/events/${id}`, { headers: AUTH })).status()).toBe(200);
  await expect(row).toHaveCount(0, { timeout: 20_000 });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
});

test('an idle events page polls with from= and receives next to nothing', async ({ page }) => {
  await logIn(page);
  await chooseRefresh(page, '5 s');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
  await expect(page.getByRole('table', { name: 'Events' })).toBeVisible();
  const newest = await page.getByRole('table', { name: 'Events' }).locator('tbody tr').first().getAttribute('data-event-id');

  const polls: { url: string; size: number }[] = [];
  page.on('response', async (res) => {
    const url = decodeURIComponent(res.url());
    if (/\/events;from=\d+/.test(url) && !url.includes('search=')) polls.push({ url, size: (await res.body()).length });
  });
  await expect.poll(() => polls.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
  expect(polls.some((p) => p.url.includes(`/events;from=${newest}`))).toBe(true);
  // Nothing happened in between: the answers are empty collections.
  expect(Math.max(...polls.map((p) => p.size))).toBeLessThan(200);
});

test('adding a custom event through the dialog; a duplicate shows the engine\'s fault in the dialog', async ({ page }) => {
  await logIn(page);
  await page.goto('/events');
  const text = `e2e dialog event ${Date.now()}`;
  const customId = String(Math.floor(Math.random() * 1e9));
  const add = async () => {
    await page.getByRole('button', { name: 'Add event' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add event' });
    await dialog.getByLabel('Description').fill(text);
    await dialog.getByLabel('Origin').fill('e2e-dialog');
    await dialog.getByLabel('Custom ID').fill(customId);
    await dialog.getByRole('button', { name: 'Add' }).click();
    return dialog;
  };
  const first = await add();
  await expect(first).toBeHidden();
  // The task settles and refreshes the events: no need to wait a full interval.
  await expect(page.getByRole('table', { name: 'Events' }).getByRole('row').filter({ hasText: text })).toBeVisible({ timeout: 5_000 });
  const second = await add();
  await expect(second.getByRole('alert')).toContainText(/same origin and custom id/i);
  await expect(second.getByLabel('Description')).toHaveValue(text);
});

test('a VM start appears in the task panel with its events and final state', async ({ page, request }) => {
  // A down VM in the cluster of a running one, so a host can take it.
  const up = await apiGet(request, '/vms?search=status%3Dup%20sortby%20name%20asc');
  const clusterId = /<cluster [^>]*id="([^"]+)"/.exec(up.split(/<vm (?=[^>]*id=)/)[1])![1];
  const cluster = /<name>([^<]+)<\/name>/.exec(await apiGet(request, `/clusters/${clusterId}`))![1];
  const down = await apiGet(request, `/vms?search=${encodeURIComponent(`status=down and cluster=${cluster} sortby memory asc`)}`);
  const [vmId, vmName] = firstVm(down);
  await logIn(page);
  await page.goto(`/vms/${vmId}`);
  await expect(page.getByRole('heading', { name: vmName })).toBeVisible();
  await page.getByRole('group', { name: `Actions for ${vmName}` }).getByRole('button', { name: 'Start', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Start' }).click();

  await page.getByRole('button', { name: /^Tasks/ }).click();
  const panel = page.getByRole('dialog', { name: 'Tasks' });
  const task = panel.getByRole('listitem', { name: `Task Start ${vmName}` }).first();
  await expect(task).toBeVisible();
  await expect(task.getByLabel('Correlation id')).toHaveText(/^[0-9a-f-]{20,}$/);
  await expect(task.getByLabel('Task state')).toHaveText('Complete', { timeout: 30_000 });
  await task.getByRole('button', { name: 'Engine events' }).click();
  const events = task.getByRole('table', { name: `Events of Start ${vmName}` });
  await expect(events).toContainText(vmName, { timeout: 20_000 });
  await page.screenshot({ path: '/tmp/h3-taskpanel.png' });

  // The engine agrees: the events with that correlation id are the ones shown.
  const cid = await task.getByLabel('Correlation id').textContent();
  const byCid = await apiGet(request, `/events?search=${encodeURIComponent(`correlation_id=${cid}`)}`);
  const first = /<description>([^<]+)<\/description>/.exec(byCid)![1];
  await expect(events).toContainText(first);

  // The panel survives a reload.
  await page.reload();
  await page.getByRole('button', { name: /^Tasks/ }).click();
  await expect(page.getByRole('dialog', { name: 'Tasks' }).getByRole('listitem', { name: `Task Start ${vmName}` }).first().getByLabel('Task state')).toHaveText('Complete');
});

test('a refused start shows as failed in the task panel with the engine\'s reason and a retry', async ({ page, request }) => {
  await logIn(page);
  const down = await apiGet(request, '/vms?search=status%3Ddown%20sortby%20name%20asc');
  const [vmId, vmName] = firstVm(down);
  // Make the refusal certain: a fault injected for this one request.
  await page.route(`**/ovirt-engine/api/vms/${vmId}/start`, (route) => route.fulfill({
    status: 409, contentType: 'application/xml',
    body: '<fault><reason>Operation Failed</reason><detail>[Cannot run VM. Injected by the test.]</detail></fault>',
  }));
  await page.goto(`/vms/${vmId}`);
  await page.getByRole('group', { name: `Actions for ${vmName}` }).getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('dialog')).toContainText('Injected by the test');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: /^Tasks/ }).click();
  const task = page.getByRole('dialog', { name: 'Tasks' }).getByRole('listitem', { name: `Task Start ${vmName}` }).first();
  await expect(task.getByLabel('Task state')).toHaveText('Failed');
  await expect(task).toContainText('Injected by the test');
  await page.unroute(`**/ovirt-engine/api/vms/${vmId}/start`);
  await page.route(`**/ovirt-engine/api/vms/${vmId}/start`, (route) => route.fulfill({
    status: 409, contentType: 'application/xml', body: '<fault><reason>Operation Failed</reason><detail>[Second attempt refused.]</detail></fault>',
  }));
  await task.getByRole('button', { name: 'Retry' }).click();
  const tasks = page.getByRole('dialog', { name: 'Tasks' }).getByRole('listitem', { name: `Task Start ${vmName}` });
  await expect(tasks).toHaveCount(2);
  await expect(tasks.first()).toContainText('Second attempt refused');
});

test('a statistics chart gains points over time', async ({ page, request }) => {
  const up = await apiGet(request, '/vms?search=status%3Dup%20sortby%20name%20asc');
  const [vmId, vmName] = firstVm(up);
  await logIn(page);
  await page.goto(`/vms/${vmId}`);
  await expect(page.getByRole('heading', { name: vmName })).toBeVisible();
  await page.getByRole('tab', { name: 'Statistics' }).click();
  const cpu = page.getByRole('figure', { name: 'CPU' });
  await expect(cpu).toContainText(/\d+ samples?/);
  const count = async () => Number(/(\d+) samples?/.exec((await cpu.textContent()) ?? '')![1]);
  // The line through the samples: one curve segment between each two points.
  const curve = cpu.locator('.recharts-line-curve').first();
  const segments = async () => ((await curve.getAttribute('d')) ?? '').split(/[CL]/).length - 1;
  const before = await count();
  const drawn = await segments().catch(() => 0);
  await expect.poll(count, { timeout: 20_000 }).toBeGreaterThanOrEqual(before + 2);
  await expect(cpu).toContainText(/now .*%/);
  await expect.poll(segments).toBeGreaterThan(drawn);
  await page.screenshot({ path: '/tmp/h3-stats.png' });
});

test('the VM list shows usage bars and the dashboard links counts to searches', async ({ page }) => {
  await logIn(page);
  await expect(page.getByRole('region', { name: 'Recent alerts' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Host utilization' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Host utilization' }).getByRole('progressbar').first()).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: '/tmp/h3-dashboard.png', fullPage: true });
  const active = page.getByRole('region', { name: 'Virtual machines' }).getByRole('link', { name: /active/ });
  await active.click();
  await expect(page).toHaveURL(/\/vms\?q=status%3Dup/);
  await expect(page.getByRole('grid')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /^CPU use of / }).first()).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: '/tmp/h3-vms.png' });
});
