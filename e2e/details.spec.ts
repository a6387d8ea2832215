// Detail pages against the real server and demo engine: a host's every tab shows data or an explicit
// empty state (never an error); a permission for mary is added and removed, checked in the engine
// itself; a duplicate grant shows the engine's refusal inside the dialog; next/previous follow the
// list's search and sort carried in the URL.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { logIn } from './session';
import { api } from './engineApi';

const shots = process.env.E2E_OUT ?? 'test-results/e2e';

/** `name → id` of a collection's items, as the engine lists them. */
async function idsByName(request: APIRequestContext, collection: string, element: string): Promise<Map<string, string>> {
  const xml = await api(request, `/${collection}`);
  const out = new Map<string, string>();
  for (const m of xml.matchAll(new RegExp(`<${element} [^>]*id="([^"]+)"[^>]*>[\\s\\S]*?<name>([^<]+)</name>`, 'g'))) out.set(m[2], m[1]);
  return out;
}

async function openHost(page: Page, id: string, query = '') {
  await page.goto(`/hosts/${id}${query}`);
}

test('a host\'s detail page: every tab shows data or says it is empty', async ({ page, request }) => {
  const hosts = await idsByName(request, 'hosts', 'host');
  const id = hosts.get('host01')!;
  await logIn(page);
  await openHost(page, id);
  await expect(page.getByRole('heading', { name: 'host01' })).toBeVisible();
  // Related object: the host's cluster is a link to its own page.
  const general = page.getByLabel('General', { exact: true });
  await expect(general.getByRole('link', { name: 'Default' })).toHaveAttribute('href', /^\/clusters\//);

  const tabs = page.getByRole('tablist', { name: 'Host details' }).getByRole('tab');
  const names = await tabs.allTextContents();
  expect(names).toEqual(expect.arrayContaining(['General', 'NICs and bonds', 'Network attachments', 'Storage', 'NUMA nodes',
    'Statistics', 'Permissions', 'Tags', 'Events']));
  for (const name of names) {
    await page.getByRole('tab', { name, exact: true }).click();
    await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
    const panel = page.getByRole('tabpanel');
    await expect(panel.getByRole('progressbar')).toHaveCount(0);
    const content = name === 'General'
      ? panel.getByLabel('General', { exact: true })
      : panel.getByRole('table').first().or(panel.getByText(/^No .*\.$/).first());
    await expect(content, `tab ${name}`).toBeVisible();
    await expect(panel.getByRole('alert'), `tab ${name}`).toHaveCount(0);
    await page.screenshot({ path: `${shots}/h7-host-${name.replace(/\W+/g, '-').toLowerCase()}.png` });
  }
  // Data where the engine has it: NICs and NUMA nodes of a seeded host.
  await page.getByRole('tab', { name: 'NICs and bonds' }).click();
  await expect(page.getByRole('table', { name: 'NICs and bonds' })).toContainText('eth0');
  await expect(page).toHaveURL(/tab=nics/);
  await page.reload();
  await expect(page.getByRole('table', { name: 'NICs and bonds' })).toContainText('ovirtmgmt');
});

test('add a permission for mary on a host, refuse a duplicate inside the dialog, then remove it', async ({ page, request }) => {
  const hosts = await idsByName(request, 'hosts', 'host');
  const users = await idsByName(request, 'users', 'user');
  const roles = await idsByName(request, 'roles', 'role');
  const id = hosts.get('host02')!;
  const mary = users.get('Mary')!;
  const userRole = roles.get('UserRole')!;
  const maryHolds = async () => {
    const xml = await api(request, `/hosts/${id}/permissions`);
    return [...xml.matchAll(/<permission [\s\S]*?<\/permission>/g)].some((m) => m[0].includes(`id="${userRole}"`) && m[0].includes(`id="${mary}"`));
  };
  expect(await maryHolds()).toBe(false);

  await logIn(page);
  await openHost(page, id, '?tab=permissions');
  const grant = async () => {
    await page.getByRole('button', { name: 'Add permission' }).click();
    const dialog = page.getByRole('dialog', { name: /Add permission on host02/ });
    await dialog.getByRole('combobox', { name: 'User' }).click();
    await page.getByRole('option', { name: 'Mary (mary@internal)' }).click();
    await dialog.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'UserRole', exact: true }).click();
    await dialog.getByRole('button', { name: 'Add' }).click();
    return dialog;
  };
  const first = await grant();
  await expect(first).toBeHidden();
  const table = page.getByRole('table', { name: 'Permissions' });
  const row = table.getByRole('row').filter({ hasText: 'Mary (mary@internal)' }).filter({ hasText: 'UserRole' });
  await expect(row).toBeVisible();
  await expect.poll(maryHolds).toBe(true);
  await page.screenshot({ path: `${shots}/h7-permission-added.png` });

  // The same grant again: the engine refuses; its reason shows in the dialog, the choices stay.
  const second = await grant();
  await expect(second.getByRole('alert')).toContainText(/already exists/i);
  await expect(second.getByRole('combobox', { name: 'User' })).toHaveValue('Mary (mary@internal)');
  await expect(second.getByRole('combobox', { name: 'Role' })).toHaveValue('UserRole');
  await page.screenshot({ path: `${shots}/h7-permission-duplicate.png` });
  await second.getByRole('button', { name: 'Cancel' }).click();

  await row.getByRole('button', { name: /Remove UserRole of Mary/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove permission' });
  await expect(confirm).toContainText('Mary (mary@internal) will lose the role UserRole on host02');
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toHaveCount(0);
  await expect.poll(maryHolds).toBe(false);
});

test('next and previous follow the list\'s search and sort from the URL', async ({ page, request }) => {
  const hosts = await idsByName(request, 'hosts', 'host');
  await logIn(page);
  // Default order (by name): host01 has no previous, host02 next.
  await openHost(page, hosts.get('host01')!, '?tab=nics');
  await expect(page.getByRole('heading', { name: 'host01' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Previous host' })).toBeDisabled();
  await page.getByRole('link', { name: 'Next host: host02' }).click();
  await expect(page.getByRole('heading', { name: 'host02' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/hosts/${hosts.get('host02')}\\?tab=nics$`));
  await expect(page.getByRole('tab', { name: 'NICs and bonds' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('link', { name: 'Previous host: host01' }).click();
  await expect(page.getByRole('heading', { name: 'host01' })).toBeVisible();

  // The list's view travels along: names descending, so after host03 comes host02, before it host04.
  await openHost(page, hosts.get('host03')!, '?q=name%3Dhost0*&sort=name&order=desc');
  await expect(page.getByRole('heading', { name: 'host03' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Previous host: host04' })).toBeVisible();
  await page.screenshot({ path: `${shots}/h7-prev-next.png` });
  await page.getByRole('link', { name: 'Next host: host02' }).click();
  await expect(page.getByRole('heading', { name: 'host02' })).toBeVisible();
  await expect(page).toHaveURL(/q=name%3Dhost0\*&sort=name&order=desc/);
  // Back to the list keeps the same view.
  await expect(page.getByRole('link', { name: 'All hosts' })).toHaveAttribute('href', '/hosts?q=name%3Dhost0*&sort=name&order=desc');
});

test('a data center\'s attached storage domain: activate, then back to maintenance, as the engine reports', async ({ page, request }) => {
  const dcs = await idsByName(request, 'datacenters', 'data_center');
  const dc = dcs.get('Default')!;
  const stateOfExport = async () => {
    const xml = await api(request, `/datacenters/${dc}/storagedomains`);
    const sd = [...xml.matchAll(/<storage_domain [\s\S]*?<\/storage_domain>/g)].map((m) => m[0]).find((s) => s.includes('<name>export</name>'))!;
    return /<state>([^<]+)<\/state>/.exec(sd)![1];
  };
  expect(await stateOfExport()).toBe('maintenance');
  await logIn(page);
  await page.goto(`/datacenters/${dc}?tab=storagedomains`);
  const row = page.getByRole('table', { name: 'Storage domains' }).getByRole('row').filter({ hasText: 'export' });
  await expect(row.getByRole('link', { name: 'export' })).toHaveAttribute('href', /^\/storagedomains\//);
  await row.getByRole('button', { name: 'Activate' }).click();
  // The row follows the engine until the domain is active (the tab polls while it is changing).
  await expect(row.getByText('Active', { exact: true })).toBeVisible({ timeout: 20_000 });
  expect(await stateOfExport()).toBe('active');
  await page.screenshot({ path: `${shots}/h7-dc-storage-activated.png` });
  await row.getByRole('button', { name: 'Maintenance' }).click();
  await expect(row.getByText('Maintenance', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect.poll(stateOfExport, { timeout: 20_000 }).toBe('maintenance');
});

test('assign a tag to a host and remove it again', async ({ page, request }) => {
  const hosts = await idsByName(request, 'hosts', 'host');
  const id = hosts.get('host04')!;
  const tagged = async () => (await api(request, `/hosts/${id}/tags`)).includes('<name>web</name>');
  expect(await tagged()).toBe(false);
  await logIn(page);
  await page.goto(`/hosts/${id}?tab=tags`);
  await expect(page.getByText('No tags assigned.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Tag to assign' }).click();
  await page.getByRole('option', { name: 'web', exact: true }).click();
  await page.getByRole('button', { name: 'Assign tag' }).click();
  const table = page.getByRole('table', { name: 'Tags' });
  await expect(table.getByRole('link', { name: 'web' })).toHaveAttribute('href', /^\/tags\//);
  await expect.poll(tagged).toBe(true);
  await table.getByRole('button', { name: 'Remove tag web' }).click();
  await expect(page.getByText('No tags assigned.')).toBeVisible();
  await expect.poll(tagged).toBe(false);
});
