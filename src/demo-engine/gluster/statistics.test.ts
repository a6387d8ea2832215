// Gluster volume and brick statistics (gluster/statistics.ts): the engine's names and units, a volume's capacity
// from its bricks, nothing for a volume that is down, one statistic by id, also through the data center.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

const arr = (x: any) => (Array.isArray(x) ? x : x ? [x] : []);

describe('gluster statistics', () => {
  it("reports a started volume's capacity and each brick's size and allocator figures", () => {
    const w = wireEngine();
    const cl = w.engine.store.list('clusters').find((c) => w.engine.store.list(`clusters/${c.id}/glustervolumes`).length)!;
    const vol = w.engine.store.list(`clusters/${cl.id}/glustervolumes`).find((v) => v.status?.state === 'up')!;
    const base = `/clusters/${cl.id}/glustervolumes/${vol.id}`;
    const stats = arr(w.get(`${base}/statistics`).xml.statistic);
    const by = (list: any[], n: string) => list.find((s) => s.name === n);
    expect(stats.map((s) => s.name)).toEqual(['memory.total.size', 'memory.free.size', 'memory.used.size']);
    const [total, free, used] = ['total', 'free', 'used'].map((k) => by(stats, `memory.${k}.size`).values.value[0].datum);
    expect(total).toBeGreaterThan(0);
    expect(Math.abs(free + used - total)).toBeLessThanOrEqual(2);
    expect(by(stats, 'memory.total.size')).toMatchObject({ type: 'GAUGE', unit: 'BYTES', gluster_volume: { id: vol.id } });

    const brick = w.engine.store.list(`clusters/${cl.id}/glustervolumes/${vol.id}/bricks`)[0];
    const brickStats = arr(w.get(`${base}/bricks/${brick.id}/statistics`).xml.statistic);
    expect(brickStats.map((s) => s.name)).toEqual(expect.arrayContaining(['memory.total.size', 'memory.free.size', 'malloc.arena', 'malloc.keepcost']));
    expect(brickStats).toHaveLength(13);
    const one = by(brickStats, 'malloc.ordblks');
    const got = w.get(`/datacenters/${cl.data_center.id}${base}/bricks/${brick.id}/statistics/${one.id}`);
    expect([got.status, got.root, got.xml.name, got.xml.type, got.xml.brick.id]).toEqual([200, 'statistic', 'malloc.ordblks', 'COUNTER', brick.id]);
    expect(w.get(`${base}/bricks/${brick.id}/statistics/nope`).status).toBe(404);
  });

  it('reports nothing for a volume that is down, as gluster gives no capacity then', () => {
    const w = wireEngine();
    const cl = w.engine.store.list('clusters').find((c) => w.engine.store.list(`clusters/${c.id}/glustervolumes`).length)!;
    const down = w.engine.store.list(`clusters/${cl.id}/glustervolumes`).find((v) => v.status?.state !== 'up')!;
    const r = w.get(`/clusters/${cl.id}/glustervolumes/${down.id}/statistics`);
    expect([r.status, r.root, arr(r.xml?.statistic)]).toEqual([200, 'statistics', []]);
  });
});
