// Graphics consoles of VMs, templates and instance types (RSDL .../graphicsconsoles): removing one removes that
// protocol's device, adding one brings it back; a VM that is not down keeps its console.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

const SPICE = '7370696365';
const consoles = (x: any) => (Array.isArray(x?.graphics_console) ? x.graphics_console : x?.graphics_console ? [x.graphics_console] : []);

describe('graphics consoles', () => {
  it('removes a down VM\'s console: the list is empty, the VM starts headless and gets no ticket', () => {
    const w = wireEngine();
    const vm = w.vmIn('down', (v) => v.display?.type === 'spice');
    expect(w.get(`/vms/${vm.id}/graphicsconsoles/${SPICE}`).xml.protocol).toBe('spice');
    expect(w.del(`/vms/${vm.id}/graphicsconsoles/${SPICE}`).status).toBe(200);
    expect(w.get(`/vms/${vm.id}/graphicsconsoles/${SPICE}`).status).toBe(404);
    expect(consoles(w.get(`/vms/${vm.id}/graphicsconsoles`).xml)).toEqual([]);
    expect(w.get(`/vms/${vm.id}`).xml.display?.type).toBeUndefined();
    expect(w.post(`/vms/${vm.id}/start`, '<action/>').status).toBe(200);
    w.tick(60_000);
    expect(w.get(`/vms/${vm.id}`).xml.display?.port).toBeUndefined();
    expect(w.post(`/vms/${vm.id}/ticket`, '<action/>').xml.fault.detail).toMatch(/no graphics console/);
  });

  it('adds a VNC console back to a headless VM, and refuses a second one', () => {
    const w = wireEngine();
    const vm = w.vmIn('down', (v) => v.display?.type === 'spice');
    w.del(`/vms/${vm.id}/graphicsconsoles/${SPICE}`);
    const added = w.post(`/vms/${vm.id}/graphicsconsoles`, '<graphics_console><protocol>vnc</protocol></graphics_console>');
    expect(added.status).toBe(201);
    expect(added.xml.id).toBe('766e63');
    expect(w.get(`/vms/${vm.id}`).xml.display.type).toBe('vnc');
    expect(w.post(`/vms/${vm.id}/graphicsconsoles`, '<graphics_console><protocol>vnc</protocol></graphics_console>').status).toBe(409);
    expect(w.post(`/vms/${vm.id}/graphicsconsoles`, '<graphics_console><protocol>rdp</protocol></graphics_console>').status).toBe(400);
    expect(w.post(`/vms/${vm.id}/graphicsconsoles`, '<graphics_console/>').xml.detail).toMatch(/\[protocol\] required/);
  });

  it('refuses to remove the console of a running VM, which keeps its display', () => {
    const w = wireEngine();
    const vm = w.vmIn('up', (v) => v.display?.type === 'spice');
    const r = w.del(`/vms/${vm.id}/graphicsconsoles/${SPICE}`);
    expect(r.status).toBe(409);
    expect(r.xml.detail).toMatch(/VM is running/);
    expect(w.get(`/vms/${vm.id}/graphicsconsoles/${SPICE}`).xml.port).toBeDefined();
  });

  it('removes a template\'s console, and a VM made from it has none; an instance type\'s console too', () => {
    const w = wireEngine();
    const tpl = w.engine.store.list('templates').find((t) => t.name !== 'Blank' && t.display?.type === 'spice' && w.engine.store.list(`templates/${t.id}/disks`).length)!;
    expect(w.del(`/templates/${tpl.id}/graphicsconsoles/${SPICE}`).status).toBe(200);
    expect(consoles(w.get(`/templates/${tpl.id}/graphicsconsoles`).xml)).toEqual([]);
    const cluster = w.engine.store.list('clusters')[0];
    const made = w.post('/vms', `<vm><name>from-headless</name><cluster id="${cluster.id}"/><template id="${tpl.id}"/></vm>`);
    expect(made.status).toBeLessThan(300);
    expect(consoles(w.get(`/vms/${made.xml.id}/graphicsconsoles`).xml)).toEqual([]);
    const it = w.engine.store.list('instancetypes')[0];
    expect(w.get(`/instancetypes/${it.id}/graphicsconsoles/${SPICE}`).xml.instance_type.id).toBe(it.id);
    expect(w.del(`/instancetypes/${it.id}/graphicsconsoles/${SPICE}`).status).toBe(200);
    expect(w.get(`/instancetypes/${it.id}/graphicsconsoles/${SPICE}`).status).toBe(404);
  });

  it('gives a VM made from a template the template\'s console', () => {
    const w = wireEngine();
    const tpl = w.engine.store.list('templates').find((t) => t.display?.type === 'vnc')!;
    const cluster = w.engine.store.list('clusters')[0];
    const made = w.post('/vms', `<vm><name>from-vnc</name><cluster id="${cluster.id}"/><template id="${tpl.id}"/></vm>`);
    expect(consoles(w.get(`/vms/${made.xml.id}/graphicsconsoles`).xml).map((c: any) => c.protocol)).toEqual(['vnc']);
  });
});
