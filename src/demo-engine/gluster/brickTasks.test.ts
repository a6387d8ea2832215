// Brick tasks of a Gluster volume (RSDL bricks/migrate|stopmigrate|activate, DELETE bricks, bricks/{id}/replace).
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

function glusterVolume() {
  const w = wireEngine();
  const cl = w.engine.store.list('clusters').find((c) => w.engine.store.list(`clusters/${c.id}/glustervolumes`).length)!;
  const vols = w.engine.store.list(`clusters/${cl.id}/glustervolumes`);
  const up = vols.find((v) => v.status?.state === 'up')!;
  const base = `/clusters/${cl.id}/glustervolumes/${up.id}/bricks`;
  const bricks = () => w.engine.store.list(`clusters/${cl.id}/glustervolumes/${up.id}/bricks`);
  return { w, cl, up, down: vols.find((v) => v.status?.state !== 'up')!, base, bricks };
}

const brickRef = (id: string) => `<bricks><brick id="${id}"/></bricks>`;

describe('gluster brick tasks', () => {
  it('migrates data off a brick of a started volume, then stops or activates once', () => {
    const { w, cl, down, base, bricks } = glusterVolume();
    const one = bricks()[0];
    const downPath = `/clusters/${cl.id}/glustervolumes/${down.id}/bricks/migrate`;
    expect(w.post(downPath, `<action>${brickRef(one.id)}</action>`).status).toBe(409);
    expect(w.post(`${base}/stopmigrate`, `<action>${brickRef(one.id)}</action>`).xml.fault.detail).toMatch(/No remove brick task/);
    expect(w.post(`${base}/migrate`, `<action>${brickRef(one.id)}</action>`).xml.status.state).toBe('complete');
    expect(w.post(`${base}/migrate`, `<action>${brickRef(one.id)}</action>`).status).toBe(409);
    expect(w.post(`${base}/stopmigrate`, `<action>${brickRef(one.id)}</action>`).xml.status.state).toBe('complete');
    expect(w.post(`${base}/activate`, `<action>${brickRef(one.id)}</action>`).status).toBe(409);
    expect(bricks()).toHaveLength(2);
  });

  it('refuses to migrate every brick or a brick of another volume', () => {
    const { w, base, bricks } = glusterVolume();
    const all = bricks().map((b) => `<brick id="${b.id}"/>`).join('');
    expect(w.post(`${base}/migrate`, `<action><bricks>${all}</bricks></action>`).xml.fault.detail).toMatch(/all the bricks/);
    expect(w.post(`${base}/migrate`, `<action>${brickRef('00000000-0000-0000-0000-000000000000')}</action>`).xml.fault.detail)
      .toMatch(/does not belong to Gluster Volume gv0/);
  });

  it('removes a brick, lowering the replica count, and the brick is gone', () => {
    const { w, cl, up, base, bricks } = glusterVolume();
    const [first] = bricks();
    expect(w.del(base, `<bricks>${`<brick id="${first.id}"/>`}<replica_count>1</replica_count></bricks>`).status).toBe(200);
    expect(w.get(`${base}/${first.id}`).status).toBe(404);
    expect(w.get(`/clusters/${cl.id}/glustervolumes/${up.id}`).xml.replica_count).toBe(1);
    const rest = bricks().map((b) => `<brick id="${b.id}"/>`).join('');
    expect(w.del(base, `<bricks>${rest}</bricks>`).xml.detail).toMatch(/Cannot remove all the bricks from a Volume/);
    expect(w.del(base, '<bricks/>').status).toBe(400);
  });

  it('replaces a brick with a directory on a host of the cluster, also through the data center', () => {
    const { w, cl, up, bricks } = glusterVolume();
    const brick = bricks()[0];
    const host = w.engine.store.list('hosts').find((h) => h.cluster.id === cl.id)!;
    const other = w.engine.store.list('hosts').find((h) => h.cluster.id !== cl.id)!;
    const path = `/datacenters/${cl.data_center.id}/clusters/${cl.id}/glustervolumes/${up.id}/bricks/${brick.id}/replace`;
    const to = (h: { id: string }, dir: string) => `<action><brick><server_id>${h.id}</server_id><brick_dir>${dir}</brick_dir></brick></action>`;
    expect(w.post(path, to(other, '/bricks/new')).xml.fault.detail).toMatch(/not part of the cluster/);
    expect(w.post(path, to(host, '/bricks/new')).xml.status.state).toBe('complete');
    expect(w.get(`/clusters/${cl.id}/glustervolumes/${up.id}/bricks/${brick.id}`).xml.name).toBe(`${host.address}:/bricks/new`);
    expect(w.post(path, to(host, '/bricks/new')).xml.fault.detail).toMatch(/already used/);
  });
});
