// Reads and writes with VM-specific wire behaviour: computed statistics (vms, hosts, disks and VM
// devices), and CD-ROM changes with `;current=true` that last for the current run only (guide 15.6.4).
import type { Ctx } from '../context';
import { notFound } from '../faults';
import { represent } from '../represent';
import { xml } from '../respond';
import type { EngineResponse } from '../types';
import { statisticRepresentations } from '../statistics';
import { readBody } from '../writes/body';
import { isRunning } from '../vms/states';
import { findSubItem, getSub, listSub } from './generic';
import { collectionBySegment } from '../collections';
import { viewFor } from '../views/registry';
import { updateSub } from '../writes/crud';

const statsPath = (ctx: Ctx) => ctx.url.segments.slice(0, ctx.url.segments.indexOf('statistics'));

export function listStatistics(ctx: Ctx): EngineResponse {
  const owner = statsPath(ctx);
  const list = statisticRepresentations(ctx, owner, `${ctx.base}/${owner.join('/')}/statistics`);
  if (list) return xml(200, 'statistics', { statistic: list });
  // Resources the demo computes no figures for (a Gluster volume or brick, a job step) still have the
  // collection the RSDL links: empty, like an engine that has collected none yet.
  if (owner.length > 2) {
    if (!ownerExists(ctx, owner)) throw notFound();
    return xml(200, 'statistics', {});
  }
  return listSub(ctx);
}

function ownerExists(ctx: Ctx, owner: string[]): boolean {
  const def = collectionBySegment.get(owner[0]);
  const sub = def?.subs?.find((x) => x.segment === owner[2]);
  const top = def && ctx.store.get(def.segment, owner[1]);
  const mid = def && sub && top ? findSubItem(ctx, def, sub, top, owner[3]) : undefined;
  if (!mid || owner.length === 4) return Boolean(mid);
  const view = viewFor(`${owner[0]}/${owner[2]}/${owner[4]}`);
  const items = view ? view.list(ctx, mid, [top!, mid]) : ctx.store.list(owner.slice(0, 5).join('/'));
  return owner.length === 6 && items.some((e) => e.id === owner[5]);
}

export function getStatistic(ctx: Ctx): EngineResponse {
  const owner = statsPath(ctx);
  const list = statisticRepresentations(ctx, owner, `${ctx.base}/${owner.join('/')}/statistics`);
  if (!list) return getSub(ctx);
  const stat = list.find((s) => s.id === ctx.url.segments[ctx.url.segments.length - 1]);
  if (!stat) throw notFound();
  return xml(200, 'statistic', stat);
}

const isCurrent = (ctx: Ctx) => (ctx.url.matrix.current ?? ctx.url.query.current) === 'true';

// The specific routes `vms/:id/cdroms/:subId` name no :coll/:sub; the generic handlers need them.
const asGeneric = (ctx: Ctx) => Object.assign(ctx.params, { coll: 'vms', sub: 'cdroms' });

export function getCdrom(ctx: Ctx): EngineResponse {
  asGeneric(ctx);
  const cd = ctx.store.get(`vms/${ctx.params.id}/cdroms`, ctx.params.subId);
  if (!cd) throw notFound();
  if (!isCurrent(ctx) || cd._current_file === undefined) return getSub(ctx);
  const href = `${ctx.base}/vms/${ctx.params.id}/cdroms/${cd.id}`;
  return xml(200, 'cdrom', represent({ id: cd.id, file: cd._current_file ?? undefined }, href, ctx.base, 'vms/cdroms'));
}

/** `;current=true` on a running VM changes the inserted media now and leaves the configuration alone. */
export function putCdrom(ctx: Ctx): EngineResponse {
  asGeneric(ctx);
  const vm = ctx.store.get('vms', ctx.params.id);
  const cd = ctx.store.get(`vms/${ctx.params.id}/cdroms`, ctx.params.subId);
  if (!vm || !cd) throw notFound();
  if (!isCurrent(ctx) || !isRunning(vm)) return updateSub(ctx);
  const body = readBody(ctx, ['cdrom']);
  cd._current_file = body.file?.id ? { id: body.file.id } : null;
  const href = `${ctx.base}/vms/${vm.id}/cdroms/${cd.id}`;
  return xml(200, 'cdrom', represent({ id: cd.id, file: cd._current_file ?? undefined }, href, ctx.base, 'vms/cdroms'));
}
