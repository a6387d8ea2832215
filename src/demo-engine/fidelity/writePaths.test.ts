// @vitest-environment node
// Write paths as real v3 engines answer them (issue 19), each citing the 4.3 engine's v3 layer in the code.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

describe('POST /clusters and /datacenters as the v3 layer reads them', () => {
  it('a cluster without <version> takes its data center\'s compatibility version', () => {
    const w = wireEngine();
    const dc = w.engine.store.list('datacenters')[0];
    const r = w.post('/clusters', `<cluster><name>noversion</name><cpu id="Intel Skylake Client Family"/><data_center id="${dc.id}"/></cluster>`);
    expect(r.status).toBe(201);
    expect(r.xml.version).toEqual({ major: String(dc.version.major), minor: String(dc.version.minor) });
    const byName = w.post('/clusters', `<cluster><name>noversion2</name><cpu id="Intel Skylake Client Family"/><data_center><name>${dc.name}</name></data_center></cluster>`);
    expect(byName.status).toBe(201);
    expect(w.get(`/clusters/${byName.xml.id}`).xml.version.major).toBe(String(dc.version.major));
  });

  it('a data center takes <storage_type> instead of <local>, and still needs one of them', () => {
    const w = wireEngine();
    const shared = w.post('/datacenters', '<data_center><name>shared</name><storage_type>nfs</storage_type></data_center>');
    expect(shared.status).toBe(201);
    expect(shared.xml.local).toBe(false);
    const local = w.post('/datacenters', '<data_center><name>single</name><storage_type>localfs</storage_type></data_center>');
    expect(w.get(`/datacenters/${local.xml.id}`).xml.local).toBe(true);
    const neither = w.post('/datacenters', '<data_center><name>neither</name></data_center>');
    expect(neither.status).toBe(400);
    expect(neither.xml.detail).toContain('local');
  });
});

describe('an affinity group\'s VMs', () => {
  it('adding a VM stores that VM\'s id, so it can be removed by it', () => {
    const w = wireEngine();
    const cluster = w.engine.store.list('clusters')[0];
    const group = w.post(`/clusters/${cluster.id}/affinitygroups`, '<affinity_group><name>g1</name><positive>true</positive><enforcing>false</enforcing></affinity_group>').xml;
    const vm = w.engine.store.list('vms').find((v) => v.cluster.id === cluster.id)!;
    const path = `/clusters/${cluster.id}/affinitygroups/${group.id}/vms`;
    const added = w.post(path, `<vm id="${vm.id}"/>`);
    expect(added.status).toBe(201);
    expect(added.xml.id).toBe(vm.id);
    expect(w.get(path).xml.vm.map((v: any) => v.id)).toEqual([vm.id]);
    expect(w.post(path, `<vm id="${vm.id}"/>`).status).toBe(409);
    expect(w.del(`${path}/${vm.id}`).status).toBe(200);
    expect(w.get(path).xml.vm ?? []).toEqual([]);
    const byName = w.post(path, `<vm><name>${vm.name}</name></vm>`);
    expect(byName.xml.id).toBe(vm.id);
  });

  it('refuses a VM of another cluster or one that does not exist', () => {
    const w = wireEngine();
    const [c0] = w.engine.store.list('clusters');
    const group = w.post(`/clusters/${c0.id}/affinitygroups`, '<affinity_group><name>g2</name><positive>false</positive><enforcing>false</enforcing></affinity_group>').xml;
    const other = w.engine.store.list('vms').find((v) => v.cluster.id !== c0.id)!;
    const path = `/clusters/${c0.id}/affinitygroups/${group.id}/vms`;
    expect(w.post(path, `<vm id="${other.id}"/>`).status).toBe(409);
    expect(w.post(path, '<vm id="00000000-0000-0000-0000-00000000dead"/>').status).toBe(400);
  });
});

