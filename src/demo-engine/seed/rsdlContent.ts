// Content the RSDL's further links reach that a real engine of this size would hold: a directory group holding a
// role system-wide (its `roles` and their permits), a disk of the template archived on the export domain, and
// SR-IOV capable host NICs (an Intel X710's ports: 63 virtual functions each) with VFs configured on one of
// them for specific networks and labels only. Drawn from its own random stream, so the rest stays as it was.
import type { Random } from '../ids';
import type { Store } from '../store';
import { seedUnregisteredEntities } from '../storage/register';

const GiB = 1024 ** 3;

export function seedRsdlContent(store: Store, rnd: Random): void {
  const group = store.list('groups').find((g) => g.name === 'demo.example.com/Engineering');
  const power = store.list('roles').find((r) => r.name === 'PowerUserRole');
  if (group && power) store.put('permissions', { id: rnd.uuid(), role: { id: power.id }, group: { id: group.id } });

  const exportSd = store.list('storagedomains').find((d) => d.type === 'export');
  for (const t of exportSd ? store.list(`storagedomains/${exportSd.id}/templates`) : []) {
    store.put(`storagedomains/${exportSd!.id}/templates/${t.id}/disks`, { id: rnd.uuid(), alias: `${t.name}_Disk1`, name: `${t.name}_Disk1`,
      provisioned_size: 10 * GiB, actual_size: 3 * GiB, format: 'cow', sparse: true, interface: 'virtio', bootable: true, status: { state: 'ok' } });
  }

  const vmNet = store.list('networks').find((n) => n.name === 'public');
  for (const [h, host] of store.list('hosts').slice(0, 2).entries()) {
    for (const nic of store.list(`hosts/${host.id}/nics`).filter((n) => n.name === 'eth2' || n.name === 'eth3')) {
      const configured = h === 0 && nic.name === 'eth2';
      nic.virtual_functions_configuration = { max_number_of_virtual_functions: 63, number_of_virtual_functions: configured ? 8 : 0,
        all_networks_allowed: !configured };
      if (configured) {
        nic._vfNetworks = vmNet ? [vmNet.id] : [];
        nic._vfLabels = ['sriov'];
      }
    }
  }
  seedUnregisteredEntities(store, rnd);
}
