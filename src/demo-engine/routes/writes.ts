// Dispatch of writes and actions (guide 7.3-7.4): a POST to `coll/{id}/x` creates in sub-collection `x`
// when the collection has one, else runs action `x`; GETs of async action and creation-status hrefs.
import type { Ctx } from '../context';
import { collectionBySegment } from '../collections';
import { htmlError, notFound } from '../faults';
import { represent } from '../represent';
import { xml } from '../respond';
import type { EngineResponse } from '../types';
import { HOST_ACTIONS } from '../hosts/actions';
import { HOST_NETWORK_ACTIONS, HOST_SUB_ACTIONS } from '../hosts/networkActions';
import { SRIOV_ACTIONS } from '../hosts/sriov';
import { TEMPLATE_ACTIONS, TEMPLATE_SUB_ACTIONS } from '../templates/actions';
import { STORAGE_DOMAIN_ACTIONS, STORAGE_DOMAIN_SUB_ACTIONS } from '../storage/domains';
import { DISK_ACTIONS } from '../storage/disks';
import { VMPOOL_ACTIONS } from '../pools/pools';
import { GLUSTER_VOLUME_ACTIONS } from '../gluster/volumes';
import { CLUSTER_ACTIONS } from '../clusterActions';
import { PROVIDER_ACTIONS } from '../providers/actions';
import { IMAGE_PROVIDER_SUB_ACTIONS } from '../providers/imageProvider';
import '../templates/create';
import { JOB_ACTIONS, JOB_SUB_ACTIONS } from '../jobs/external';
import { VM_ACTIONS, VM_SUB_ACTIONS } from '../vms/actionTable';
import { creationStatus } from '../vms/create';
import { attachExistingDisk, attachSnapshotDisk } from '../vms/deviceRules';
import { visibleTo } from '../permissions';
import { actionStatus, runAction, type ActionFn } from '../writes/actions';
import { readBody } from '../writes/body';
import { createSub, removeSub, updateSub } from '../writes/crud';
import { findSubItem, getSub, listSub, topItem } from './generic';
import { createDeep, getDeep, isDeep } from './deep';

const TOP_ACTIONS: Record<string, Record<string, ActionFn>> = {
  vms: VM_ACTIONS, hosts: { ...HOST_ACTIONS, ...HOST_NETWORK_ACTIONS }, templates: TEMPLATE_ACTIONS, storagedomains: STORAGE_DOMAIN_ACTIONS,
  disks: DISK_ACTIONS, vmpools: VMPOOL_ACTIONS, jobs: JOB_ACTIONS, clusters: CLUSTER_ACTIONS, ...PROVIDER_ACTIONS,
};
const SUB_ACTIONS: Record<string, Record<string, ActionFn>> = {
  vms: VM_SUB_ACTIONS, hosts: { ...HOST_SUB_ACTIONS, ...SRIOV_ACTIONS }, templates: TEMPLATE_SUB_ACTIONS, storagedomains: STORAGE_DOMAIN_SUB_ACTIONS, clusters: GLUSTER_VOLUME_ACTIONS, jobs: JOB_SUB_ACTIONS,
  openstackimageproviders: IMAGE_PROVIDER_SUB_ACTIONS,
};

function topEntity(ctx: Ctx) {
  const e = topItem(ctx, ctx.params.coll, ctx.params.id);
  if (!e || !visibleTo(ctx, ctx.params.coll, e)) throw notFound();
  return e;
}

/** POST coll/{id}/x: sub-collection create or action. */
export function postOnResource(ctx: Ctx): EngineResponse {
  const def = collectionBySegment.get(ctx.params.coll);
  if (!def) throw notFound();
  const x = ctx.params.sub;
  if (def.subs?.some((s) => s.segment === x)) {
    if (def.segment === 'vms' && x === 'disks') {
      const body = readBody(ctx, ['disk']);
      const vm = body.id && body.provisioned_size === undefined ? topEntity(ctx) : undefined;
      // guide 8.1 step 4: a disk id with a snapshot id attaches that snapshot's copy of the disk (backups).
      const disk = !vm ? undefined : body.snapshot?.id ? attachSnapshotDisk(ctx, vm, body.id, body.snapshot.id, body.active)
        : attachExistingDisk(ctx, vm, body.id);
      if (disk) {
        const href = `${ctx.base}/vms/${ctx.params.id}/disks/${disk.id}`;
        return xml(201, 'disk', represent(disk, href, ctx.base, 'vms/disks'), { Location: href });
      }
    }
    return createSub(ctx);
  }
  const fn = TOP_ACTIONS[def.segment]?.[x];
  if (!fn) throw notFound();
  const entity = topEntity(ctx);
  return runAction(ctx, entity, `${ctx.base}/${def.segment}/${entity.id}`, x, fn);
}

/** POST /hosts/{id}/nics/setupnetworks: the NIC collection's action (rsdl), the host's setupnetworks. */
export function postHostNicsSetup(ctx: Ctx): EngineResponse {
  Object.assign(ctx.params, { coll: 'hosts', sub: 'setupnetworks' });
  return postOnResource(ctx);
}

/** GET coll/{id}/x: a sub-collection, or 405 for an action URL (actions only take POST, guide 7.4.7). */
export function getOnResource(ctx: Ctx): EngineResponse {
  const isSub = collectionBySegment.get(ctx.params.coll)?.subs?.some((s) => s.segment === ctx.params.sub);
  if (!isSub && TOP_ACTIONS[ctx.params.coll]?.[ctx.params.sub]) return htmlError(405);
  return listSub(ctx);
}

/** POST coll/{id}/sub/{subId}/action. */
export function postOnSubResource(ctx: Ctx): EngineResponse {
  if (isDeep(ctx, ctx.params.action)) return createDeep(ctx, ctx.params.action);
  const fn = SUB_ACTIONS[ctx.params.coll]?.[`${ctx.params.sub}/${ctx.params.action}`];
  if (!fn) throw notFound();
  const top = topEntity(ctx);
  const def = collectionBySegment.get(ctx.params.coll);
  const sub = def?.subs?.find((s) => s.segment === ctx.params.sub);
  const target = def && sub ? findSubItem(ctx, def, sub, top, ctx.params.subId) : undefined;
  if (!target) throw notFound();
  return runAction(ctx, target, `${ctx.base}/${ctx.params.coll}/${ctx.params.id}/${ctx.params.sub}/${target.id}`, ctx.params.action, fn);
}

/** GET coll/{id}/x/{y}: creation status, async action status, or a sub-collection item. */
export function getUnderResource(ctx: Ctx): EngineResponse {
  if (ctx.params.sub === 'creation_status') return creationStatus(ctx, ctx.params.subId) ?? notFoundResponse();
  return actionStatus(ctx, ctx.params.subId) ?? getSub(ctx);
}

/** GET coll/{id}/sub/{subId}/action/{actionId}. */
export function getSubActionStatus(ctx: Ctx): EngineResponse {
  const status = actionStatus(ctx, ctx.params.actionId);
  if (status) return status;
  if (ctx.params.action === 'creation_status') return creationStatus(ctx, ctx.params.actionId) ?? notFoundResponse();
  Object.assign(ctx.params, { deep: ctx.params.action, deepId: ctx.params.actionId });
  return getDeep(ctx);
}

function notFoundResponse(): never {
  throw notFound();
}

export { removeSub, updateSub };
