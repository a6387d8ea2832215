// RSDL paths that reach a resource through another parent (routes/aliases.ts): a data center's storage domain's
// disks, and a VNIC profile's permissions through a data center's network, answer like the canonical paths, and
// only for children of that parent.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

const arr = (x: any) => (Array.isArray(x) ? x : x ? [x] : []);

describe('resources reached through another parent', () => {
  it("lists a data center's storage domain's disks as the domain's own, and 404s a domain of another data center", () => {
    const w = wireEngine();
    const dc = w.engine.store.list('datacenters')[0];
    const sd = w.engine.store.list('storagedomains').find((d) => arr(d.data_centers?.data_center).some((x: any) => x.id === dc.id)
      && arr(w.get(`/storagedomains/${d.id}/disks`).xml?.disk).length > 0)!;
    const own = arr(w.get(`/storagedomains/${sd.id}/disks`).xml.disk).map((d: any) => d.id);
    const via = w.get(`/datacenters/${dc.id}/storagedomains/${sd.id}/disks`);
    expect([via.status, via.root]).toEqual([200, 'disks']);
    expect(arr(via.xml.disk).map((d: any) => d.id)).toEqual(own);
    expect(w.get(`/datacenters/${dc.id}/storagedomains/${sd.id}/disks/${own[0]}`).xml.id).toBe(own[0]);
    const other = w.engine.store.list('datacenters').find((d) => d.id !== dc.id && !arr(sd.data_centers?.data_center).some((x: any) => x.id === d.id));
    if (other) expect(w.get(`/datacenters/${other.id}/storagedomains/${sd.id}/disks`).status).toBe(404);
  });

  it("grants and lists a VNIC profile's permissions through the data center's network", () => {
    const w = wireEngine();
    const profile = w.engine.store.list('vnicprofiles')[0];
    const net = w.engine.store.get('networks', profile.network.id)!;
    const base = `/datacenters/${net.data_center.id}/networks/${net.id}/vnicprofiles/${profile.id}/permissions`;
    const role = w.engine.store.list('roles').find((r) => r.name === 'UserRole')!;
    const user = w.engine.store.list('users').find((u) => u.user_name?.startsWith('mary') || u.name === 'mary')!;
    const added = w.post(base, `<permission><role id="${role.id}"/><user id="${user.id}"/></permission>`);
    expect(added.status).toBe(201);
    expect(arr(w.get(`/vnicprofiles/${profile.id}/permissions`).xml.permission).map((p: any) => p.id)).toContain(added.xml.id);
    expect(w.get(`${base}/${added.xml.id}`).xml.role.id).toBe(role.id);
    expect(w.del(`${base}/${added.xml.id}`).status).toBe(200);
    expect(w.get(`/vnicprofiles/${profile.id}/permissions/${added.xml.id}`).status).toBe(404);
  });
});
