// Cluster actions (RSDL `clusters/{id}/resetemulatedmachine`, offered by the portal's cluster actions): the
// cluster's emulated machine is detected again from its hosts; its VMs take it on their next start. The real
// engine runs this as a cluster update (AuditLogType USER_UPDATE_VDS_GROUP, 811).
import { AUDIT, userName } from './audit';
import type { ActionFn } from './writes/actions';

const resetEmulatedMachine: ActionFn = (ctx, cluster) => {
  delete cluster.emulated_machine;
  ctx.emit({ code: AUDIT.USER_UPDATE_CLUSTER, severity: 'normal', correlationId: ctx.correlationId, refs: { cluster: cluster.id },
    description: `Host cluster ${cluster.name} was updated by ${userName(ctx.user)}` });
};

export const CLUSTER_ACTIONS: Record<string, ActionFn> = { resetemulatedmachine: resetEmulatedMachine };
