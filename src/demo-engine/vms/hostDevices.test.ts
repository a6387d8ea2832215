// Host devices passed through to a VM (RSDL vms/{id}/hostdevices): devices of the pinned host, attached with
// their IOMMU group while the VM is down.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

const list = (x: any) => (Array.isArray(x) ? x : x ? [x] : []);

function workstation() {
  const w = wireEngine();
  const vm = w.vmNamed('desk-017');
  const host = w.engine.store.list('hosts').find((h) => h.name === 'host01')!;
  return { w, vm, host, base: `/vms/${vm.id}/hostdevices` };
}

describe('VM host devices', () => {
  it('lists the seeded GPU with the host\'s device data, and detaching it takes its placeholder along', () => {
    const { w, vm, host, base } = workstation();
    const gpu = w.get(`${base}/pci_0000_3b_00_0`).xml;
    expect(gpu.vendor.name).toBe('NVIDIA Corporation');
    expect(gpu.host.id).toBe(host.id);
    expect(gpu.vm.id).toBe(vm.id);
    expect(list(w.get(base).xml.host_device).map((d: any) => d.placeholder)).toEqual([false, true]);
    expect(w.del(`${base}/pci_0000_3b_00_0`).status).toBe(200);
    expect(w.get(`${base}/pci_0000_3b_00_0`).status).toBe(404);
    expect(list(w.get(base).xml?.host_device)).toEqual([]);
  });

  it('attaches a device of the pinned host by name or by its name in hex, with its IOMMU group', () => {
    const { w, base } = workstation();
    w.del(`${base}/pci_0000_3b_00_0`);
    const hexName = [...'pci_0000_3b_00_1'].map((c) => c.charCodeAt(0).toString(16)).join('');
    const added = w.post(base, `<host_device id="${hexName}"/>`);
    expect(added.status).toBe(201);
    expect(added.xml.placeholder).toBe(false);
    expect(w.get(`${base}/pci_0000_3b_00_0`).xml.placeholder).toBe(true);
    expect(w.post(base, '<host_device><name>pci_0000_00_02_0</name></host_device>').status).toBe(201);
    expect(list(w.get(base).xml.host_device)).toHaveLength(3);
  });

  it('refuses a device the host does not have, a VM that is not pinned or not down', () => {
    const { w, vm, base } = workstation();
    expect(w.post(base, '<host_device><name>pci_0000_ff_00_0</name></host_device>').xml.detail).toMatch(/not found on host host01/);
    expect(w.post(base, '<host_device/>').status).toBe(400);
    const free = w.vmIn('down', (v) => v.id !== vm.id);
    expect(w.post(`/vms/${free.id}/hostdevices`, '<host_device><name>computer</name></host_device>').xml.detail).toMatch(/not pinned/);
    w.engine.store.get('vms', vm.id)!.status = { state: 'up' };
    expect(w.del(`${base}/pci_0000_3b_00_0`).status).toBe(409);
    expect(w.get(`${base}/pci_0000_3b_00_0`).status).toBe(200);
  });
});
