// Gluster volumes: create with bricks, start/stop, options.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

describe('gluster volumes', () => {
  it('creates a volume with its bricks, starts it, sets and resets options, refuses removal while up', () => {
    const w = wireEngine();
    const cl = w.engine.store.list('clusters')[1];
    const host = w.engine.store.list('hosts').find((h) => h.cluster.id === cl.id)!;
    const base = `/clusters/${cl.id}/glustervolumes`;
    const r = w.post(base, `<gluster_volume><name>gv1</name><volume_type>distribute</volume_type><bricks><brick><server_id>${host.id}</server_id><brick_dir>/b/1</brick_dir></brick></bricks></gluster_volume>`);
    expect([r.status, r.xml.status.state]).toEqual([201, 'down']);
    expect(w.get(`${base}/${r.xml.id}/bricks`).xml.brick.map((b: any) => b.brick_dir)).toEqual(['/b/1']);
    expect(w.post(`${base}/${r.xml.id}/start`, '<action/>').status).toBe(200);
    expect(w.post(`${base}/${r.xml.id}/start`, '<action/>').status).toBe(409);
    w.post(`${base}/${r.xml.id}/setoption`, '<action><option name="nfs.disable" value="on"/></action>');
    expect(w.get(`${base}/${r.xml.id}`).xml.options.option).toEqual([{ name: 'nfs.disable', value: 'on' }]);
    expect(w.post(`${base}/${r.xml.id}/resetoption`, '<action><force>true</force><option name="nfs.disable"/></action>').status).toBe(200);
    expect(w.del(`${base}/${r.xml.id}`).status).toBe(409);
    w.post(`${base}/${r.xml.id}/stop`, '<action/>');
    expect(w.del(`${base}/${r.xml.id}`).status).toBe(200);
  });

  it('requires bricks', () => {
    const w = wireEngine();
    const cl = w.engine.store.list('clusters')[1];
    const r = w.post(`/clusters/${cl.id}/glustervolumes`, '<gluster_volume><name>gv2</name><volume_type>distribute</volume_type></gluster_volume>');
    expect([r.status, r.xml.reason]).toEqual([400, 'Incomplete parameters']);
  });
});
