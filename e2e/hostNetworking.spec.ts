// Host networking (guide 14.7.2.3, rsdl /hosts/{host:id}/nics/setupnetworks): in one "Set up networks" change
// the admin moves a network off a NIC into a new bond and puts another network on the freed NIC. A bond of one
// NIC is refused inside the dialog with the choices kept; the engine then stores the layout, and the tab asks
// for "Save network configuration" (commitnetconfig) until it is saved.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { logIn } from './session';
import { ADMIN_HEADERS, api } from './engineApi';

const shots = process.env.E2E_OUT ?? 'test-results/e2e';
const post = async (request: APIRequestContext, path: string, body: string) => {
  const res = await request.post(`/ovirt-engine/api${path}`, { headers: { ...ADMIN_HEADERS, 'Content-Type': 'application/xml' }, data: body });
  expect(res.status(), path).toBeLessThan(300);
};
const ids = (xml: string, element: string) => new Map(xml.split(`<${element} `).slice(1)
  .map((b) => [/<name>([^<]+)/.exec(b)?.[1] ?? '', /id="([^"]+)"/.exec(b)![1]]));

/** The engine's layout: "network@interface" for every attachment, sorted. */
async function layout(request: APIRequestContext, host: string, networks: Map<string, string>) {
  const nics = new Map([...ids(await api(request, `/hosts/${host}/nics`), 'host_nic')].map(([n, id]) => [id, n]));
  const nets = new Map([...networks].map(([n, id]) => [id, n]));
  return (await api(request, `/hosts/${host}/networkattachments`)).split('<network_attachment ').slice(1)
    .map((b) => `${nets.get(/<network [^>]*id="([^"]+)"/.exec(b)![1])}@${nics.get(/<host_nic [^>]*id="([^"]+)"/.exec(b)![1])}`).sort();
}

test('set up networks: move a network into a new bond and attach another in one change, refuse a bond of one NIC, then save', async ({ page, request }) => {
  const hosts = await api(request, '/hosts');
  const host = /<host href="[^"]*" id="([^"]+)"/.exec(hosts)![1];
  const cluster = /<cluster href="[^"]*" id="([^"]+)"/.exec(hosts.split('<host href=')[1])![1];
  const dc = /<data_center href="[^"]*" id="([^"]+)"/.exec(await api(request, `/clusters/${cluster}`))![1];
  const networks = new Map([...(await api(request, '/networks')).split('<network href=').slice(1)]
    .filter((b) => b.includes(`<data_center href="/ovirt-engine/api/datacenters/${dc}" id="${dc}"`) || b.includes(`id="${dc}"`))
    .map((b) => [/<name>([^<]+)/.exec(b)![1], /id="([^"]+)"/.exec(b)![1]] as [string, string]));
  const nics = ids(await api(request, `/hosts/${host}/nics`), 'host_nic');
  // The host starts with public on eth1; storage joins the cluster so it can be attached.
  await post(request, `/clusters/${cluster}/networks`, `<network id="${networks.get('storage')}"/>`);
  await post(request, `/hosts/${host}/nics/${nics.get('eth1')}/attach`, `<action><network id="${networks.get('public')}"/></action>`);
  expect(await layout(request, host, networks)).toEqual(['ovirtmgmt@eth0', 'public@eth1']);

  await logIn(page);
  await page.goto(`/hosts/${host}?tab=nics`);
  await page.getByRole('button', { name: 'Set up networks' }).click();
  const dialog = page.getByRole('dialog', { name: /Set up networks on/ });
  const placeOf = async (net: string, where: string) => {
    await dialog.getByLabel(`Place of ${net}`).click();
    await page.getByRole('option', { name: where, exact: true }).click();
    await expect(page.getByRole('listbox')).toBeHidden();
  };
  // A bond of eth2 alone: the dialog lets the admin try; the engine refuses it.
  await dialog.getByLabel('Bond eth2').check();
  await dialog.getByRole('button', { name: 'Create bond0 from the ticked NICs' }).click();
  await placeOf('public', 'bond0');
  await placeOf('storage', 'eth1');
  await expect(dialog.getByLabel('Pending change')).toContainText('Create bond bond0 of eth2');
  await expect(dialog.getByLabel('Pending change')).toContainText('Move public from eth1 to bond0');
  await expect(dialog.getByLabel('Pending change')).toContainText('Attach storage to eth1');
  await dialog.getByLabel('Rollback timeout (seconds)').fill('90');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog.getByText('Bond bond0 must have at least two slaves')).toBeVisible();
  await expect(dialog.getByLabel('Pending change')).toContainText('Move public from eth1 to bond0');
  await expect(dialog.getByLabel('Rollback timeout (seconds)')).toHaveValue('90');
  expect(await layout(request, host, networks)).toEqual(['ovirtmgmt@eth0', 'public@eth1']);
  await page.screenshot({ path: `${shots}/setup-networks-fault.png` });

  // Break the one-NIC bond up, bond eth2 and eth3, and keep public on the bond.
  await dialog.getByRole('button', { name: 'Break up bond0' }).click();
  await expect(dialog.getByText('Bond bond0 must have at least two slaves')).toBeHidden();
  await dialog.getByLabel('Bond eth2').check();
  await dialog.getByLabel('Bond eth3').check();
  await dialog.getByRole('button', { name: 'Create bond0 from the ticked NICs' }).click();
  await placeOf('public', 'bond0');
  await expect(dialog.getByLabel('Pending change')).toContainText('Create bond bond0 of eth2, eth3');
  await page.screenshot({ path: `${shots}/setup-networks.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${shots}/setup-networks-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();

  const table = page.getByRole('table', { name: 'NICs and bonds' });
  await expect(table.getByRole('row').filter({ hasText: 'bond0' })).toContainText('public');
  await expect(table.getByRole('row').filter({ hasText: 'eth1' }).first()).toContainText('storage');
  expect(await layout(request, host, networks)).toEqual(['ovirtmgmt@eth0', 'public@bond0', 'storage@eth1']);
  const bond = ids(await api(request, `/hosts/${host}/nics`), 'host_nic').get('bond0')!;
  const stored = await api(request, `/hosts/${host}/nics/${bond}`);
  expect(stored).toContain(`<host_nic id="${nics.get('eth2')}"`);
  expect(stored).toContain(`<host_nic id="${nics.get('eth3')}"`);

  await expect(page.getByText(/is not yet saved/)).toBeVisible();
  await page.locator('.MuiAlert-root').filter({ hasText: 'not yet saved' }).getByRole('button', { name: 'Save network configuration' }).click();
  await expect(page.getByText(/network configuration of .* is saved/)).toBeVisible();
  await expect(page.getByText(/is not yet saved/)).toBeHidden();
  expect(await api(request, '/events')).toMatch(/<code>1104<\/code>/);
});
