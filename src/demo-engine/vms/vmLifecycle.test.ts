// @vitest-environment node
// VM actions over the wire (guide 15.7, 7.4.7) with the engine clock driven by the test.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';
import { validTicket } from './consoleActions';

const ACTION = '<action/>';

describe('VM power state machine', () => {
  it('starts a down VM: wait_for_launch → powering_up → up on a host of its cluster, with a console address', () => {
    const w = wireEngine();
    const vm = w.vmIn('down');
    const r = w.post(`/vms/${vm.id}/start`, ACTION);
    expect(r.status).toBe(200);
    expect(r.root).toBe('action');
    expect(r.xml.status.state).toBe('complete');
    const states = [w.get(`/vms/${vm.id}`).xml.status.state];
    w.tick(1500);
    states.push(w.get(`/vms/${vm.id}`).xml.status.state);
    w.tick(2500);
    const up = w.get(`/vms/${vm.id}`).xml;
    states.push(up.status.state);
    expect(states).toEqual(['wait_for_launch', 'powering_up', 'up']);
    const host = w.engine.store.get('hosts', up.host.id)!;
    expect(host.cluster.id).toBe(vm.cluster.id);
    expect(host.status.state).toBe('up');
    expect(up.display.address).toBe(host.address);
    expect(up.display.port).toBeGreaterThanOrEqual(5900);
    expect(up.actions.link.map((l: any) => l.rel)).toContain('shutdown');
    expect(up.actions.link.map((l: any) => l.rel)).not.toContain('start');
  });

  it('shuts down (powering_down → down), drops host and console address, and logs VM_DOWN', () => {
    const w = wireEngine();
    const vm = w.vmIn('up');
    expect(w.post(`/vms/${vm.id}/shutdown`, ACTION).status).toBe(200);
    expect(w.get(`/vms/${vm.id}`).xml.status.state).toBe('powering_down');
    w.tick(3000);
    const down = w.get(`/vms/${vm.id}`).xml;
    expect(down.status.state).toBe('down');
    expect(down.host).toBeUndefined();
    expect(down.display.address).toBeUndefined();
    const codes = w.engine.store.list('events').filter((e) => e.vm?.id === vm.id).map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining([73, 61]));
  });

  it('suspends through saving_state and resumes through restoring_state', () => {
    const w = wireEngine();
    const vm = w.vmIn('up');
    w.post(`/vms/${vm.id}/suspend`, ACTION);
    expect(w.get(`/vms/${vm.id}`).xml.status.state).toBe('saving_state');
    w.tick(3000);
    expect(w.get(`/vms/${vm.id}`).xml.status.state).toBe('suspended');
    w.post(`/vms/${vm.id}/start`, ACTION);
    expect(w.get(`/vms/${vm.id}`).xml.status.state).toBe('restoring_state');
    w.tick(3000);
    expect(w.get(`/vms/${vm.id}`).xml.status.state).toBe('up');
  });

  it('a stop during powering_up wins over the pending start steps', () => {
    const w = wireEngine();
    const vm = w.vmIn('down');
    w.post(`/vms/${vm.id}/start`, ACTION);
    w.tick(1600);
    w.post(`/vms/${vm.id}/stop`, ACTION);
    w.tick(10_000);
    expect(w.get(`/vms/${vm.id}`).xml.status.state).toBe('down');
  });

  it('migrates to another up host of the cluster and refuses when there is none', () => {
    const w = wireEngine();
    const vm = w.vmIn('up', (v) => w.engine.store.list('hosts').filter((h) => h.cluster.id === v.cluster.id && h.status.state === 'up').length > 1);
    const from = vm.host.id;
    w.post(`/vms/${vm.id}/migrate`, ACTION);
    expect(w.get(`/vms/${vm.id}`).xml.status.state).toBe('migrating');
    w.tick(5000);
    const after = w.get(`/vms/${vm.id}`).xml;
    expect(after.status.state).toBe('up');
    expect(after.host.id).not.toBe(from);

    const lonely = w.vmIn('up', (v) => w.engine.store.list('hosts').filter((h) => h.cluster.id === v.cluster.id && h.status.state === 'up').length === 1);
    const r = w.post(`/vms/${lonely.id}/migrate`, ACTION);
    expect(r.status).toBe(409);
    expect(r.xml.status.state).toBe('failed');
    expect(r.xml.fault.detail).toBe('[Cannot migrate VM. There is no host that satisfies current scheduling constraints. See below for details:]');
  });

  it('issues a console ticket, stores it and lists a console session', () => {
    const w = wireEngine();
    const vm = w.vmIn('up');
    const r = w.post(`/vms/${vm.id}/ticket`, '<action><ticket><expiry>300</expiry></ticket></action>');
    expect(r.status).toBe(200);
    expect(r.xml.ticket.expiry).toBe(300);
    expect(r.xml.ticket.value).toMatch(/^\w{12}$/);
    expect(validTicket({ store: w.engine.store, now: () => w.clock.t }, vm.id)).toBe(r.xml.ticket.value);
    w.tick(301_000);
    expect(validTicket({ store: w.engine.store, now: () => w.clock.t }, vm.id)).toBeUndefined();
    const sessions = w.get(`/vms/${vm.id}/sessions`).xml.session.filter((s: any) => s.console_user);
    expect(sessions).toHaveLength(1);
    expect(sessions[0].user.user_name).toBe('admin@internal');
  });
});

