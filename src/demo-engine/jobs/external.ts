// External jobs and steps (guide: jobs): a client records its own long task with POST /jobs and
// jobs/{id}/steps, ends them with `end` (`succeeded`), and clears finished ones with `clear`.
import { operationFailed } from '../faults';
import type { ActionFn } from '../writes/actions';
import { isTrue } from '../writes/body';
import { newId } from '../writes/ids';
import { registerRules } from '../writes/rules';
import { endJob } from './tracker';

registerRules('jobs', {
  prepare: (ctx, body) => {
    const now = new Date(ctx.now()).toISOString();
    return { auto_cleared: true, ...body, id: newId(ctx), status: { state: 'started' }, external: true, owner: { id: ctx.user.id }, start_time: now, last_updated: now };
  },
});

registerRules('jobs/steps', {
  prepare: (ctx, body, job) => ({
    ...body, id: newId(ctx), status: { state: 'started' }, external: true, number: ctx.store.list(`jobs/${job!.id}/steps`).length + 1,
    start_time: new Date(ctx.now()).toISOString(), job: { id: job!.id },
  }),
});

const end: ActionFn = (ctx, job, action) => {
  if (!job.external) throw operationFailed('Cannot end Job. Job is not external.');
  if (job.status?.state !== 'started') throw operationFailed('Cannot end Job. Job is not running.');
  const ok = action.succeeded === undefined ? action.status?.state !== 'failed' : isTrue(action.succeeded);
  endJob(ctx, job.id, ok ? 'finished' : 'failed');
};

const clear: ActionFn = (ctx, job) => {
  if (job.status?.state === 'started') throw operationFailed('Cannot clear Job. Job is still running.');
  ctx.store.remove('jobs', job.id);
};

const endStep: ActionFn = (ctx, step, action) => {
  if (!step.external) throw operationFailed('Cannot end Step. Step is not external.');
  Object.assign(step, { status: { state: isTrue(action.succeeded) ? 'finished' : 'failed' }, end_time: new Date(ctx.now()).toISOString() });
};

export const JOB_ACTIONS: Record<string, ActionFn> = { end, clear };
export const JOB_SUB_ACTIONS: Record<string, ActionFn> = { 'steps/end': endStep };
