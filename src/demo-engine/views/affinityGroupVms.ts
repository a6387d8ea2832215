// guide 10.7.3 / RSDL `clusters/{cluster:id}/affinitygroups/{affinitygroup:id}/vms`: an affinity group's VMs
// are references to existing VMs of the group's cluster. Adding one stores that VM's own id (never a new
// one), so the group lists it and DELETE `…/vms/{vm id}` removes exactly it.
import { EngineFault, operationFailed } from '../faults';
import type { Entity } from '../types';
import { registerView } from './registry';

const key = (cluster: Entity, group: Entity) => `clusters/${cluster.id}/affinitygroups/${group.id}/vms`;

registerView('clusters/affinitygroups/vms', {
  list: (ctx, group, [cluster]) => ctx.store.list(key(cluster, group)).map((m) => ({ id: m.id })),
  add(ctx, group, body, [cluster]) {
    if (!body.id && !body.name) throw new EngineFault(400, 'Incomplete parameters', 'VM [id|name] required for add');
    const vm = ctx.store.list('vms').find((v) => v.id === body.id || (!body.id && v.name === body.name));
    if (!vm) throw new EngineFault(400, 'Operation Failed', `Entity not found: VM: ${body.id ? `id=${body.id}` : `name=${body.name}`}`);
    if (vm.cluster?.id !== cluster.id) throw operationFailed(`Cannot add VM to Affinity Group. VM ${vm.name} is not in the cluster of the Affinity Group.`);
    if (ctx.store.get(key(cluster, group), vm.id)) throw operationFailed(`Cannot add VM to Affinity Group. VM ${vm.name} is already in the Affinity Group.`);
    return ctx.store.put(key(cluster, group), { id: vm.id });
  },
  remove: (ctx, group, item, _body, [cluster]) => { ctx.store.remove(key(cluster, group), item.id); },
});
