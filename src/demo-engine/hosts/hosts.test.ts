// @vitest-environment node
// Host actions and rules over the wire (guide 13), texts from recorded ovirt-3.3-faults/Host_*.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

const hostIn = (w: ReturnType<typeof wireEngine>, state: string) => w.engine.store.list('hosts').find((h) => h.status.state === state)!;

describe('hosts', () => {
  it('deactivate moves an idle up host through preparing_for_maintenance to maintenance, activate brings it back', () => {
    const w = wireEngine();
    const host = w.engine.store.list('hosts').find((h) => h.status.state === 'up' && !w.engine.store.list('vms').some((v) => v.host?.id === h.id))
      ?? (() => { const h = hostIn(w, 'up'); for (const v of w.engine.store.list('vms')) if (v.host?.id === h.id) { v.status = { state: 'down' }; delete v.host; } return h; })();
    expect(w.post(`/hosts/${host.id}/deactivate`, '<action/>').status).toBe(200);
    expect(w.get(`/hosts/${host.id}`).xml.status.state).toBe('preparing_for_maintenance');
    w.tick(3000);
    expect(w.get(`/hosts/${host.id}`).xml.status.state).toBe('maintenance');
    const again = w.post(`/hosts/${host.id}/deactivate`, '<action/>');
    expect([again.status, again.xml.fault.detail]).toEqual([409, '[Cannot switch Host to Maintenance mode. Host is already in Maintenance mode.]']);
    w.post(`/hosts/${host.id}/activate`, '<action/>');
    w.tick(3000);
    expect(w.get(`/hosts/${host.id}`).xml.status.state).toBe('up');
    const twice = w.post(`/hosts/${host.id}/activate`, '<action/>');
    expect([twice.status, twice.xml.fault.detail]).toEqual([409, '[Cannot activate Host. Host in Up status.]']);
  });

  it('refuses to remove an up host and to install or fence-stop it', () => {
    const w = wireEngine();
    const up = hostIn(w, 'up');
    const del = w.del(`/hosts/${up.id}`);
    expect(del.status).toBe(409);
    const install = w.post(`/hosts/${up.id}/install`, '<action/>');
    expect([install.status, install.xml.fault.detail]).toEqual([409, '[Cannot install Host. Please move Host to Maintenance mode first.]']);
    const stop = w.post(`/hosts/${up.id}/fence`, '<action><fence_type>stop</fence_type></action>');
    expect([stop.status, stop.xml.fault.detail]).toEqual([409, '[Cannot perform Stop operation, Host has to be in Maintenance mode in order to be stopped.]']);
    expect(stop.xml.fence_type).toBe('stop');
    const noType = w.post(`/hosts/${up.id}/fence`, '<action/>');
    expect([noType.status, noType.xml.detail]).toEqual([400, 'Action [fence_type] required for fence']);
  });

  it('removes a host in maintenance with 200 and refuses a duplicate host name with 400', () => {
    const w = wireEngine();
    const m = hostIn(w, 'maintenance');
    expect(w.del(`/hosts/${m.id}`).status).toBe(200);
    const cluster = w.engine.store.list('clusters')[0];
    const dup = w.post('/hosts', `<host><name>host01</name><address>h.example.com</address><root_password>x</root_password><cluster id="${cluster.id}"/></host>`);
    expect([dup.status, dup.xml.detail]).toEqual([400, '[Cannot add Host. The Host name is already in use, please choose a unique name and try again.]']);
  });

  it('never sends back power management passwords, on create, read or update', () => {
    const w = wireEngine();
    const cluster = w.engine.store.list('clusters')[0];
    const created = w.post('/hosts', `<host><name>pm-host</name><address>pm.example.com</address><root_password>r00t</root_password><cluster id="${cluster.id}"/>`
      + '<power_management type="ipmilan"><enabled>true</enabled><address>192.0.2.9</address><username>fencer</username><password>f3nce</password>'
      + '<agents><agent type="ipmilan"><address>192.0.2.9</address><username>fencer</username><password>ag3nt</password><order>1</order></agent></agents></power_management></host>');
    expect(created.status).toBeLessThan(300);
    const id = created.xml.id;
    const edited = w.put(`/hosts/${id}`, '<host><power_management><password>n3w</password></power_management></host>');
    for (const text of [created.body, w.get(`/hosts/${id}`).body, w.get('/hosts').body, edited.body]) {
      expect(text).toContain('<username>fencer</username>');
      expect(text).not.toMatch(/f3nce|ag3nt|n3w|r00t/);
    }
  });

  it('reports host statistics in the recorded shape', () => {
    const w = wireEngine();
    const stats = w.get(`/hosts/${hostIn(w, 'up').id}/statistics`).xml.statistic;
    expect(stats.map((s: any) => s.name)).toEqual(expect.arrayContaining(['memory.total', 'memory.used', 'cpu.current.user', 'cpu.current.idle']));
    expect(stats[0]).toMatchObject({ type: 'GAUGE', unit: 'BYTES', values: { type: 'INTEGER' } });
  });
});

