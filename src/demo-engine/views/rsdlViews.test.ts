// Sub-collections the RSDL reaches through other parents: an export domain template's disks, an iSCSI bond
// network's labels.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';
import { EXPORT_MS } from '../templates/actions';

const list = (x: any): any[] => (Array.isArray(x) ? x : x ? [x] : []);

describe('an export domain template\'s disks', () => {
  it('are the disks archived with the template, and those a template export copies there', () => {
    const w = wireEngine();
    const sd = w.engine.store.list('storagedomains').find((d) => d.type === 'export')!;
    const archived = w.engine.store.list(`storagedomains/${sd.id}/templates`)[0];
    const [disk] = list(w.get(`/storagedomains/${sd.id}/templates/${archived.id}/disks`).xml.disk);
    expect(disk.alias).toBe('rhel7-golden_Disk1');
    expect(w.get(`/storagedomains/${sd.id}/templates/${archived.id}/disks/${disk.id}`).xml.provisioned_size).toBe(10 * 1024 ** 3);
    const t = w.engine.store.list('templates').find((x) => w.engine.store.list(`templates/${x.id}/disks`).length)!;
    w.post(`/templates/${t.id}/export`, `<action><storage_domain id="${sd.id}"/></action>`);
    w.tick(EXPORT_MS);
    const copied = list(w.get(`/storagedomains/${sd.id}/templates/${t.id}/disks`).xml.disk).map((d) => d.id);
    expect(copied).toEqual(w.engine.store.list(`templates/${t.id}/disks`).map((d) => d.id));
  });
});

describe('an iSCSI bond network\'s labels', () => {
  it('are the network\'s labels: added at the network, read and removed through the bond', () => {
    const w = wireEngine();
    const dc = w.engine.store.list('datacenters').find((d) => w.engine.store.list(`datacenters/${d.id}/iscsibonds`).length)!;
    const bond = w.engine.store.list(`datacenters/${dc.id}/iscsibonds`)[0];
    const [net] = list(w.get(`/datacenters/${dc.id}/iscsibonds/${bond.id}/networks`).xml.network);
    const viaBond = `/datacenters/${dc.id}/iscsibonds/${bond.id}/networks/${net.id}/labels`;
    expect(w.post(`/networks/${net.id}/labels`, '<label id="iscsi"/>').status).toBe(201);
    expect(w.get(`${viaBond}/iscsi`).xml.network.id).toBe(net.id);
    expect(w.del(`${viaBond}/iscsi`).status).toBe(200);
    expect(w.get(`/networks/${net.id}/labels/iscsi`).status).toBe(404);
  });
});
