// More detail pages against the real server and demo engine: a cluster's CPU profiles and a network's vNIC
// profiles reached from their parents' tabs and opened; a data center's quota page under its parent; a
// host's networking (attach a network to a NIC, bond two NICs, save the configuration) checked in the engine
// itself; detaching a storage domain from its data center only after typing its name.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { logIn } from './session';
import { ADMIN_HEADERS as auth, api } from './engineApi';

const shots = process.env.E2E_OUT ?? 'test-results/e2e';

/** `name → id` of the items of a collection (or sub-collection) as the engine lists them (first of each name). */
async function idsByName(request: APIRequestContext, path: string, element: string): Promise<Map<string, string>> {
  const xml = await api(request, path);
  const out = new Map<string, string>();
  for (const m of xml.matchAll(new RegExp(`<${element} [^>]*id="([^"]+)"[^>]*>[\\s\\S]*?<name>([^<]+)</name>`, 'g'))) if (!out.has(m[2])) out.set(m[2], m[1]);
  return out;
}

test('a cluster\'s CPU profiles and a network\'s vNIC profiles open their own pages', async ({ page, request }) => {
  const clusters = await idsByName(request, '/clusters', 'cluster');
  const cluster = clusters.get('Default')!;
  const profiles = await idsByName(request, `/clusters/${cluster}/cpuprofiles`, 'cpu_profile');
  await logIn(page);
  await page.goto(`/clusters/${cluster}?tab=cpuprofiles`);
  const table = page.getByRole('table', { name: 'CPU profiles' });
  await table.getByRole('link', { name: 'Default' }).click();
  await expect(page).toHaveURL(`/cpuprofiles/${profiles.get('Default')}`);
  await expect(page.getByRole('heading', { name: 'Default' })).toBeVisible();
  await expect(page.getByText('CPU profile', { exact: true })).toBeVisible();
  // Its cluster is a link back to the cluster's page.
  await expect(page.getByLabel('Related').getByRole('link', { name: 'Default' })).toHaveAttribute('href', `/clusters/${cluster}`);
  await page.screenshot({ path: `${shots}/h8-cpuprofile.png` });
  await page.getByRole('tab', { name: 'Permissions' }).click();
  await expect(page.getByRole('tabpanel').getByRole('table').or(page.getByRole('tabpanel').getByText(/^No /))).toBeVisible();

  const networks = await idsByName(request, '/networks', 'network');
  const network = networks.get('public')!;
  const vnics = await idsByName(request, `/networks/${network}/vnicprofiles`, 'vnic_profile');
  await page.goto(`/networks/${network}?tab=vnicprofiles`);
  // The first column names the profile (the network column links to the network).
  await page.getByRole('table', { name: 'vNIC profiles' }).getByRole('link', { name: 'public' }).first().click();
  await expect(page).toHaveURL(`/vnicprofiles/${vnics.get('public')}`);
  await expect(page.getByRole('heading', { name: 'public' })).toBeVisible();
  await expect(page.getByLabel('General', { exact: true }).getByRole('link', { name: 'public' })).toHaveAttribute('href', `/networks/${network}`);
  await page.screenshot({ path: `${shots}/h8-vnicprofile.png` });
});

test('a data center\'s quota has its own page under the data center', async ({ page, request }) => {
  const dcs = await idsByName(request, '/datacenters', 'data_center');
  const dc = dcs.get('Default')!;
  const quotas = await idsByName(request, `/datacenters/${dc}/quotas`, 'quota');
  await logIn(page);
  await page.goto(`/datacenters/${dc}?tab=quotas`);
  await page.getByRole('table', { name: 'Quotas' }).getByRole('link', { name: 'Default' }).click();
  await expect(page).toHaveURL(`/datacenters/${dc}/quotas/${quotas.get('Default')}`);
  await expect(page.getByRole('heading', { name: 'Default' })).toBeVisible();
  await expect(page.getByLabel('Limits')).toContainText('80 %');
  await page.screenshot({ path: `${shots}/h8-quota.png` });
  await page.getByRole('link', { name: 'Data center Default' }).click();
  await expect(page).toHaveURL(`/datacenters/${dc}?tab=quotas`);
});

