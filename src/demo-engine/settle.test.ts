// A demo kept in a state file survives a restart in the middle of state changes: nothing stays half-done.
import { describe, expect, it } from 'vitest';
import { createEngine } from './engine';
import { Store } from './store';
import { wireEngine } from './testing/wire';

describe('restart from a state file', () => {
  it('brings objects whose change was under way to where it was heading, and leaves the seed alone', () => {
    const w = wireEngine();
    const starting = w.vmIn('down');
    const stopping = w.vmIn('up');
    w.post(`/vms/${starting.id}/start`, '<action/>');
    w.post(`/vms/${stopping.id}/stop`, '<action/>');
    const snap = w.post(`/vms/${starting.id}/snapshots`, '<snapshot><description>mid-restart</description></snapshot>').xml.id;
    const seededMigrating = w.engine.store.list('vms').find((v) => v.status.state === 'migrating')!;
    const saved = JSON.parse(JSON.stringify(w.engine.store.toJSON()));
    const restarted = createEngine({ store: Store.fromJSON(saved), now: () => w.clock.t });
    const vm = (id: string) => restarted.store.get('vms', id)!;
    expect(vm(starting.id).status.state).toBe('up');
    expect(vm(stopping.id).status.state).toBe('down');
    expect(vm(stopping.id).host).toBeUndefined();
    expect(restarted.store.get(`vms/${starting.id}/snapshots`, snap)!.snapshot_status).toBe('ok');
    expect(vm(seededMigrating.id).status.state).toBe('migrating');
  });

  it('completes a Gluster task that was under way, with its job', () => {
    const w = wireEngine();
    const cl = w.engine.store.list('clusters').find((c) => w.engine.store.list(`clusters/${c.id}/glustervolumes`).length)!;
    const vol = w.engine.store.list(`clusters/${cl.id}/glustervolumes`).find((v) => v.status?.state === 'up')!;
    w.post(`/clusters/${cl.id}/glustervolumes/${vol.id}/rebalance`, '<action/>');
    const job = w.engine.store.list('jobs').find((j) => j.description.startsWith('Rebalancing'))!;
    expect(job.status.state).toBe('started');
    const restarted = createEngine({ store: Store.fromJSON(JSON.parse(JSON.stringify(w.engine.store.toJSON()))), now: () => w.clock.t });
    expect(restarted.store.get('jobs', job.id)!.status.state).toBe('finished');
    expect(restarted.store.get(`clusters/${cl.id}/glustervolumes`, vol.id)!._rebalancing).toBeUndefined();
  });
});
