// Actions (guide 7.4.7): POST an `<action>` to `<resource>/<name>`. Synchronous actions answer 200 with
// `<status><state>complete</state></status>`; `<async>true</async>` answers 202 with an action href that
// reports pending → in_progress → complete on the engine clock, then 301 back to the resource once expired.
// A refused action answers 409 with the action, `<status><state>failed</state></status>` and the fault
// (recorded: ovirt-3.3-faults/VirtualMachine_*_StopVm_Down).
import type { Ctx } from '../context';
import { EngineFault, notFound } from '../faults';
import { xml } from '../respond';
import type { Entity, EngineResponse } from '../types';
import { readBody, isTrue } from './body';
import { assertRequired } from './required';
import { newId } from './ids';
import { beginJob, commitJob, dropJob } from '../jobs/tracker';
import { actionJob } from '../jobs/descriptions';

/** Runs the action on `target`; returns extra elements for the answer (e.g. `ticket`), or throws a fault. */
export type ActionFn = (ctx: Ctx, target: Entity, action: Record<string, any>) => Record<string, any> | void;

const ACTIONS = '_actions';
const PENDING_MS = 500;
const IN_PROGRESS_MS = 2000;
/** How long a finished async action stays readable before GETs redirect to the resource. */
const RETAINED_MS = 10 * 60_000;

function links(parentHref: string, actionHref: string) {
  return [{ rel: 'parent', href: parentHref }, { rel: 'replay', href: actionHref }];
}

export function runAction(ctx: Ctx, target: Entity, parentHref: string, name: string, fn: ActionFn): EngineResponse {
  const action = readBody(ctx, ['action']);
  const actionHref = `${parentHref}/${name}`;
  assertRequired('POST', ctx.url.segments, action);
  let extra: Record<string, any> | void;
  // `vms/start` for vms/{id}/start; an action on a sub-collection keeps its name (`clusters/glustervolumes/bricks/migrate`).
  const segs = ctx.url.segments;
  const path = [...segs.filter((_, i) => i % 2 === 0), ...(segs.length % 2 === 0 ? [name] : [])].join('/');
  const description = actionJob(path, target, ctx.store);
  const job = description ? beginJob(ctx, description) : undefined;
  try {
    extra = fn(ctx, target, action);
    if (job) commitJob(ctx, job);
  } catch (e) {
    if (job) dropJob(ctx, job);
    if (!(e instanceof EngineFault) || e.reason === 'Incomplete parameters' || e.status === 404 || e.bare) throw e;
    return xml(e.status, 'action', {
      ...action, status: { state: 'failed' }, fault: { reason: e.reason, detail: e.detail },
    });
  }
  if (!isTrue(action.async)) {
    return xml(200, 'action', { ...action, ...extra, status: { state: 'complete' }, link: links(parentHref, actionHref) });
  }
  const id = newId(ctx);
  ctx.store.put(ACTIONS, { id, href: `${actionHref}/${id}`, parentHref, actionHref, started: ctx.now(), body: { ...action, ...extra } });
  return xml(202, 'action', {
    id, href: `${actionHref}/${id}`, ...action, ...extra, status: { state: 'pending' }, link: links(parentHref, actionHref),
  });
}

function stateAt(age: number): string {
  return age < PENDING_MS ? 'pending' : age < IN_PROGRESS_MS ? 'in_progress' : 'complete';
}

/** GET of an async action's href, or undefined when `id` is no action (the caller falls back). */
export function actionStatus(ctx: Ctx, id: string): EngineResponse | undefined {
  const rec = ctx.store.get(ACTIONS, id);
  if (!rec) return undefined;
  const path = ctx.base + '/' + ctx.url.segments.join('/');
  if (rec.href !== path) throw notFound();
  const age = ctx.now() - rec.started;
  if (age > IN_PROGRESS_MS + RETAINED_MS) {
    ctx.store.remove(ACTIONS, id);
    return { status: 301, headers: { Location: rec.parentHref }, body: '' };
  }
  return xml(200, 'action', {
    id, href: rec.href, ...rec.body, status: { state: stateAt(age) }, link: links(rec.parentHref, rec.actionHref),
  });
}
