// Registering the VMs and templates an imported data domain holds (RSDL storagedomains/{sd}/vms|templates/{id}/register).
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

const list = (x: any): any[] => (Array.isArray(x) ? x : x ? [x] : []);

function data2() {
  const w = wireEngine();
  const sd = w.engine.store.list('storagedomains').find((d) => d.name === 'data2')!;
  const cluster = w.engine.store.list('clusters')[0];
  const unregistered = (kind: string) => list(w.get(`/storagedomains/${sd.id}/${kind};unregistered`).xml[kind === 'vms' ? 'vm' : 'template']);
  return { w, sd, cluster, unregistered };
}

describe('registering unregistered VMs and templates', () => {
  it('registers a VM into a cluster with its disks on the domain, once', () => {
    const { w, sd, cluster, unregistered } = data2();
    const [vm] = unregistered('vms');
    expect(vm.name).toBe('dr-billing');
    expect(list(w.get(`/storagedomains/${sd.id}/vms`).xml.vm).some((v) => v.id === vm.id)).toBe(false);
    const path = `/storagedomains/${sd.id}/vms/${vm.id}/register`;
    expect(w.post(path, '<action/>').xml.detail).toMatch(/cluster\.id\|name\] required for register/);
    expect(w.post(path, `<action><cluster id="${cluster.id}"/></action>`).xml.status.state).toBe('complete');
    const added = w.get(`/vms/${vm.id}`).xml;
    expect([added.name, added.cluster.id, added.status.state]).toEqual(['dr-billing', cluster.id, 'down']);
    const disks = list(w.get(`/vms/${vm.id}/disks`).xml.disk);
    expect(disks.map((d) => d.alias)).toEqual(['dr-billing_Disk1']);
    expect(list(disks[0].storage_domains.storage_domain)[0].id).toBe(sd.id);
    expect(unregistered('vms')).toEqual([]);
    const again = w.post(path, `<action><cluster id="${cluster.id}"/></action>`);
    expect([again.status, again.xml.fault.detail]).toEqual([409, '[Cannot import VM. There is no OVF for the specific entity.]']);
  });

  it('registers a template as a new entity under another name', () => {
    const { w, sd, cluster, unregistered } = data2();
    const [tpl] = unregistered('templates');
    const r = w.post(`/storagedomains/${sd.id}/templates/${tpl.id}/register`,
      `<action><cluster><name>${cluster.name}</name></cluster><clone>true</clone><template><name>rhel8-base</name></template></action>`);
    expect(r.xml.status.state).toBe('complete');
    const made = w.engine.store.list('templates').find((t) => t.name === 'rhel8-base')!;
    expect(made.id).not.toBe(tpl.id);
    expect(w.get(`/templates/${made.id}`).xml.status.state).toBe('ok');
    expect(list(w.get(`/templates/${made.id}/disks`).xml.disk)).toHaveLength(1);
    expect(unregistered('templates')).toEqual([]);
  });
});
