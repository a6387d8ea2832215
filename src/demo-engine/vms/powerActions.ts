// guide 15.7: start, stop, shutdown, suspend and reboot, as state chains on the engine clock
// (down → wait_for_launch → powering_up → up; up → powering_down → down; up → saving_state → suspended).
// Refusals use the engine's texts (recorded ovirt-3.3-faults/VirtualMachine_ITC0502*).
import { AUDIT, userName } from '../audit';
import type { Ctx } from '../context';
import { operationFailed } from '../faults';
import type { Entity } from '../types';
import { isTrue } from '../writes/body';
import { chooseHost } from './placement';
import { comeUp, goDown, hostName, placeOn, vmEventer } from './lifecycle';
import { isRunning } from './states';
import { runChain, setState, type Step } from './transitions';

export const TIMING = { launch: 1500, powerUp: 4000, powerDown: 3000, stop: 1000, save: 3000, restore: 3000, reboot: 3000 };

const NO_BOOTABLE_DISK = 'Cannot run VM without at least one bootable disk.\nAlternatives:\n-Create a disk for this VM, and rerun the VM.\n-Change the boot sequence using the Edit VM command (Boot Option Sub-Tab).\n-Use the Run-Once command to select a different boot option and rerun the VM.';
const NO_HOST = 'There is no host that satisfies current scheduling constraints. See below for details:';

function wantedHost(ctx: Ctx, action: Record<string, any>, vm: Entity): string | undefined {
  const h = action.vm?.placement_policy?.host;
  if (h?.id) return h.id;
  if (h?.name) return ctx.store.list('hosts').find((x) => x.name === h.name)?.id ?? 'none';
  return vm.placement_policy?.affinity === 'pinned' ? vm.placement_policy?.host?.id : undefined;
}

export function start(ctx: Ctx, vm: Entity, action: Record<string, any>) {
  const emit = vmEventer(ctx);
  const state = vm.status?.state;
  if (state === 'paused') {
    runChain(ctx, 'vms', vm.id, [[0, (v) => comeUp(ctx, v)]]);
    return;
  }
  if (state === 'image_locked') throw operationFailed('Cannot run VM: VM is locked. Please try again in a few minutes.');
  if (state !== 'down' && state !== 'suspended') throw operationFailed('Cannot run VM. VM is running.');
  const boot: string[] = (action.vm?.os?.boot ?? vm.os?.boot ?? [{ dev: 'hd' }]).map((b: any) => b.dev);
  const bootable = ctx.store.list(`vms/${vm.id}/disks`).some((d) => d.bootable !== false && d.active !== false);
  if (boot.every((d) => d === 'hd') && !bootable) throw operationFailed(NO_BOOTABLE_DISK);
  const host = chooseHost(ctx.store, vm, undefined, wantedHost(ctx, action, vm));
  if (!host) throw operationFailed(`Cannot run VM. ${NO_HOST}`);
  const resuming = state === 'suspended';
  if (isTrue(action.vm?.stateless)) vm.run_once = true;
  const steps: Step[] = [[0, (v) => {
    setState(v, resuming ? 'restoring_state' : 'wait_for_launch');
    placeOn(ctx, v, host);
    v.start_time = new Date(ctx.now()).toISOString();
    delete v.stop_time;
    emit(AUDIT.USER_STARTED_VM, `VM ${v.name} was started by ${userName(ctx.user)} (Host: ${host.name}).`, v);
  }]];
  if (!resuming) steps.push([TIMING.launch, (v) => setState(v, 'powering_up')]);
  steps.push([resuming ? TIMING.restore : TIMING.powerUp - TIMING.launch, (v) => {
    comeUp(ctx, v);
    emit(AUDIT.USER_RUN_VM, `VM ${v.name} started on Host ${host.name}`, v);
  }]);
  runChain(ctx, 'vms', vm.id, steps);
}

export function stop(ctx: Ctx, vm: Entity) {
  const emit = vmEventer(ctx);
  if (!isRunning(vm) && vm.status?.state !== 'suspended') throw operationFailed('Cannot stop VM. VM is not running.');
  emit(AUDIT.USER_STOP_VM, `VM ${vm.name} powered off by ${userName(ctx.user)} (Host: ${hostName(ctx, vm)}).`, vm);
  runChain(ctx, 'vms', vm.id, [
    [0, (v) => setState(v, 'powering_down')],
    [TIMING.stop, (v) => goDown(ctx, v, 'Admin shut down from the engine', emit)],
  ]);
}

export function shutdown(ctx: Ctx, vm: Entity) {
  const emit = vmEventer(ctx);
  if (!['up', 'powering_up', 'reboot_in_progress', 'paused', 'migrating'].includes(vm.status?.state)) {
    throw operationFailed('Cannot shutdown VM. VM is not running.');
  }
  emit(AUDIT.USER_INITIATED_SHUTDOWN_VM, `VM shutdown initiated by ${userName(ctx.user)} on VM ${vm.name} (Host: ${hostName(ctx, vm)}).`, vm);
  runChain(ctx, 'vms', vm.id, [
    [0, (v) => setState(v, 'powering_down')],
    [TIMING.powerDown, (v) => goDown(ctx, v, 'User shut down from within the guest', emit)],
  ]);
}

export function suspend(ctx: Ctx, vm: Entity) {
  const emit = vmEventer(ctx);
  if (vm.status?.state !== 'up') throw operationFailed('Cannot hibernate VM. VM is not up.');
  emit(AUDIT.USER_SUSPEND_VM, `Suspending VM ${vm.name} was initiated by User ${userName(ctx.user)} (Host: ${hostName(ctx, vm)}).`, vm);
  runChain(ctx, 'vms', vm.id, [
    [0, (v) => setState(v, 'saving_state')],
    [TIMING.save, (v) => {
      emit(AUDIT.USER_SUSPEND_VM_OK, `VM ${v.name} on Host ${hostName(ctx, v)} is suspended.`, v);
      setState(v, 'suspended');
      delete v.host;
      ctx.store.coll(`vms/${v.id}/sessions`).clear();
    }],
  ]);
}

export function reboot(ctx: Ctx, vm: Entity) {
  const emit = vmEventer(ctx);
  if (vm.status?.state !== 'up') throw operationFailed('Cannot reboot VM. VM is not up.');
  emit(AUDIT.USER_REBOOT_VM, `VM ${vm.name} is rebooting. Rebooted by: ${userName(ctx.user)}`, vm);
  runChain(ctx, 'vms', vm.id, [
    [0, (v) => setState(v, 'reboot_in_progress')],
    [TIMING.reboot, (v) => comeUp(ctx, v)],
  ]);
}
