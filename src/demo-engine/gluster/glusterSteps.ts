// A Gluster task's job step and its statistics (RSDL `jobs/{id}/steps/{id}/statistics`). As in the engine, a
// rebalance (StartRebalanceGlusterVolume) or a brick data migration (StartRemoveGlusterVolumeBricks) keeps its
// job started, with an external step of type `rebalancing_volume` / `removing_bricks` under the executing step,
// until gluster reports the task over (GlusterTasksSyncJob); the step's statistics are the task's figures per
// server (StepStatisticalQuery: files.moved, size.moved, files.skipped, files.scanned, files.failed, run.time,
// status). Job and step texts from the engine's ExecutionMessages.properties. The demo's task moves a made-up
// amount of data over TASK_MS of engine time, then completes.
import type { Ctx } from '../context';
import type { Entity } from '../types';
import { endJob } from '../jobs/tracker';
import { newId } from '../writes/ids';
import type { Stat } from '../statistics';

export type GlusterStepType = 'rebalancing_volume' | 'removing_bricks';
/** How long the demo's Gluster task runs (engine time). */
export const TASK_MS = 5 * 60_000;

/** The name of the volume's cluster (Gluster jobs, steps and events name it). */
export const clusterName = (ctx: Pick<Ctx, 'store'>, vol: Entity): string => ctx.store.get('clusters', vol.cluster?.id ?? '')?.name ?? vol.cluster?.id ?? '';
const WHAT: Record<GlusterStepType, string> = { rebalancing_volume: 'Rebalancing', removing_bricks: 'Removing Bricks from' };

/** job.StartRebalanceGlusterVolume / job.StartRemoveGlusterVolumeBricks (jobs/descriptions.ts names the job by it). */
export const glusterJobText = (ctx: Pick<Ctx, 'store'>, vol: Entity, type: GlusterStepType) =>
  `${WHAT[type]} Gluster Volume ${vol.name} in Cluster ${clusterName(ctx, vol)}`;
/** step.REBALANCING_VOLUME / step.REMOVING_BRICKS: `….( ${Status} ${info})`. */
const stepText = (ctx: Pick<Ctx, 'store'>, vol: Entity, type: GlusterStepType, status: string) =>
  `${glusterJobText(ctx, vol, type)}.( ${status} )`;

/** The servers holding the given bricks (all of the volume's when none are named): one row of figures each. */
export function volumeServers(ctx: Pick<Ctx, 'store'>, vol: Entity, brickIds?: string[]): string[] {
  const bricks = ctx.store.list(`clusters/${vol.cluster.id}/glustervolumes/${vol.id}/bricks`);
  return [...new Set(bricks.filter((b) => !brickIds || brickIds.includes(b.id)).map((b) => b.server_id).filter(Boolean))];
}

/**
 * Called by the action that starts the task: its job (named by jobs/descriptions.ts) stays open, and once
 * recorded gets the task's step.
 * `vol._task` names the job and step; the task completes by itself after TASK_MS unless ended before.
 */
export function startGlusterTask(ctx: Ctx, vol: Entity, type: GlusterStepType, servers: string[]): void {
  const draft = ctx.job;
  if (!draft) return;
  draft.pending++;
  draft.onCommit = (jobId, executingStepId) => {
    const started = ctx.now();
    const step = ctx.store.put(`jobs/${jobId}/steps`, {
      id: newId(ctx), parent_step: { id: executingStepId }, description: stepText(ctx, vol, type, 'In Progress'), type, number: 3,
      status: { state: 'started' }, start_time: new Date(started).toISOString(), external: true, external_type: 'gluster',
      job: { id: jobId }, _task: { started, servers },
    });
    vol._task = { job: jobId, step: step.id, type };
    ctx.scheduler.after(TASK_MS, () => {
      if (vol._task?.step === step.id) endGlusterTask(ctx, vol, 'finished');
    });
  };
}

/** The task is over: completed (`finished`) or stopped (`aborted`); its step and job end with it. */
export function endGlusterTask(ctx: Pick<Ctx, 'store' | 'now'>, vol: Entity, state: 'finished' | 'aborted'): void {
  const task = vol._task;
  if (!task) return;
  delete vol._task;
  if (task.type === 'rebalancing_volume') delete vol._rebalancing;
  const step = ctx.store.get(`jobs/${task.job}/steps`, task.step);
  if (step) {
    step._task.ended = ctx.now();
    step._task.outcome = state === 'finished' ? 'completed' : 'stopped';
    step.description = stepText(ctx, vol, task.type, state === 'finished' ? 'Completed' : 'Stopped');
  }
  endJob(ctx, task.job, state);
}


const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 11);

/** The statistics of a job step: a Gluster task's figures per server, none for any other step. */
export function stepStatistics(step: Entity, now: number): Stat[] {
  const task = step._task;
  if (!task) return [];
  const end = task.ended ?? now;
  const done = Math.min(1, (end - task.started) / TASK_MS);
  const status = task.outcome ?? (done >= 1 ? 'completed' : 'in_progress');
  return (task.servers as string[]).flatMap((host) => {
    const h = hash(step.id + host);
    const files = 2_000 + (h % 8_000);
    const moved = Math.round(files * 0.3 * done);
    const s = (name: string, description: string, value: number, unit: Stat['unit'] = 'NONE', kind: Stat['kind'] = 'COUNTER'): Stat =>
      ({ name, description, unit, kind, value, integer: true, host });
    return [
      s('files.moved', 'Number of files moved', moved),
      s('size.moved', 'size of files moved', moved * (64 * 1024 + (h % 1024) * 1024), 'BYTES', 'GAUGE'),
      s('files.skipped', 'Number of files skipped', Math.round((h % 20) * done)),
      s('files.scanned', 'Number of files scanned', Math.round(files * done)),
      s('files.failed', 'Number of files failed', 0),
      { ...s('run.time', 'Time for which task is running', Math.round((end - task.started) / 10) / 100, 'SECONDS'), integer: false },
      { ...s('status', 'Status of task', 0, 'NONE', 'GAUGE'), detail: status },
    ];
  });
}
