// Create and edit forms driven by the element tables (issue 4), against the real server and demo engine:
// a VM from a template with cloned disks and cloud-init, an edit that changes only memory (checked in the
// engine's own state), a missing required field and an engine fault shown in the form, a draft surviving a reload.
import { expect, test, type Page } from '@playwright/test';
import { logIn } from './session';
import { api } from './engineApi';

const SHOTS = process.env.E2E_SHOTS ?? 'test-results/e2e';

/** An input by its label (MUI marks required ones with " *"). */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}(\\s*\\*)?$`)).first();

async function pick(page: Page, label: string, typed: string, option: string) {
  await field(page, label).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('create a VM from a template with cloned disks and cloud-init, and see it in the list', async ({ page, request }) => {
  const name = `form-vm-${Date.now().toString(36)}`;
  await logIn(page);
  await page.goto('/vms/new');
  await expect(page.getByRole('heading', { name: 'New virtual machine' })).toBeVisible();
  await field(page, 'Name').fill(name);
  await pick(page, 'Cluster', 'Def', 'Default');
  await pick(page, 'Template', 'rhel', 'rhel8-base');
  await page.getByRole('checkbox', { name: 'Clone template disks' }).check();
  await page.getByRole('button', { name: 'Initialization' }).click();
  await expect(field(page, 'Initialization method')).toHaveValue('cloud-init');
  await field(page, 'VM hostname').fill(`${name}.example.com`);
  await page.getByRole('button', { name: 'System', exact: true }).click();
  await field(page, 'Memory').fill('3072');
  await page.screenshot({ path: `${SHOTS}/forms-vm-new.png`, fullPage: true });

  const posted = page.waitForRequest((r) => r.method() === 'POST' && /\/ovirt-engine\/api\/vms$/.test(r.url()));
  await page.getByRole('button', { name: 'Create' }).click();
  const body = (await posted).postData() ?? '';
  expect(body).toMatch(/<disks>\s*<clone>true<\/clone>\s*<\/disks>/);
  expect(body).toContain('<memory>3221225472</memory>');

  await expect(page).toHaveURL(/\/vms(\?|$)/);
  await page.getByRole('combobox', { name: /search virtual machines/i }).fill(`name=${name}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('grid').getByRole('link', { name, exact: true })).toBeVisible();

  // The engine's state: the VM, its cloud-init host name, the memory in bytes and a copy of the template's disk.
  const list = await api(request, `/vms?search=name%3D${name}`);
  const id = /<vm [^>]*id="([^"]+)"/.exec(list)![1];
  expect(list).toContain(`<host_name>${name}.example.com</host_name>`);
  expect(list).toContain('<memory>3221225472</memory>');
  expect(await api(request, `/vms/${id}/disks`)).toContain('rhel8-base_Disk1');
});

/** A VM's XML without the elements an edit of memory may move (and timestamps the engine updates on its own). */
const settled = (xml: string) => xml.replace(/<memory>\d+<\/memory>/, '').replace(/<(stop_time|start_time)>[^<]*<\/\1>/g, '');

test('edit a VM: only memory changes in the engine', async ({ page, request }) => {
  const vms = await api(request, '/vms?search=status%3Ddown%20sortby%20name%20asc');
  const [, id, name] = /<vm [^>]*id="([^"]+)"[^>]*>\s*(?:<[^>]+>\s*)*?<name>([^<]+)<\/name>/.exec(vms)!;
  const before = await api(request, `/vms/${id}`);
  const memory = Number(/<memory>(\d+)<\/memory>/.exec(before)![1]);
  const newMiB = memory / 1024 ** 2 + 512;

  await logIn(page);
  await page.goto(`/vms/${id}/edit`);
  await expect(page.getByRole('heading', { name: 'Edit virtual machine' })).toBeVisible();
  await expect(field(page, 'Name')).toHaveValue(name);
  await expect(field(page, 'Template')).toBeDisabled();
  await page.getByRole('button', { name: 'System', exact: true }).click();
  await expect(field(page, 'Memory')).toHaveValue(String(memory / 1024 ** 2));
  await field(page, 'Memory').fill(String(newMiB));
  await page.screenshot({ path: `${SHOTS}/forms-vm-edit.png`, fullPage: true });
  const put = page.waitForRequest((r) => r.method() === 'PUT');
  await page.getByRole('button', { name: 'Save' }).click();
  expect((await put).postData()).toMatch(new RegExp(`^<\\?xml[^>]*\\?>\\s*<vm>\\s*<memory>${newMiB * 1024 ** 2}</memory>\\s*</vm>\\s*$`));
  await expect(page).toHaveURL(/\/vms(\?|$)/);

  const after = await api(request, `/vms/${id}`);
  expect(after).toContain(`<memory>${newMiB * 1024 ** 2}</memory>`);
  expect(settled(after)).toBe(settled(before));
});

test('a missing required field and an engine fault show in the form, with the input kept', async ({ page, request }) => {
  const vms = await api(request, '/vms?search=sortby%20name%20asc');
  const taken = /<name>([^<]+)<\/name>/.exec(vms)![1];
  await logIn(page);
  await page.goto('/vms/new');
  await field(page, 'Description').fill('kept after the fault');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText(/3 fields need your attention/)).toBeVisible();
  await expect(field(page, 'Name')).toHaveAccessibleDescription('Required');

  await field(page, 'Name').fill(taken);
  await pick(page, 'Cluster', 'Def', 'Default');
  await pick(page, 'Template', 'Bla', 'Blank');
  await page.getByRole('button', { name: 'Create' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The engine did not accept the change' });
  await expect(alert).toContainText(/name is already in use/i);
  await page.screenshot({ path: `${SHOTS}/forms-fault.png`, fullPage: true });
  await expect(field(page, 'Name')).toHaveValue(taken);
  await expect(field(page, 'Description')).toHaveValue('kept after the fault');
  await expect(field(page, 'Cluster')).toHaveValue('Default');
  await expect(page).toHaveURL(/\/vms\/new$/);
});

test('a draft survives a reload, without the password; leaving asks first', async ({ page }) => {
  await logIn(page);
  await page.goto('/hosts/new');
  await field(page, 'Name').fill('draft-host');
  await field(page, 'Address').fill('10.1.2.3');
  await field(page, 'Root password').fill('hunter2');
  await page.getByRole('button', { name: 'Power Management' }).click();
  await page.getByRole('checkbox', { name: 'Power management', exact: true }).check();
  await field(page, 'Fence agent address').fill('10.1.2.250');

  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.type()); void d.accept(); });
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  await expect(page.getByText(/Restored the input you had not saved/)).toBeVisible();
  await expect(field(page, 'Name')).toHaveValue('draft-host');
  await expect(field(page, 'Address')).toHaveValue('10.1.2.3');
  await expect(field(page, 'Root password')).toHaveValue('');
  await page.getByRole('button', { name: 'Power Management' }).click();
  await expect(field(page, 'Fence agent address')).toHaveValue('10.1.2.250');
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }));
  expect(stored).toContain('draft-host');
  expect(stored).not.toContain('hunter2');
  await page.screenshot({ path: `${SHOTS}/forms-host-draft.png`, fullPage: true });

  await page.getByRole('link', { name: 'Hosts' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible();
  await page.getByRole('button', { name: 'Stay' }).click();
  await expect(field(page, 'Name')).toHaveValue('draft-host');
});
