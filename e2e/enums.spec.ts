// Issue 15: enumerated parameters are pickers of what the engine's /capabilities lists, never free text. Against
// the demo engine: a host's power-management action offers the fence types, and a data center's quota mode is a
// select of the quota mode types whose choice the engine stores.
import { expect, test } from '@playwright/test';
import { ADMIN_HEADERS, api } from './engineApi';
import { logIn } from './session';

/** The values of one capabilities category (`fence_types` → its `<fence_type>` children), in the engine's order. */
async function listed(request: Parameters<typeof api>[0], category: string): Promise<string[]> {
  const caps = await api(request, '/capabilities');
  const block = new RegExp(`<${category}>([\\s\\S]*?)</${category}>`).exec(caps)![1];
  return [...block.matchAll(/<[a-z_]+>([^<]+)<\/[a-z_]+>/g)].map((m) => m[1]);
}

test('a host\'s power management offers the engine\'s fence types as a picker', async ({ page, request }) => {
  const fenceTypes = await listed(request, 'fence_types');
  expect(fenceTypes).toEqual(expect.arrayContaining(['manual', 'restart', 'start', 'stop', 'status']));
  const hosts = await api(request, '/hosts?search=sortby%20name%20asc');
  const name = /<host [^>]*>[\s\S]*?<name>([^<]+)<\/name>/.exec(hosts)![1];
  await logIn(page);
  await page.goto(`/hosts?q=${encodeURIComponent(`name=${name}`)}`);
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Power management' }).click();
  const dialog = page.getByRole('dialog', { name: `Power management ${name}` });
  await dialog.getByRole('combobox', { name: /Operation/ }).click();
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options).toHaveCount(fenceTypes.length);
  expect((await options.allTextContents()).map((o) => o.toLowerCase())).toEqual(fenceTypes);
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('a data center\'s quota mode is a select of the engine\'s quota mode types, and the engine stores the choice', async ({ page, request }) => {
  const modes = await listed(request, 'quota_mode_types');
  expect(modes).toEqual(expect.arrayContaining(['enabled', 'disabled', 'audit']));
  const dc = await api(request, '/datacenters?search=sortby%20name%20asc');
  const id = /<data_center [^>]*id="([^"]+)"/.exec(dc)![1];
  const before = /<quota_mode>([^<]+)<\/quota_mode>/.exec(await api(request, `/datacenters/${id}`))![1];
  const next = modes.find((m) => m !== before)!;
  await logIn(page);
  await page.goto(`/datacenters/${id}/edit`);
  await expect(page.getByRole('heading', { name: 'Edit data center' })).toBeVisible();
  const select = page.getByLabel('Quota mode');
  await expect(select).toHaveValue(before);
  const offered = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(offered).toEqual(modes);
  await select.selectOption(next);
  const put = page.waitForRequest((r) => r.method() === 'PUT');
  await page.getByRole('button', { name: 'Save' }).click();
  expect((await put).postData()).toContain(`<quota_mode>${next}</quota_mode>`);
  await expect(page).toHaveURL(/\/datacenters(\?|$)/);
  expect(await api(request, `/datacenters/${id}`)).toContain(`<quota_mode>${next}</quota_mode>`);
  // Leave the data center as the other specs expect it.
  const restore = await request.put(`/ovirt-engine/api/datacenters/${id}`, {
    headers: { ...ADMIN_HEADERS, 'Content-Type': 'application/xml' }, data: `<data_center><quota_mode>${before}</quota_mode></data_center>` });
  expect(restore.status()).toBe(200);
});
