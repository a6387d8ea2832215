// @vitest-environment node
// Searches as v3 clients send them (issues 17 and 19): `;case_sensitive=false` (the RSDL's spelling), disks
// scoped by data center, and collections without a search of their own ignoring `search=`.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

const names = (r: { xml: any }, item: string) => [r.xml?.[item] ?? []].flat().map((e: any) => e.name ?? e.alias);

describe('case sensitivity', () => {
  it('`;case_sensitive=false` and `;case-sensitive=false` make name=APP* find lower-case names', () => {
    const w = wireEngine();
    const lower = w.engine.store.list('vms').find((v) => /^[a-z]/.test(v.name))!.name as string;
    const upper = encodeURIComponent(`name=${lower.slice(0, 3).toUpperCase()}*`);
    expect(names(w.get(`/vms?search=${upper}`), 'vm')).toEqual([]);
    for (const param of ['case_sensitive', 'case-sensitive']) {
      expect(names(w.get(`/vms;${param}=false?search=${upper}`), 'vm')).toContain(lower);
    }
    expect(names(w.get(`/vms;case_sensitive=true?search=${upper}`), 'vm')).toEqual([]);
  });
});

describe('disks by data center', () => {
  it('`datacenter="Default"` lists the disks on that data center\'s storage domains, and only those', () => {
    const w = wireEngine();
    const dc = w.engine.store.list('datacenters').find((d) => d.name === 'Default')!;
    const r = w.get(`/disks?search=${encodeURIComponent('datacenter="Default"')}`);
    expect(r.status).toBe(200);
    const ids = [r.xml.disk ?? []].flat().map((d: any) => d.id);
    expect(ids.length).toBeGreaterThan(0);
    const domainsOf = (dcId: string) => new Set(w.engine.store.list('storagedomains')
      .filter((sd) => [sd.data_centers?.data_center ?? []].flat().some((x: any) => x.id === dcId)).map((sd) => sd.id));
    const inDc = domainsOf(dc.id);
    for (const id of ids) {
      const disk = w.get(`/disks/${id}`).xml;
      expect(disk.storage_domains.storage_domain.some((sd: any) => inDc.has(sd.id))).toBe(true);
    }
    expect(w.get(`/disks?search=${encodeURIComponent('datacenter=NoSuchDc')}`).xml?.disk ?? []).toEqual([]);
  });

  it('/diskprofiles ignores search= like the engine (no fault, the whole list)', () => {
    const w = wireEngine();
    const all = w.get('/diskprofiles');
    const searched = w.get(`/diskprofiles?search=${encodeURIComponent('datacenter="Default"')}`);
    expect(searched.status).toBe(200);
    expect(searched.body).toBe(all.body);
    expect([all.xml.disk_profile].flat().length).toBeGreaterThan(0);
  });
});
