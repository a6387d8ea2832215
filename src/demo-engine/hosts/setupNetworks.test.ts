// setupnetworks in the v3 form (POST /hosts/{id}/nics/setupnetworks, guide 14.7.2.3): the desired NIC
// layout applied as one change, every refusal leaving the host as it was, and commitnetconfig afterwards.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

function setup() {
  const w = wireEngine();
  const host = w.engine.store.list('hosts')[0];
  const dc = w.engine.store.list('datacenters')[0].id;
  const net = (name: string) => w.engine.store.list('networks').find((n) => n.name === name && n.data_center.id === dc)!;
  const nicName = (id: string) => w.engine.store.list(`hosts/${host.id}/nics`).find((n) => n.id === id)?.name;
  const layout = () => (w.get(`/hosts/${host.id}/networkattachments`).xml.network_attachment ?? [])
    .map((a: any) => `${w.engine.store.get('networks', a.network.id)!.name}@${nicName(a.host_nic.id)}`).sort();
  const bonds = () => (w.get(`/hosts/${host.id}/nics`).xml.host_nic ?? []).filter((n: any) => n.bonding)
    .map((b: any) => `${b.name}:${b.bonding.slaves.host_nic.map((s: any) => nicName(s.id)).join('+')}`);
  const send = (nics: string, extra = '') => w.post(`/hosts/${host.id}/nics/setupnetworks`, `<action><host_nics>${nics}</host_nics>${extra}</action>`, { 'correlation-id': 'setup-1' });
  const nic = (name: string, network?: string) => `<host_nic><name>${name}</name>${network ? `<network><name>${network}</name></network>` : ''}</host_nic>`;
  const bond = (name: string, slaves: string[], network?: string) => `<host_nic><name>${name}</name>${network ? `<network><name>${network}</name></network>` : ''}`
    + `<bonding><slaves>${slaves.map((s) => `<host_nic><name>${s}</name></host_nic>`).join('')}</slaves></bonding></host_nic>`;
  // The seed's cluster carries ovirtmgmt and public; storage joins it so there are two networks to move.
  expect(w.post(`/clusters/${host.cluster.id}/networks`, `<network id="${net('storage').id}"/>`).status).toBe(201);
  return { w, host, net, layout, bonds, send, nic, bond };
}