describe('data center storage domains (guide 10.6)', () => {
  it('attaches an unattached domain (locked → active), deactivates and detaches it', () => {
    const w = wireEngine();
    const dc = w.engine.store.list('datacenters')[0];
    const spare = w.engine.store.list('storagedomains').find((d) => d.status.state === 'unattached')!;
    const r = w.post(`/datacenters/${dc.id}/storagedomains`, `<storage_domain id="${spare.id}"/>`);
    expect(r.status).toBe(201);
    w.tick(3000);
    expect(w.get(`/datacenters/${dc.id}/storagedomains/${spare.id}`).xml.status.state).toBe('active');
    expect(w.post(`/datacenters/${dc.id}/storagedomains/${spare.id}/deactivate`, '<action/>').status).toBe(200);
    w.tick(3000);
    expect(w.del(`/datacenters/${dc.id}/storagedomains/${spare.id}`).status).toBe(200);
    expect(w.get(`/storagedomains/${spare.id}`).xml.status.state).toBe('unattached');
  });

  it('refuses a second ISO domain with the recorded text', () => {
    const w = wireEngine();
    const dc = w.engine.store.list('datacenters')[0];
    const iso = w.post('/storagedomains', '<storage_domain><name>iso2</name><type>iso</type><host><name>host01</name></host><storage><type>nfs</type><address>nfs.example.com</address><path>/iso2</path></storage></storage_domain>');
    expect(iso.status).toBe(201);
    const r = w.post(`/datacenters/${dc.id}/storagedomains`, `<storage_domain id="${iso.xml.id}"/>`);
    expect(r.status).toBe(409);
    expect(r.xml.detail).toMatch(/^\[Cannot attach more than one ISO Storage Domain to the same Data Center\./);
  });
});

describe('maintenance with running VMs', () => {
  it('migrates the running VMs to another host of the cluster, then enters maintenance', () => {
    const w = wireEngine();
    const store = w.engine.store;
    const cluster = store.list('clusters')[0];
    const [a, b] = store.list('hosts').filter((h) => h.cluster.id === cluster.id && h.status.state === 'up');
    // Leave host `a` with two plain running VMs only.
    for (const v of store.list('vms')) if (v.host?.id === a.id) { v.status = { state: 'down' }; delete v.host; }
    const movers = store.list('vms').filter((v) => v.cluster.id === cluster.id && v.status.state === 'down' && !v.vmpool).slice(0, 2);
    for (const v of movers) Object.assign(v, { status: { state: 'up' }, host: { id: a.id } });
    expect(w.post(`/hosts/${a.id}/deactivate`, '<action/>', { 'correlation-id': 'maint' }).status).toBe(200);
    expect(movers.map((v) => w.get(`/vms/${v.id}`).xml.status.state)).toEqual(['migrating', 'migrating']);
    w.tick(2500);
    const progress = w.get(`/vms/${movers[0].id}/statistics`).xml.statistic.find((s: any) => s.name === 'migration.progress').values.value[0].datum;
    expect(progress).toBe(50);
    w.tick(2500);
    expect(movers.map((v) => w.get(`/vms/${v.id}`).xml.host.id).every((id: string) => id !== a.id)).toBe(true);
    expect(w.get(`/hosts/${a.id}`).xml.status.state).toBe('maintenance');
    const codes = store.list('events').filter((e) => e.correlation_id === 'maint').map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining([620, 62, 63, 15]));
    void b;
  });

  it('refuses while a VM cannot move (pinned to the host)', () => {
    const w = wireEngine();
    const vm = w.vmIn('up');
    vm.placement_policy = { affinity: 'pinned', host: { id: vm.host.id } };
    const r = w.post(`/hosts/${vm.host.id}/deactivate`, '<action/>');
    // AppErrors VDS_CANNOT_MAINTENANCE_IT_INCLUDES_NON_MIGRATABLE_VM
    const hostName = w.engine.store.get('hosts', vm.host.id)!.name;
    expect([r.status, r.xml.fault.detail]).toEqual([409, `[Cannot switch the following Hosts to Maintenance mode: ${hostName}.\nOne or more running VMs are indicated as non-migratable. The non-migratable VMs are: ${vm.name}.]`]);
  });
});

describe('seeded hosts', () => {
  it('report the running VMs they carry in their summary', () => {
    const w = wireEngine();
    for (const h of w.engine.store.list('hosts')) {
      const running = w.engine.store.list('vms').filter((v) => v.host?.id === h.id && ['up', 'powering_up', 'migrating', 'paused', 'powering_down', 'reboot_in_progress', 'not_responding', 'wait_for_launch', 'saving_state', 'restoring_state', 'unknown'].includes(v.status.state));
      expect(w.get(`/hosts/${h.id}`).xml.summary.active).toBe(running.length);
    }
    expect(w.engine.store.list('hosts').some((h) => h.summary.active > 0)).toBe(true);
  });
});
