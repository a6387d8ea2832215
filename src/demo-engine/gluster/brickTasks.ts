// Brick tasks of a Gluster volume (RSDL `glustervolumes/{id}/bricks/migrate|stopmigrate|activate`, `DELETE
// glustervolumes/{id}/bricks`, `bricks/{id}/replace`). As in the engine (BackendGlusterBricksResource):
// `migrate` starts moving data off bricks before removing them (StartRemoveGlusterVolumeBricks, a started
// volume only), `stopmigrate` stops that and `activate` keeps the bricks after all (StopRemoveGlusterVolumeBricks),
// DELETE removes bricks, optionally lowering replica_count (GlusterVolumeRemoveBricks), `replace` moves a brick
// to another server or directory (ReplaceGlusterVolumeBrick). A migration runs as a Gluster task with its job step
// (glusterSteps.ts); the volume remembers which bricks it holds for removal.
import type { Ctx } from '../context';
import { EngineFault, incomplete, notFound, operationFailed } from '../faults';
import type { Entity, EngineResponse } from '../types';
import { deleted } from '../respond';
import { readBody } from '../writes/body';
import { runAction, type ActionFn } from '../writes/actions';
import { endGlusterTask, startGlusterTask, volumeServers } from './glusterSteps';

const list = (x: any): Entity[] => (Array.isArray(x) ? x : x ? [x] : []);
const bricksKey = (vol: Entity) => `clusters/${vol.cluster.id}/glustervolumes/${vol.id}/bricks`;

function volumeOf(ctx: Ctx): Entity {
  const vol = ctx.store.get(`clusters/${ctx.params.id}/glustervolumes`, ctx.params.subId);
  if (!vol) throw notFound();
  return vol;
}

/** The volume's bricks a request names (by id or by `server:dir` name); a brick of no such volume is refused. */
function namedBricks(ctx: Ctx, vol: Entity, refs: Entity[], what: string): Entity[] {
  const bricks = ctx.store.list(bricksKey(vol));
  return refs.map((ref) => {
    const found = bricks.find((b) => (ref.id && b.id === ref.id) || (ref.name && b.name === ref.name));
    if (!found) throw operationFailed(`Cannot ${what}. Brick ${ref.name ?? ref.id} does not belong to Gluster Volume ${vol.name}.`);
    return found;
  });
}

function checkLeft(vol: Entity, all: number, removing: number, what: string): void {
  if (removing >= all) throw operationFailed(`Cannot ${what}. Cannot remove all the bricks from a Volume.`);
}

const migrate: ActionFn = (ctx, vol, action) => {
  const what = 'migrate data of Gluster Volume Bricks';
  if (vol.status?.state !== 'up') throw operationFailed(`Cannot ${what}. Gluster Volume should be started.`);
  if (vol._removing) throw operationFailed(`Cannot ${what}. A remove brick task is already running on the volume ${vol.name}.`);
  const bricks = namedBricks(ctx, vol, list(action.bricks?.brick), what);
  checkLeft(vol, ctx.store.list(bricksKey(vol)).length, bricks.length, what);
  vol._removing = bricks.map((b) => b.id);
  startGlusterTask(ctx, vol, 'removing_bricks', volumeServers(ctx, vol, vol._removing));
};

const stopRemoving = (what: string): ActionFn => (ctx, vol, action) => {
  if (!vol._removing) throw operationFailed(`Cannot ${what}. No remove brick task is running on the volume ${vol.name}.`);
  const named = list(action.bricks?.brick);
  const ids = named.length ? namedBricks(ctx, vol, named, what).map((b) => b.id) : vol._removing;
  if (ids.some((id: string) => !vol._removing.includes(id))) throw operationFailed(`Cannot ${what}. The bricks are not being removed.`);
  delete vol._removing;
  endGlusterTask(ctx, vol, 'aborted');
};

const BRICK_ACTIONS: Record<string, ActionFn> = {
  migrate, stopmigrate: stopRemoving('stop migrating data of Gluster Volume Bricks'), activate: stopRemoving('activate Gluster Volume Bricks'),
};

export function bricksAction(ctx: Ctx): EngineResponse {
  const fn = BRICK_ACTIONS[ctx.params.action];
  if (!fn) throw notFound();
  const vol = volumeOf(ctx);
  return runAction(ctx, vol, `${ctx.base}/clusters/${ctx.params.id}/glustervolumes/${vol.id}/bricks`, ctx.params.action, fn);
}

export function removeBricks(ctx: Ctx): EngineResponse {
  const vol = volumeOf(ctx);
  const body = readBody(ctx, ['bricks']);
  const refs = list(body.brick);
  if (!refs.length) throw incomplete('GlusterBricks', ['bricks'], 'remove');
  const what = 'remove Gluster Brick';
  const bricks = namedBricks(ctx, vol, refs, what);
  const all = ctx.store.list(bricksKey(vol)).length;
  checkLeft(vol, all, bricks.length, what);
  if (body.replica_count !== undefined) {
    const count = Number(body.replica_count);
    if (!Number.isInteger(count) || count < 1 || count > (vol.replica_count ?? 1)) throw new EngineFault(400, 'Invalid value', `Replica count ${body.replica_count} is not valid for volume ${vol.name}.`);
    vol.replica_count = count;
  }
  for (const b of bricks) ctx.store.remove(bricksKey(vol), b.id);
  delete vol._removing;
  // Committing the removal ends the migration's task (its data is off the bricks by now, or no longer wanted).
  endGlusterTask(ctx, vol, 'finished');
  return deleted();
}

const replace: ActionFn = (ctx, brick, action) => {
  const vol = volumeOf(ctx);
  const to = action.brick ?? {};
  const host = ctx.store.get('hosts', to.server_id ?? '');
  const what = 'replace Gluster Volume Brick';
  if (!host || host.cluster?.id !== vol.cluster.id) throw operationFailed(`Cannot ${what}. Server ${to.server_id} is not part of the cluster of volume ${vol.name}.`);
  const name = `${host.address}:${to.brick_dir}`;
  if (ctx.store.list(bricksKey(vol)).some((b) => b.name === name)) throw operationFailed(`Cannot ${what}. Brick ${name} already used by the volume ${vol.name}.`);
  Object.assign(brick, { server_id: host.id, brick_dir: to.brick_dir, name });
};

export function replaceBrick(ctx: Ctx): EngineResponse {
  const vol = volumeOf(ctx);
  const brick = ctx.store.get(bricksKey(vol), ctx.params.brickId);
  if (!brick) throw notFound();
  return runAction(ctx, brick, `${ctx.base}/clusters/${ctx.params.id}/glustervolumes/${vol.id}/bricks/${brick.id}`, 'replace', replace);
}
