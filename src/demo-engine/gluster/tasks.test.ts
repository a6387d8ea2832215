// RSDL actions beyond the guide (issue 17): a volume's rebalance and profiling, a cluster's gluster hooks, a
// cluster's emulated machine reset, a floating disk's export, a role granted from the user's side.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

const events = (w: ReturnType<typeof wireEngine>) => w.engine.store.list('events').map((e) => [e.code, e.description]);

describe('gluster volume tasks and hooks', () => {
  it('rebalances and profiles only a started volume, once at a time, and logs the engine\'s codes', () => {
    const w = wireEngine();
    const cl = w.engine.store.list('clusters').find((c) => w.engine.store.list(`clusters/${c.id}/glustervolumes`).length)!;
    const vols = w.engine.store.list(`clusters/${cl.id}/glustervolumes`);
    const up = vols.find((v) => v.status?.state === 'up')!;
    const down = vols.find((v) => v.status?.state !== 'up')!;
    const at = (v: { id: string }, a: string) => w.post(`/clusters/${cl.id}/glustervolumes/${v.id}/${a}`, '<action/>');
    expect([at(down, 'rebalance').status, at(down, 'rebalance').xml.fault.detail]).toEqual([409, `[Cannot rebalance Gluster Volume. Gluster Volume should be started.]`]);
    expect(at(up, 'rebalance').xml.status.state).toBe('complete');
    expect(at(up, 'rebalance').status).toBe(409);
    expect(at(up, 'stoprebalance').status).toBe(200);
    expect(at(up, 'stoprebalance').status).toBe(409);
    expect(at(up, 'startprofile').status).toBe(200);
    expect(at(up, 'stopprofile').status).toBe(200);
    // AuditLogMessages GLUSTER_VOLUME_REBALANCE_START, GLUSTER_VOLUME_PROFILE_START, GLUSTER_VOLUME_PROFILE_STOP
    expect(events(w)).toEqual(expect.arrayContaining([[4012, `Gluster Volume ${up.name} rebalance started on cluster ${cl.name}.`],
      [4022, `Gluster Volume ${up.name} profiling started on cluster ${cl.name}.`], [4024, `Gluster Volume ${up.name} profiling stopped on cluster ${cl.name}.`]]));
  });

  it('disables and enables a hook, refusing what it already is, also through the data center', () => {
    const w = wireEngine();
    const cl = w.engine.store.list('clusters').find((c) => w.engine.store.list(`clusters/${c.id}/glusterhooks`).length)!;
    const hook = w.engine.store.list(`clusters/${cl.id}/glusterhooks`)[0];
    const path = `/datacenters/${cl.data_center.id}/clusters/${cl.id}/glusterhooks/${hook.id}`;
    expect(w.post(`${path}/enable`, '<action/>').status).toBe(409);
    expect(w.post(`${path}/disable`, '<action/>').status).toBe(200);
    expect(w.get(`/clusters/${cl.id}/glusterhooks/${hook.id}`).xml.status.state).toBe('disabled');
    expect(w.post(`${path}/enable`, '<action/>').status).toBe(200);
    expect(w.post(`${path}/resolve`, '<action><resolution_type>copy</resolution_type></action>').status).toBe(409);
  });
});

describe('other RSDL actions', () => {
  it('resets a cluster\'s emulated machine as a cluster update', () => {
    const w = wireEngine();
    const cl = w.engine.store.list('clusters')[0];
    expect(w.post(`/clusters/${cl.id}/resetemulatedmachine`, '<action/>').xml.status.state).toBe('complete');
    expect(events(w)).toContainEqual([811, `Host cluster ${cl.name} was updated by admin@internal`]);
  });

  it('exports a floating disk to an image domain, and refuses a data domain', () => {
    const w = wireEngine();
    const disk = w.engine.store.list('disks').find((d) => d.status?.state === 'ok')!;
    const image = w.engine.store.list('storagedomains').find((d) => d.type === 'image')!;
    const data = w.engine.store.list('storagedomains').find((d) => d.type === 'data')!;
    expect(w.post(`/disks/${disk.id}/export`, `<action><storage_domain id="${data.id}"/></action>`).status).toBe(409);
    expect(w.post(`/disks/${disk.id}/export`, `<action><storage_domain id="${image.id}"/></action>`).status).toBe(200);
    expect(w.engine.store.list(`storagedomains/${image.id}/images`).map((i) => i.name)).toContain(disk.alias ?? disk.name);
  });

  it('grants a user a role on a data center from the user\'s permissions', () => {
    const w = wireEngine();
    const user = w.engine.store.list('users').find((u) => u.user_name?.startsWith('helpdesk') || u.name === 'Help')!;
    const role = w.engine.store.list('roles').find((r) => r.name === 'UserRole')!;
    const dc = w.engine.store.list('datacenters')[1] ?? w.engine.store.list('datacenters')[0];
    const r = w.post(`/users/${user.id}/permissions`, `<permission><role id="${role.id}"/><data_center id="${dc.id}"/></permission>`);
    expect(r.status).toBe(201);
    expect(w.get(`/datacenters/${dc.id}/permissions`).xml.permission.some((p: any) => p.user?.id === user.id && p.role?.id === role.id)).toBe(true);
    expect(w.post(`/users/${user.id}/permissions`, `<permission><role id="${role.id}"/></permission>`).status).toBe(400);
  });
});
