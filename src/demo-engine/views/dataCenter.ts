// Collections under a data center's quotas and iSCSI bonds (RSDL: datacenters/{id}/quotas/{id}/quotaclusterlimits,
// quotastoragelimits, permissions; datacenters/{id}/iscsibonds/{id}/networks, storageconnections; guide 9.3, 9.5.3).
// Quota limits are stored under the quota; a quota's permissions are engine permissions on the quota object
// (e.g. QuotaConsumer); an iSCSI bond's networks and storage connections are the references the bond holds.
import type { Ctx } from '../context';
import { EngineFault, operationFailed } from '../faults';
import type { Entity } from '../types';
import { newId } from '../writes/ids';
import { registerRules } from '../writes/rules';
import { objectPermissions } from './deep';
import { registerView } from './registry';

registerView('datacenters/quotas/permissions', objectPermissions('quota'));

for (const [deep, ref] of [['quotaclusterlimits', 'cluster'], ['quotastoragelimits', 'storage_domain']] as const) {
  registerRules(`datacenters/quotas/${deep}`, {
    prepare(ctx, body, quota) {
      // A limit without a cluster (storage domain) applies to the whole data center.
      if (body[ref]?.id && !ctx.store.get(ref === 'cluster' ? 'clusters' : 'storagedomains', body[ref].id)) {
        throw new EngineFault(400, 'Operation Failed', `Entity not found: ${ref === 'cluster' ? 'Cluster' : 'Storage Domain'}: id=${body[ref].id}`);
      }
      return { ...body, id: newId(ctx), quota: { id: quota!.id } };
    },
  });
}

/** An iSCSI bond's references of one kind, as the entities they name. */
function bondRefs(kind: 'network' | 'storage_connection') {
  const coll = kind === 'network' ? 'networks' : 'storageconnections';
  const plural = kind === 'network' ? 'networks' : 'storage_connections';
  const refs = (bond: Entity): Entity[] => (bond[plural] ||= {})[kind] ||= [];
  return {
    list: (ctx: Ctx, bond: Entity) => refs(bond).map((r) => ctx.store.get(coll, r.id)).filter(Boolean) as Entity[],
    add(ctx: Ctx, bond: Entity, body: Record<string, any>) {
      const target = ctx.store.get(coll, body.id ?? '') ?? (body.name ? ctx.store.list(coll).find((e) => e.name === body.name) : undefined);
      if (!target) throw new EngineFault(400, 'Operation Failed', `Entity not found: ${kind === 'network' ? 'Network' : 'StorageConnection'}: id=${body.id}`);
      if (refs(bond).some((r) => r.id === target.id)) throw operationFailed(`Cannot edit iSCSI Bond. The ${kind === 'network' ? 'network' : 'storage connection'} is already part of the bond.`);
      refs(bond).push({ id: target.id });
      return target;
    },
    remove(_ctx: Ctx, bond: Entity, item: Entity) {
      const list = refs(bond);
      list.splice(list.findIndex((r) => r.id === item.id), 1);
    },
  };
}
registerView('datacenters/iscsibonds/networks', bondRefs('network'));
registerView('datacenters/iscsibonds/storageconnections', bondRefs('storage_connection'));
