// A data center's quotas (with their cluster and storage limits and permissions) and its iSCSI bond.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

function setup() {
  const w = wireEngine();
  const dc = w.engine.store.list('datacenters')[0];
  const quota = w.get(`/datacenters/${dc.id}/quotas`).xml.quota[0];
  return { w, dc, quota, qPath: `/datacenters/${dc.id}/quotas/${quota.id}` };
}

describe('quotas', () => {
  it('link to their limits and permissions, which answer with the seeded data', () => {
    const { w, dc, quota, qPath } = setup();
    const rels = quota.link.map((l: any) => [l.rel, l.href]);
    for (const rel of ['permissions', 'quotaclusterlimits', 'quotastoragelimits']) expect(rels).toContainEqual([rel, `${w.base}${qPath}/${rel}`]);

    const cl = w.get(`${qPath}/quotaclusterlimits`);
    expect(cl.root).toBe('cluster_quota_limits');
    const limit = cl.xml.cluster_quota_limit[0];
    const defaultCluster = w.engine.store.list('clusters').find((c) => c.name === 'Default')!;
    expect([limit.cluster.id, limit.quota.id, limit.vcpu_limit, limit.memory_limit]).toEqual([defaultCluster.id, quota.id, 64, 256]);
    expect(limit.vcpu_usage).toBeGreaterThan(0);
    expect(w.get(`${qPath}/quotaclusterlimits/${limit.id}`).xml.id).toBe(limit.id);

    const sl = w.get(`${qPath}/quotastoragelimits`).xml.storage_quota_limit[0];
    const data1 = w.engine.store.list('storagedomains').find((d) => d.name === 'data1')!;
    expect([sl.storage_domain.id, sl.limit]).toEqual([data1.id, 1000]);

    const perms = w.get(`${qPath}/permissions`).xml.permission;
    const mary = w.engine.store.list('users').find((u) => u.user_name === 'mary@internal')!;
    expect(perms.map((p: any) => [p.user.id, w.engine.store.get('roles', p.role.id)!.name])).toEqual([[mary.id, 'QuotaConsumer']]);
    void dc;
  });

  it('adds and removes a cluster limit', () => {
    const { w, qPath } = setup();
    const lab = w.engine.store.list('clusters').find((c) => c.name === 'Production')!;
    const r = w.post(`${qPath}/quotaclusterlimits`, `<cluster_quota_limit><cluster id="${lab.id}"/><vcpu_limit>8</vcpu_limit><memory_limit>16</memory_limit></cluster_quota_limit>`);
    expect(r.status).toBe(201);
    expect(w.get(`${qPath}/quotaclusterlimits`).xml.cluster_quota_limit.map((l: any) => l.vcpu_limit)).toEqual([64, 8]);
    expect(w.del(`${qPath}/quotaclusterlimits/${r.xml.id}`).status).toBe(200);
    expect(w.get(`${qPath}/quotaclusterlimits`).xml.cluster_quota_limit).toHaveLength(1);
  });

  it('a quota permission grants nothing system-wide: mary stays no administrator and sees no hosts', () => {
    const { w } = setup();
    const MARY = { authorization: `Basic ${btoa('mary@internal:mary')}`, filter: 'true' };
    expect(w.get('/hosts', MARY).xml.host ?? []).toEqual([]);
    const mary = w.engine.store.list('users').find((u) => u.user_name === 'mary@internal')!;
    expect((w.get(`/users/${mary.id}/roles`).xml.role ?? []).map((r: any) => r.name)).not.toContain('QuotaConsumer');
  });
});

describe('iSCSI bonds', () => {
  it('the Default data center has one, with the storage network and the iSCSI connection', () => {
    const { w, dc } = setup();
    const bond = w.get(`/datacenters/${dc.id}/iscsibonds`).xml.iscsi_bond[0];
    expect(bond.name).toBe('iscsi-bond0');
    const path = `/datacenters/${dc.id}/iscsibonds/${bond.id}`;
    expect(bond.link.map((l: any) => l.rel)).toEqual(expect.arrayContaining(['networks', 'storageconnections']));
    expect(w.get(`${path}/networks`).xml.network.map((n: any) => n.name)).toEqual(['storage']);
    const conns = w.get(`${path}/storageconnections`).xml.storage_connection;
    expect(conns.map((c: any) => [c.type, c.address, c.target])).toEqual([['iscsi', 'iscsi.demo.example.com', 'iqn.2003-01.org.demo:storage']]);

    const pub = w.engine.store.list('networks').find((n) => n.name === 'public')!;
    expect(w.post(`${path}/networks`, `<network id="${pub.id}"/>`).status).toBe(201);
    expect(w.get(`${path}/networks`).xml.network.map((n: any) => n.name)).toEqual(['storage', 'public']);
    expect(w.del(`${path}/networks/${pub.id}`).status).toBe(200);
    expect(w.get(`${path}/networks`).xml.network.map((n: any) => n.name)).toEqual(['storage']);
  });
});
