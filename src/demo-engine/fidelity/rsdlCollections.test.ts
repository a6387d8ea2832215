// @vitest-environment node
// RSDL links the guide does not document (issue 17): empty collections answer with the schema's elements,
// derived ones (graphics consoles) come from the resource, and paths through another parent reach the resource.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

describe('RSDL collections beyond the guide', () => {
  it('top-level ones answer 200 with their list element, and are linked from the entry point', () => {
    const w = wireEngine();
    const roots: Record<string, string> = { externalhostproviders: 'external_host_providers', icons: 'icons', katelloerrata: 'katello_errata',
      openstackimageproviders: 'openstack_image_providers', openstacknetworkproviders: 'openstack_network_providers',
      openstackvolumeproviders: 'openstack_volume_providers' };
    const entry = w.get('/').body;
    for (const [segment, root] of Object.entries(roots)) {
      const r = w.get(`/${segment}`);
      expect(r.status, segment).toBe(200);
      expect(r.root).toBe(root);
      expect(entry).toContain(`rel="${segment}"`);
    }
  });

  it('sub-collections of VMs, templates, instance types, users and scheduling policies answer', () => {
    const w = wireEngine();
    const id = (c: string) => w.engine.store.list(c)[0].id;
    const paths: [string, string][] = [
      [`/vms/${id('vms')}/hostdevices`, 'host_devices'], [`/vms/${id('vms')}/katelloerrata`, 'katello_errata'],
      [`/instancetypes/${id('instancetypes')}/nics`, 'nics'], [`/instancetypes/${id('instancetypes')}/watchdogs`, 'watchdogs'],
      [`/users/${id('users')}/sshpublickeys`, 'ssh_public_keys'], [`/schedulingpolicies/${id('schedulingpolicies')}/balances`, 'balances'],
      [`/schedulingpolicies/${id('schedulingpolicies')}/filters`, 'filters'], [`/schedulingpolicies/${id('schedulingpolicies')}/weights`, 'weights'],
    ];
    for (const [path, root] of paths) {
      const r = w.get(path);
      expect(r.status, path).toBe(200);
      expect(r.root).toBe(root);
    }
  });

  it('a VM\'s graphics console is its display protocol, with the engine\'s hex id', () => {
    const w = wireEngine();
    const vm = w.engine.store.list('vms').find((v) => v.display?.type === 'spice')!;
    const list = w.get(`/vms/${vm.id}/graphicsconsoles`).xml.graphics_console;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: '7370696365', protocol: 'spice' });
    expect(w.get(`/vms/${vm.id}/graphicsconsoles/7370696365`).root).toBe('graphics_console');
  });

  it('paths through another parent reach the resource, and only under that parent', () => {
    const w = wireEngine();
    const cluster = w.engine.store.list('clusters')[0];
    const other = w.engine.store.list('datacenters').find((d) => d.id !== cluster.data_center.id);
    const r = w.get(`/datacenters/${cluster.data_center.id}/clusters/${cluster.id}/networks`);
    expect(r.status).toBe(200);
    expect(r.body).toBe(w.get(`/clusters/${cluster.id}/networks`).body);
    if (other) expect(w.get(`/datacenters/${other.id}/clusters/${cluster.id}/networks`).status).toBe(404);
    const profile = w.engine.store.list('vnicprofiles')[0];
    expect(w.get(`/networks/${profile.network.id}/vnicprofiles/${profile.id}/permissions`).root).toBe('permissions');
  });

  it('a user\'s role lists its permits', () => {
    const w = wireEngine();
    const user = w.engine.store.list('users')[0];
    const role = [w.get(`/users/${user.id}/roles`).xml.role].flat()[0];
    const permits = [w.get(`/users/${user.id}/roles/${role.id}/permits`).xml.permit].flat();
    expect(permits.map((p: any) => p.name)).toEqual(w.engine.store.list(`roles/${role.id}/permits`).map((p) => p.name));
  });
});