test('host networking: attach and detach a network, bond two NICs, save; the engine has them', async ({ page, request }) => {
  const hosts = await idsByName(request, '/hosts', 'host');
  const host = hosts.get('host02')!;
  const networks = await idsByName(request, '/networks', 'network');
  const publicIds = [...(await api(request, '/networks')).matchAll(/<network [^>]*id="([^"]+)"[^>]*>\s*<name>public<\/name>/g)].map((m) => m[1]);
  await logIn(page);
  await page.goto(`/hosts/${host}?tab=nics`);
  const panel = page.getByRole('tabpanel');
  const table = panel.getByRole('table', { name: 'NICs and bonds' });
  await expect(table).toContainText('eth2');
  const nics = await idsByName(request, `/hosts/${host}/nics`, 'host_nic');
  const attachedTo = async (nic: string) => {
    const xml = await api(request, `/hosts/${host}/networkattachments`);
    return publicIds.some((pid) => new RegExp(`<network [^>]*id="${pid}"[^>]*/>\\s*<host_nic [^>]*id="${nic}"`).test(xml));
  };

  // Attach "public" (the cluster's free network) to eth2: POST …/nics/{eth2}/networkattachments.
  await panel.getByRole('group', { name: 'Actions for eth2' }).getByRole('button', { name: 'Attach network' }).click();
  const attach = page.getByRole('dialog', { name: 'Attach a network to eth2' });
  await attach.getByRole('combobox', { name: 'Network' }).click();
  await page.getByRole('option', { name: 'public' }).click();
  await attach.getByRole('button', { name: 'Attach' }).click();
  await expect(attach).toBeHidden();
  await expect(panel.getByRole('button', { name: 'Detach public from eth2' })).toBeVisible();
  expect(await attachedTo(nics.get('eth2')!)).toBe(true);

  // Detach it again, after confirming.
  await panel.getByRole('button', { name: 'Detach public from eth2' }).click();
  const ask = page.getByRole('dialog', { name: 'Detach public?' });
  await expect(ask).toContainText('eth2');
  await ask.getByRole('button', { name: 'Detach' }).click();
  await expect(ask).toBeHidden();
  await expect(panel.getByRole('button', { name: 'Detach public from eth2' })).toHaveCount(0);
  expect(await attachedTo(nics.get('eth2')!)).toBe(false);

  // Bond eth1 and eth3 carrying "public": POST /hosts/{id}/nics with the slaves.
  await panel.getByRole('checkbox', { name: 'Select eth1' }).check();
  await panel.getByRole('checkbox', { name: 'Select eth3' }).check();
  await panel.getByRole('button', { name: 'Create bond' }).click();
  const bond = page.getByRole('dialog', { name: 'Create bond' });
  await expect(bond.getByRole('combobox', { name: 'Bond name' })).toHaveText('bond0');
  await bond.getByRole('combobox', { name: 'Network' }).click();
  await page.getByRole('option', { name: 'public' }).click();
  await page.screenshot({ path: `${shots}/h8-bond-dialog.png` });
  await bond.getByRole('button', { name: 'Create bond' }).click();
  await expect(bond).toBeHidden();
  await expect(table).toContainText('Bond of eth1, eth3');
  const after = await api(request, `/hosts/${host}/nics`);
  // Top-level NICs carry an href; a bond's slaves inside it are bare `<host_nic id=.../>` references.
  const bond0 = after.split(/(?=<host_nic href=)/).find((nic) => nic.includes('<name>bond0</name>')) ?? '';
  expect(bond0).toContain(`<host_nic id="${nics.get('eth1')}"/>`);
  expect(bond0).toContain(`<host_nic id="${nics.get('eth3')}"/>`);
  expect(publicIds.some((pid) => bond0.includes(`id="${pid}"`))).toBe(true);
  expect(networks.size).toBeGreaterThan(0);

  // Save the configuration (commitnetconfig) and see the engine's answer.
  await panel.getByRole('button', { name: 'Save network configuration' }).click();
  await expect(page.getByText('The network configuration of host02 is saved.')).toBeVisible();
  await page.screenshot({ path: `${shots}/h8-host-nics.png`, fullPage: true });

  // The NIC's own page: general, statistics.
  await table.getByRole('link', { name: 'eth0' }).click();
  await expect(page).toHaveURL(`/hosts/${host}/nics/${nics.get('eth0')}`);
  await expect(page.getByRole('heading', { name: 'eth0' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Host host02' })).toBeVisible();
  await page.getByRole('tab', { name: 'Network attachments' }).click();
  await expect(page.getByRole('table', { name: 'Network attachments' })).toContainText('ovirtmgmt');
  await page.getByRole('tab', { name: 'Statistics' }).click();
  await expect(page.getByRole('tabpanel').getByRole('table').last()).toContainText(/rx/i);
  await page.screenshot({ path: `${shots}/h8-hostnic.png`, fullPage: true });
});

test('detaching a storage domain from its data center requires typing its name', async ({ page, request }) => {
  const dcs = await idsByName(request, '/datacenters', 'data_center');
  const dc = dcs.get('Default')!;
  const domains = await idsByName(request, `/datacenters/${dc}/storagedomains`, 'storage_domain');
  const sd = domains.get('export')!;
  await logIn(page);
  await page.goto(`/datacenters/${dc}?tab=storagedomains`);
  await page.getByRole('group', { name: 'Actions for export' }).getByRole('button', { name: 'Detach' }).click();
  const dialog = page.getByRole('dialog', { name: 'Detach export?' });
  const confirm = dialog.getByRole('button', { name: 'Detach' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type export to confirm').fill('expor');
  await expect(confirm).toBeDisabled();
  await expect(dialog.getByText('The name does not match')).toBeVisible();
  await page.screenshot({ path: `${shots}/h8-detach-confirm.png` });
  // Still attached: nothing was sent.
  expect((await idsByName(request, `/datacenters/${dc}/storagedomains`, 'storage_domain')).has('export')).toBe(true);
  await dialog.getByLabel('Type export to confirm').fill('export');
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('group', { name: 'Actions for export' })).toHaveCount(0);
  expect((await idsByName(request, `/datacenters/${dc}/storagedomains`, 'storage_domain')).has('export')).toBe(false);

  // Leave the inventory as the other specs expect it: attach the domain again.
  const res = await request.post(`/ovirt-engine/api/datacenters/${dc}/storagedomains`, {
    headers: { ...auth, 'Content-Type': 'application/xml' }, data: `<storage_domain id="${sd}"/>`,
  });
  expect(res.status()).toBe(201);
  // … and back in maintenance, as seeded (the engine activates a re-attached domain).
  const stateOf = async () => /<state>([^<]+)<\/state>/.exec(await api(request, `/datacenters/${dc}/storagedomains/${sd}`))?.[1];
  await expect.poll(stateOf, { timeout: 20_000 }).not.toBe('locked');
  if ((await stateOf()) !== 'maintenance') {
    const off = await request.post(`/ovirt-engine/api/datacenters/${dc}/storagedomains/${sd}/deactivate`, {
      headers: { ...auth, 'Content-Type': 'application/xml' }, data: '<action/>',
    });
    expect(off.ok()).toBe(true);
  }
  await expect.poll(stateOf, { timeout: 20_000 }).toBe('maintenance');
});

test('users: "Add user from directory" searches the domain as you type, marks who is already added, adds one', async ({ page, request }) => {
  await logIn(page);
  await page.goto('/users');
  await page.getByRole('button', { name: 'Add user from directory' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add user from directory' });
  const searched = page.waitForRequest((r) => /\/domains\/[^/]+\/users\?search=allnames%3Dmar\*/.test(r.url()));
  await dialog.getByLabel('Search users').fill('mar');
  await searched;
  const mary = dialog.getByRole('button', { name: 'mary@internal' });
  await expect(mary).toContainText('Already added');
  await expect(mary).toHaveAttribute('aria-disabled', 'true');
  await expect(dialog.getByRole('button', { name: 'Add user', exact: true })).toBeDisabled();
  await page.screenshot({ path: `${shots}/h8-directory.png` });

  // A directory user not yet in the engine is added: POST /users with its user name and domain. The
  // engine filters the directory by what is typed, so search for someone else.
  const searchedAgain = page.waitForRequest((r) => /\/domains\/[^/]+\/users\?search=allnames%3Dsu\*/.test(r.url()));
  await dialog.getByLabel('Search users').fill('su');
  await searchedAgain;
  await expect(dialog.getByRole('button', { name: 'mary@internal' })).toHaveCount(0);
  const candidate = dialog.getByRole('button').filter({ hasText: /@/ }).filter({ hasNotText: 'Already added' }).first();
  await expect(candidate).toBeVisible();
  const login = (await candidate.getAttribute('aria-label'))!;
  await candidate.click();
  await dialog.getByRole('button', { name: `Add ${login}` }).click();
  await expect(dialog).toBeHidden();
  expect(await api(request, '/users')).toContain(`<user_name>${login}</user_name>`);
});
