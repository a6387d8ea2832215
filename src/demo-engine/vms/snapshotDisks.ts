// A snapshot's disks (guide 15.6.8; RSDL `vms/{vm}/snapshots/{s}/disks/{d}` GET and DELETE): the VM's disks as the
// snapshot captured them (the active snapshot: as they are now). DELETE removes that disk's image from the
// snapshot, as BackendSnapshotDiskResource.remove runs RemoveDiskSnapshots on the image: the disk must not be the
// active image (DiskSnapshotsValidator.imagesAreSnapshots, ACTION_TYPE_FAILED_DISK_SNAPSHOTS_ACTIVE), the VM down
// or up (VmValidator.vmQualifiedForSnapshotMerge: cold or live merge) and not taking a snapshot; the image is
// merged away asynchronously (locked meanwhile, then gone from the snapshot) on the engine clock.
import { operationFailed } from '../faults';
import type { Entity } from '../types';
import { registerView } from '../views/registry';
import { SNAPSHOT_MS } from './deviceRules';
import { snapshotDisks } from './snapshotSource';
import { runChain } from './transitions';

const WHAT = 'Cannot remove Disk Snapshot.';

registerView('vms/snapshots/disks', {
  list: (ctx, snap, [vm]) => snapshotDisks(ctx, snap, vm.id).map((d: Entity) => ({ ...d, snapshot: { id: snap.id } })),
  remove(ctx, snap, disk, _body, [vm]) {
    if (snap.type === 'active') throw operationFailed(`${WHAT} The following disk snapshots are active: ${disk.image_id ?? disk.id} (${disk.alias}).`);
    const state = vm.status?.state;
    if (state !== 'down' && state !== 'up') throw operationFailed(`${WHAT} VM ${vm.name} must be in status Down or Up.`);
    if (snap.snapshot_status === 'locked') throw operationFailed(`${WHAT} The VM is performing an operation on a Snapshot. Please wait for the operation to finish, and try again.`);
    // The snapshot keeps its own list from now on (a seeded snapshot showed the VM's disks).
    const kept: Entity[] = snapshotDisks(ctx, snap, vm.id).map((d) => (d.id === disk.id ? { ...d, status: { state: 'locked' } } : d));
    snap._disks = kept;
    snap.snapshot_status = 'locked';
    runChain(ctx, `vms/${vm.id}/snapshots`, snap.id, [[SNAPSHOT_MS, (s) => {
      s._disks = (s._disks ?? []).filter((d: Entity) => d.id !== disk.id);
      s.snapshot_status = 'ok';
    }]]);
  },
});
