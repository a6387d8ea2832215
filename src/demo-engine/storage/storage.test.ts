// Floating disks, disk copy/move, imports from export and image domains, storage domain actions.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';
import { DISK_MS } from './disks';
import { IMPORT_MS } from './domains';

const sd = (w: ReturnType<typeof wireEngine>, name: string) => w.engine.store.list('storagedomains').find((d) => d.name === name)!;

describe('floating disks', () => {
  it('creates a disk asynchronously on a data domain: 202, locked, then ok', () => {
    const w = wireEngine();
    const r = w.post('/disks', `<disk><alias>scratch2</alias><provisioned_size>1073741824</provisioned_size><format>cow</format><interface>virtio</interface><storage_domains><storage_domain id="${sd(w, 'data1').id}"/></storage_domains></disk>`);
    expect([r.status, r.xml.status.state, r.xml.creation_status.state]).toEqual([202, 'locked', 'pending']);
    w.tick(DISK_MS);
    expect(w.get(`/disks/${r.xml.id}`).xml.status.state).toBe('ok');
    expect(w.get(`/storagedomains/${sd(w, 'data1').id}/disks/${r.xml.id}`).status).toBe(200);
  });

  it.each([
    ['an ISO domain', 'iso', 'The target Storage Domain is not a Data Domain.'],
    ['a domain in maintenance', 'export', 'The target Storage Domain is not a Data Domain.'],
  ])('refuses %s as the target', (_n, name, text) => {
    const w = wireEngine();
    const r = w.post('/disks', `<disk><provisioned_size>1</provisioned_size><format>cow</format><interface>virtio</interface><storage_domains><storage_domain id="${sd(w, name).id}"/></storage_domains></disk>`);
    expect(r.status).toBe(409);
    expect(r.xml.detail).toContain(text);
  });

  it('creates a direct LUN disk on no storage domain and with no size (guide 16.1)', () => {
    const w = wireEngine();
    const r = w.post('/disks', '<disk><alias>lun1</alias><interface>virtio</interface><lun_storage><type>iscsi</type><logical_unit id="3600a0b8">'
      + '<address>192.0.2.50</address><port>3260</port><target>iqn.2024-01.example:t1</target></logical_unit></lun_storage></disk>');
    expect(r.status).toBe(202);
    w.tick(DISK_MS + 1000);
    const disk = w.get(`/disks/${r.xml.id}`).xml;
    expect([disk.alias, disk.storage_type, disk.status.state, disk.storage_domains]).toEqual(['lun1', 'lun', 'ok', undefined]);
    expect(disk.lun_storage.logical_unit[0].address).toBe('192.0.2.50');
  });

  it('moves a disk to another domain, locked meanwhile, and copies one into a new disk', () => {
    const w = wireEngine();
    const disk = w.engine.store.list('disks')[0];
    expect(w.post(`/disks/${disk.id}/move`, `<action><storage_domain id="${sd(w, 'data2').id}"/></action>`).status).toBe(200);
    expect(w.get(`/disks/${disk.id}`).xml.status.state).toBe('locked');
    w.tick(DISK_MS);
    const moved = w.get(`/disks/${disk.id}`).xml;
    expect([moved.status.state, moved.storage_domains.storage_domain[0].id]).toEqual(['ok', sd(w, 'data2').id]);
    const copy = w.post(`/disks/${disk.id}/copy`, `<action><storage_domain id="${sd(w, 'data1').id}"/></action>`);
    expect(copy.status).toBe(200);
    w.tick(DISK_MS);
    expect(w.get(`/disks/${copy.xml.disk.id}`).xml.storage_domains.storage_domain[0].id).toBe(sd(w, 'data1').id);
    const same = w.post(`/disks/${disk.id}/move`, `<action><storage_domain id="${sd(w, 'data2').id}"/></action>`);
    expect(same.status).toBe(409);
  });

  it('deletes an attached disk only while its VM is down', () => {
    const w = wireEngine();
    const up = w.vmIn('up');
    const disk = w.engine.store.list(`vms/${up.id}/disks`)[0];
    expect(w.del(`/disks/${disk.id}`).status).toBe(409);
    const down = w.vmIn('down');
    const d2 = w.engine.store.list(`vms/${down.id}/disks`)[0];
    expect(w.del(`/disks/${d2.id}`).status).toBe(200);
    expect(w.get(`/vms/${down.id}/disks/${d2.id}`).status).toBe(404);
  });
});

describe('imports', () => {
  it('imports a VM from the export domain into a cluster: image_locked, then down', () => {
    const w = wireEngine();
    const exp = sd(w, 'export');
    const vm = w.engine.store.list(`storagedomains/${exp.id}/vms`)[0];
    const body = `<action><cluster name="Default"/><storage_domain name="data1"/></action>`;
    const r = w.post(`/storagedomains/${exp.id}/vms/${vm.id}/import`, body, { 'correlation-id': 'imp' });
    expect(r.status).toBe(200);
    expect(w.get(`/vms/${vm.id}`).xml.status.state).toBe('image_locked');
    w.tick(IMPORT_MS);
    expect(w.get(`/vms/${vm.id}`).xml.status.state).toBe('down');
    expect(w.get(`/vms/${vm.id}/disks`).xml.disk[0].storage_domains.storage_domain[0].id).toBe(sd(w, 'data1').id);
    expect(w.post(`/storagedomains/${exp.id}/vms/${vm.id}/import`, body).status).toBe(409);
    const cloned = w.post(`/storagedomains/${exp.id}/vms/${vm.id}/import`, `<action><clone>true</clone><vm><name>legacy-2</name></vm><cluster name="Default"/><storage_domain name="data1"/></action>`);
    expect(cloned.xml.vm.name).toBe('legacy-2');
    expect(w.engine.store.list('events').filter((e) => e.correlation_id === 'imp').map((e) => e.code)).toEqual([1165, 1152]);
  });

  it('imports a Glance image as a floating disk', () => {
    const w = wireEngine();
    const glance = sd(w, 'ovirt-image-repository');
    const image = w.get(`/storagedomains/${glance.id}/images`).xml.image[0];
    const r = w.post(`/storagedomains/${glance.id}/images/${image.id}/import`, `<action><storage_domain name="data1"/></action>`);
    expect(r.status).toBe(200);
    expect(w.get(`/disks/${r.xml.disk.id}`).xml.status.state).toBe('locked');
  });

  it('removes a domain with a DELETE body naming the host (and format), and refuses a body without the host', () => {
    const w = wireEngine();
    const spare = sd(w, 'spare');
    const noHost = w.del(`/storagedomains/${spare.id}`, '<storage_domain><format>true</format></storage_domain>');
    expect([noHost.status, noHost.xml.reason, noHost.xml.detail]).toEqual([400, 'Incomplete parameters', 'StorageDomain [host.id|name] required for delete']);
    expect(w.del(`/storagedomains/${sd(w, 'data1').id}`, '<storage_domain><host name="host01"/></storage_domain>').status).toBe(409);
    expect(w.del(`/storagedomains/${spare.id}`, '<storage_domain><host name="host01"/><format>true</format></storage_domain>').status).toBe(200);
    expect(w.get(`/storagedomains/${spare.id}`).status).toBe(404);
  });

  it('refreshes LUNs only on block domains', () => {
    const w = wireEngine();
    expect(w.post(`/storagedomains/${sd(w, 'data2').id}/refreshluns`, '<action/>').status).toBe(200);
    expect(w.post(`/storagedomains/${sd(w, 'data1').id}/refreshluns`, '<action/>').status).toBe(409);
  });
});
