// Dispatch of writes and actions (guide 7.3-7.4): a POST to `coll/{id}/x` creates in sub-collection `x`
// when the collection has one, else runs action `x`; GETs of async action and creation-status hrefs.
import type { Ctx } from '../context';
import { collectionBySegment } from '../collections';
import { htmlError, notFound } from '../faults';
import { represent } from '../represent';
import { xml } from '../respond';
import type { EngineResponse } from '../types';
import { HOST_ACTIONS } from '../hosts/actions';
import { VM_ACTIONS, VM_SUB_ACTIONS } from '../vms/actionTable';
import { creationStatus } from '../vms/create';
import { attachExistingDisk } from '../vms/deviceRules';
import { visibleTo } from '../permissions';
import { actionStatus, runAction, type ActionFn } from '../writes/actions';
import { readBody } from '../writes/body';
import { createSub, removeSub, updateSub } from '../writes/crud';
import { getSub, listSub } from './generic';

const TOP_ACTIONS: Record<string, Record<string, ActionFn>> = { vms: VM_ACTIONS, hosts: HOST_ACTIONS };
const SUB_ACTIONS: Record<string, Record<string, ActionFn>> = { vms: VM_SUB_ACTIONS };

function topEntity(ctx: Ctx) {
  const e = ctx.store.get(ctx.params.coll, ctx.params.id);
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
      const body = readBody(ctx);
      const disk = body.id && body.provisioned_size === undefined ? attachExistingDisk(ctx, topEntity(ctx), body.id) : undefined;
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

/** GET coll/{id}/x: a sub-collection, or 405 for an action URL (actions only take POST, guide 7.4.7). */
export function getOnResource(ctx: Ctx): EngineResponse {
  const isSub = collectionBySegment.get(ctx.params.coll)?.subs?.some((s) => s.segment === ctx.params.sub);
  if (!isSub && TOP_ACTIONS[ctx.params.coll]?.[ctx.params.sub]) return htmlError(405);
  return listSub(ctx);
}

/** POST coll/{id}/sub/{subId}/action. */
export function postOnSubResource(ctx: Ctx): EngineResponse {
  const fn = SUB_ACTIONS[ctx.params.coll]?.[`${ctx.params.sub}/${ctx.params.action}`];
  if (!fn) throw notFound();
  topEntity(ctx);
  const target = ctx.store.get(`${ctx.params.coll}/${ctx.params.id}/${ctx.params.sub}`, ctx.params.subId);
  if (!target) throw notFound();
  return runAction(ctx, target, `${ctx.base}/${ctx.params.coll}/${ctx.params.id}/${ctx.params.sub}/${target.id}`, ctx.params.action, fn);
}

/** GET coll/{id}/x/{y}: creation status, async action status, or a sub-collection item. */
export function getUnderResource(ctx: Ctx): EngineResponse {
  if (ctx.params.sub === 'creation_status') return creationStatus(ctx) ?? notFoundResponse();
  return actionStatus(ctx, ctx.params.subId) ?? getSub(ctx);
}

/** GET coll/{id}/sub/{subId}/action/{actionId}. */
export const getSubActionStatus = (ctx: Ctx) => actionStatus(ctx, ctx.params.actionId) ?? notFoundResponse();

function notFoundResponse(): never {
  throw notFound();
}

export { removeSub, updateSub };
