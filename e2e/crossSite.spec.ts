// Cross-site request forgery: a page on another origin, opened in a browser that is logged in to the
// portal, tries to change the engine through the portal's mount. Every attempt is refused and the
// engine stores nothing.
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { api } from './engineApi';
import { logIn } from './session';

let attacker: Server;
let attackerPort = 0;
let target = '';

// The attacker's pages: a text/plain form (no CORS preflight) whose body looks like XML, and a no-cors fetch.
function attackerPage(kind: string, name: string): string {
  if (kind === 'form') {
    return `<!doctype html><form id="f" method="post" enctype="text/plain" action="${target}/ovirt-engine/api/tags">
      <input type="hidden" name="&lt;tag&gt;&lt;name&gt;${name}&lt;/name&gt;&lt;/tag&gt;&lt;x a" value="1/&gt;"></form>
      <script>document.getElementById('f').submit()</script>`;
  }
  return `<!doctype html><p id="done">sending</p><script>
    fetch('${target}/ovirt-engine/api/tags', { method: 'POST', mode: 'no-cors', credentials: 'include',
      headers: { 'Content-Type': 'text/plain' }, body: '<tag><name>${name}</name></tag>' })
      .finally(() => { document.getElementById('done').textContent = 'sent'; });
  </script>`;
}

test.beforeAll(async ({ baseURL }) => {
  target = baseURL!;
  attacker = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(attackerPage(u.searchParams.get('kind') ?? 'form', u.searchParams.get('name') ?? 'forged'));
  });
  await new Promise<void>((r) => attacker.listen(0, '127.0.0.1', r));
  attackerPort = (attacker.address() as AddressInfo).port;
});
test.afterAll(() => new Promise<void>((r) => attacker.close(() => r())));

const tagNames = async (request: Parameters<typeof api>[0]) => [...(await api(request, '/tags')).matchAll(/<name>([^<]*)<\/name>/g)].map((m) => m[1]);

for (const [site, host] of [['same-site (another port)', '127.0.0.1'], ['cross-site', 'localhost']] as const) {
  test(`a ${site} form post and fetch with the portal's session are refused and create nothing`, async ({ page, request }) => {
    await logIn(page);
    const before = await tagNames(request);
    const refusals: number[] = [];
    page.on('response', (r) => { if (r.url().startsWith(`${target}/ovirt-engine/api/tags`)) refusals.push(r.status()); });

    const formName = `csrf-form-${host.replace(/\W/g, '')}`;
    await page.goto(`http://${host}:${attackerPort}/?kind=form&name=${formName}`);
    await expect(page.locator('body')).toContainText('Cross-site write refused');
    const fetchName = `csrf-fetch-${host.replace(/\W/g, '')}`;
    await page.goto(`http://${host}:${attackerPort}/?kind=fetch&name=${fetchName}`);
    await expect(page.locator('#done')).toHaveText('sent');

    expect(refusals.length).toBeGreaterThanOrEqual(1);
    expect(refusals.every((s) => s === 403)).toBe(true);
    const after = await tagNames(request);
    expect(after).not.toContain(formName);
    expect(after).not.toContain(fetchName);
    expect(after.length).toBe(before.length);

    // The portal itself still writes: its own origin passes.
    await page.goto('/tags');
    await expect(page.getByRole('heading', { name: /tags/i }).first()).toBeVisible();
  });
}
