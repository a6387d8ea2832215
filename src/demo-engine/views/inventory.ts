// Views over the inventory (guide 10.6.3 a data center's networks and clusters, 10.7.1 a cluster's
// networks, 11 a network's vNIC profiles, 10.5 a cluster's CPU profiles, 12 a storage domain's disk profiles).
import type { Ctx } from '../context';
import { EngineFault, operationFailed } from '../faults';
import type { Entity } from '../types';
import { addTop } from '../writes/crud';
import { mergeInto } from '../writes/merge';
import { registerView } from './registry';

const byRef = (segment: string, element: string) => ({
  list: (ctx: Ctx, parent: Entity) => ctx.store.list(segment).filter((e) => e[element]?.id === parent.id),
  add: (ctx: Ctx, parent: Entity, body: Record<string, any>) => addTop(ctx, segment, { ...body, [element]: { id: parent.id } }),
  update: (_ctx: Ctx, _parent: Entity, item: Entity, body: Record<string, any>) => mergeInto(item, body) as Entity,
  remove: (ctx: Ctx, _parent: Entity, item: Entity) => { ctx.store.remove(segment, item.id); },
});

registerView('datacenters/networks', byRef('networks', 'data_center'));
registerView('datacenters/clusters', byRef('clusters', 'data_center'));
registerView('networks/vnicprofiles', byRef('vnicprofiles', 'network'));
registerView('clusters/cpuprofiles', byRef('cpuprofiles', 'cluster'));
registerView('storagedomains/diskprofiles', byRef('diskprofiles', 'storage_domain'));

// A cluster's networks: the data center's networks attached to it, with the attachment's own settings
// (required, display, usages) stored under clusters/{id}/networks.
const attachmentKey = (cluster: Entity) => `clusters/${cluster.id}/networks`;
const shown = (ctx: Ctx, cluster: Entity, a: Entity): Entity => ({ ...(ctx.store.get('networks', a.id) ?? {}), ...a, cluster: { id: cluster.id } });

registerView('clusters/networks', {
  list: (ctx, cluster) => ctx.store.list(attachmentKey(cluster)).filter((a) => ctx.store.get('networks', a.id)).map((a) => shown(ctx, cluster, a)),
  add(ctx, cluster, body) {
    const net = body.id ? ctx.store.get('networks', body.id) : ctx.store.list('networks').find((n) => n.name === body.name && n.data_center?.id === cluster.data_center?.id);
    if (!net) throw new EngineFault(400, 'Operation Failed', `Entity not found: Network: ${body.id ? `id=${body.id}` : `name=${body.name}`}`);
    if (net.data_center?.id !== cluster.data_center?.id) throw operationFailed("Cannot attach Logical Network to Cluster. The Network does not belong to the Cluster's Data Center.");
    if (ctx.store.get(attachmentKey(cluster), net.id)) throw operationFailed('Logical Network is already attached to Cluster.');
    const a = ctx.store.put(attachmentKey(cluster), { id: net.id, required: body.required ?? true, display: body.display ?? false,
      usages: body.usages ?? { usage: ['vm'] } });
    return shown(ctx, cluster, a);
  },
  update(ctx, cluster, item, body) {
    const a = ctx.store.get(attachmentKey(cluster), item.id)!;
    for (const k of ['required', 'display', 'usages'] as const) if (body[k] !== undefined) a[k] = body[k];
    return shown(ctx, cluster, a);
  },
  remove(ctx, cluster, item) {
    if (cluster.management_network?.id === item.id) {
      throw operationFailed('Cannot detach Logical Network from Cluster. The management network cannot be detached from the Cluster.');
    }
    ctx.store.remove(attachmentKey(cluster), item.id);
  },
});
