// An OpenStack network provider's simulated Neutron: its networks and the subnets clients add and remove.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

function ovn() {
  const w = wireEngine({ vms: 4 });
  const p = w.engine.store.list('openstacknetworkproviders').find((x) => x.name === 'ovirt-provider-ovn')!;
  const base = `/openstacknetworkproviders/${p.id}/networks`;
  const nets = w.get(base).xml.openstack_network;
  return { w, p, base, nets, subnets: `${base}/${nets[0].id}/subnets` };
}

const subnet = (inner: string) => `<openstack_subnet>${inner}</openstack_subnet>`;

describe('openstack network provider', () => {
  it('lists its networks, the same on every GET, each linking its subnets', () => {
    const { w, p, base, nets } = ovn();
    expect(nets.map((n: any) => n.name)).toEqual(['public', 'tenant-private']);
    const one = w.get(`${base}/${nets[1].id}`);
    expect(one.root).toBe('openstack_network');
    expect(one.xml.openstack_network_provider.id).toBe(p.id);
    expect(one.xml.link.find((l: any) => l.rel === 'subnets').href).toMatch(new RegExp(`${base}/${nets[1].id}/subnets$`));
    expect(w.get(base).xml.openstack_network).toEqual(nets);
  });

  it('adds a subnet that GET then shows under its network, and removes it', () => {
    const { w, p, subnets, nets } = ovn();
    const r = w.post(subnets, subnet('<name>app</name><cidr>10.20.0.0/24</cidr><ip_version>v4</ip_version><dns_servers><dns_server>10.20.0.2</dns_server></dns_servers>'));
    expect(r.status).toBe(201);
    const got = w.get(`${subnets}/${r.xml.id}`).xml;
    expect(got).toMatchObject({ name: 'app', cidr: '10.20.0.0/24', ip_version: 'v4', gateway: '10.20.0.1', dns_servers: { dns_server: ['10.20.0.2'] } });
    expect(got.openstack_network).toMatchObject({ id: nets[0].id, openstack_network_provider: { id: p.id } });
    expect(w.get(subnets).xml.openstack_subnet.map((s: any) => s.name)).toEqual(['public-subnet', 'app']);
    expect(w.del(`${subnets}/${r.xml.id}`).status).toBe(200);
    expect(w.get(`${subnets}/${r.xml.id}`).status).toBe(404);
  });

  it('refuses a subnet without cidr or ip version, with an unknown version or a cidr Neutron rejects', () => {
    const { w, subnets } = ovn();
    expect(w.post(subnets, subnet('<name>x</name><ip_version>v4</ip_version>')).xml.detail).toBe('OpenStackSubnet [cidr] required for add');
    expect(w.post(subnets, subnet('<name>x</name><cidr>10.1.0.0/16</cidr><ip_version>v5</ip_version>')).xml.detail)
      .toBe('v5 is not a member of IpVersion. Possible values for IpVersion are: v4, v6');
    const bad = w.post(subnets, subnet('<name>x</name><cidr>10.300.0.0/16</cidr><ip_version>v4</ip_version>'));
    expect(bad.status).toBe(400);
    expect(bad.xml.detail).toMatch(/Failed to communicate with the external provider/);
    expect(w.post(subnets, subnet('<name>v6</name><cidr>fd00:1::/64</cidr><ip_version>v6</ip_version>')).status).toBe(201);
  });

  it('a subnet cannot be changed (no update in the RSDL)', () => {
    const { w, subnets } = ovn();
    const first = w.get(subnets).xml.openstack_subnet[0];
    expect(w.put(`${subnets}/${first.id}`, subnet('<name>renamed</name>')).status).toBe(405);
    expect(w.get(`${subnets}/${first.id}`).xml.name).toBe('public-subnet');
  });
});
