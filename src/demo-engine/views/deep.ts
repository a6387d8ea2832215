// Collections two levels down (guide 13.7 a host NIC's labels and network attachments, 10.7.2 a Gluster
// volume's bricks, 10.7.3 an affinity group's VMs, 15.6.2 a VM disk's permissions, 15.6.8 a snapshot's disks).
import type { Ctx } from '../context';
import { EngineFault, operationFailed } from '../faults';
import type { Entity } from '../types';
import { newId } from '../writes/ids';
import { mergeInto } from '../writes/merge';
import { registerView } from './registry';
import { detach } from '../hosts/networkActions';

export interface DeepDef { list: string; item: string }

/** `coll/sub/deep` → wire names. Stored under `coll/{id}/sub/{subId}/deep` unless a view is registered. */
export const DEEP: Record<string, DeepDef> = {
  'clusters/glustervolumes/bricks': { list: 'bricks', item: 'brick' },
  'clusters/affinitygroups/vms': { list: 'vms', item: 'vm' },
  'hosts/nics/labels': { list: 'labels', item: 'label' },
  'hosts/nics/networkattachments': { list: 'network_attachments', item: 'network_attachment' },
  'vms/disks/permissions': { list: 'permissions', item: 'permission' },
  'storagedomains/disks/permissions': { list: 'permissions', item: 'permission' },
  'vms/snapshots/disks': { list: 'disks', item: 'disk' },
  'vms/snapshots/nics': { list: 'nics', item: 'nic' },
  'storagedomains/vms/disks': { list: 'disks', item: 'disk' },
  'templates/disks/permissions': { list: 'permissions', item: 'permission' },
  // guide 9.5.3 a data center's quotas (RSDL: …/quotas/{id}/quotaclusterlimits, quotastoragelimits, permissions)
  // and 9.3 its iSCSI bonds (RSDL: …/iscsibonds/{id}/networks, storageconnections); views/dataCenter.ts.
  'datacenters/quotas/quotaclusterlimits': { list: 'cluster_quota_limits', item: 'cluster_quota_limit' },
  'datacenters/quotas/quotastoragelimits': { list: 'storage_quota_limits', item: 'storage_quota_limit' },
  'datacenters/quotas/permissions': { list: 'permissions', item: 'permission' },
  'datacenters/iscsibonds/networks': { list: 'networks', item: 'network' },
  'datacenters/iscsibonds/storageconnections': { list: 'storage_connections', item: 'storage_connection' },
  // The RSDL's further deep collections (rsdlCollections.ts; views/rsdlViews.ts).
  'hosts/nics/virtualfunctionallowedlabels': { list: 'labels', item: 'label' },
  'hosts/nics/virtualfunctionallowednetworks': { list: 'networks', item: 'network' },
  'vms/nics/reporteddevices': { list: 'reported_devices', item: 'reported_device' },
  'vms/snapshots/cdroms': { list: 'cdroms', item: 'cdrom' },
  'storagedomains/templates/disks': { list: 'disks', item: 'disk' },
  'users/roles/permits': { list: 'permits', item: 'permit' },
  'groups/roles/permits': { list: 'permits', item: 'permit' },
  'openstacknetworkproviders/networks/subnets': { list: 'openstack_subnets', item: 'openstack_subnet' },
};

registerView('hosts/nics/networkattachments', {
  list: (ctx, nic, [host]) => ctx.store.list(`hosts/${host.id}/networkattachments`).filter((a) => a.host_nic?.id === nic.id),
  add(ctx, nic, body, [host]) {
    if (!body.network?.id) throw new EngineFault(400, 'Incomplete parameters', 'NetworkAttachment [network.id|name] required for add');
    if (ctx.store.list(`hosts/${host.id}/networkattachments`).some((a) => a.network?.id === body.network.id)) {
      throw operationFailed('Cannot add Network Attachment. The network is already attached to a host interface.');
    }
    // guide 14.7.2.3.1 (example 14.17): the NIC then carries the network (Table 14.4 `network id=`).
    nic.network = { id: body.network.id };
    return ctx.store.put(`hosts/${host.id}/networkattachments`, { ...body, id: newId(ctx), host_nic: { id: nic.id }, host: { id: host.id } });
  },
  update: (_ctx, _nic, item, body) => mergeInto(item, body) as Entity,
  // Example 14.19: detaching frees the NIC (the management network stays, as with setupnetworks).
  remove: (ctx, _nic, item, _body, [host]) => detach(ctx, host, item),
});

/** The permissions held on an object reached below its collection (a VM's disk, a data center's quota). */
export const objectPermissions = (kind: string) => ({
  list: (ctx: Ctx, obj: Entity) => ctx.store.list('permissions').filter((p) => p[kind]?.id === obj.id),
  add(ctx: Ctx, obj: Entity, body: Record<string, any>) {
    if (!ctx.store.get('roles', body.role?.id)) throw new EngineFault(400, 'Operation Failed', `Entity not found: Role: id=${body.role?.id}`);
    const holder = body.user?.id ? 'user' : 'group';
    return ctx.store.put('permissions', { id: newId(ctx), role: { id: body.role.id }, [holder]: { id: body[holder]?.id }, [kind]: { id: obj.id } });
  },
  remove: (ctx: Ctx, _obj: Entity, item: Entity) => { ctx.store.remove('permissions', item.id); },
});
const diskPermissions = objectPermissions('disk');
registerView('vms/disks/permissions', diskPermissions);
registerView('storagedomains/disks/permissions', diskPermissions);
registerView('templates/disks/permissions', diskPermissions);

// A snapshot's disks: vms/snapshotDisks.ts.
registerView('vms/snapshots/nics', {
  list: (ctx, snap, [vm]) => (snap._nics ?? ctx.store.list(`vms/${vm.id}/nics`)),
});
