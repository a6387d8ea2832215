// How the 4.3 engine's v3 layer reads v3 request bodies that the 3.6 RSDL would refuse (its in-adapters,
// `org.ovirt.engine.api.v3.adapters.V3*InAdapter`, and the v4 resources they feed).
import type { Entity } from '../types';
import { registerRules } from './rules';

// V3DataCenterInAdapter: "V3 of the API supports the storage_type element, but in V4 it has been replaced by
// the boolean attribute local": local = storage_type is `localfs`, when `local` itself is not sent.
registerRules('datacenters', {
  adaptIn(_ctx, body) {
    if (body.local === undefined && typeof body.storage_type === 'string') body.local = body.storage_type.toLowerCase() === 'localfs';
    delete body.storage_type;
  },
});

// BackendClustersResource.add validates only `name` and `data_center.name|id`; the new cluster takes the data
// center's compatibility version ("Map the storage pool ... to a Cluster instance with the same compatibility
// version") unless the request names one.
registerRules('clusters', {
  adaptIn(ctx, body) {
    if (body.version?.major !== undefined && body.version?.minor !== undefined) return;
    const ref = body.data_center ?? {};
    const dc = ctx.store.list('datacenters').find((d: Entity) => (ref.id !== undefined ? d.id === ref.id : d.name === ref.name));
    if (dc?.version) body.version = { major: dc.version.major, minor: dc.version.minor };
  },
});

/**
 * A new disk's size: v3 engines took the deprecated `<size>` where `<provisioned_size>` is absent, as the guide's
 * own examples send it (guide 3.13 "Example: create virtual machine storage disk", `<size>8589934592</size>`).
 */
function diskSize(body: Record<string, any>): void {
  if (body.provisioned_size === undefined && body.size !== undefined) body.provisioned_size = body.size;
}

registerRules('disks', { adaptIn: (_ctx, body) => diskSize(body) });

// V3VmDiskServer.remove: "V3 version of the API used the action detach element as parameter, to indicate that the
// disk should only be detached and not removed completely ... if the value isn't true then we need to delete the
// disk": `<action/>` and `<detach>false</detach>` remove it, only `<detach>true</detach>` keeps it floating.
registerRules('vms/disks', {
  adaptIn(ctx, body) {
    if (ctx.req.method === 'DELETE') body.detach = body.detach === true;
    else diskSize(body);
  },
});
