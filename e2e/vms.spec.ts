// VM operations against the demo engine (clock x2): start a VM and watch it reach Up, migrate it to a chosen
// host and see the host change, take a snapshot and restore it. What the page shows is checked against what
// the engine stores (GET with Basic auth).
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { logIn } from './session';
import { ADMIN_HEADERS as auth } from './engineApi';

const OUT = process.env.E2E_OUT ?? 'test-results/e2e';

async function xml(request: APIRequestContext, path: string): Promise<string> {
  const res = await request.get(`/ovirt-engine/api${path}`, { headers: auth });
  expect(res.ok()).toBe(true);
  return res.text();
}
const vmsOf = (body: string) => [...body.matchAll(/<vm href="[^"]*" id="([^"]+)">[\s\S]*?<name>([^<]+)<\/name>[\s\S]*?<cluster [^>]*id="([^"]+)"/g)]
  .map((m) => ({ id: m[1], name: m[2], cluster: m[3] }));
const stateOf = (body: string) => /<status>\s*<state>([^<]+)<\/state>/.exec(body)?.[1];
const hostOf = (body: string) => /<host href="[^"]*" id="([^"]+)"\/>/.exec(body)?.[1];

/** A down VM with a bootable disk in a cluster with at least two hosts up (so it can start and migrate). */
async function startableVm(request: APIRequestContext, skip: string[] = []) {
  const hosts = await xml(request, '/hosts');
  const upByCluster = new Map<string, number>();
  for (const m of hosts.matchAll(/<host href[\s\S]*?<\/host>/g)) {
    const c = /<cluster [^>]*id="([^"]+)"/.exec(m[0])?.[1];
    if (c && stateOf(m[0]) === 'up') upByCluster.set(c, (upByCluster.get(c) ?? 0) + 1);
  }
  for (const vm of vmsOf(await xml(request, `/vms?search=${encodeURIComponent('status=down sortby name asc')}`))) {
    if (skip.includes(vm.id) || (upByCluster.get(vm.cluster) ?? 0) < 2) continue;
    if ((await xml(request, `/vms/${vm.id}/disks`)).includes('<bootable>true</bootable>')) return vm;
  }
  throw new Error('no startable VM in the demo inventory');
}

const general = (page: Page) => page.getByRole('tabpanel', { name: 'General' });