describe('DELETE vms/{id}/disks/{disk} with an action body', () => {
  const cases: [string, boolean][] = [
    ['<action/>', false], ['<action><detach>false</detach></action>', false], ['<action><detach>true</detach></action>', true],
  ];
  it.each(cases)('%s keeps the disk floating: %s', (body, floating) => {
    const w = wireEngine();
    const vm = w.vmIn('down', (v) => w.engine.store.list(`vms/${v.id}/disks`).length > 0);
    const disk = w.engine.store.list(`vms/${vm.id}/disks`)[0];
    const r = w.del(`/vms/${vm.id}/disks/${disk.id}`, body);
    expect(r.status).toBe(200);
    expect(w.get(`/vms/${vm.id}/disks/${disk.id}`).status).toBe(404);
    expect(w.get(`/disks/${disk.id}`).status).toBe(floating ? 200 : 404);
  });
});

describe('a successful DELETE', () => {
  it('answers 200 with an action whose status is complete, for top-level and sub-collection items', () => {
    const w = wireEngine();
    const tag = w.post('/tags', '<tag><name>gone</name></tag>').xml;
    const vm = w.vmIn('down');
    const role = w.engine.store.list('roles').find((r) => r.name === 'UserRole')!;
    const user = w.engine.store.list('users')[1];
    const perm = w.post(`/vms/${vm.id}/permissions`, `<permission><role id="${role.id}"/><user id="${user.id}"/></permission>`);
    expect(perm.status).toBe(201);
    for (const r of [w.del(`/tags/${tag.id}`), w.del(`/vms/${vm.id}/permissions/${perm.xml.id}`)]) {
      expect(r.status).toBe(200);
      expect(r.headers['Content-Type']).toContain('application/xml');
      expect(r.root).toBe('action');
      expect(r.xml.status).toEqual({ state: 'complete' });
    }
  });
});

describe('POST /vms with a <disks> mapping', () => {
  it('places the template disk copies as mapped and does not echo the block', () => {
    const w = wireEngine();
    const template = w.engine.store.list('templates').find((t) => w.engine.store.list(`templates/${t.id}/disks`).length > 0)!;
    const tdisk = w.engine.store.list(`templates/${template.id}/disks`)[0];
    const target = w.engine.store.list('storagedomains').filter((d) => d.type === 'data').at(-1)!;
    const cluster = w.engine.store.list('clusters')[0];
    const r = w.post('/vms', `<vm><name>mapped</name><cluster id="${cluster.id}"/><template id="${template.id}"/>` +
      `<disks><disk id="${tdisk.id}"><storage_domains><storage_domain id="${target.id}"/></storage_domains><format>raw</format></disk></disks></vm>`);
    expect(r.status).toBe(202);
    expect(r.body).not.toContain('<disks>');
    expect(w.get(`/vms/${r.xml.id}`).body).not.toContain('<disks>');
    const copy = w.get(`/vms/${r.xml.id}/disks`).xml.disk[0];
    expect(copy.storage_domains.storage_domain[0].id).toBe(target.id);
    expect(copy.format).toBe('raw');
  });
});

describe('detail= in the Accept header', () => {
  it('inlines the named sub-collections into each VM listed or read', () => {
    const w = wireEngine();
    const vm = w.vmIn('down', (v) => w.engine.store.list(`vms/${v.id}/disks`).length > 0);
    const accept = { accept: 'application/xml; detail=disks; detail=nics; detail=hosts' };
    const one = w.get(`/vms/${vm.id}`, accept).xml;
    expect(one.disks.disk.map((d: any) => d.id)).toEqual(w.engine.store.list(`vms/${vm.id}/disks`).map((d) => d.id));
    expect(one.nics.nic.map((n: any) => n.id)).toEqual(w.engine.store.list(`vms/${vm.id}/nics`).map((n) => n.id));
    expect(one.disks.disk[0].href).toBe(`${w.base}/vms/${vm.id}/disks/${one.disks.disk[0].id}`);
    const listed = [w.get(`/vms?search=${encodeURIComponent(`name=${vm.name}`)}`, accept).xml.vm].flat()[0];
    expect(listed.disks.disk.length).toBeGreaterThan(0);
    expect(w.get(`/vms/${vm.id}`).xml.disks).toBeUndefined();
  });
});
