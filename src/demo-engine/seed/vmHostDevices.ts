// A workstation VM with a GPU passed through (RSDL vms/{id}/hostdevices): host01 carries a discrete GPU whose
// two PCI functions share an IOMMU group, and desk-017, down and pinned to host01, has it attached; the audio
// function comes along as a placeholder, as AddVmHostDevicesCommand attaches a device's whole IOMMU group.
import type { Store } from '../store';

const GPU = { product: { id: '0x1eb8', name: 'TU104GL [Tesla T4]' }, vendor: { id: '0x10de', name: 'NVIDIA Corporation' }, iommu_group: 14 };
const AUDIO = { product: { id: '0x10f8', name: 'TU104 HD Audio Controller' }, vendor: { id: '0x10de', name: 'NVIDIA Corporation' }, iommu_group: 14 };

export function seedVmHostDevices(store: Store): void {
  const host = store.list('hosts').find((h) => h.name === 'host01');
  const vm = store.list('vms').find((v) => v.name === 'desk-017');
  if (!host || !vm) return;
  const devices = [['pci_0000_3b_00_0', GPU], ['pci_0000_3b_00_1', AUDIO]] as const;
  for (const [name, info] of devices) {
    store.put(`hosts/${host.id}/devices`, { id: name, name, capability: 'pci', parent_device: { id: 'computer', name: 'computer' },
      ...info, placeholder: false, host: { id: host.id } });
  }
  vm.placement_policy = { affinity: 'pinned', host: { id: host.id } };
  store.put(`vms/${vm.id}/hostdevices`, { id: devices[0][0], placeholder: false });
  store.put(`vms/${vm.id}/hostdevices`, { id: devices[1][0], placeholder: true });
}
