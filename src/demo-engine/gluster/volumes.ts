// Gluster volumes (guide 10.7.2): create (needs bricks), start/stop, set/reset options, bricks add/remove.
import type { Ctx } from '../context';
import { EngineFault, operationFailed } from '../faults';
import type { Entity } from '../types';
import type { ActionFn } from '../writes/actions';
import { newId } from '../writes/ids';
import { registerRules } from '../writes/rules';
import { AUDIT } from '../audit';
import { GLUSTER_HOOK_ACTIONS } from './hooks';
import { clusterName, endGlusterTask, startGlusterTask, volumeServers } from './glusterSteps';

/** `${clusterName}` of the AuditLogMessages GLUSTER_VOLUME_* texts. */
const event = (ctx: Ctx, code: number, description: string, vol: Entity) =>
  ctx.emit({ code, severity: 'normal', description, correlationId: ctx.correlationId, refs: { cluster: vol.cluster?.id } });

registerRules('clusters/glustervolumes', {
  dupName: { add: [409, (name) => `Cannot create Gluster Volume. Volume name ${name} already exists.`], edit: [409, (name) => `Cannot edit Gluster Volume. Volume name ${name} already exists.`] },
  prepare(ctx, body, cluster) {
    const bricks: Entity[] = body.bricks?.brick ?? [];
    if (!bricks.length) throw new EngineFault(400, 'Incomplete parameters', 'GlusterVolume [bricks] required for add');
    const { bricks: _b, ...rest } = body;
    return { transport_types: { transport_type: ['tcp'] }, ...rest, id: newId(ctx), status: { state: 'down' }, cluster: { id: cluster!.id }, _bricks: bricks };
  },
  afterCreate(ctx, vol, _href, cluster) {
    for (const b of vol._bricks as Entity[]) {
      ctx.store.put(`clusters/${cluster!.id}/glustervolumes/${vol.id}/bricks`, { id: newId(ctx), server_id: b.server_id, brick_dir: b.brick_dir,
        name: `${b.server_id}:${b.brick_dir}`, status: { state: 'down' }, gluster_volume: { id: vol.id } });
    }
    delete vol._bricks;
  },
  canRemove(_ctx, vol) {
    if (vol.status?.state === 'up') throw operationFailed(`Cannot remove Gluster Volume. Gluster volume ${vol.name} is up.`);
  },
});

const bricksOf = (ctx: Ctx, vol: Entity) => ctx.store.list(`clusters/${vol.cluster.id}/glustervolumes/${vol.id}/bricks`);

const startVolume: ActionFn = (ctx, vol) => {
  if (vol.status?.state === 'up') throw operationFailed(`Cannot start Gluster Volume. Gluster Volume ${vol.name} already started.`);
  vol.status = { state: 'up' };
  for (const b of bricksOf(ctx, vol)) b.status = { state: 'up' };
  event(ctx, AUDIT.GLUSTER_VOLUME_START, `Gluster Volume ${vol.name} of cluster ${clusterName(ctx, vol)} started.`, vol);
};

const stopVolume: ActionFn = (ctx, vol) => {
  if (vol.status?.state !== 'up') throw operationFailed(`Cannot stop Gluster Volume. Gluster Volume ${vol.name} already stopped.`);
  vol.status = { state: 'down' };
  for (const b of bricksOf(ctx, vol)) b.status = { state: 'down' };
  event(ctx, AUDIT.GLUSTER_VOLUME_STOP, `Gluster Volume ${vol.name} stopped on cluster ${clusterName(ctx, vol)}.`, vol);
};

const options = (vol: Entity): Entity[] => vol.options?.option ?? [];

const setOption: ActionFn = (ctx, vol, action) => {
  const { name, value } = action.option ?? {};
  vol.options = { option: [...options(vol).filter((o) => o.name !== name), { name, value }] };
  event(ctx, AUDIT.GLUSTER_VOLUME_OPTION_ADDED, `Volume Option ${name}=${value} set on ${vol.name} of cluster ${clusterName(ctx, vol)}.`, vol);
};

const resetOption: ActionFn = (ctx, vol, action) => {
  const name = action.option?.name;
  if (!options(vol).some((o) => o.name === name)) throw operationFailed(`Cannot reset Gluster Volume option. Option ${name} is not set.`);
  const value = options(vol).find((o) => o.name === name)?.value;
  vol.options = { option: options(vol).filter((o) => o.name !== name) };
  event(ctx, AUDIT.GLUSTER_VOLUME_OPTIONS_RESET, `Volume Option ${name}=${value} reset on ${vol.name} of cluster ${clusterName(ctx, vol)}.`, vol);
};

const resetAll: ActionFn = (ctx, vol) => {
  vol.options = { option: [] };
  event(ctx, AUDIT.GLUSTER_VOLUME_OPTIONS_RESET_ALL, `All Volume Options reset on ${vol.name} of cluster ${clusterName(ctx, vol)}.`, vol);
};

// Rebalance and profiling (RSDL `glustervolumes/{id}/rebalance|stoprebalance|startprofile|stopprofile`):
// only on a started volume, one rebalance at a time; the volume keeps which of them is running.
const needsUp = (vol: Entity, what: string) => {
  if (vol.status?.state !== 'up') throw operationFailed(`Cannot ${what} Gluster Volume. Gluster Volume should be started.`);
};

const rebalance: ActionFn = (ctx, vol) => {
  needsUp(vol, 'rebalance');
  if (vol._rebalancing) throw operationFailed(`Cannot rebalance Gluster Volume. A rebalance is already running on the volume ${vol.name}.`);
  vol._rebalancing = true;
  startGlusterTask(ctx, vol, 'rebalancing_volume', volumeServers(ctx, vol));
  event(ctx, AUDIT.GLUSTER_VOLUME_REBALANCE_START, `Gluster Volume ${vol.name} rebalance started on cluster ${clusterName(ctx, vol)}.`, vol);
};

const stopRebalance: ActionFn = (ctx, vol) => {
  if (!vol._rebalancing) throw operationFailed(`Cannot stop rebalance on Gluster Volume. Rebalance is not running on the volume ${vol.name}.`);
  delete vol._rebalancing;
  endGlusterTask(ctx, vol, 'aborted');
};

const startProfile: ActionFn = (ctx, vol) => {
  needsUp(vol, 'start profiling on');
  vol._profiling = true;
  event(ctx, AUDIT.GLUSTER_VOLUME_PROFILE_START, `Gluster Volume ${vol.name} profiling started on cluster ${clusterName(ctx, vol)}.`, vol);
};

const stopProfile: ActionFn = (ctx, vol) => {
  if (!vol._profiling) throw operationFailed(`Cannot stop profiling on Gluster Volume. Profiling is not running on the volume ${vol.name}.`);
  delete vol._profiling;
  event(ctx, AUDIT.GLUSTER_VOLUME_PROFILE_STOP, `Gluster Volume ${vol.name} profiling stopped on cluster ${clusterName(ctx, vol)}.`, vol);
};

export const GLUSTER_VOLUME_ACTIONS: Record<string, ActionFn> = {
  'glustervolumes/start': startVolume, 'glustervolumes/stop': stopVolume, 'glustervolumes/setoption': setOption,
  'glustervolumes/resetoption': resetOption, 'glustervolumes/resetalloptions': resetAll,
  'glustervolumes/rebalance': rebalance, 'glustervolumes/stoprebalance': stopRebalance,
  'glustervolumes/startprofile': startProfile, 'glustervolumes/stopprofile': stopProfile,
  ...GLUSTER_HOOK_ACTIONS,
};
