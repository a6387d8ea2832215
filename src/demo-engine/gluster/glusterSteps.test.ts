// A Gluster task's job and step, and the step's statistics (issue 17: `jobs/{id}/steps/{id}/statistics/{id}`),
// as the engine's StartRebalanceGlusterVolume / StartRemoveGlusterVolumeBricks and StepStatisticalQuery give them.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';
import { TASK_MS } from './glusterSteps';

type W = ReturnType<typeof wireEngine>;
const asList = (x: any): any[] => (Array.isArray(x) ? x : x ? [x] : []);

function upVolume(w: W) {
  const cl = w.engine.store.list('clusters').find((c) => w.engine.store.list(`clusters/${c.id}/glustervolumes`).length)!;
  const vol = w.engine.store.list(`clusters/${cl.id}/glustervolumes`).find((v) => v.status?.state === 'up')!;
  return { cl, vol, path: `/clusters/${cl.id}/glustervolumes/${vol.id}` };
}
const jobNamed = (w: W, description: string) => asList(w.get('/jobs').xml.job).find((j) => j.description === description);
const steps = (w: W, job: any) => asList(w.get(`/jobs/${job.id}/steps`).xml.step);
const stats = (w: W, job: any, step: any) => asList(w.get(`/jobs/${job.id}/steps/${step.id}/statistics`).xml.statistic);
const figure = (list: any[], name: string) => list.filter((s) => s.name === name);

describe('a Gluster task as a job with a step of its own', () => {
  it('rebalancing keeps its job started, with per-server figures that grow, until gluster reports it complete', () => {
    const w = wireEngine();
    const { cl, vol, path } = upVolume(w);
    expect(w.post(`${path}/rebalance`, '<action/>').status).toBe(200);
    const job = jobNamed(w, `Rebalancing Gluster Volume ${vol.name} in Cluster ${cl.name}`);
    expect(job.status.state).toBe('started');
    const all = steps(w, job);
    const step = all.find((s) => s.type === 'rebalancing_volume');
    const executing = all.find((s) => s.type === 'executing');
    expect(step).toMatchObject({ external: true, external_type: 'gluster', status: { state: 'started' }, parent_step: { id: executing.id },
      description: `Rebalancing Gluster Volume ${vol.name} in Cluster ${cl.name}.( In Progress )` });

    const servers = new Set(w.engine.store.list(`clusters/${cl.id}/glustervolumes/${vol.id}/bricks`).map((b) => b.server_id));
    w.tick(TASK_MS / 2);
    const half = stats(w, job, step);
    expect(half).toHaveLength(7 * servers.size);
    expect(new Set(half.map((s) => s.host.id))).toEqual(servers);
    expect(half.every((s) => s.step.id === step.id)).toBe(true);
    const status = figure(half, 'status')[0];
    expect(status.values).toEqual({ type: 'STRING', value: [{ datum: 0, detail: 'in_progress' }] });
    const scanned = (list: any[]) => figure(list, 'files.scanned').map((s) => Number(asList(s.values.value)[0].datum));
    expect(scanned(half).every((n) => n > 0)).toBe(true);
    expect(figure(half, 'size.moved')[0].unit).toBe('BYTES');

    // One figure answers on its own href.
    const one = w.get(`/jobs/${job.id}/steps/${step.id}/statistics/${status.id}`);
    expect([one.status, one.root, one.xml.name]).toEqual([200, 'statistic', 'status']);

    w.tick(TASK_MS);
    expect(w.get(`/jobs/${job.id}`).xml.status.state).toBe('finished');
    expect(steps(w, job).find((s) => s.id === step.id).status.state).toBe('finished');
    const end = stats(w, job, step);
    expect(asList(figure(end, 'status')[0].values.value)[0].detail).toBe('completed');
    expect(scanned(end).every((n, i) => n > scanned(half)[i])).toBe(true);
    // The volume can rebalance again, and stopping a rebalance that ended is refused.
    expect(w.post(`${path}/stoprebalance`, '<action/>').status).toBe(409);
    expect(w.post(`${path}/rebalance`, '<action/>').status).toBe(200);
  });

  it('stopping a rebalance aborts its job and step; the figures stop where they were', () => {
    const w = wireEngine();
    const { cl, vol, path } = upVolume(w);
    w.post(`${path}/rebalance`, '<action/>');
    w.tick(60_000);
    expect(w.post(`${path}/stoprebalance`, '<action/>').status).toBe(200);
    const job = jobNamed(w, `Rebalancing Gluster Volume ${vol.name} in Cluster ${cl.name}`);
    expect(job.status.state).toBe('aborted');
    const step = steps(w, job).find((s) => s.type === 'rebalancing_volume');
    expect(step.status.state).toBe('aborted');
    const before = stats(w, job, step);
    w.tick(TASK_MS);
    expect(stats(w, job, step).map((s) => asList(s.values.value)[0])).toEqual(before.map((s) => asList(s.values.value)[0]));
    expect(asList(figure(before, 'status')[0].values.value)[0].detail).toBe('stopped');
  });

  it('migrating brick data is a removing_bricks step over the servers of those bricks, ended by the removal', () => {
    const w = wireEngine();
    const { cl, vol, path } = upVolume(w);
    const brick = w.engine.store.list(`clusters/${cl.id}/glustervolumes/${vol.id}/bricks`)[0];
    expect(w.post(`${path}/bricks/migrate`, `<action><bricks><brick id="${brick.id}"/></bricks></action>`).status).toBe(200);
    const job = jobNamed(w, `Removing Bricks from Gluster Volume ${vol.name} in Cluster ${cl.name}`);
    const step = steps(w, job).find((s) => s.type === 'removing_bricks');
    expect(new Set(stats(w, job, step).map((s) => s.host.id))).toEqual(new Set([brick.server_id]));
    expect(w.del(`${path}/bricks`, `<bricks><brick id="${brick.id}"/></bricks>`).status).toBe(200);
    expect(w.get(`/jobs/${job.id}`).xml.status.state).toBe('finished');
  });

  it('other steps have no statistics', () => {
    const w = wireEngine();
    const job = asList(w.get('/jobs').xml.job)[0];
    for (const s of steps(w, job)) expect(stats(w, job, s)).toEqual([]);
  });
});
