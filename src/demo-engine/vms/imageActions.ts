// guide 15.7: export, detach (from a pool), clone, and the snapshot preview/commit/undo cycle; each
// locks the VM's image (image_locked) for a while on the engine clock.
import { AUDIT, userName } from '../audit';
import type { Ctx } from '../context';
import { EngineFault, operationFailed } from '../faults';
import type { Entity } from '../types';
import { newId } from '../writes/ids';
import { clone } from '../writes/merge';
import { copyDevices, finishCreation } from './create';
import { vmEventer } from './lifecycle';
import { runChain, setState } from './transitions';

export const LOCK_MS = 3000;

function lockThenDown(ctx: Ctx, vm: Entity, done?: (v: Entity) => void) {
  runChain(ctx, 'vms', vm.id, [[0, (v) => setState(v, 'image_locked')], [LOCK_MS, (v) => { setState(v, 'down'); done?.(v); }]]);
}

export function exportVm(ctx: Ctx, vm: Entity, action: Record<string, any>) {
  if (vm.status?.state !== 'down') throw operationFailed('Cannot export VM. At least one of the VMs is not down.');
  const sd = action.storage_domain?.id ? ctx.store.get('storagedomains', action.storage_domain.id)
    : ctx.store.list('storagedomains').find((d) => (action.storage_domain?.name ? d.name === action.storage_domain.name : d.type === 'export'));
  if (!sd || sd.type !== 'export') throw operationFailed('The specify domain is not export domain');
  const emit = vmEventer(ctx);
  emit(AUDIT.IMPORTEXPORT_STARTING_EXPORT_VM, `Starting export Vm ${vm.name} to ${sd.name}`, vm);
  lockThenDown(ctx, vm, (v) => emit(AUDIT.IMPORTEXPORT_EXPORT_VM, `Vm ${v.name} was exported successfully to ${sd.name}`, v));
}

export function detach(ctx: Ctx, vm: Entity) {
  if (!vm.vmpool?.id) throw operationFailed('Cannot detach VM from pool. VM is not attached to the VM-Pool.');
  delete vm.vmpool;
}

function snapshotOf(ctx: Ctx, vm: Entity, id: string | undefined, verb: string): Entity {
  const snap = id ? ctx.store.get(`vms/${vm.id}/snapshots`, id) : undefined;
  if (!snap) throw operationFailed(`Cannot ${verb} Snapshot. VM's Snapshot does not exist.`);
  return snap;
}

const inPreview = (ctx: Ctx, vm: Entity) => ctx.store.list(`vms/${vm.id}/snapshots`).find((s) => s.snapshot_status === 'in_preview');

export function previewSnapshot(ctx: Ctx, vm: Entity, action: Record<string, any>) {
  if (vm.status?.state !== 'down') throw operationFailed('Cannot preview Snapshot. At least one of the VMs is not down.');
  if (inPreview(ctx, vm)) throw operationFailed('Cannot preview Snapshot. VM is previewing a Snapshot.');
  const snap = snapshotOf(ctx, vm, action.snapshot?.id, 'preview');
  snap.snapshot_status = 'in_preview';
  lockThenDown(ctx, vm);
}

function endPreview(ctx: Ctx, vm: Entity, verb: string) {
  if (vm.status?.state !== 'down') throw operationFailed(`Cannot ${verb} Snapshot. At least one of the VMs is not down.`);
  const snap = inPreview(ctx, vm);
  if (!snap) throw operationFailed(`Cannot ${verb} Snapshot. VM is not previewing a Snapshot.`);
  snap.snapshot_status = 'ok';
  lockThenDown(ctx, vm);
}

export const commitSnapshot = (ctx: Ctx, vm: Entity) => endPreview(ctx, vm, 'commit');
export const undoSnapshot = (ctx: Ctx, vm: Entity) => endPreview(ctx, vm, 'undo');

export function restoreSnapshot(ctx: Ctx, snap: Entity, vm: Entity) {
  if (vm.status?.state !== 'down') throw operationFailed('Cannot revert to Snapshot. At least one of the VMs is not down.');
  snap.snapshot_status = 'ok';
  lockThenDown(ctx, vm);
}

export function cloneVm(ctx: Ctx, vm: Entity, action: Record<string, any>) {
  if (vm.status?.state !== 'down') throw operationFailed('Cannot clone VM. At least one of the VMs is not down.');
  const name = action.vm?.name;
  if (ctx.store.list('vms').some((v) => v.name === name)) {
    throw new EngineFault(400, 'Operation Failed', '[Cannot add VM. The VM name is already in use, please choose a unique name and try again.]');
  }
  const copy: Entity = { ...clone(vm), id: newId(ctx), name, status: { state: 'image_locked' }, creation_time: new Date(ctx.now()).toISOString() };
  delete copy.vmpool;
  ctx.store.put('vms', copy);
  copyDevices(ctx, copy, `vms/${vm.id}`);
  vmEventer(ctx)(AUDIT.USER_ADD_VM, `VM ${name} was created by ${userName(ctx.user)}.`, copy);
  finishCreation(ctx, copy, `${ctx.base}/vms/${copy.id}`, false);
  lockThenDown(ctx, vm);
  return { vm: { id: copy.id, name, href: `${ctx.base}/vms/${copy.id}` } };
}
