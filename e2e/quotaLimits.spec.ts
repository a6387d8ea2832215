// Quota limits (guide 9.5.3): an administrator adds a cluster limit and a storage limit to a quota from
// forms, changes one, is told what is wrong with bad input, and removes them; the engine stores each step.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { logIn } from './session';
import { api } from './engineApi';

const shots = process.env.E2E_OUT ?? 'test-results/e2e';

async function quotaOfDefault(request: APIRequestContext) {
  const dcs = await api(request, '/datacenters');
  const dc = /<data_center href="[^"]*" id="([^"]+)">\s*<name>Default<\/name>/.exec(dcs)![1];
  const quota = /<quota href="[^"]*" id="([^"]+)"/.exec(await api(request, `/datacenters/${dc}/quotas`))![1];
  return { dc, quota, path: `/datacenters/${dc}/quotas/${quota}` };
}
/** The limits as the engine stores them: the referenced id (or '') → the limit's text. */
async function limits(request: APIRequestContext, path: string, element: string, ref: string) {
  const xml = await api(request, path);
  return new Map(xml.split(`<${element} `).slice(1).map((b) => [new RegExp(`<${ref} [^>]*id="([^"]+)"`).exec(b)?.[1] ?? '', b]));
}

test('add, change and remove a quota\'s cluster limit, with bad input refused in the form', async ({ page, request }) => {
  const { dc, path } = await quotaOfDefault(request);
  const clusters = (await api(request, '/clusters')).split('<cluster href=').slice(1)
    .map((b) => ({ id: /id="([^"]+)"/.exec(b)![1], name: /<name>([^<]+)/.exec(b)![1], dc: /<data_center href="[^"]*" id="([^"]+)"/.exec(b)?.[1] }))
    .filter((c) => c.dc === dc);
  const before = await limits(request, `${path}/quotaclusterlimits`, 'cluster_quota_limit', 'cluster');
  const free = clusters.find((c) => !before.has(c.id))!;

  await logIn(page);
  await page.goto(`${path}?tab=quotaclusterlimits`);
  await page.getByRole('button', { name: 'Add cluster limit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add cluster limit' });
  await dialog.getByLabel('Cluster').click();
  await page.getByRole('option', { name: free.name, exact: true }).click();
  await dialog.getByLabel('Memory limit').fill('16');
  await dialog.getByLabel('vCPU limit').fill('2.5');
  await dialog.getByRole('button', { name: 'Add' }).click();
  // Refused in the form, next to what was typed; nothing sent.
  await expect(dialog.getByText('A whole number')).toBeVisible();
  await expect(dialog.getByLabel('vCPU limit')).toHaveValue('2.5');
  expect((await limits(request, `${path}/quotaclusterlimits`, 'cluster_quota_limit', 'cluster')).has(free.id)).toBe(false);
  await dialog.getByLabel('vCPU limit').fill('8');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toBeHidden();
  const table = page.getByRole('table', { name: 'Cluster limits' });
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: free.name, exact: true }) });
  await expect(row).toContainText('16');
  let stored = (await limits(request, `${path}/quotaclusterlimits`, 'cluster_quota_limit', 'cluster')).get(free.id)!;
  expect(stored).toContain('<vcpu_limit>8</vcpu_limit>');
  expect(stored).toContain('<memory_limit>16');

  // Change it: more memory, vCPUs unlimited (empty).
  await row.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit cluster limit' });
  await expect(edit.getByLabel('Memory limit')).toHaveValue('16');
  await edit.getByLabel('Memory limit').fill('32');
  await edit.getByLabel('vCPU limit').fill('');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('Unlimited');
  stored = (await limits(request, `${path}/quotaclusterlimits`, 'cluster_quota_limit', 'cluster')).get(free.id)!;
  expect(stored).toContain('<vcpu_limit>-1</vcpu_limit>');
  expect(stored).toContain('<memory_limit>32');
  await page.screenshot({ path: `${shots}/gaps-quota-limits.png` });

  await row.getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove cluster limit' }).click();
  await expect(row).toBeHidden();
  expect([...(await limits(request, `${path}/quotaclusterlimits`, 'cluster_quota_limit', 'cluster')).keys()].sort()).toEqual([...before.keys()].sort());
});

test('add a storage limit for every storage domain of the data center, and see the engine\'s refusal in the form', async ({ page, request }) => {
  const { path } = await quotaOfDefault(request);
  await logIn(page);
  await page.goto(`${path}?tab=quotastoragelimits`);
  await page.getByRole('button', { name: 'Add storage limit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add storage limit' });
  await dialog.getByLabel('Storage limit').fill('500');
  // A refusal (injected) shows inside the dialog and keeps the input.
  await page.route('**/quotastoragelimits', (route) => (route.request().method() === 'POST'
    ? route.fulfill({ status: 409, contentType: 'application/xml', body: '<fault><reason>Operation Failed</reason><detail>[Cannot edit Quota. Quota is not valid.]</detail></fault>' })
    : route.continue()));
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog.getByText('Cannot edit Quota. Quota is not valid.')).toBeVisible();
  await expect(dialog.getByLabel('Storage limit')).toHaveValue('500');
  await page.unroute('**/quotastoragelimits');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('table', { name: 'Storage limits' }).getByRole('row').filter({ hasText: 'All storage domains' });
  await expect(row).toContainText('500');
  const stored = (await limits(request, `${path}/quotastoragelimits`, 'storage_quota_limit', 'storage_domain')).get('')!;
  expect(stored).toContain('<limit>500</limit>');
});
