// @vitest-environment node
// The demo displays over real sockets: RFB 3.8 handshake, VNC authentication with the VM's current ticket,
// the screen's text, typed keys echoed, console sessions while connected, and the display closing with the VM.
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { wireEngine } from '../../demo-engine/testing/wire';
import { startDemoDisplays, type DemoDisplays } from '.';
import { RfbTestClient } from './rfbTestClient';

const BASE = 59380;
let displays: DemoDisplays | undefined;
const clients: RfbTestClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.close();
  displays?.close();
});

function setup() {
  const w = wireEngine({ display: { address: '127.0.0.1', portBase: BASE } });
  displays = startDemoDisplays(w.engine, () => undefined);
  const vm = w.vmIn('up', (v) => v.display?.type === 'vnc');
  const ticket = () => w.post(`/vms/${vm.id}/ticket`, '<action><ticket><expiry>60</expiry></ticket></action>').xml.ticket.value as string;
  return { w, vm, ticket };
}

async function open(port: number): Promise<RfbTestClient> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const c = new RfbTestClient({
    write: (b) => socket.write(b), onData: (f) => socket.on('data', f), onClose: (f) => socket.on('close', f), close: () => socket.destroy(),
  });
  clients.push(c);
  return c;
}

async function until(check: () => boolean | Promise<boolean>, ms = 3000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('demo displays (RFB 3.8)', { timeout: 20_000 }, () => {
  it('reports each running VNC VM at 127.0.0.1 on its own port from the base', () => {
    const { w } = setup();
    const ports = w.engine.displays.list().map((d) => d.port);
    expect(ports.length).toBeGreaterThan(0);
    expect(new Set(ports).size).toBe(ports.length);
    expect(Math.min(...ports)).toBe(BASE);
    for (const d of w.engine.displays.list()) expect(w.get(`/vms/${d.vmId}`).xml.display).toMatchObject({ address: '127.0.0.1', port: d.port });
  });

  it('accepts the current ticket, names the VM, shows its console and echoes typed keys', async () => {
    const { w, vm, ticket } = setup();
    const c = await open(vm.display.port);
    expect(await c.handshake(ticket())).toEqual({ ok: true });
    expect([c.name, c.width, c.height]).toEqual([vm.name, 960, 432]);
    await c.update();
    expect(c.text()[0]).toContain(`${vm.name}  |  up`);
    expect(c.text()).toContain(`${vm.name} login:`);
    const sessions = w.get(`/vms/${vm.id}/sessions`).xml.session.filter((s: any) => s.console_user);
    expect(sessions.map((s: any) => [s.user.user_name, s.ip.address])).toEqual([['admin@internal', '127.0.0.1']]);

    c.type('mary\n');
    await until(async () => { await c.update(true); return c.text().includes('Password:'); });
    c.type('secret\n');
    c.type('echo hello world\n');
    await until(async () => { await c.update(true); return c.text().includes('hello world'); });
    expect(c.text().join('\n')).not.toContain('secret');
    expect(c.text()).toContain(`[mary@${vm.name} ~]$ echo hello world`);
    c.close();
    await until(() => !w.get(`/vms/${vm.id}/sessions`).xml.session?.some((s: any) => s.console_user));
    expect(w.get('/events').xml.event.map((e: any) => e.description)).toEqual(expect.arrayContaining([
      `User admin@internal is connected to VM ${vm.name}.`, `User admin@internal got disconnected from VM ${vm.name}.`]));
  });

  it.each([
    ['a wrong ticket', (t: string) => `${t.slice(0, 7)}${t[7] === 'x' ? 'y' : 'x'}`, 'Authentication failed: wrong console ticket.'],
    ['a ticket replaced by a newer one', (t: string) => t, 'Authentication failed: wrong console ticket.'],
  ])('refuses %s', async (_, password, reason) => {
    const { vm, ticket } = setup();
    const old = ticket();
    const used = password(old);
    if (used === old) ticket(); // a newer ticket replaces the old one
    const c = await open(vm.display.port);
    expect(await c.handshake(used)).toEqual({ ok: false, reason });
    await until(() => c.closed);
  });

  it('refuses an expired ticket and a display with no ticket', async () => {
    const { w, vm, ticket } = setup();
    const c0 = await open(vm.display.port);
    expect(await c0.handshake('whatever')).toEqual({ ok: false, reason: 'Authentication failed: the console ticket has expired or was never set.' });
    const t = ticket();
    w.clock.t += 61_000;
    const c = await open(vm.display.port);
    expect(await c.handshake(t)).toEqual({ ok: false, reason: 'Authentication failed: the console ticket has expired or was never set.' });
  });

  it('refuses another protocol version with a reason', async () => {
    const { vm } = setup();
    const socket = connect(vm.display.port, '127.0.0.1');
    const got: Buffer[] = [];
    socket.on('data', (d) => got.push(d));
    socket.once('data', () => socket.write('RFB 003.003\n'));
    await new Promise((r) => socket.on('close', r));
    const all = Buffer.concat(got);
    expect(all.subarray(0, 12).toString()).toBe('RFB 003.008\n');
    expect(all[12]).toBe(0);
    expect(all.subarray(17).toString()).toBe('Only RFB protocol version 3.8 is supported.');
  });

  it('closes the display when the VM stops', async () => {
    const { w, vm, ticket } = setup();
    const c = await open(vm.display.port);
    expect(await c.handshake(ticket())).toEqual({ ok: true });
    expect(w.post(`/vms/${vm.id}/stop`, '<action/>').status).toBeLessThan(300);
    w.tick(60_000);
    displays!.sync();
    await until(() => c.closed);
    await expect(open(vm.display.port ?? BASE - 1)).rejects.toThrow(/ECONNREFUSED/);
  });
});
