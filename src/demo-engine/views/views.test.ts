// Sub-collections that are views of other data: what they list, and what POST/PUT/DELETE change.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

const names = (r: { xml: any }, item: string) => (r.xml?.[item] ?? []).map((e: any) => e.name ?? e.alias ?? e.id).sort();

describe('views over the inventory', () => {
  const w = wireEngine();
  const s = w.engine.store;
  const dc = s.list('datacenters')[0];
  const cluster = s.list('clusters')[0];
  const exportSd = s.list('storagedomains').find((d) => d.type === 'export')!;
  const data1 = s.list('storagedomains').find((d) => d.name === 'data1')!;
  const cases: [string, string, string, (got: string[]) => void][] = [
    ['a data center lists its networks', `/datacenters/${dc.id}/networks`, 'network', (got) => expect(got).toEqual(['ovirtmgmt', 'public', 'storage'])],
    ['a data center lists its clusters', `/datacenters/${dc.id}/clusters`, 'cluster', (got) => expect(got).toEqual(['Default', 'Production'])],
    ['a cluster lists the networks attached to it', `/clusters/${cluster.id}/networks`, 'network', (got) => expect(got).toEqual(['ovirtmgmt', 'public'])],
    ['a cluster lists its CPU profiles', `/clusters/${cluster.id}/cpuprofiles`, 'cpu_profile', (got) => expect(got).toEqual(['Default'])],
    ['an export domain lists the VMs exported to it', `/storagedomains/${exportSd.id}/vms`, 'vm', (got) => expect(got).toEqual(['legacy-app'])],
    ['an export domain lists its templates', `/storagedomains/${exportSd.id}/templates`, 'template', (got) => expect(got).toEqual(['rhel7-golden'])],
    ['the internal domain lists the people of its directory', `/domains/internal-authz/users`, 'user', (got) => expect(got).toEqual(['Admin', 'Help', 'John', 'Mary', 'Sue'])],
    // What a user picker sends (guide 20): `allnames=<text>*` matches first name, last name or login, ignoring case.
    ['a directory search by allnames matches first or last names (John Smith, Mary Jones)', `/domains/internal-authz/users?search=${encodeURIComponent('allnames=jo*')}`, 'user', (got) => expect(got).toEqual(['John', 'Mary'])],
    ['a directory search by allnames finds people by last name', `/domains/internal-authz/users?search=${encodeURIComponent('allnames=Le*')}`, 'user', (got) => expect(got).toEqual(['Sue'])],
    ['a directory search by allnames finds people by login', `/domains/internal-authz/users?search=${encodeURIComponent('allnames=helpdesk*')}`, 'user', (got) => expect(got).toEqual(['Help'])],
    ['a directory search by name=', `/domains/internal-authz/users?search=${encodeURIComponent('name=Mary')}`, 'user', (got) => expect(got).toEqual(['Mary'])],
    ['a directory search that matches nobody', `/domains/internal-authz/users?search=${encodeURIComponent('allnames=zz*')}`, 'user', (got) => expect(got).toEqual([])],
    ['a directory group search by name=<text>*', `/domains/internal-authz/groups?search=${encodeURIComponent('name=demo.example.com/Op*')}`, 'group', (got) => expect(got).toEqual(['demo.example.com/Operations'])],
    ['a directory group search with a leading wildcard', `/domains/internal-authz/groups?search=${encodeURIComponent('name=*engineering')}`, 'group', (got) => expect(got).toEqual(['demo.example.com/Engineering'])],
  ];
  it.each(cases)('%s', (_name, path, item, check) => {
    const r = w.get(path);
    expect(r.status).toBe(200);
    check(names(r, item));
  });

  it('a data domain lists the disks on it, attached and floating, and /disks lists them all', () => {
    const onData1 = w.get(`/storagedomains/${data1.id}/disks`).xml.disk;
    expect(onData1.some((d: any) => d.alias === 'scratch-data')).toBe(true);
    expect(onData1.some((d: any) => /_Disk1$/.test(d.alias))).toBe(true);
    const all = w.get('/disks').xml.disk.length;
    const attached = s.list('vms').reduce((n, v) => n + s.list(`vms/${v.id}/disks`).length, 0);
    expect(all).toBe(attached + s.list('disks').length);
  });
});

