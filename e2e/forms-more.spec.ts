// More saves through the real forms against the demo engine (issue 4, "the special creation paths"), each
// checked through the engine's API: an NFS data storage domain with its host and connection, a host with power
// management (whose password never comes back), a disk on a chosen storage domain (GiB typed, bytes sent) and a
// direct LUN disk, a cluster edit that changes only the description, a NIC on a VM, and a VM from a snapshot.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { logIn } from './session';
import { api } from './engineApi';

const SHOTS = process.env.E2E_SHOTS ?? 'test-results/e2e';
const GiB = 1024 ** 3;

/** The one `element` of `collection` whose `by` is `name` (found by search), as XML, or undefined. */
async function findByName(request: APIRequestContext, collection: string, element: string, name: string, by = 'name'): Promise<string | undefined> {
  const xml = await api(request, `/${collection}?search=${encodeURIComponent(`${by}=${name}`)}`);
  const items = xml.match(new RegExp(`<${element} href="[^"]*" id="[^"]*">[\\s\\S]*?</${element}>`, 'g')) ?? [];
  return items.find((i) => i.includes(`<${by}>${name}</${by}>`));
}

const idOf = (xml: string) => /^<\w+ href="[^"]*" id="([^"]+)"/.exec(xml)![1];

/** An input by its label (MUI marks required ones with " *"). */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}(\\s*\\*)?$`)).first();

async function pick(page: Page, label: string, typed: string, option: string | RegExp) {
  await field(page, label).click();
  await field(page, label).fill(typed);
  // Only the picker's list: a native select's "(engine default)" is an option too.
  await page.getByRole('listbox').getByRole('option', typeof option === 'string' ? { name: option, exact: true } : { name: option }).first().click();
}

const postOf = (page: Page, path: RegExp) => page.waitForRequest((r) => r.method() === 'POST' && path.test(new URL(r.url()).pathname));
const stamp = () => Date.now().toString(36);

test('create an NFS data storage domain with its host and connection, and see it', async ({ page, request }) => {
  const name = `nfs-${stamp()}`;
  await logIn(page);
  await page.goto('/storagedomains/new');
  await expect(page.getByRole('heading', { name: 'New storage domain' })).toBeVisible();
  await field(page, 'Name').fill(name);
  await field(page, 'Domain function').selectOption('data');
  await pick(page, 'Host', 'host0', 'host01');
  await field(page, 'Storage type').selectOption('nfs');
  await expect(field(page, 'LUN ID')).toHaveCount(0);
  await field(page, 'Address').fill('192.0.2.40');
  await field(page, 'Path').fill(`/exports/${name}`);
  await page.screenshot({ path: `${SHOTS}/forms-sd-nfs.png`, fullPage: true });
  const posted = postOf(page, /\/storagedomains$/);
  await page.getByRole('button', { name: 'Create' }).click();
  const body = (await posted).postData() ?? '';
  expect(body).toMatch(/<host id="[^"]+"\/>/);
  expect(body).not.toContain('logical_unit');

  await expect(page).toHaveURL(/\/storagedomains(\?|$)/);
  await expect(page.getByRole('grid').getByRole('link', { name, exact: true })).toBeVisible();
  const sd = await findByName(request, 'storagedomains', 'storage_domain', name);
  expect(sd).toBeDefined();
  expect(sd).toContain('<type>data</type>');
  expect(sd).toMatch(/<storage>[\s\S]*<address>192\.0\.2\.40<\/address>[\s\S]*<type>nfs<\/type>[\s\S]*<path>\/exports\/nfs-[^<]+<\/path>/);
});

async function createPmHost(page: Page, name: string): Promise<string> {
  await logIn(page);
  await page.goto('/hosts/new');
  await field(page, 'Name').fill(name);
  await field(page, 'Address').fill('192.0.2.71');
  await pick(page, 'Cluster', 'Def', 'Default');
  await field(page, 'Root password').fill('r00t-secret');
  await page.getByRole('button', { name: 'Power Management' }).click();
  await page.getByRole('checkbox', { name: 'Power management', exact: true }).check();
  await field(page, 'Fence agent type').selectOption('ipmilan');
  await field(page, 'Fence agent address').fill('192.0.2.72');
  await field(page, 'Fence agent user').fill('fencer');
  await field(page, 'Fence agent password').fill('f3nce-secret');
  await page.screenshot({ path: `${SHOTS}/forms-host-pm.png`, fullPage: true });
  const posted = postOf(page, /\/hosts$/);
  await page.getByRole('button', { name: 'Create' }).click();
  const body = (await posted).postData() ?? '';
  await expect(page).toHaveURL(/\/hosts(\?|$)/);
  return body;
}

test('create a host with power management and see it', async ({ page, request }) => {
  const name = `pm-${stamp()}`;
  expect(await createPmHost(page, name)).toMatch(/<power_management type="ipmilan">[\s\S]*<password>f3nce-secret<\/password>/);
  await page.getByRole('combobox', { name: 'Search hosts' }).fill(`name=${name}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('grid').getByRole('link', { name, exact: true })).toBeVisible();
  const host = await findByName(request, 'hosts', 'host', name);
  expect(host).toMatch(/<power_management type="ipmilan">[\s\S]*<enabled>true<\/enabled>[\s\S]*<address>192\.0\.2\.72<\/address>[\s\S]*<username>fencer<\/username>/);
  expect(await api(request, `/hosts/${idOf(host!)}`)).not.toContain('r00t-secret');
});

