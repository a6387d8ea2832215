// The in-browser console (noVNC) against the demo engine's real VNC displays, through the portal's proxy: as
// helpdesk, open a running VM's console, read its text off the canvas, type and see it echoed, let the ticket
// expire; a second browser with a forged or old ticket is refused, and the proxy goes nowhere but the VM's display.
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import WebSocket from 'ws';
import { charOf, CELL_H, CELL_W, OFFSET_X, OFFSET_Y, SCALE } from '../src/server/demoDisplays/font';
import { RfbTestClient } from '../src/server/demoDisplays/rfbTestClient';
import { ADMIN_HEADERS } from './engineApi';
import { logIn } from './session';

const HELPDESK = { user: 'helpdesk', domain: 'internal', password: 'helpdesk' };

/** What the canvas shows, read cell by cell against the demo console's font (the pixels the user sees). */
async function screenText(page: Page): Promise<string> {
  const masks = await page.evaluate(({ cw, ch, ox, oy, s }) => {
    const canvas = document.querySelector('[aria-label^="Screen of"] canvas') as HTMLCanvasElement | null;
    if (!canvas || !canvas.width) return [] as number[][];
    const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const px = (x: number, y: number) => { const i = (y * canvas.width + x) * 4; return (d[i] << 16) | (d[i + 1] << 8) | d[i + 2]; };
    const rows: number[][] = [];
    for (let y0 = 0; y0 + ch <= canvas.height; y0 += ch) {
      const row: number[] = [];
      for (let x0 = 0; x0 + cw <= canvas.width; x0 += cw) {
        let bits = 0;
        for (let gy = 0; gy < 7; gy++) for (let gx = 0; gx < 5; gx++) bits = bits * 2 + (px(x0 + ox + gx * s, y0 + oy + gy * s) !== px(x0, y0) ? 1 : 0);
        row.push(bits);
      }
      rows.push(row);
    }
    return rows;
  }, { cw: CELL_W, ch: CELL_H, ox: OFFSET_X, oy: OFFSET_Y, s: SCALE });
  return masks.map((r) => r.map((b) => charOf(b) ?? '?').join('').trimEnd()).join('\n');
}

async function openConsole(page: Page, vm: string) {
  await page.getByRole('link', { name: 'Console (helpdesk)' }).click();
  await page.getByLabel('Find a virtual machine').fill(vm);
  await page.getByLabel('Find a virtual machine').press('Enter');
  const panel = page.getByRole('region', { name: `Console for ${vm}` });
  await panel.getByRole('combobox', { name: 'Ticket valid for' }).click();
  await page.getByRole('option', { name: '1 minute' }).click();
  await panel.getByRole('button', { name: 'Open console in the browser' }).click();
  return page.getByRole('dialog', { name: `Browser console of ${vm}` });
}

// Admin reads go through the `request` fixture, not `page.request`: that one carries the browser's engine
// session cookie, and a request with it but without `Prefer: persistent-auth` ends the session (guide 2.3).
async function vmId(request: APIRequestContext, name: string): Promise<string> {
  const res = await request.get(`/ovirt-engine/api/vms?search=${encodeURIComponent(`name=${name}`)}`, { headers: ADMIN_HEADERS });
  return /<vm [^>]*id="([^"]+)"/.exec(await res.text())![1];
}

