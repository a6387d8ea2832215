// Templates from VMs (locked → ok with creation status) and template export.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';
import { TEMPLATE_MS } from './create';
import { EXPORT_MS } from './actions';

describe('templates made from VMs', () => {
  it('is locked with a creation status while the VM image is copied, then ok', () => {
    const w = wireEngine();
    const vm = w.vmIn('down');
    const r = w.post('/templates', `<template><name>golden</name><vm id="${vm.id}"/></template>`, { 'correlation-id': 'tpl-1' });
    expect([r.status, r.xml.status.state, r.xml.creation_status.state]).toEqual([202, 'locked', 'pending']);
    expect(w.get(`/vms/${vm.id}`).xml.status.state).toBe('image_locked');
    const disks = w.get(`/templates/${r.xml.id}/disks`).xml.disk;
    expect(disks).toHaveLength(w.engine.store.list(`vms/${vm.id}/disks`).length);
    const cs = r.xml.link.find((l: any) => l.rel === 'creation_status').href.slice(w.base.length);
    w.tick(TEMPLATE_MS);
    expect(w.get(`/templates/${r.xml.id}`).xml.status.state).toBe('ok');
    expect(w.get(cs).xml.status.state).toBe('complete');
    expect(w.get(`/vms/${vm.id}`).xml.status.state).toBe('down');
    const events = w.engine.store.list('events').filter((e) => e.correlation_id === 'tpl-1').map((e) => e.code);
    expect(events).toEqual([48, 51]);
  });

  it('refuses a running VM, and answers 201 at once with Expect: 201-created', () => {
    const w = wireEngine();
    expect(w.post('/templates', `<template><name>t1</name><vm id="${w.vmIn('up').id}"/></template>`).status).toBe(409);
    const r = w.post('/templates', `<template><name>t2</name><vm id="${w.vmIn('down').id}"/></template>`, { expect: '201-created' });
    expect([r.status, r.xml.status.state]).toEqual([201, 'ok']);
  });

  it('exports to the export domain, locked meanwhile', () => {
    const w = wireEngine();
    const t = w.engine.store.list('templates')[1];
    const sd = w.engine.store.list('storagedomains').find((d) => d.type === 'export')!;
    expect(w.post(`/templates/${t.id}/export`, `<action><storage_domain id="${sd.id}"/></action>`).status).toBe(200);
    expect(w.get(`/templates/${t.id}`).xml.status.state).toBe('locked');
    w.tick(EXPORT_MS);
    expect(w.get(`/templates/${t.id}`).xml.status.state).toBe('ok');
    expect(w.get(`/storagedomains/${sd.id}/templates/${t.id}`).status).toBe(200);
    const again = w.post(`/templates/${t.id}/export`, `<action><storage_domain id="${sd.id}"/></action>`);
    expect(again.status).toBe(409);
    expect(w.post(`/templates/${t.id}/export`, `<action><exclusive>true</exclusive><storage_domain id="${sd.id}"/></action>`).status).toBe(200);
  });
});
