// "Copy as API call": a form and an action dialog show the request they will send, as curl and as the HTTP
// request with its XML body, without the password; what they show is what the submit sends, and the copied
// curl command, run in a shell, does the same thing on the engine.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { api } from './engineApi';
import { ADMIN, logIn } from './session';

const SHOTS = process.env.UX_SHOTS ?? '/tmp/ux-shots';
const USER = `${ADMIN.user}@${ADMIN.domain}`;

test('a form shows the exact request, copies it, and the copied curl command creates the same thing', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const name = `apicall-${Date.now()}`;
  await logIn(page);
  await page.goto('/tags/new');
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('textbox', { name: 'Description' }).fill("it's scripted");
  await page.getByRole('button', { name: 'API call' }).click();
  const dialog = page.getByRole('dialog', { name: 'API call' });
  const shown = dialog.getByRole('tabpanel');
  await expect(shown).toContainText(`curl -X POST '${baseURL}/ovirt-engine/api/tags'`);
  await expect(shown).toContainText(`-u '${USER}'`);
  await expect(shown).toContainText(`<name>${name}</name>`);
  const curl = (await shown.textContent())!;
  expect(curl).not.toMatch(/Authorization|Basic |JSESSIONID/);
  expect(curl).not.toContain(`:${ADMIN.password}`);
  await page.screenshot({ path: `${SHOTS}/apicall-curl.png` });

  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(curl);

  await dialog.getByRole('tab', { name: 'HTTP (XML)' }).click();
  const http = (await shown.textContent())!;
  expect(http.startsWith('POST /ovirt-engine/api/tags HTTP/1.1\n')).toBe(true);
  await page.screenshot({ path: `${SHOTS}/apicall-http.png` });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // What the submit sends is what was shown: same method, URL, headers (the Correlation-Id is per request) and body;
  // the browser adds only its own (cookie, host, connection, user agent, ...).
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/ovirt-engine/api/tags'));
  await page.getByRole('button', { name: 'Create' }).click();
  const req = await sent;
  const [head, body] = http.split('\n\n');
  expect(req.postData()).toBe(body);
  const headers = await req.allHeaders();
  for (const line of head.split('\n').slice(2)) {
    const [n, v] = line.split(/: (.*)/);
    if (n !== 'Correlation-Id') expect(headers[n.toLowerCase()], n).toBe(v);
  }
  expect(Object.keys(headers).filter((h) => !head.toLowerCase().includes(`\n${h}:`) && !['cookie', 'host', 'connection', 'user-agent', 'referer', 'origin', 'content-length'].includes(h) && !h.startsWith('sec-') && !h.startsWith('accept-'))).toEqual([]);

  // The copied command works in a shell (the password given as curl would ask for it).
  const again = curl.replaceAll(name, `${name}-curl`).replace(`-u '${USER}'`, `-u '${USER}:${ADMIN.password}'`);
  const out = execFileSync('bash', ['-c', again], { encoding: 'utf8' });
  expect(out).toContain(`<name>${name}-curl</name>`);
  expect(await api(page.request, `/tags?search=name%3D${name}-curl`)).toContain("<description>it's scripted</description>");
});

test('an action dialog shows its request: a removal as DELETE, an action as POST with its <action> body', async ({ page, request }) => {
  const down = await api(request, '/vms?search=status%3Ddown%20sortby%20name%20asc');
  const id = /<vm [^>]*id="([^"]+)"/.exec(down)![1];
  const name = /<name>([^<]+)<\/name>/.exec(down)![1];
  await logIn(page);
  await page.goto(`/vms?q=${encodeURIComponent(`name=${name}`)}`);
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Remove' }).click();
  const remove = page.getByRole('dialog', { name: `Remove ${name}` });
  await remove.getByRole('button', { name: 'API call' }).click();
  const call = page.getByRole('dialog', { name: 'API call' });
  await call.getByRole('tab', { name: 'HTTP (XML)' }).click();
  await expect(call.getByRole('tabpanel')).toContainText(`DELETE /ovirt-engine/api/vms/${id} HTTP/1.1`);
  await call.getByRole('button', { name: 'Close' }).click();
  await remove.getByRole('button', { name: 'Cancel' }).click();

  await page.goto(`/vms/${id}`);
  await page.getByRole('button', { name: 'Run once' }).click();
  const runOnce = page.getByRole('dialog', { name: `Run ${name} once` });
  await runOnce.getByRole('checkbox', { name: /stateless/i }).check();
  await runOnce.getByRole('button', { name: 'API call' }).click();
  await call.getByRole('tab', { name: 'HTTP (XML)' }).click();
  const text = call.getByRole('tabpanel');
  await expect(text).toContainText(`POST /ovirt-engine/api/vms/${id}/start HTTP/1.1`);
  await expect(text).toContainText('<action>');
  await expect(text).toContainText('<stateless>true</stateless>');
  await page.screenshot({ path: `${SHOTS}/apicall-action.png` });
});
