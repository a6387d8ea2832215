// Work shared by every portal server on one PostgreSQL database, through pg-boss. Each tick, each server
// (1) notes it is alive, (2) sends a job for every request with a step due (queue policy `short` with the
// request as singleton key: however many servers see it due, at most one job per request waits), and
// pg-boss hands each job to one server (SKIP LOCKED). The worker then takes the request's advisory lock
// (pgRequests.ts) before the step, so even a job that two servers hold (one that outlived its expiry) runs
// its step once. A server killed mid-step loses its connection and with it the lock; the next tick, any
// server sends the request's job again and the step goes on from what the row recorded (steps.ts).
import PgBoss from 'pg-boss';
import type { PgRequests } from './pgRequests';
import type { SnapshotScheduler } from './scheduler';

export const QUEUE = 'snapshot-request-step';

export interface SharedWork {
  /** Resolves once no step job is waiting or running (tests). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export async function startSharedWork(opts: {
  url: string; requests: PgRequests; scheduler: SnapshotScheduler; now: () => number; log: (text: string) => void;
}): Promise<SharedWork> {
  const { requests, scheduler, now, log } = opts;
  const boss = new PgBoss({ connectionString: opts.url, max: 4, schedule: false, application_name: `ovirt-portal ${requests.serverId}` } as PgBoss.ConstructorOptions);
  boss.on('error', (e) => log(`pg-boss: ${e.message}`));
  await boss.start();
  if (!(await boss.getQueue(QUEUE))) await boss.createQueue(QUEUE, { name: QUEUE, policy: 'short', retryLimit: 0, expireInSeconds: 300 });
  const startedOn = now();

  let worker = '';
  scheduler.pass = async () => {
    const { aliveSince } = await requests.heartbeat(startedOn);
    scheduler.upSince = aliveSince ?? startedOn;
    let sent = 0;
    for (const id of await requests.due(now())) {
      if (await boss.send(QUEUE, { id }, { singletonKey: `sr-${id}`, retryLimit: 0, expireInSeconds: 300 })) sent++;
    }
    if (sent && worker) boss.notifyWorker(worker); // no need to wait for its next poll
  };
  worker = await boss.work<{ id: number }>(QUEUE, { pollingIntervalSeconds: 0.5, batchSize: 4 }, async (jobs) => {
    for (const job of jobs) await requests.withLock(job.data.id, () => scheduler.stepById(job.data.id));
  });
  return {
    async idle() {
      while ((await boss.getQueueSize(QUEUE, { before: 'completed' })) > 0) await new Promise((r) => setTimeout(r, 20));
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 5000 });
    },
  };
}
