// Action name → implementation for VMs and their devices (guide 15.7, 15.6). Unknown names are 404.
import type { Ctx } from '../context';
import { operationFailed } from '../faults';
import type { Entity } from '../types';
import type { ActionFn } from '../writes/actions';
import { vmEventer } from './lifecycle';
import { freeze, logon, thaw, ticket } from './consoleActions';
import { cancelMigration, migrate } from './migration';
import { cloneVm, commitSnapshot, detach, exportVm, previewSnapshot, restoreSnapshot, undoSnapshot } from './imageActions';
import { reboot, shutdown, start, stop, suspend } from './powerActions';
import { AUDIT, userName } from '../audit';
import { isRunning } from './states';
import { moveVm } from './moveAction';
import { copyOrMove } from '../storage/disks';
import { STORAGE_DOMAIN_SUB_ACTIONS } from '../storage/domains';

export const VM_ACTIONS: Record<string, ActionFn> = {
  start, stop, shutdown, suspend, reboot, migrate, cancelmigration: cancelMigration, ticket, logon,
  freezefilesystems: freeze, thawfilesystems: thaw, export: exportVm, detach, clone: cloneVm,
  preview_snapshot: previewSnapshot, commit_snapshot: commitSnapshot, undo_snapshot: undoSnapshot,
  move: moveVm,
  maintenance: () => undefined,
  reordermacaddresses: () => undefined,
};

const parentVm = (ctx: Ctx) => ctx.store.get('vms', ctx.params.id)!;

function plug(on: boolean): ActionFn {
  return (ctx, nic) => {
    const vm = parentVm(ctx);
    nic.plugged = on;
    nic.active = on;
    vmEventer(ctx)(on ? AUDIT.NETWORK_ACTIVATE_VM_INTERFACE_SUCCESS : AUDIT.NETWORK_DEACTIVATE_VM_INTERFACE_SUCCESS,
      `Network Interface ${nic.name} (${nic.interface}) was ${on ? 'plugged to' : 'unplugged from'} VM ${vm.name}. (User: ${userName(ctx.user)})`, vm);
  };
}

function diskActive(on: boolean): ActionFn {
  return (ctx, disk) => {
    const vm = parentVm(ctx);
    if (disk.status?.state === 'locked') throw operationFailed(`Cannot ${on ? 'hot plug' : 'hot unplug'} Virtual Machine Disk: The disk ${disk.alias} is locked. Please try again in a few minutes.`);
    if (on && disk.active !== false) throw operationFailed('Disk is already activated.');
    if (!on && disk.active === false) throw operationFailed('Disk is already deactivated.');
    disk.active = on;
    void isRunning(vm);
  };
}

/** Actions on a VM's sub-resources, by `sub/action`. */
export const VM_SUB_ACTIONS: Record<string, ActionFn> = {
  'nics/activate': plug(true),
  'nics/deactivate': plug(false),
  'disks/activate': diskActive(true),
  'disks/deactivate': diskActive(false),
  'disks/move': copyOrMove(true, (ctx) => `vms/${ctx.params.id}/disks`),
  'disks/export': STORAGE_DOMAIN_SUB_ACTIONS['disks/export'],
  'snapshots/restore': (ctx, snap: Entity) => restoreSnapshot(ctx, snap, parentVm(ctx)),
};
