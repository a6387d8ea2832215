// An external host provider's simulated Foreman: hosts, host groups, compute resources, discovered hosts.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

const hexOf = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');

function foreman(url = 'https://foreman.lab.example.com') {
  const w = wireEngine({ vms: 4 });
  const r = w.post('/externalhostproviders', `<external_host_provider><name>fm</name><url>${url}</url></external_host_provider>`);
  return { w, id: r.xml.id as string, base: `/externalhostproviders/${r.xml.id}` };
}

describe('external host provider', () => {
  it('lists the hosts Foreman manages, ids the names in hex, the same on every GET', () => {
    const { w, id, base } = foreman();
    const hosts = w.get(`${base}/hosts`).xml.external_host;
    expect(hosts.map((h: any) => h.name)).toEqual(['hyp01.lab.example.com', 'hyp02.lab.example.com', 'hyp03.lab.example.com']);
    expect(hosts[0].id).toBe(hexOf('hyp01.lab.example.com'));
    expect(hosts[0].external_host_provider.id).toBe(id);
    const one = w.get(`${base}/hosts/${hosts[1].id}`);
    expect(one.root).toBe('external_host');
    expect(one.xml.address).toBe('hyp02.lab.example.com');
    expect(w.get(`${base}/hosts`).xml.external_host).toEqual(hosts);
  });

  it('lists host groups, compute resources and discovered hosts of the provider domain', () => {
    const { w, base } = foreman();
    const groups = w.get(`${base}/hostgroups`).xml.external_host_group;
    expect(groups[0]).toMatchObject({ name: 'rhv-hypervisors', domain_name: 'lab.example.com', subnet_name: 'provisioning' });
    expect(w.get(`${base}/hostgroups/${groups[1].id}`).xml.name).toBe('rhv-hypervisors/gpu');
    const resources = w.get(`${base}/computeresources`).xml.external_compute_resource;
    expect(resources.map((c: any) => c.provider)).toEqual(['Libvirt', 'oVirt']);
    expect(w.get(`${base}/computeresources/${resources[0].id}`).xml.url).toBe('qemu+ssh://root@virt01.lab.example.com/system');
    const found = w.get(`${base}/discoveredhosts`).xml.external_discovered_host;
    expect(found).toHaveLength(2);
    expect(found[0].name).toBe(`mac${found[0].mac.replace(/:/g, '')}`);
    expect(w.get(`${base}/discoveredhosts/${found[0].id}`).xml.ip).toBe(found[0].ip);
  });

  it('another Foreman reports other hosts; an unreachable one fails the list', () => {
    const a = foreman('https://foreman.lab.example.com');
    const b = a.w.post('/externalhostproviders', '<external_host_provider><name>fm2</name><url>https://sat.corp.example.org</url></external_host_provider>');
    expect(a.w.get(`/externalhostproviders/${b.xml.id}/hosts`).xml.external_host[0].name).toBe('hyp01.corp.example.org');
    a.w.put(a.base, '<external_host_provider><url>https://foreman.unreachable.invalid</url></external_host_provider>');
    const r = a.w.get(`${a.base}/hosts`);
    expect(r.status).toBe(400);
    expect(r.xml.detail).toMatch(/Failed to communicate with the external provider/);
  });

  it('the provider side is read-only: no adding, changing or removing through the engine', () => {
    const { w, base } = foreman();
    const host = w.get(`${base}/hosts`).xml.external_host[0];
    expect(w.post(`${base}/hosts`, '<external_host><name>x</name></external_host>').status).toBe(405);
    expect(w.put(`${base}/hosts/${host.id}`, '<external_host><name>x</name></external_host>').status).toBe(405);
    expect(w.del(`${base}/hosts/${host.id}`).status).toBe(405);
    expect(w.get(`${base}/hosts`).xml.external_host).toHaveLength(3);
  });
});
