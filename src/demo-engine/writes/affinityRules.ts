// An affinity group's VMs (guide 10.7.3; RSDL `clusters/{cluster:id}/affinitygroups/{affinitygroup:id}/vms`):
// POST names a VM of the group's cluster by id or name and the group keeps that VM's id, so a later
// `DELETE .../vms/{vm:id}` finds it (BackendAffinityGroupVmsResource.add: `AddVmToAffinityGroup` with the VM's id).
import { EngineFault, operationFailed } from '../faults';
import { registerRules } from './rules';

registerRules('clusters/affinitygroups/vms', {
  keepId: true,
  prepare(ctx, body, group) {
    const vm = body.id ? ctx.store.get('vms', body.id) : ctx.store.list('vms').find((v) => v.name === body.name);
    if (!vm) throw new EngineFault(400, 'Operation Failed', `Entity not found: VM: ${body.id ? `id=${body.id}` : `name=${body.name}`}`);
    const [, clusterId] = ctx.url.segments;
    if (vm.cluster?.id !== clusterId) throw operationFailed('Cannot add VM to Affinity Group. VM is not in the Affinity Group\'s Cluster.');
    if (ctx.store.get(ctx.url.segments.join('/'), vm.id)) throw operationFailed(`Cannot add VM to Affinity Group. Affinity Group ${group?.name} already contains VM ${vm.name}.`);
    return { id: vm.id };
  },
});