test('a host\'s fence agent password never comes back from the engine', async ({ page, request }) => {
  const name = `pmpw-${stamp()}`;
  await createPmHost(page, name);
  const host = await findByName(request, 'hosts', 'host', name);
  expect(host).toBeDefined();
  expect(await api(request, `/hosts/${idOf(host!)}`)).not.toContain('f3nce-secret');
});

test('create a disk on a chosen storage domain, its size typed in GiB and sent in bytes', async ({ page, request }) => {
  const alias = `disk_${stamp()}`;
  const sds = await api(request, '/storagedomains');
  const data1 = /<storage_domain href="[^"]*" id="([^"]+)">\s*<name>data1<\/name>/.exec(sds)![1];
  await logIn(page);
  await page.goto('/disks/new');
  await field(page, 'Alias').fill(alias);
  await field(page, 'Size').fill('3');
  await field(page, 'Interface').selectOption('virtio');
  await field(page, 'Format').selectOption('cow');
  await pick(page, 'Storage domain', 'data', 'data1');
  const posted = postOf(page, /\/disks$/);
  await page.getByRole('button', { name: 'Create' }).click();
  const body = (await posted).postData() ?? '';
  expect(body).toContain(`<provisioned_size>${3 * GiB}</provisioned_size>`);
  expect(body).toContain(`<storage_domain id="${data1}"/>`);
  await expect(page).toHaveURL(/\/disks(\?|$)/);

  const disk = await findByName(request, 'disks', 'disk', alias, 'alias');
  expect(disk).toBeDefined();
  expect(disk).toContain(`<provisioned_size>${3 * GiB}</provisioned_size>`);
  expect(disk).toContain(`id="${data1}"`);
});

test('create a direct LUN disk (guide 16.1): no size, no storage domain, the LUN connection', async ({ page, request }) => {
  const alias = `lun_${stamp()}`;
  await logIn(page);
  await page.goto('/disks/new');
  await field(page, 'Alias').fill(alias);
  await field(page, 'Interface').selectOption('virtio_scsi');
  await page.getByRole('button', { name: 'Direct LUN' }).click();
  await field(page, 'Direct LUN type').selectOption('iscsi');
  await expect(field(page, 'Size')).toHaveCount(0);
  await expect(field(page, 'Storage domain')).toHaveCount(0);
  await field(page, 'LUN ID').fill(`3600a0b80005b10ca${Date.now().toString(16)}`);
  await field(page, 'iSCSI address').fill('192.0.2.90');
  await field(page, 'iSCSI port').fill('3260');
  await field(page, 'iSCSI target').fill('iqn.2017-01.com.example:storage.lun1');
  await page.screenshot({ path: `${SHOTS}/forms-disk-lun.png`, fullPage: true });
  const posted = postOf(page, /\/disks$/);
  await page.getByRole('button', { name: 'Create' }).click();
  const body = (await posted).postData() ?? '';
  const lun = /<lun_storage>\s*<type>iscsi<\/type>\s*<logical_unit id="[^"]+">([\s\S]*?)<\/logical_unit>\s*<\/lun_storage>/.exec(body)?.[1] ?? '';
  expect(lun).toContain('<address>192.0.2.90</address>');
  expect(lun).toContain('<port>3260</port>');
  expect(lun).toContain('<target>iqn.2017-01.com.example:storage.lun1</target>');
  expect(body).not.toContain('provisioned_size');
  await expect(page).toHaveURL(/\/disks(\?|$)/);
  const disk = await findByName(request, 'disks', 'disk', alias, 'alias');
  expect(disk).toContain('<lun_storage>');
});

/** A cluster's XML without its description. */
const withoutDescription = (xml: string) => xml.replace(/\s*<description>[^<]*<\/description>/, '');

