// Issue 12, idle cost: on an idle VM list only the change feed (`events;from=`) asks the engine anything;
// another administrator's change reaches the list through its event, without the list polling; the
// usage columns are filled and the header still says when data came in.
import { expect, test } from '@playwright/test';
import { ADMIN_HEADERS as AUTH, api } from './engineApi';
import { logIn } from './session';

const API = '/ovirt-engine/api';

test('an idle VM list asks only the change feed, and shows another admin\'s edit through its event', async ({ page, request }) => {
  const running = await api(request, `/vms?search=${encodeURIComponent('status=up sortby name asc')}`);
  const vm = /<vm href="[^"]*" id="([^"]+)">[\s\S]*?<name>([^<]+)<\/name>/.exec(running)!;
  const [, vmId, vmName] = vm;
  await logIn(page);
  await page.getByLabel('Refresh interval').click();
  await page.getByRole('option', { name: '5 s', exact: true }).click();
  await page.goto(`/vms?q=${encodeURIComponent(`name=${vmName}`)}`);
  const grid = page.getByRole('grid', { name: 'Virtual machines' });
  await expect(grid.getByRole('link', { name: vmName })).toBeVisible();
  await expect(grid.getByRole('progressbar', { name: `CPU use of ${vmName}` })).toBeVisible();
  // Let the first reads settle (the change feed's first answer turns the list's own polling down).
  await page.waitForTimeout(7_000);

  const asked: string[] = [];
  page.on('request', (r) => { if (r.url().includes(API)) asked.push(decodeURIComponent(r.url().slice(r.url().indexOf(API) + API.length))); });
  await expect.poll(() => asked.filter((u) => u.startsWith('/events;from=')).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
  expect(asked.filter((u) => !u.startsWith('/events;from='))).toEqual([]);

  const text = `edited by another admin ${Date.now()}`;
  const put = await request.put(`${API}/vms/${vmId}`, { headers: { ...AUTH, 'Content-Type': 'application/xml' }, data: `<vm><description>${text}</description></vm>` });
  expect(put.status()).toBe(200);
  await expect(grid.getByRole('row').filter({ hasText: vmName })).toContainText(text, { timeout: 15_000 });
  // The list was read again because the event named the VM, with the rows' statistics inline.
  expect(asked.some((u) => u.startsWith('/vms?search=') && u.includes(`name=${vmName}`))).toBe(true);
  await expect(grid.getByRole('progressbar', { name: `CPU use of ${vmName}` })).toBeVisible();
  await expect(page.getByLabel('Last update')).toHaveText(/^Updated \d\d:\d\d:\d\d$/);
});