test('helpdesk: the canvas shows the VM, echoes what is typed, and the state changes when the ticket expires', async ({ page, request }) => {
  test.setTimeout(120_000);
  await logIn(page, HELPDESK);
  const dialog = await openConsole(page, 'db-002');
  await expect(dialog.getByRole('status', { name: 'Console state' })).toContainText('Connected');
  await expect(dialog.getByRole('timer', { name: 'Ticket remaining time' })).toContainText(/Ticket valid for [01]:\d\d/);
  await expect.poll(() => screenText(page)).toContain('db-002 login:');
  expect((await screenText(page)).split('\n')[0]).toContain('db-002  |  up');
  // While connected, the helpdesk user is on the VM's sessions, from the portal server's address.
  const id = await vmId(request, 'db-002');
  await expect.poll(async () => (await request.get(`/ovirt-engine/api/vms/${id}/sessions`, { headers: ADMIN_HEADERS })).text())
    .toMatch(/<console_user>true<\/console_user>[\s\S]*helpdesk@internal|helpdesk@internal[\s\S]*<console_user>true<\/console_user>/);

  const typed = dialog.getByLabel('Text to type');
  await typed.fill('root');
  await typed.press('Enter');
  await expect.poll(() => screenText(page)).toContain('Password:');
  await typed.fill('not shown');
  await typed.press('Enter');
  await typed.fill('echo hello from the browser');
  await typed.press('Enter');
  await expect.poll(() => screenText(page)).toContain('[root@db-002 ~]$ echo hello from the browser\nhello from the browser');
  expect(await screenText(page)).not.toContain('not shown');
  await page.screenshot({ path: 'test-results/console-connected.png' });

  // A 1-minute ticket at clock x2: the proxy closes the console at the engine's expiry.
  await expect(dialog.getByRole('status', { name: 'Console state' })).toContainText('Ticket expired', { timeout: 45_000 });
});

/** A raw RFB client through the proxy with a browser context's cookies (its portal and engine sessions). */
async function viaProxy(context: BrowserContext, baseURL: string, path: string) {
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const host = new URL(baseURL).host;
  const ws = new WebSocket(`ws://${host}${path}`, { headers: { Cookie: cookie, Origin: `http://${host}` } });
  const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
  const client = new RfbTestClient({ write: (b) => ws.send(b), onData: (f) => ws.on('message', (d) => f(d as Buffer)), onClose: (f) => ws.on('close', f), close: () => ws.close() });
  return { client, closed };
}

test('a second browser with a forged or old ticket is refused; the proxy reaches only the VM\'s display', async ({ browser, baseURL, request }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, HELPDESK);
  const id = await vmId(request, 'mail-005');
  const path = `/portal/api/console/vms/${id}`;
  expect(await (await viaProxy(context, baseURL!, path)).closed).toBe(4403); // no ticket obtained in this session

  const ticket = () => page.evaluate(async (vm) => {
    const res = await fetch(`/ovirt-engine/api/vms/${vm}/ticket`, { method: 'POST', headers: { Version: '3', Filter: 'true', Prefer: 'persistent-auth', 'Content-Type': 'application/xml' }, body: '<action><ticket><expiry>300</expiry></ticket></action>' });
    return /<value>([^<]+)<\/value>/.exec(await res.text())?.[1] ?? `HTTP ${res.status}`;
  }, id);
  const old = await ticket();
  const current = await ticket();
  for (const password of [old, 'forged12']) {
    const { client } = await viaProxy(context, baseURL!, path);
    expect(await client.handshake(password)).toEqual({ ok: false, reason: 'Authentication failed: wrong console ticket.' });
  }
  const { client } = await viaProxy(context, baseURL!, path);
  expect(await client.handshake(current)).toEqual({ ok: true });
  expect(client.name).toBe('mail-005');
  client.close();

  for (const other of [`${path}?host=127.0.0.1&port=22`, '/portal/api/console/127.0.0.1:22', `/portal/api/console/vms/${await vmId(request, 'db-002')}`]) {
    expect(await (await viaProxy(context, baseURL!, other)).closed).toBeGreaterThanOrEqual(4400);
  }
  await context.close();
});

test('from the VM list: a running VM\'s row actions open the console hand-over and the screen in the browser', async ({ page }) => {
  await logIn(page);
  await page.goto(`/vms?q=${encodeURIComponent('name=mon-020')}`);
  await page.getByRole('button', { name: 'Actions for mon-020' }).click();
  await page.getByRole('menuitem', { name: 'Console ticket' }).click();
  const handOver = page.getByRole('dialog', { name: 'Console of mon-020' });
  await handOver.getByRole('button', { name: 'Open console in the browser' }).click();
  const screen = page.getByRole('dialog', { name: 'Browser console of mon-020' });
  await expect(screen.getByRole('status', { name: 'Console state' })).toContainText('Connected');
  await expect.poll(() => screenText(page)).toContain('mon-020 login:');
  await screen.getByRole('button', { name: 'Close' }).click();
  await expect(screen).toBeHidden();
  await expect(handOver).toBeVisible();
});
