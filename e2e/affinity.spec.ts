// Affinity groups (guide 10.7.3): an administrator adds a VM of the group's cluster to the group from the
// group's page, sees the group's rule on the VM's page, and removes it again; the engine stores exactly that.
import { expect, test } from '@playwright/test';
import { logIn } from './session';
import { api } from './engineApi';

const shots = process.env.E2E_OUT ?? 'test-results/e2e';
const memberIds = (xml: string) => [...xml.matchAll(/<vm [^>]*id="([^"]+)"/g)].map((m) => m[1]);
/** Each VM of a list: id, name, cluster id. */
const vmsOf = (xml: string) => xml.split('<vm href="/ovirt-engine/api/vms/').slice(1).map((b) => ({
  id: /^[^"]+/.exec(b)![0], name: /<name>([^<]+)<\/name>/.exec(b)![1], cluster: /<cluster href="[^"]*" id="([^"]+)"/.exec(b)?.[1] }));

test('add a VM to an affinity group, see the group\'s rule on the VM, remove it', async ({ page, request }) => {
  // The seeded group lives in the first cluster.
  const clusterId = /<cluster href="[^"]*" id="([^"]+)"/.exec(await api(request, '/clusters'))![1];
  const list = await api(request, `/clusters/${clusterId}/affinitygroups`);
  const [, groupId, groupName] = /<affinity_group href="[^"]*" id="([^"]+)">\s*<name>([^<]+)<\/name>/.exec(list)!;
  const vmsPath = `/clusters/${clusterId}/affinitygroups/${groupId}/vms`;
  const before = memberIds(await api(request, vmsPath));
  const vms = vmsOf(await api(request, '/vms'));
  const { id: vmId, name: vmName } = vms.find((v) => v.cluster === clusterId && !before.includes(v.id))!;

  await logIn(page);
  await page.goto(`/clusters/${clusterId}/affinitygroups/${groupId}?tab=vms`);
  await page.getByRole('button', { name: 'Add virtual machine' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add virtual machine' });
  await dialog.getByLabel('Add virtual machine').click();
  // Only VMs of the group's cluster that are not members yet are offered.
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  const offered = await options.allTextContents();
  expect(offered).toContain(vmName);
  const otherCluster = vms.find((v) => v.cluster !== clusterId);
  if (otherCluster) expect(offered).not.toContain(otherCluster.name);
  await page.getByRole('option', { name: vmName, exact: true }).click();
  await dialog.getByRole('button', { name: 'Add virtual machine' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Virtual machines' }).getByRole('link', { name: vmName })).toBeVisible();
  expect(memberIds(await api(request, vmsPath))).toContain(vmId);

  // The VM's page shows the group and its rule.
  await page.goto(`/vms/${vmId}?tab=affinitygroups`);
  const table = page.getByRole('table', { name: 'Affinity groups' });
  const row = table.getByRole('row').filter({ hasText: groupName });
  await expect(row).toBeVisible();
  const positive = /<positive>true<\/positive>/.test(list.slice(list.indexOf(groupId)));
  await expect(row).toContainText(positive ? 'Run together on one host' : 'Run on different hosts');
  await page.screenshot({ path: `${shots}/gaps-vm-affinity.png` });

  await row.getByRole('link', { name: groupName }).click();
  await page.getByRole('tab', { name: 'Virtual machines' }).click();
  const memberRow = page.getByRole('table', { name: 'Virtual machines' }).getByRole('row').filter({ hasText: vmName });
  await memberRow.getByRole('button', { name: 'Remove from group' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove from group' }).click();
  await expect(page.getByRole('table', { name: 'Virtual machines' }).getByRole('link', { name: vmName })).toBeHidden();
  expect(memberIds(await api(request, vmsPath))).toEqual(before);
});