describe('writes through views', () => {
  it('attaches a data center network to a cluster, edits the attachment and detaches it', () => {
    const w = wireEngine();
    const prod = w.engine.store.list('clusters')[1];
    const storageNet = w.engine.store.list('networks').find((n) => n.name === 'storage')!;
    const add = w.post(`/clusters/${prod.id}/networks`, `<network id="${storageNet.id}"><required>false</required></network>`);
    expect([add.status, add.xml.name, add.xml.required]).toEqual([201, 'storage', false]);
    expect(w.post(`/clusters/${prod.id}/networks`, `<network id="${storageNet.id}"/>`).status).toBe(409);
    expect(w.put(`/clusters/${prod.id}/networks/${storageNet.id}`, '<network><required>true</required></network>').xml.required).toBe(true);
    expect(w.del(`/clusters/${prod.id}/networks/${storageNet.id}`).status).toBe(200);
    expect(names(w.get(`/clusters/${prod.id}/networks`), 'network')).not.toContain('storage');
    const mgmt = w.del(`/clusters/${prod.id}/networks/${prod.management_network.id}`);
    expect(mgmt.status).toBe(409);
  });

  it('creates a network inside a data center through its networks collection', () => {
    const w = wireEngine();
    const lab = w.engine.store.list('datacenters')[1];
    const r = w.post(`/datacenters/${lab.id}/networks`, '<network><name>backup</name></network>');
    expect(r.status).toBe(201);
    expect(w.engine.store.get('networks', r.xml.id)?.data_center.id).toBe(lab.id);
  });

  it('gives and takes a system-wide role through users/{id}/roles', () => {
    const w = wireEngine();
    const mary = w.engine.store.list('users').find((u) => u.user_name === 'mary@internal')!;
    const role = w.engine.store.list('roles').find((r) => r.name === 'PowerUserRole')!;
    expect(w.post(`/users/${mary.id}/roles`, `<role id="${role.id}"/>`).status).toBe(201);
    expect(names(w.get(`/users/${mary.id}/roles`), 'role')).toEqual(['PowerUserRole']);
    expect(w.del(`/users/${mary.id}/roles/${role.id}`).status).toBe(200);
    expect(w.get(`/users/${mary.id}/roles`).xml.role ?? []).toEqual([]);
  });
});

describe('users and groups from the directory', () => {
  it('adds a person of the directory as a user, refuses one who is not in it and one added twice', () => {
    const w = wireEngine();
    const domain = w.engine.store.list('domains')[0];
    const r = w.post('/users', `<user><user_name>john@internal</user_name><domain id="${domain.id}"/></user>`);
    expect([r.status, r.xml.name, r.xml.last_name, r.xml.email]).toEqual([201, 'John', 'Smith', 'john@demo.example.com']);
    expect(w.post('/users', `<user><user_name>john@internal</user_name><domain id="${domain.id}"/></user>`).status).toBe(409);
    const nobody = w.post('/users', `<user><user_name>nobody@internal</user_name><domain id="${domain.id}"/></user>`);
    expect([nobody.status, nobody.xml.detail]).toEqual([409, '[Cannot add User. User must exist in Directory.]']);
    expect(w.post('/groups', `<group><name>demo.example.com/Operations</name><domain id="${domain.id}"/></group>`).status).toBe(201);
  });
});

describe('what the guest agent reports', () => {
  it('lists applications and reported devices only while the VM runs', () => {
    const w = wireEngine();
    const vm = w.vmIn('up');
    expect(w.get(`/vms/${vm.id}/applications`).xml.application.length).toBeGreaterThan(0);
    const nics = w.get(`/vms/${vm.id}/reporteddevices`).xml.reported_device;
    expect(nics[0].mac.address).toBe(w.engine.store.list(`vms/${vm.id}/nics`)[0].mac.address);
    w.post(`/vms/${vm.id}/stop`, '<action/>');
    w.tick(2000);
    expect(w.get(`/vms/${vm.id}/applications`).xml.application ?? []).toEqual([]);
  });
});
