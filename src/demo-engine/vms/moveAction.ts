// guide 15.7: move a down VM's disks to another data domain; the VM is image_locked while they are copied.
import { AUDIT, userName } from '../audit';
import type { Ctx } from '../context';
import { EngineFault, operationFailed } from '../faults';
import type { Entity } from '../types';
import { vmEventer } from './lifecycle';
import { runChain, setState } from './transitions';

export const MOVE_MS = 4000;

export function moveVm(ctx: Ctx, vm: Entity, action: Record<string, any>) {
  const ref = action.storage_domain ?? {};
  const sd = ref.id ? ctx.store.get('storagedomains', ref.id) : ctx.store.list('storagedomains').find((d) => d.name === ref.name);
  if (!sd) throw new EngineFault(400, 'Incomplete parameters', 'Action [storageDomain.id|name] required for move');
  if (vm.status?.state !== 'down') throw operationFailed('Cannot move VM. At least one of the VMs is not down.');
  if (sd.type !== 'data' || sd.status?.state !== 'active') throw operationFailed('Cannot move VM. The target Storage Domain is not an active Data Domain.');
  const emit = vmEventer(ctx);
  emit(AUDIT.USER_MOVED_VM, `VM ${vm.name} moving to Domain ${sd.name} was initiated by ${userName(ctx.user)}.`, vm);
  const disks = ctx.store.list(`vms/${vm.id}/disks`);
  for (const d of disks) d.status = { state: 'locked' };
  runChain(ctx, 'vms', vm.id, [[0, (v) => setState(v, 'image_locked')], [MOVE_MS, (v) => {
    for (const d of ctx.store.list(`vms/${v.id}/disks`)) Object.assign(d, { status: { state: 'ok' }, storage_domains: { storage_domain: [{ id: sd.id }] } });
    setState(v, 'down');
    emit(AUDIT.USER_MOVED_VM_FINISHED_SUCCESS, `Moving VM ${v.name} to Domain ${sd.name} has been completed.`, v);
  }]]);
}
