// An OpenStack volume provider: Cinder's volume types, and the authentication keys (libvirt secrets) the engine keeps.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

const UUID = '6d2f3a1e-4b5c-4d7e-9f80-1a2b3c4d5e6f';

function cinder() {
  const w = wireEngine({ vms: 4 });
  const r = w.post('/openstackvolumeproviders', '<openstack_volume_provider><name>cinder</name><url>http://cinder.lab.example.com:8776</url><tenant_name>lab</tenant_name></openstack_volume_provider>');
  return { w, id: r.xml.id as string, base: `/openstackvolumeproviders/${r.xml.id}` };
}

const key = (inner: string) => `<openstack_volume_authentication_key>${inner}</openstack_volume_authentication_key>`;

describe('openstack volume provider', () => {
  it('lists the volume types Cinder offers, the same on every GET', () => {
    const { w, id, base } = cinder();
    const types = w.get(`${base}/volumetypes`).xml.openstack_volume_type;
    expect(types.map((t: any) => t.name)).toEqual(['ceph', 'lvm-thin']);
    const one = w.get(`${base}/volumetypes/${types[0].id}`).xml;
    expect(one.properties.property[0]).toEqual({ name: 'volume_backend_name', value: 'rbd' });
    expect(one.openstack_volume_provider.id).toBe(id);
    expect(w.get(`${base}/volumetypes`).xml.openstack_volume_type).toEqual(types);
  });

  it('adds an authentication key (its uuid its id, its value not shown), changes and removes it', () => {
    const { w, id, base } = cinder();
    const r = w.post(`${base}/authenticationkeys`, key(`<uuid>${UUID}</uuid><value>c2VjcmV0</value><usage_type>ceph</usage_type>`));
    expect(r.status).toBe(201);
    expect(r.xml).toMatchObject({ id: UUID, uuid: UUID, usage_type: 'ceph', creation_date: '2024-01-01T00:00:00.000Z', openstack_volume_provider: { id } });
    expect(r.xml.value).toBeUndefined();
    const put = w.put(`${base}/authenticationkeys/${UUID}`, key('<description>ceph client.admin</description><value>bmV3</value><uuid>other</uuid>'));
    expect(put.xml).toMatchObject({ description: 'ceph client.admin', uuid: UUID });
    expect(w.engine.store.get(`openstackvolumeproviders/${id}/authenticationkeys`, UUID)?._value).toBe('bmV3');
    expect(w.del(`${base}/authenticationkeys/${UUID}`).status).toBe(200);
    expect(w.get(`${base}/authenticationkeys/${UUID}`).status).toBe(404);
  });

  it('refuses a key without its required elements, a uuid already used, an unknown usage type', () => {
    const { w, base } = cinder();
    const path = `${base}/authenticationkeys`;
    expect(w.post(path, key(`<uuid>${UUID}</uuid>`)).xml.detail).toBe('OpenstackVolumeAuthenticationKey [value, usage_type] required for add');
    expect(w.post(path, key(`<uuid>${UUID}</uuid><value>x</value><usage_type>nfs</usage_type>`)).xml.detail)
      .toMatch(/^nfs is not a member of OpenstackVolumeAuthenticationKeyUsageType/);
    expect(w.post(path, key('<uuid>not-a-uuid</uuid><value>x</value><usage_type>ceph</usage_type>')).status).toBe(400);
    expect(w.post(path, key(`<uuid>${UUID}</uuid><value>x</value><usage_type>ceph</usage_type>`)).status).toBe(201);
    expect(w.post(path, key(`<uuid>${UUID}</uuid><value>y</value><usage_type>ceph</usage_type>`)).status).toBe(409);
  });
});