test('start a VM and watch it reach Up, then migrate it and see its host change', async ({ page, request }) => {
  const vm = await startableVm(request);
  await logIn(page);
  await page.goto(`/vms/${vm.id}`);
  await expect(page.getByRole('heading', { name: vm.name })).toBeVisible();
  await expect(general(page)).toContainText('Down');
  const actions = page.getByRole('group', { name: `Actions for ${vm.name}` });
  await expect(actions.getByRole('button', { name: 'Migrate' })).toHaveCount(0); // not offered while down

  await actions.getByRole('button', { name: 'Start', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(general(page)).toContainText(/Wait for launch|Powering up|Up/);
  await expect(general(page)).toContainText('Up', { timeout: 20_000 });
  expect(stateOf(await xml(request, `/vms/${vm.id}`))).toBe('up');
  await page.screenshot({ path: `${OUT}/h5-vm-up.png`, fullPage: true });

  const before = hostOf(await xml(request, `/vms/${vm.id}`))!;
  await actions.getByRole('button', { name: 'Migrate' }).click();
  const migrate = page.getByRole('dialog', { name: `Migrate ${vm.name}` });
  await migrate.getByRole('combobox', { name: 'Destination host' }).click();
  const option = page.getByRole('option').filter({ hasNotText: 'Automatic' }).first();
  const target = (await option.innerText()).trim();
  await option.click();
  await page.screenshot({ path: `${OUT}/h5-vm-migrate-dialog.png` });
  await migrate.getByRole('button', { name: 'Migrate' }).click();
  await expect(migrate).toHaveCount(0);
  await expect(general(page)).toContainText('Migrating');
  await expect(general(page)).toContainText('Up', { timeout: 20_000 });
  await expect(general(page).getByRole('link', { name: target })).toBeVisible();
  const after = await xml(request, `/vms/${vm.id}`);
  expect(hostOf(after)).not.toBe(before);
  expect(await xml(request, `/hosts/${hostOf(after)}`)).toContain(`<name>${target}</name>`);
});

test('take a snapshot, see it become Ok, restore it', async ({ page, request }) => {
  const vm = vmsOf(await xml(request, `/vms?search=${encodeURIComponent('status=down sortby name desc')}`))[0];
  await logIn(page);
  await page.goto(`/vms/${vm.id}?tab=snapshots`);
  await page.getByRole('button', { name: 'Take snapshot' }).click();
  const dialog = page.getByRole('dialog', { name: `Take a snapshot of ${vm.name}` });
  await dialog.getByLabel('Description').fill('e2e restore point');
  await dialog.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(dialog).toHaveCount(0);
  const table = page.getByRole('table', { name: 'Snapshots' });
  const row = table.getByRole('row').filter({ hasText: 'e2e restore point' });
  await expect(row).toContainText('Ok', { timeout: 20_000 });
  expect(await xml(request, `/vms/${vm.id}/snapshots`)).toMatch(/<description>e2e restore point<\/description>[\s\S]*?<snapshot_status>ok</);

  await row.getByRole('button', { name: 'Restore' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore snapshot "e2e restore point"' });
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(confirm).toHaveCount(0);
  // The engine locks the VM's image while it restores, then the VM is down again.
  await expect(page.getByRole('heading', { name: vm.name }).locator('..')).toContainText('Image locked');
  await page.screenshot({ path: `${OUT}/h5-vm-restore.png`, fullPage: true });
  await expect(page.getByRole('heading', { name: vm.name }).locator('..')).toContainText('Down', { timeout: 20_000 });
  expect(stateOf(await xml(request, `/vms/${vm.id}`))).toBe('down');
});

test('devices of a running VM: unplug and plug a disk, link a NIC down, change the CD for this run only', async ({ page, request }) => {
  const vm = vmsOf(await xml(request, `/vms?search=${encodeURIComponent('name=web-001')}`))[0];
  expect(stateOf(await xml(request, `/vms/${vm.id}`))).toBe('up');
  await logIn(page);

  await page.goto(`/vms/${vm.id}?tab=disks`);
  const disks = page.getByRole('table', { name: 'Disks' });
  const disk = disks.getByRole('row').nth(1);
  await disk.getByRole('button', { name: 'Deactivate' }).click();
  await expect(disk.getByRole('button', { name: 'Activate' })).toBeVisible();
  expect(await xml(request, `/vms/${vm.id}/disks`)).toContain('<active>false</active>');
  await disk.getByRole('button', { name: 'Activate' }).click();
  await expect(disk.getByRole('button', { name: 'Deactivate' })).toBeVisible();
  expect(await xml(request, `/vms/${vm.id}/disks`)).not.toContain('<active>false</active>');

  await page.getByRole('tab', { name: 'NICs' }).click();
  const nic = page.getByRole('table', { name: 'NICs' }).getByRole('row').nth(1);
  await nic.getByRole('button', { name: 'Link down' }).click();
  await expect(nic).toContainText('Down');
  expect(await xml(request, `/vms/${vm.id}/nics`)).toContain('<linked>false</linked>');

  await page.getByRole('tab', { name: 'CD-ROMs' }).click();
  const cds = page.getByRole('table', { name: 'CD-ROMs' });
  const configured = (await cds.getByRole('row').nth(1).locator('td').first().innerText()).trim();
  await cds.getByRole('button', { name: 'Change CD' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change CD' });
  await dialog.getByRole('combobox', { name: 'CD image' }).click();
  await page.getByRole('option', { name: 'Fedora-Server-34.iso' }).click();
  await expect(dialog.getByLabel(/For this run only/)).toBeChecked();
  await page.screenshot({ path: `${OUT}/h5-vm-cd-dialog.png` });
  await dialog.getByRole('button', { name: 'Change' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(cds.getByRole('row').nth(1)).toContainText('Fedora-Server-34.iso');
  await expect(cds.getByRole('row').nth(1).locator('td').first()).toHaveText(configured);
  const cdId = /<cdrom href="[^"]*" id="([^"]+)"/.exec(await xml(request, `/vms/${vm.id}/cdroms`))![1];
  expect(await xml(request, `/vms/${vm.id}/cdroms/${cdId};current=true`)).toContain('<file id="Fedora-Server-34.iso"');
  expect(await xml(request, `/vms/${vm.id}/cdroms/${cdId}`)).toContain(`<file id="${configured}"`);
});

test('bulk: start two stopped VMs from the list, then power them off', async ({ page, request }) => {
  const first = await startableVm(request);
  const second = await startableVm(request, [first.id]);
  await logIn(page);
  await page.goto(`/vms?q=${encodeURIComponent(`name=${first.name} or name=${second.name}`)}`);
  const grid = page.getByRole('grid');
  for (const n of [first.name, second.name]) {
    await grid.getByRole('row').filter({ has: page.getByRole('link', { name: n, exact: true }) }).getByRole('checkbox').check();
  }
  const bar = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(bar).toContainText('2 selected');
  await expect(bar.getByRole('button', { name: 'Power off' })).toHaveCount(0); // not while both are down
  await bar.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start 2 virtual machines' }).click();
  const results = page.getByRole('dialog', { name: 'Start 2 virtual machines' });
  await expect(results.getByRole('status')).toHaveText('2 done, 0 failed');
  await results.getByRole('button', { name: 'Close' }).click();
  await expect(grid.getByRole('row').filter({ hasText: 'Up' })).toHaveCount(2, { timeout: 20_000 });
  for (const vm of [first, second]) expect(stateOf(await xml(request, `/vms/${vm.id}`))).toBe('up');

  for (const n of [first.name, second.name]) {
    await grid.getByRole('row').filter({ has: page.getByRole('link', { name: n, exact: true }) }).getByRole('checkbox').check();
  }
  await bar.getByRole('button', { name: 'Power off' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Power off 2 virtual machines' }).click();
  await expect(page.getByRole('dialog', { name: 'Power off 2 virtual machines' }).getByRole('status')).toHaveText('2 done, 0 failed');
  await page.screenshot({ path: `${OUT}/h5-vms-bulk.png`, fullPage: true });
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(grid.getByRole('row').filter({ hasText: 'Down' })).toHaveCount(2, { timeout: 20_000 });
});
