// The helpdesk console: someone who knows only a VM's name gets a working .vv file in two clicks after logging
// in (the drawer entry, then "Get console file"); the file carries the ticket the engine issued and the VM's
// display as the engine reports it. Bulk tickets for three VMs give a table, a CSV and a zip of .vv files.
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { parseVvFile } from '../src/components/console/vvFile';
import { logIn } from './session';
import { ADMIN_HEADERS as auth } from './engineApi';

const OUT = process.env.E2E_OUT ?? 'test-results/e2e';

async function engineVm(request: APIRequestContext, name: string): Promise<string> {
  const res = await request.get(`/ovirt-engine/api/vms?search=${encodeURIComponent(`name=${name}`)}`, { headers: auth });
  const body = await res.text();
  expect(body).toContain(`<name>${name}</name>`);
  return body;
}
const tag = (xml: string, t: string) => new RegExp(`<display>[\\s\\S]*?<${t}>([^<]*)</${t}>[\\s\\S]*?</display>`).exec(xml)?.[1];

test('a VM name → a .vv file whose password is the engine\'s ticket and whose address is the VM\'s display', async ({ page, request }) => {
  // As the helpdesk user: a non-administrator holding the seed's HelpdeskRole on the Default and Production
  // clusters; the portal switches to the user API (`Filter: true`) after the engine refuses its first read.
  await logIn(page, { user: 'helpdesk', domain: 'internal', password: 'helpdesk' });
  let clicks = 0;
  await page.getByRole('link', { name: 'Console (helpdesk)' }).click(); clicks++;
  await page.getByLabel('Find a virtual machine').fill('web-001');
  await page.getByLabel('Find a virtual machine').press('Enter');
  const panel = page.getByRole('region', { name: 'Console for web-001' });
  await expect(panel).toBeVisible();
  // Who is on it already, before handing it over (mary is logged on in the guest in the demo seed).
  await expect(panel.getByRole('region', { name: 'Connected users' })).toContainText('mary@internal');

  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Get console file (.vv)' }).click(); clicks++;
  const file = await download;
  expect(file.suggestedFilename()).toBe('web-001.vv');
  const text = readFileSync((await file.path())!, 'utf8');
  const vv = parseVvFile(text);
  expect(clicks).toBeLessThan(4);

  const shown = await panel.getByLabel('Console password (ticket)').inputValue();
  expect(shown.length).toBeGreaterThan(5);
  expect(vv.password).toBe(shown);
  await expect(panel.getByRole('timer', { name: 'Ticket expiry' })).toHaveText(/Expires in [45]:\d\d/);

  const vm = await engineVm(request, 'web-001');
  expect(vv.type).toBe(tag(vm, 'type'));
  expect(vv.host).toBe(tag(vm, 'address'));
  expect(vv.port).toBe(tag(vm, 'port'));
  expect(vv['tls-port']).toBe(tag(vm, 'secure_port'));
  expect(vv['delete-this-file']).toBe('1');
  expect(vv.title).toMatch(/^web-001:%d/);

  // The engine now lists the ticket's user as a console user of the VM.
  await expect(panel.getByRole('region', { name: 'Connected users' })).toContainText(/helpdesk@internal: console/);
  await page.screenshot({ path: `${OUT}/h5-helpdesk-ticket.png`, fullPage: true });

  // Nothing secret is kept by the page: no storage holds the ticket.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain(shown);
});

test('a stopped VM offers no ticket; the engine refusing one shows its reason in the panel', async ({ page }) => {
  await logIn(page);
  await page.goto('/helpdesk?q=status%3Ddown');
  const first = page.getByRole('table', { name: 'Matching virtual machines' }).getByRole('row').nth(1);
  await first.getByRole('button').first().click();
  await expect(page.getByText(/a console needs it running/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Get console file (.vv)' })).toHaveCount(0);

  await page.route('**/ovirt-engine/api/vms/*/ticket', (route) => route.fulfill({
    status: 409, contentType: 'application/xml',
    body: '<fault><reason>Operation Failed</reason><detail>[Cannot set Virtual Machine Ticket. VM is not running.]</detail></fault>',
  }));
  await page.goto('/helpdesk?q=web-001');
  await page.getByRole('button', { name: 'Issue ticket only' }).click();
  await expect(page.getByRole('alert')).toContainText('Cannot set Virtual Machine Ticket. VM is not running.');
});

test('bulk tickets for three VMs: a row each, CSV with the tickets shown, zip with three .vv files', async ({ page, request }) => {
  await logIn(page);
  await page.goto('/helpdesk');
  await page.getByLabel('Find a virtual machine').fill('status=up');
  await page.getByRole('button', { name: 'Find' }).click();
  const results = page.getByRole('table', { name: 'Matching virtual machines' });
  // Header plus at least three matches (a bare `not.toHaveCount(1)` also passes before the table exists).
  await expect(results.getByRole('row').nth(3)).toBeVisible();
  const names = (await results.getByRole('row').locator('td:nth-child(2)').allInnerTexts()).slice(0, 3);
  expect(names).toHaveLength(3);
  for (const n of names) await page.getByRole('checkbox', { name: `Select ${n}` }).check();
  await page.getByRole('button', { name: 'Tickets for selected (3)' }).click();

  const bulk = page.getByRole('region', { name: 'Bulk tickets' });
  await expect(bulk.getByRole('status')).toHaveText('3 issued, 0 failed');
  const rows = bulk.getByRole('table', { name: 'Issued tickets' }).getByRole('row');
  await expect(rows).toHaveCount(4);
  await page.screenshot({ path: `${OUT}/h5-helpdesk-bulk.png`, fullPage: true });
  const tickets = new Map<string, string>();
  for (let i = 1; i <= 3; i++) {
    const cells = await rows.nth(i).locator('td').allInnerTexts();
    tickets.set(cells[0], cells[3]);
  }
  expect([...tickets.keys()].sort()).toEqual([...names].sort());

  const csvDownload = page.waitForEvent('download');
  await bulk.getByRole('button', { name: 'Download CSV' }).click();
  const csv = readFileSync((await (await csvDownload).path())!, 'utf8').trim().split('\r\n');
  expect(csv[0]).toBe('vm,vm_id,result,display_type,host,port,tls_port,ticket,expiry_seconds,expires_at,error');
  for (const line of csv.slice(1)) {
    const f = line.split(',');
    expect(f[2]).toBe('issued');
    expect(f[7]).toBe(tickets.get(f[0]));
  }

  const zipDownload = page.waitForEvent('download');
  await bulk.getByRole('button', { name: 'Download .vv files (zip)' }).click();
  const files = unzipSync(readFileSync((await (await zipDownload).path())!));
  expect(Object.keys(files).sort()).toEqual(names.map((n) => `${n}.vv`).sort());
  for (const n of names) {
    const vv = parseVvFile(strFromU8(files[`${n}.vv`]));
    expect(vv.password).toBe(tickets.get(n));
    const vm = await engineVm(request, n);
    expect(vv.host).toBe(tag(vm, 'address'));
    expect(vv.port).toBe(tag(vm, 'port'));
  }

  await bulk.getByRole('button', { name: 'Close and forget tickets' }).click();
  await expect(page.getByRole('region', { name: 'Bulk tickets' })).toHaveCount(0);
});
