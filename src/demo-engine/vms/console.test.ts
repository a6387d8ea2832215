// Console access (guide 15.7 ticket, 15.2 display): a running VM's display carries what a .vv file needs.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

describe('console', () => {
  it.each([['spice', true], ['vnc', false]])('a running %s VM has type, address and ports, and a ticket with expiry', (type, secure) => {
    const w = wireEngine();
    const vm = w.vmIn('up', (v) => v.display?.type === type);
    const d = w.get(`/vms/${vm.id}`).xml.display;
    const host = w.engine.store.get('hosts', vm.host.id)!;
    expect([d.type, d.address]).toEqual([type, host.address]);
    expect(d.port).toBeGreaterThanOrEqual(5900);
    expect(d.secure_port !== undefined).toBe(secure);
    const t = w.post(`/vms/${vm.id}/ticket`, '<action><ticket><expiry>30</expiry></ticket></action>').xml.ticket;
    expect(t.expiry).toBe(30);
    expect(t.value).toMatch(/^\w{12}$/);
  });

  it('refuses a ticket for a VM that is down', () => {
    const w = wireEngine();
    const r = w.post(`/vms/${w.vmIn('down').id}/ticket`, '<action/>');
    expect([r.status, r.xml.fault.detail]).toEqual([409, '[Cannot set Virtual Machine Ticket. VM is not running.]']);
  });
});
