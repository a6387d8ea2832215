// @vitest-environment node
// The console proxy in the real server composition (demo engine, portal sessions, demo displays), over HTTP and
// WebSocket: who is let through, to which display, and for how long.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { parseOptions } from '../options';
import { createPortalServer, type PortalServer } from '../portalServer';
import { RfbTestClient } from '../demoDisplays/rfbTestClient';
import { CLOSE } from './closeCodes';

let portal: PortalServer;
let base = '';
beforeAll(async () => {
  const opts = parseOptions(['--port', '0', '--clock-speed', '60', '--display-port-base', '59340', '--data', mkdtempSync(join(tmpdir(), 'console-'))], {});
  portal = await createPortalServer(opts, () => {});
  await portal.listen();
  const a = portal.server.address();
  base = `127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
afterAll(async () => {
  await portal.snapshots.close();
  portal.api.close();
  portal.server.closeAllConnections();
  await portal.app.close();
});

async function login(user = 'admin@internal:ovirt'): Promise<string> {
  const res = await fetch(`http://${base}/ovirt-engine/api`, { headers: { Authorization: `Basic ${btoa(user)}`, Prefer: 'persistent-auth', Version: '3' } });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

async function ticket(cookie: string, vmId: string, expiry = 600): Promise<string> {
  const res = await fetch(`http://${base}/ovirt-engine/api/vms/${vmId}/ticket`, {
    method: 'POST', body: `<action><ticket><expiry>${expiry}</expiry></ticket></action>`,
    headers: { Cookie: cookie, Version: '3', 'Content-Type': 'application/xml', Prefer: 'persistent-auth' },
  });
  expect(res.status).toBe(200);
  return /<value>([^<]+)<\/value>/.exec(await res.text())![1];
}

/** Opens the console WebSocket; resolves once open (with an RFB client on it) or closed (with the code). */
function open(path: string, cookie?: string, origin = `http://${base}`) {
  const ws = new WebSocket(`ws://${base}${path}`, { headers: { ...(cookie ? { Cookie: cookie } : {}), Origin: origin } });
  const closed = new Promise<{ code: number; reason: string }>((r) => ws.on('close', (code, reason) => r({ code, reason: reason.toString() })));
  const client = new RfbTestClient({
    write: (b) => ws.send(b), onData: (f) => ws.on('message', (d) => f(d as Buffer)), onClose: (f) => ws.on('close', f), close: () => ws.close(),
  });
  return { ws, closed, client, error: new Promise<Error>((r) => ws.on('error', r)) };
}

const vncVm = (i = 0) => portal.api.engine!.displays.list()[i];
const consolePath = (vmId: string) => `/portal/api/console/vms/${vmId}`;

describe('console proxy', { timeout: 20_000 }, () => {
  it('refuses without a portal session, and a session without a ticket for the VM', async () => {
    expect(await open(consolePath(vncVm().vmId)).closed).toMatchObject({ code: CLOSE.notLoggedIn });
    const cookie = await login();
    expect(await open(consolePath(vncVm().vmId), cookie).closed).toMatchObject({ code: CLOSE.noTicket, reason: 'This session has no valid console ticket for the VM.' });
  });

  it('relays a ticket holder to that VM\'s display only, never to an address the browser names', async () => {
    const cookie = await login();
    const vm = vncVm();
    const password = await ticket(cookie, vm.vmId);
    const c = open(consolePath(vm.vmId), cookie);
    expect(await c.client.handshake(password)).toEqual({ ok: true });
    expect(c.client.name).toBe(vm.name);
    await c.client.update();
    expect(c.client.text()).toContain(`${vm.name} login:`);
    c.ws.close();

    expect(await open(consolePath(vncVm(1).vmId), cookie).closed).toMatchObject({ code: CLOSE.noTicket });
    for (const path of [`${consolePath(vm.vmId)}?host=127.0.0.1&port=22`, `/portal/api/console/127.0.0.1:${vm.port}`]) {
      expect(await open(path, cookie).closed).toMatchObject({ code: CLOSE.badAddress });
    }
  });

  it('refuses a WebSocket from another origin', async () => {
    const cookie = await login();
    await ticket(cookie, vncVm().vmId);
    expect((await open(consolePath(vncVm().vmId), cookie, 'http://evil.example').error).message).toMatch(/403/);
  });

  it('limits consoles per session', async () => {
    const cookie = await login();
    const vm = vncVm(2);
    await ticket(cookie, vm.vmId);
    const four = Array.from({ length: 4 }, () => open(consolePath(vm.vmId), cookie));
    await Promise.all(four.map((c) => c.client.read(12)));
    expect(await open(consolePath(vm.vmId), cookie).closed).toMatchObject({ code: CLOSE.tooMany });
    for (const c of four) c.ws.close();
  });

  it('closes the console when the ticket expires, and refuses it afterwards', async () => {
    const cookie = await login();
    const vm = vncVm(3);
    const password = await ticket(cookie, vm.vmId, 120); // 2 engine minutes: 2 s at clock x60
    const c = open(consolePath(vm.vmId), cookie);
    expect(await c.client.handshake(password)).toEqual({ ok: true });
    expect(await c.closed).toMatchObject({ code: CLOSE.ticketExpired, reason: 'The console ticket expired.' });
    expect(await open(consolePath(vm.vmId), cookie).closed).toMatchObject({ code: CLOSE.noTicket });
  });
});
