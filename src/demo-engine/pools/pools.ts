// VM pools (guide 19): creating a pool creates its `size` VMs from the template (image_locked, then down);
// `allocatevm` gives the user a free VM of the pool (UserRole on it) and starts it; resizing adds VMs.
import { AUDIT, userName } from '../audit';
import type { Ctx } from '../context';
import { operationFailed } from '../faults';
import type { Entity } from '../types';
import type { ActionFn } from '../writes/actions';
import { newId } from '../writes/ids';
import { registerRules } from '../writes/rules';
import { copyDevices, prepareVm } from '../vms/create';
import { start } from '../vms/powerActions';
import { runChain, setState } from '../vms/transitions';
import { isRunning } from '../vms/states';

export const POOL_VM_MS = 3000;
const USER_ROLE = '00000000-0000-0000-0001-000000000001';
const poolVms = (ctx: Ctx, pool: Entity) => ctx.store.list('vms').filter((v) => v.vmpool?.id === pool.id);

function addVms(ctx: Ctx, pool: Entity, count: number): void {
  const existing = poolVms(ctx, pool).length;
  for (let i = 1; i <= count; i++) {
    const vm = prepareVm(ctx, { name: `${pool.name}-${existing + i}`, template: { id: pool.template?.id }, cluster: { id: pool.cluster?.id } });
    Object.assign(vm, { vmpool: { id: pool.id }, stateless: true, type: pool.type === 'manual' ? 'desktop' : vm.type ?? 'desktop' });
    ctx.store.put('vms', vm);
    copyDevices(ctx, vm, `templates/${pool.template?.id}`);
    runChain(ctx, 'vms', vm.id, [[POOL_VM_MS, (v) => {
      setState(v, 'down');
      for (const d of ctx.store.list(`vms/${v.id}/disks`)) d.status = { state: 'ok' };
    }]]);
  }
}

registerRules('vmpools', {
  prepare(ctx, body) {
    if (!ctx.store.get('templates', body.template?.id)) throw operationFailed("Cannot create VM-Pool. The relevant Template doesn't exist.");
    return { type: 'automatic', max_user_vms: 1, prestarted_vms: 0, soundcard_enabled: false, use_latest_template_version: false, size: 1, ...body, id: newId(ctx) };
  },
  afterCreate(ctx, pool) {
    addVms(ctx, pool, Number(pool.size ?? 1));
    ctx.emit({ code: AUDIT.USER_ADD_VM_POOL_WITH_VMS, severity: 'normal', correlationId: ctx.correlationId, refs: { cluster: pool.cluster?.id },
      description: `VM Pool ${pool.name} (containing ${pool.size} VMs) was created by ${userName(ctx.user)}.` });
  },
  afterUpdate(ctx, pool, before) {
    const grow = Number(pool.size) - poolVms(ctx, pool).length;
    if (grow > 0 && Number(pool.size) > Number(before.size)) addVms(ctx, pool, grow);
  },
  canRemove(ctx, pool) {
    if (poolVms(ctx, pool).some(isRunning)) throw operationFailed('Cannot remove VM-Pool. One or more VMs in the pool are still running.');
  },
  remove(ctx, pool) {
    for (const v of poolVms(ctx, pool)) ctx.store.remove('vms', v.id);
    ctx.store.remove('vmpools', pool.id);
  },
});

const allocateVm: ActionFn = (ctx, pool) => {
  const mine = (v: Entity) => ctx.store.list('permissions').some((p) => p.vm?.id === v.id && p.user?.id === ctx.user.id);
  const taken = (v: Entity) => ctx.store.list('permissions').some((p) => p.vm?.id === v.id && p.user);
  const vms = poolVms(ctx, pool);
  const limit = Number(pool.max_user_vms ?? 1);
  if (vms.filter(mine).length >= limit) throw operationFailed('User is already attached to maximum number of VMs from this VM-Pool.');
  const free = vms.find((v) => !taken(v) && v.status?.state === 'down');
  if (!free) throw operationFailed('Cannot allocate and run VM from VM-Pool. There are no available VMs in the VM-Pool.');
  start(ctx, free, {});
  ctx.store.put('permissions', { id: newId(ctx), role: { id: USER_ROLE }, user: { id: ctx.user.id }, vm: { id: free.id } });
  ctx.emit({ code: AUDIT.USER_ATTACH_USER_TO_VM_FROM_POOL, severity: 'normal', correlationId: ctx.correlationId, refs: { vm: free.id },
    description: `Attaching User ${userName(ctx.user)} to VM ${free.name} in VM Pool ${pool.name} was initiated by ${userName(ctx.user)}.` });
  return { vm: { id: free.id, name: free.name } };
};

export const VMPOOL_ACTIONS: Record<string, ActionFn> = { allocatevm: allocateVm };