describe('setupnetworks with host_nics (the desired layout)', () => {
  it('moves a network between NICs and into a new bond in one change; the host is uncommitted until commitnetconfig', () => {
    const { w, host, layout, bonds, send, nic, bond } = setup();
    expect(send(nic('eth0', 'ovirtmgmt') + nic('eth1', 'public')).status).toBe(200);
    expect(layout()).toEqual(['ovirtmgmt@eth0', 'public@eth1']);
    const r = send(nic('eth0', 'ovirtmgmt') + nic('eth1', 'storage') + bond('bond0', ['eth2', 'eth3'], 'public'),
      '<check_connectivity>true</check_connectivity><connectivity_timeout>60</connectivity_timeout>');
    expect(r.status).toBe(200);
    expect(layout()).toEqual(['ovirtmgmt@eth0', 'public@bond0', 'storage@eth1']);
    expect(bonds()).toEqual(['bond0:eth2+eth3']);
    expect(w.engine.store.get('hosts', host.id)!._netUncommitted).toBe(true);
    const events = () => w.engine.store.list('events').filter((e) => e.host?.id === host.id).map((e) => e.code);
    expect(events()).toContain(10903);
    expect(w.post(`/hosts/${host.id}/commitnetconfig`, '<action/>').status).toBe(200);
    expect(w.engine.store.get('hosts', host.id)!._netUncommitted).toBeUndefined();
    expect(events()).toContain(1104);
  });

  it('breaks up a bond that is not listed and frees its slaves; NICs left out lose their networks', () => {
    const { w, host, layout, bonds, send, nic, bond } = setup();
    expect(send(nic('eth0', 'ovirtmgmt') + nic('eth1', 'storage') + bond('bond0', ['eth2', 'eth3'], 'public')).status).toBe(200);
    expect(send(nic('eth0', 'ovirtmgmt') + nic('eth3', 'public')).status).toBe(200);
    expect(bonds()).toEqual([]);
    expect(layout()).toEqual(['ovirtmgmt@eth0', 'public@eth3']);
    const eth2 = w.get(`/hosts/${host.id}/nics`).xml.host_nic.find((n: any) => n.name === 'eth2');
    expect(eth2.link?.some((l: any) => l.rel === 'master') ?? false).toBe(false);
  });

  const refusals: [string, (s: ReturnType<typeof setup>) => string, number, string][] = [
    ['an unknown NIC', (s) => s.nic('eth0', 'ovirtmgmt') + s.nic('eth9', 'public'), 400, 'HostNIC: name=eth9'],
    ['an unknown network', (s) => s.nic('eth0', 'ovirtmgmt') + s.nic('eth1', 'nosuch'), 400, 'Network: name=nosuch'],
    ['a network twice', (s) => s.nic('eth0', 'ovirtmgmt') + s.nic('eth1', 'public') + s.nic('eth2', 'public'), 409, 'public is attached to more than one interface'],
    ['a bond of one NIC', (s) => s.nic('eth0', 'ovirtmgmt') + s.bond('bond0', ['eth2'], 'public'), 409, 'Bond bond0 must have at least two slaves'],
    ['a slave in two bonds', (s) => s.nic('eth0', 'ovirtmgmt') + s.bond('bond0', ['eth1', 'eth2']) + s.bond('bond1', ['eth2', 'eth3']), 409, 'eth2 is a slave of more than one bond'],
    ['the management network left out', (s) => s.nic('eth1', 'public'), 409, 'management network cannot be detached'],
  ];
  for (const [what, body, status, reason] of refusals) {
    it(`refuses ${what} with the engine's fault and changes nothing`, () => {
      const s = setup();
      expect(s.send(s.nic('eth0', 'ovirtmgmt') + s.nic('eth1', 'storage')).status).toBe(200);
      const r = s.send(body(s));
      expect([r.status, r.xml.fault.reason]).toEqual([status, 'Operation Failed']);
      expect(r.xml.fault.detail).toContain(reason);
      expect(s.layout()).toEqual(['ovirtmgmt@eth0', 'storage@eth1']);
      expect(s.bonds()).toEqual([]);
    });
  }

  it('refuses a network that is not in the host\'s cluster', () => {
    const s = setup();
    const other = s.w.engine.store.list('networks').find((n) => n.name !== 'storage' && !s.w.engine.store.get(`clusters/${s.host.cluster.id}/networks`, n.id));
    expect(other).toBeDefined();
    const r = s.send(s.nic('eth0', 'ovirtmgmt') + `<host_nic><name>eth1</name><network id="${other!.id}"/></host_nic>`);
    expect(r.status).toBe(409);
    expect(r.xml.fault.detail).toContain('do not exist in the host\'s cluster');
    expect(s.layout()).toEqual(['ovirtmgmt@eth0']);
  });

  it('refuses a host that is not up or in maintenance, and a timeout that is no number of seconds', () => {
    const s = setup();
    s.w.engine.store.get('hosts', s.host.id)!.status = { state: 'installing' };
    expect(s.send(s.nic('eth0', 'ovirtmgmt')).xml.fault.detail).toContain('Host status is installing');
    s.w.engine.store.get('hosts', s.host.id)!.status = { state: 'maintenance' };
    expect(s.send(s.nic('eth0', 'ovirtmgmt'), '<connectivity_timeout>soon</connectivity_timeout>').status).toBe(400);
    expect(s.send(s.nic('eth0', 'ovirtmgmt') + s.nic('eth1', 'public')).status).toBe(200);
  });
});
