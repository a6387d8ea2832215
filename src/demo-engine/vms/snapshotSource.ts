// Where a snapshot lives and what it holds (guide 15.6.8 snapshots, 8.1 backups, 15.6.5.2 clone from a snapshot):
// its disks, NICs and the VM's configuration as they were when it was taken. Snapshots taken through the API
// capture them (vms/deviceRules.ts); seeded snapshots and the `active` one show the VM as it is now.
import type { Ctx } from '../context';
import type { Entity } from '../types';
import { clone } from '../writes/merge';

/** The VM configuration a snapshot keeps (the elements a VM takes from a template or a snapshot). */
export const VM_CONFIG = ['memory', 'cpu', 'cpu_shares', 'os', 'display', 'type', 'stateless', 'usb', 'bios', 'high_availability',
  'timezone', 'origin', 'sso', 'migration_downtime', 'start_paused', 'memory_policy', 'delete_protected'];

export function configOf(source: Record<string, any>): Record<string, any> {
  const out: Record<string, any> = {};
  for (const k of VM_CONFIG) if (source[k] !== undefined) out[k] = clone(source[k]);
  return out;
}

/** The snapshot `id` wherever it is, with the id of the VM that owns it. */
export function findSnapshot(ctx: Ctx, id: string): { snap: Entity; vmId: string } | undefined {
  for (const [key, coll] of ctx.store.collections) {
    const m = /^vms\/([^/]+)\/snapshots$/.exec(key);
    if (m && coll.has(id)) return { snap: coll.get(id)!, vmId: m[1] };
  }
  return undefined;
}

export const snapshotDisks = (ctx: Ctx, snap: Entity, vmId: string): Entity[] => snap._disks ?? ctx.store.list(`vms/${vmId}/disks`);
export const snapshotNics = (ctx: Ctx, snap: Entity, vmId: string): Entity[] => snap._nics ?? ctx.store.list(`vms/${vmId}/nics`);
export const snapshotConfig = (ctx: Ctx, snap: Entity, vmId: string): Record<string, any> =>
  clone(snap._config ?? configOf(ctx.store.get('vms', vmId) ?? {}));