test('edit a cluster: only the description changes in the engine', async ({ page, request }) => {
  const clusters = await api(request, '/clusters');
  const id = /<cluster href="[^"]*" id="([^"]+)">\s*<name>Default<\/name>/.exec(clusters)![1];
  const before = await api(request, `/clusters/${id}`);
  const text = `edited ${stamp()}`;
  await logIn(page);
  await page.goto(`/clusters/${id}/edit`);
  await expect(page.getByRole('heading', { name: 'Edit cluster' })).toBeVisible();
  await expect(field(page, 'Name')).toHaveValue('Default');
  await field(page, 'Description').fill(text);
  await page.screenshot({ path: `${SHOTS}/forms-cluster-edit.png`, fullPage: true });
  const put = page.waitForRequest((r) => r.method() === 'PUT');
  await page.getByRole('button', { name: 'Save' }).click();
  expect((await put).postData()).toMatch(new RegExp(`^<\\?xml[^>]*\\?>\\s*<cluster>\\s*<description>${text}</description>\\s*</cluster>\\s*$`));
  await expect(page).toHaveURL(/\/clusters(\?|$)/);
  const after = await api(request, `/clusters/${id}`);
  expect(after).toContain(`<description>${text}</description>`);
  expect(withoutDescription(after)).toBe(withoutDescription(before));
});

test('add a NIC to a VM from /vms/<id>/nics/new', async ({ page, request }) => {
  const vms = await api(request, '/vms?search=sortby%20name%20asc');
  const vmId = /<vm href="[^"]*" id="([^"]+)"/.exec(vms)![1];
  const name = `nic${stamp().slice(-5)}`;
  await logIn(page);
  await page.goto(`/vms/${vmId}/nics/new`);
  await expect(page.getByRole('heading', { name: 'New network interface' })).toBeVisible();
  await field(page, 'Name').fill(name);
  await field(page, 'Type').selectOption('virtio');
  await pick(page, 'Profile', '', /^ovirtmgmt/);
  const posted = postOf(page, new RegExp(`/vms/${vmId}/nics$`));
  await page.getByRole('button', { name: 'Create' }).click();
  expect((await posted).postData()).toMatch(new RegExp(`<nic>\\s*<name>${name}</name>[\\s\\S]*<interface>virtio</interface>`));
  await expect(page).toHaveURL(new RegExp(`/vms/${vmId}$`));
  const nics = await api(request, `/vms/${vmId}/nics`);
  expect(nics).toMatch(new RegExp(`<name>${name}</name>[\\s\\S]*?<interface>virtio</interface>`));
});

test('create a VM from a snapshot of another VM (guide 15.6.5.2)', async ({ page, request }) => {
  // The first VM (by name) with a snapshot the picker offers: a taken one, not its Active VM (the VM itself).
  const vms = await api(request, '/vms?search=sortby%20name%20asc');
  let sourceName = '';
  let snapId = '';
  for (const [, id, vmName] of vms.matchAll(/<vm href="[^"]*" id="([^"]+)">[\s\S]*?<name>([^<]+)<\/name>/g)) {
    const snaps = await api(request, `/vms/${id}/snapshots`);
    const taken = [...snaps.matchAll(/<snapshot href="[^"]*" id="([^"]+)">[\s\S]*?<\/snapshot>/g)].find((m) => !/<type>active<\/type>/.test(m[0]));
    if (taken) { [sourceName, snapId] = [vmName, taken[1]]; break; }
  }
  expect(snapId, 'a VM with a taken snapshot').not.toBe('');
  const name = `from-snap-${stamp()}`;
  await logIn(page);
  await page.goto('/vms/new');
  await field(page, 'Name').fill(name);
  await pick(page, 'Cluster', 'Def', 'Default');
  await page.getByRole('radio', { name: 'A snapshot of another virtual machine' }).check();
  await pick(page, 'Source virtual machine', sourceName, sourceName);
  await field(page, 'Source snapshot').click();
  await page.getByRole('listbox').getByRole('option').first().click();
  await page.screenshot({ path: `${SHOTS}/forms-vm-from-snapshot.png`, fullPage: true });
  const posted = postOf(page, /\/vms$/);
  await page.getByRole('button', { name: 'Create' }).click();
  const body = (await posted).postData() ?? '';
  expect(body).toMatch(/<template id="00000000-0000-0000-0000-000000000000"\/>/);
  expect(body).toMatch(new RegExp(`<snapshots>\\s*<snapshot id="${snapId}"/>\\s*</snapshots>`));
  await expect(page).toHaveURL(/\/vms(\?|$)/);
  expect(await findByName(request, 'vms', 'vm', name)).toBeDefined();
});
