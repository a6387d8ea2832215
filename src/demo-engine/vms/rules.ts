// Write rules for VMs (guide 15.5-15.6): duplicate names, delete protection, running VMs, read-only
// runtime elements; creation from a template is in create.ts.
import { AUDIT, userName } from '../audit';
import { operationFailed } from '../faults';
import { registerRules } from '../writes/rules';
import { afterCreateVm, prepareVm } from './create';
import { isRunning } from './states';

registerRules('vms', {
  dupName: {
    add: [400, 'Cannot add VM. The VM name is already in use, please choose a unique name and try again.'],
    edit: [400, 'Cannot edit VM. The VM name is already in use, please choose a unique name and try again.'],
  },
  prepare: (ctx, body) => prepareVm(ctx, body),
  afterCreate: (ctx, vm, href) => afterCreateVm(ctx, vm, href),
  // Runtime elements the engine reports and never takes from a client.
  readOnly: ['host', 'start_time', 'stop_time', 'creation_time', 'guest_info', 'run_once', 'next_run_configuration_exists', 'vmpool'],
  canRemove(ctx, vm) {
    if (isRunning(vm) || vm.status?.state === 'suspended') throw operationFailed('Cannot remove VM. VM is running.');
    if (vm.status?.state === 'image_locked') throw operationFailed('Cannot remove VM: VM is locked. Please try again in a few minutes.');
    if (vm.delete_protected === true) {
      throw operationFailed('Cannot remove VM. Delete protection is enabled. In order to delete, disable Delete protection first.');
    }
    void ctx;
  },
  remove(ctx, vm) {
    ctx.store.remove('vms', vm.id);
    ctx.store.remove('_tickets', vm.id);
    for (const p of ctx.store.list('permissions')) if (p.vm?.id === vm.id) ctx.store.remove('permissions', p.id);
  },
  event(kind, vm, ctx) {
    const refs = { vm: vm.id, cluster: vm.cluster?.id };
    if (kind === 'update') return { code: AUDIT.USER_UPDATE_VM, description: `VM ${vm.name} configuration was updated by ${userName(ctx.user)}.`, refs };
    if (kind === 'remove') return { code: AUDIT.USER_REMOVE_VM_FINISHED, description: `VM ${vm.name} was successfully removed by ${userName(ctx.user)}.`, refs };
    return undefined; // creation events come from create.ts, with the creation flow
  },
});