describe('VM action faults (recorded ovirt-3.3-faults)', () => {
  const cases: [string, string, string][] = [
    ['down', 'stop', '[Cannot stop VM. VM is not running.]'],
    ['down', 'shutdown', '[Cannot shutdown VM. VM is not running.]'],
    ['down', 'suspend', '[Cannot hibernate VM. VM is not up.]'],
    ['suspended', 'suspend', '[Cannot hibernate VM. VM is not up.]'],
    ['up', 'cancelmigration', '[Cannot cancel migration for non migrating VM.]'],
    ['up', 'start', '[Cannot run VM. VM is running.]'],
  ];
  it.each(cases)('%s VM, %s → 409 %s', (state, action, detail) => {
    const w = wireEngine();
    const vm = w.vmIn(state);
    const r = w.post(`/vms/${vm.id}/${action}`, ACTION);
    expect(r.status).toBe(409);
    expect(r.root).toBe('action');
    expect(r.xml.status.state).toBe('failed');
    expect(r.xml.fault).toEqual({ reason: 'Operation Failed', detail });
  });

  it('refuses to start a VM without a bootable disk when it boots from hd', () => {
    const w = wireEngine();
    const vm = w.vmIn('down');
    for (const d of w.engine.store.list(`vms/${vm.id}/disks`)) w.del(`/vms/${vm.id}/disks/${d.id}`);
    const r = w.post(`/vms/${vm.id}/start`, ACTION);
    expect(r.status).toBe(409);
    expect(r.xml.fault.detail).toMatch(/^\[Cannot run VM without at least one bootable disk\./);
  });
});

describe('async actions (guide 7.4.7)', () => {
  it('answers 202 with an action href that moves pending → in_progress → complete, then 301', () => {
    const w = wireEngine();
    const vm = w.vmIn('down');
    const r = w.post(`/vms/${vm.id}/start`, '<action><async>true</async></action>');
    expect(r.status).toBe(202);
    expect(r.xml.href).toBe(`${w.base}/vms/${vm.id}/start/${r.xml.id}`);
    const path = r.xml.href.slice(w.base.length);
    expect(w.get(path).xml.status.state).toBe('pending');
    w.tick(1000);
    expect(w.get(path).xml.status.state).toBe('in_progress');
    w.tick(2000);
    expect(w.get(path).xml.status.state).toBe('complete');
    w.tick(11 * 60_000);
    const gone = w.get(path);
    expect(gone.status).toBe(301);
    expect(gone.headers.Location).toBe(`${w.base}/vms/${vm.id}`);
  });
});

describe('VM actions links follow the state (registerActions)', () => {
  it('a down VM offers start but not stop; a pooled VM offers detach', () => {
    const w = wireEngine();
    const rels = (id: string) => w.get(`/vms/${id}`).xml.actions.link.map((l: any) => l.rel);
    const down = w.vmIn('down');
    expect(rels(down.id)).toContain('start');
    expect(rels(down.id)).not.toContain('stop');
    const pooled = w.engine.store.list('vms').find((v) => v.vmpool)!;
    expect(rels(pooled.id)).toContain('detach');
    expect(w.post(`/vms/${pooled.id}/detach`, ACTION).status).toBe(200);
    expect(rels(pooled.id)).not.toContain('detach');
  });
});

describe('action URLs', () => {
  it('answer 405 to GET, like the engine (actions take POST only)', () => {
    const w = wireEngine();
    expect(w.get(`/vms/${w.vmIn('up').id}/shutdown`).status).toBe(405);
    expect(w.get(`/vms/${w.vmIn('up').id}/nosuchthing`).status).toBe(404);
  });
});
