// Jobs (guide: jobs and steps): the engine records a job for every command it runs, with a validating and
// an executing step, `started` until the state change it started on the engine clock is over, then
// `finished`. A refused command leaves no job (it fails validation before one is created).
import type { Ctx } from '../context';
import { newId } from '../writes/ids';

export interface JobDraft {
  description: string; pending: number; id?: string;
  /** Runs once the job is recorded (a command that adds steps of its own, such as a Gluster task). */
  onCommit?: (jobId: string, executingStepId: string) => void;
}

const iso = (t: number) => new Date(t).toISOString();

/** Opens a job for the command `ctx` is running; state chains started meanwhile keep it running. */
export function beginJob(ctx: Ctx, description: string): JobDraft {
  const draft: JobDraft = { description, pending: 0 };
  ctx.job = draft;
  return draft;
}

/** The command passed validation: the job is recorded, and finished at once unless a chain runs on. */
export function commitJob(ctx: Ctx, draft: JobDraft): void {
  if (ctx.job === draft) ctx.job = undefined;
  const now = iso(ctx.now());
  const job = ctx.store.put('jobs', {
    id: newId(ctx), description: draft.description, status: { state: 'started' }, owner: { id: ctx.user.id },
    start_time: now, last_updated: now, external: false, auto_cleared: true,
  });
  ctx.store.put(`jobs/${job.id}/steps`, { id: newId(ctx), description: 'Validating', type: 'validating', number: 1,
    status: { state: 'finished' }, start_time: now, end_time: now, external: false, job: { id: job.id } });
  const executing = ctx.store.put(`jobs/${job.id}/steps`, { id: newId(ctx), description: 'Executing', type: 'executing', number: 2,
    status: { state: 'started' }, start_time: now, external: false, job: { id: job.id } });
  draft.id = job.id;
  draft.onCommit?.(job.id, executing.id);
  if (draft.pending === 0) endJob(ctx, job.id, 'finished');
}

/** A command that was refused: no job. */
export function dropJob(ctx: Ctx, draft: JobDraft): void {
  if (ctx.job === draft) ctx.job = undefined;
}

export function endJob(ctx: Pick<Ctx, 'store' | 'now'>, jobId: string, state: 'finished' | 'failed' | 'aborted'): void {
  const job = ctx.store.get('jobs', jobId);
  if (!job || job.status?.state !== 'started') return;
  const now = iso(ctx.now());
  Object.assign(job, { status: { state }, end_time: now, last_updated: now });
  for (const s of ctx.store.list(`jobs/${jobId}/steps`)) {
    if (s.status?.state === 'started') Object.assign(s, { status: { state }, end_time: now });
  }
}

/** Called by a state chain: returns the callback its last step runs (also when a newer chain cancels it). */
export function chainOfJob(ctx: Ctx): (() => void) | undefined {
  const draft = ctx.job;
  if (!draft) return undefined;
  draft.pending++;
  return () => {
    draft.pending--;
    if (draft.pending === 0 && draft.id) endJob(ctx, draft.id, 'finished');
  };
}
