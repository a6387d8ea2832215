// Host networking: NICs, network attachments, setupnetworks, NIC attach/detach, labels, statistics.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

function setup() {
  const w = wireEngine();
  const host = w.engine.store.list('hosts')[0];
  const nics = w.get(`/hosts/${host.id}/nics`).xml.host_nic;
  const net = (name: string) => w.engine.store.list('networks').find((n) => n.name === name && n.data_center.id === w.engine.store.list('datacenters')[0].id)!;
  const attached = () => (w.get(`/hosts/${host.id}/networkattachments`).xml.network_attachment ?? [])
    .map((a: any) => `${w.engine.store.get('networks', a.network.id)!.name}@${nics.find((n: any) => n.id === a.host_nic.id).name}`).sort();
  return { w, host, nics, net, attached };
}

describe('host networking', () => {
  it('lists the NICs with the management network on eth0', () => {
    const { nics, attached } = setup();
    expect(nics.map((n: any) => n.name)).toEqual(['eth0', 'eth1', 'eth2', 'eth3']);
    expect(attached()).toEqual(['ovirtmgmt@eth0']);
  });

  it('setupnetworks attaches and detaches networks in one call and logs it with the correlation id', () => {
    const { w, host, nics, net, attached } = setup();
    const body = `<action><modified_network_attachments><network_attachment><network id="${net('public').id}"/><host_nic id="${nics[1].id}"/></network_attachment></modified_network_attachments></action>`;
    expect(w.post(`/hosts/${host.id}/setupnetworks`, body, { 'correlation-id': 'net-1' }).status).toBe(200);
    expect(attached()).toEqual(['ovirtmgmt@eth0', 'public@eth1']);
    const id = w.get(`/hosts/${host.id}/nics/${nics[1].id}/networkattachments`).xml.network_attachment[0].id;
    w.post(`/hosts/${host.id}/setupnetworks`, `<action><removed_network_attachments><network_attachment id="${id}"/></removed_network_attachments></action>`);
    expect(attached()).toEqual(['ovirtmgmt@eth0']);
    expect(w.engine.store.list('events').some((e) => e.correlation_id === 'net-1' && e.host?.id === host.id)).toBe(true);
  });

  it('refuses to detach the management network', () => {
    const { w, host } = setup();
    const mgmt = w.get(`/hosts/${host.id}/networkattachments`).xml.network_attachment[0];
    const r = w.post(`/hosts/${host.id}/setupnetworks`, `<action><removed_network_attachments><network_attachment id="${mgmt.id}"/></removed_network_attachments></action>`);
    expect(r.status).toBe(409);
    expect(r.xml.fault.detail).toContain('management network');
  });

  it('attaches a network to a NIC with the attach action and detaches it again', () => {
    const { w, host, nics, net, attached } = setup();
    expect(w.post(`/hosts/${host.id}/nics/${nics[2].id}/attach`, `<action><network id="${net('storage').id}"/></action>`).status).toBe(200);
    expect(attached()).toContain('storage@eth2');
    expect(w.post(`/hosts/${host.id}/nics/${nics[2].id}/detach`, `<action><network id="${net('storage').id}"/></action>`).status).toBe(200);
    expect(attached()).not.toContain('storage@eth2');
  });

  it('labels a NIC and removes the label', () => {
    const { w, host, nics } = setup();
    expect(w.post(`/hosts/${host.id}/nics/${nics[1].id}/labels`, '<label id="lab1"/>').status).toBe(201);
    expect(w.get(`/hosts/${host.id}/nics/${nics[1].id}/labels`).xml.label.map((l: any) => l.id)).toEqual(['lab1']);
    expect(w.post(`/hosts/${host.id}/nics/${nics[1].id}/labels`, '<label id="lab1"/>').status).toBe(409);
    expect(w.del(`/hosts/${host.id}/nics/${nics[1].id}/labels/lab1`).status).toBe(200);
    expect(w.get(`/hosts/${host.id}/nics/${nics[1].id}/labels`).xml.label ?? []).toEqual([]);
  });

  it('reports NIC rates that move over time while the host is up', () => {
    const { w, host, nics } = setup();
    const rx = () => w.get(`/hosts/${host.id}/nics/${nics[0].id}/statistics`).xml.statistic.find((s: any) => s.name === 'data.current.rx').values.value[0].datum;
    const first = rx();
    w.tick(60_000);
    expect(first).toBeGreaterThan(0);
    expect(rx()).not.toBe(first);
  });
});
