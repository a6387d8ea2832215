// guide 15.7: migrate (to a given or scheduler-chosen host of the cluster) and cancelmigration.
import { AUDIT, userName } from '../audit';
import type { Ctx } from '../context';
import { operationFailed } from '../faults';
import type { Entity } from '../types';
import { comeUp, hostName, placeOn, vmEventer } from './lifecycle';
import { chooseHost } from './placement';
import { runChain, setState } from './transitions';

export const MIGRATION_MS = 5000;

export function migrate(ctx: Ctx, vm: Entity, action: Record<string, any>) {
  const emit = vmEventer(ctx);
  if (vm.status?.state !== 'up') throw operationFailed('Cannot migrate VM. VM is not running.');
  if (vm.placement_policy?.affinity === 'pinned') throw operationFailed('Cannot migrate VM. VM is pinned to Host.');
  let wanted: string | undefined = action.host?.id;
  if (!wanted && action.host?.name) wanted = ctx.store.list('hosts').find((h) => h.name === action.host.name)?.id ?? 'none';
  const target = chooseHost(ctx.store, vm, vm.host?.id, wanted);
  if (!target) throw operationFailed('Cannot migrate VM. There is no host that satisfies current scheduling constraints. See below for details:');
  const source = hostName(ctx, vm);
  emit(AUDIT.VM_MIGRATION_START, `Migration started (VM: ${vm.name}, Source: ${source}, Destination: ${target.name}, User: ${userName(ctx.user)}).`, vm);
  runChain(ctx, 'vms', vm.id, [
    [0, (v) => { setState(v, 'migrating'); v._migration = { started: ctx.now(), ms: MIGRATION_MS }; }],
    [MIGRATION_MS, (v) => {
      delete v._migration;
      placeOn(ctx, v, target);
      comeUp(ctx, v);
      emit(AUDIT.VM_MIGRATION_DONE, `Migration completed (VM: ${v.name}, Source: ${source}, Destination: ${target.name}, Duration: 5 seconds, Total: 5 seconds, Actual downtime: (N/A))`, v);
    }],
  ]);
}

export function cancelMigration(ctx: Ctx, vm: Entity) {
  const emit = vmEventer(ctx);
  if (vm.status?.state !== 'migrating') throw operationFailed('Cannot cancel migration for non migrating VM.');
  emit(AUDIT.VM_CANCEL_MIGRATION, `Migration cancelled (VM: ${vm.name}, Source: ${hostName(ctx, vm)}, User: ${userName(ctx.user)}).`, vm);
  runChain(ctx, 'vms', vm.id, [[0, (v) => { delete v._migration; comeUp(ctx, v); }]]);
}
