// An OpenStack image provider's simulated Glance: its image domain, its images, importing one as a disk or template.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

function glance() {
  const w = wireEngine({ vms: 4 });
  const p = w.engine.store.list('openstackimageproviders').find((x) => x.name === 'ovirt-image-repository')!;
  const data = w.engine.store.list('storagedomains').find((d) => d.type === 'data' && d.status?.state === 'active')!;
  return { w, p, data, base: `/openstackimageproviders/${p.id}` };
}

describe('openstack image provider', () => {
  it("lists the default repository's images, those of its image domain", () => {
    const { w, base } = glance();
    const images = w.get(`${base}/images`).xml.openstack_image;
    const sd = w.engine.store.list('storagedomains').find((d) => d.name === 'ovirt-image-repository')!;
    expect(images.map((i: any) => i.id)).toEqual(w.engine.store.list(`storagedomains/${sd.id}/images`).map((i) => i.id));
    const one = w.get(`${base}/images/${images[0].id}`);
    expect(one.root).toBe('openstack_image');
    expect(one.xml.name).toBe('CirrOS 0.4.0 for x86_64');
    expect(one.xml.actions.link[0].rel).toBe('import');
  });

  it('imports an image as a disk on the data domain: locked, then ok', () => {
    const { w, base, data } = glance();
    const image = w.get(`${base}/images`).xml.openstack_image[1];
    const r = w.post(`${base}/images/${image.id}/import`, `<action><storage_domain id="${data.id}"/><disk><alias>fedora-base</alias></disk></action>`);
    expect(r.xml.status.state).toBe('complete');
    const disk = w.get(`/disks/${r.xml.disk.id}`).xml;
    expect(disk).toMatchObject({ alias: 'fedora-base', status: { state: 'locked' } });
    expect(disk.storage_domains.storage_domain[0].id).toBe(data.id);
    w.tick(5000);
    expect(w.get(`/disks/${r.xml.disk.id}`).xml.status.state).toBe('ok');
  });

  it('imports as a template only into a cluster, and needs a data domain', () => {
    const { w, base, data } = glance();
    const image = w.get(`${base}/images`).xml.openstack_image[0];
    const path = `${base}/images/${image.id}/import`;
    expect(w.post(path, '<action/>').xml.detail).toBe('Action [storageDomain.id|name] required for import');
    expect(w.post(path, `<action><storage_domain id="${data.id}"/><import_as_template>true</import_as_template></action>`).xml.detail)
      .toBe('Action [cluster.id|name] required for import Image');
    const cluster = w.engine.store.list('clusters')[0];
    const r = w.post(path, `<action><storage_domain id="${data.id}"/><import_as_template>true</import_as_template><cluster id="${cluster.id}"/><template><name>cirros-tpl</name></template></action>`);
    expect(r.xml.status.state).toBe('complete');
    expect(w.engine.store.list('templates').find((t) => t.name === 'cirros-tpl')?.status.state).toBe('locked');
  });

  it('adding a provider adds its image domain with the images Glance holds; removing it removes both', () => {
    const { w } = glance();
    const r = w.post('/openstackimageproviders', '<openstack_image_provider><name>lab-glance</name><url>https://glance.lab.example.com:9292</url></openstack_image_provider>');
    const sd = w.engine.store.list('storagedomains').find((d) => d.name === 'lab-glance')!;
    expect(w.get(`/storagedomains/${sd.id}`).xml).toMatchObject({ type: 'image', storage: { type: 'glance', address: 'https://glance.lab.example.com:9292' } });
    const images = w.get(`/openstackimageproviders/${r.xml.id}/images`).xml.openstack_image;
    expect(images).toHaveLength(3);
    expect(w.get(`/openstackimageproviders/${r.xml.id}/images`).xml.openstack_image).toEqual(images);
    expect(w.del(`/openstackimageproviders/${r.xml.id}`).status).toBe(200);
    expect(w.get(`/storagedomains/${sd.id}`).status).toBe(404);
  });
});
