// guide 12.8 procedure 12.2: unregistered disks of an imported storage domain, listed and registered.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

const spare = (w: ReturnType<typeof wireEngine>) => w.engine.store.list('storagedomains').find((d) => d.name === 'spare')!;
const disks = (x: any) => [x?.disk ?? []].flat();

describe('disks;unregistered', () => {
  it('lists the images on the domain the engine has no disk for, apart from its registered disks', () => {
    const w = wireEngine();
    const sd = spare(w);
    const unregistered = disks(w.get(`/storagedomains/${sd.id}/disks;unregistered`).xml);
    expect(unregistered.map((d) => d.alias)).toEqual(['erp-db_Disk1', 'erp-db_Disk2', 'reports_Disk1']);
    expect(unregistered[0]).toMatchObject({ storage_type: 'image', status: { state: 'ok' }, format: 'raw', storage_domain: { id: sd.id } });
    const registeredIds = disks(w.get(`/storagedomains/${sd.id}/disks`).xml).map((d) => d.id);
    expect(unregistered.some((d) => registeredIds.includes(d.id))).toBe(false);
    expect(w.get(`/disks/${unregistered[0].id}`).status).toBe(404);
  });

  it('registers a disk by id: it becomes a floating disk on the domain and leaves the unregistered list', () => {
    const w = wireEngine();
    const sd = spare(w);
    const [first] = disks(w.get(`/storagedomains/${sd.id}/disks;unregistered`).xml);
    const r = w.post(`/storagedomains/${sd.id}/disks;unregistered`, `<disk id="${first.id}"/>`);
    expect(r.status).toBe(201);
    expect(r.headers.Location).toBe(`${w.base}/storagedomains/${sd.id}/disks/${first.id}`);
    expect(w.get(`/disks/${first.id}`).xml).toMatchObject({ alias: 'erp-db_Disk1', storage_domains: { storage_domain: [{ id: sd.id }] } });
    expect(disks(w.get(`/storagedomains/${sd.id}/disks;unregistered`).xml).map((d) => d.id)).not.toContain(first.id);
    expect(w.post(`/storagedomains/${sd.id}/disks;unregistered`, `<disk id="${first.id}"/>`).status).toBe(404);
  });

  it('still requires the RSDL parameters for an ordinary add to the domain', () => {
    const w = wireEngine();
    const r = w.post(`/storagedomains/${spare(w).id}/disks`, '<disk><alias>x</alias></disk>');
    expect([r.status, r.xml.detail]).toEqual([400, 'Disk [format, interface, provisioned_size] required for add']);
  });
});
