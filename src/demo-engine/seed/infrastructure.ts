// Data centers, clusters, hosts, networks, storage domains, templates, MAC pool, profiles.
import { BLANK_ID, type Random } from '../ids';
import type { Store } from '../store';
import type { Entity } from '../types';

export interface Infra {
  dcs: Entity[];
  clusters: Entity[];
  hosts: Entity[];
  dataDomains: Entity[];
  templates: Entity[];
  networks: Entity[];
  vnicProfiles: Entity[];
}

const GiB = 1024 ** 3;
const version = (major: number, minor: number) => ({ major, minor });

export function seedInfrastructure(store: Store, rnd: Random, now: number): Infra {
  const macPool = store.put('macpools', {
    id: rnd.uuid(), name: 'Default', description: 'Default MAC pool', allow_duplicates: false, default_pool: true,
    ranges: { range: [{ from: '00:1a:4a:16:01:51', to: '00:1a:4a:16:01:e6' }] },
  });
  const dcs = [
    { name: 'Default', description: 'The default Data Center' },
    { name: 'Lab', description: 'Test lab in building B' },
  ].map((d) => store.put('datacenters', {
    id: rnd.uuid(), ...d, local: false, storage_format: 'v3', version: version(4, 3),
    supported_versions: { version: [version(4, 2), version(4, 3)] }, status: { state: 'up' },
    mac_pool: { id: macPool.id }, quota_mode: 'disabled',
  }));

  const mgmt = dcs.map((dc) => store.put('networks', {
    id: rnd.uuid(), name: 'ovirtmgmt', description: 'Management Network', data_center: { id: dc.id },
    stp: false, mtu: 0, usages: { usage: ['vm', 'management'] }, required: true, profile_required: false,
  }));
  const extra = [
    store.put('networks', { id: rnd.uuid(), name: 'storage', description: 'iSCSI and NFS traffic', data_center: { id: dcs[0].id },
      vlan: { id: 20 }, stp: false, mtu: 9000, usages: { usage: [] }, required: false, profile_required: false }),
    store.put('networks', { id: rnd.uuid(), name: 'public', description: 'Guest traffic', data_center: { id: dcs[0].id },
      vlan: { id: 30 }, stp: false, mtu: 1500, usages: { usage: ['vm'] }, required: false, profile_required: false }),
  ];
  const networks = [...mgmt, ...extra];
  const vnicProfiles = networks.filter((n) => n.usages.usage.includes('vm')).map((n) => store.put('vnicprofiles', {
    id: rnd.uuid(), name: n.name, network: { id: n.id }, port_mirroring: false,
  }));

  const clusters = [
    { name: 'Default', dc: dcs[0], cpu: 'Intel Skylake Client Family' },
    { name: 'Production', dc: dcs[0], cpu: 'Intel Cascadelake Server Family' },
    { name: 'Lab', dc: dcs[1], cpu: 'AMD EPYC' },
  ].map((c) => store.put('clusters', {
    id: rnd.uuid(), name: c.name, description: `${c.name} cluster`,
    cpu: { id: c.cpu, architecture: 'x86_64' }, data_center: { id: c.dc.id },
    memory_policy: { overcommit: { percent: 100 }, transparent_hugepages: { enabled: true } },
    version: version(4, 3), error_handling: { on_error: 'migrate' }, virt_service: true, gluster_service: false,
    threads_as_cores: false, tunnel_migration: false, trusted_service: false, ha_reservation: false,
    ballooning_enabled: true, ksm: { enabled: true, merge_across_nodes: true },
    management_network: { id: mgmt[dcs.indexOf(c.dc)].id },
  }));
  for (const cl of clusters) {
    store.put('cpuprofiles', { id: rnd.uuid(), name: cl.name, description: `CPU profile of ${cl.name}`, cluster: { id: cl.id } });
  }

  const hostStates = ['up', 'up', 'up', 'maintenance', 'non_responsive', 'up'];
  const hosts = hostStates.map((state, i) => {
    const cluster = clusters[i < 3 ? 0 : i < 5 ? 1 : 2];
    return store.put('hosts', {
      id: rnd.uuid(), name: `host${String(i + 1).padStart(2, '0')}`, description: `Hypervisor ${i + 1}`,
      address: `host${i + 1}.demo.example.com`, status: { state }, cluster: { id: cluster.id }, port: 54321,
      type: 'rhel', storage_manager: { priority: 5, '#text': i === 0 }, spm: { priority: 5, status: { state: i === 0 ? 'spm' : 'none' } },
      version: { major: 4, minor: 30, build: 33, revision: 0, full_version: 'vdsm-4.30.33-1.el7ev' },
      hardware_information: { manufacturer: 'Dell Inc.', product_name: 'PowerEdge R640', serial_number: `SN${1000 + i}`,
        family: 'Server', uuid: rnd.uuid(), version: '1.0' },
      power_management: { type: 'ipmilan', enabled: i < 3, address: `10.0.0.${100 + i}`, username: 'root' },
      ksm: { enabled: true }, transparent_hugepages: { enabled: true },
      iscsi: { initiator: `iqn.1994-05.com.redhat:host${i + 1}` }, ssh: { port: 22, fingerprint: `SHA256:demo${i}` },
      cpu: { topology: { sockets: 2, cores: 8, threads: 2 }, name: 'Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz', speed: 2100 },
      memory: (i === 5 ? 64 : 256) * GiB, max_scheduling_memory: (i === 5 ? 48 : 200) * GiB,
      summary: { active: 0, migrating: 0, total: 0 }, protocol: 'stomp',
      os: { type: 'RHEL', version: { major: 7, full_version: '7.7 - 10.el7' } },
      libvirt_version: { major: 4, minor: 5, build: 0, revision: 0, full_version: 'libvirt-4.5.0-23.el7' },
      kdump_status: 'disabled', selinux: { mode: 'enforcing' }, auto_numa_status: 'disable', numa_supported: false,
      live_snapshot_support: true, update_available: i === 2,
      created: now,
    });
  });

  const domains: Entity[] = [];
  const sd = (name: string, type: string, storage: Record<string, any>, dc: Entity | undefined, gib: [number, number], state: string, master = false) => {
    const e = store.put('storagedomains', {
      id: rnd.uuid(), name, type, master, storage, available: gib[0] * GiB, used: gib[1] * GiB, committed: 0,
      storage_format: 'v4', wipe_after_delete: false, warning_low_space_indicator: 10, critical_space_action_blocker: 5,
      ...(dc ? { data_centers: { data_center: [{ id: dc.id }] }, status: { state } } : { status: { state: 'unattached' } }),
    });
    domains.push(e);
    return e;
  };
  const data1 = sd('data1', 'data', { type: 'nfs', address: 'nfs.demo.example.com', path: '/exports/data1' }, dcs[0], [1800, 600], 'active', true);
  const data2 = sd('data2', 'data', { type: 'iscsi', volume_group: { id: rnd.uuid() } }, dcs[0], [900, 1100], 'active');
  const lab = sd('lab-data', 'data', { type: 'nfs', address: 'nfs.demo.example.com', path: '/exports/lab' }, dcs[1], [400, 100], 'active', true);
  sd('iso', 'iso', { type: 'nfs', address: 'nfs.demo.example.com', path: '/exports/iso' }, dcs[0], [200, 50], 'active');
  sd('export', 'export', { type: 'nfs', address: 'nfs.demo.example.com', path: '/exports/export' }, dcs[0], [500, 120], 'maintenance');
  sd('spare', 'data', { type: 'nfs', address: 'nfs2.demo.example.com', path: '/exports/spare' }, undefined, [300, 0], 'unattached');
  for (const d of domains) {
    store.put('diskprofiles', { id: rnd.uuid(), name: d.name, storage_domain: { id: d.id } });
    if (d.storage.address) {
      store.put('storageconnections', { id: rnd.uuid(), address: d.storage.address, type: 'nfs', path: d.storage.path, nfs_version: 'auto' });
    }
  }
  const isoDomain = domains.find((d) => d.type === 'iso')!;
  for (const f of ['rhel-8.4-x86_64-dvd.iso', 'Fedora-Server-34.iso', 'virtio-win-1.9.16.iso', 'windows-server-2019.iso']) {
    store.put(`storagedomains/${isoDomain.id}/files`, { id: f, name: f, content: '', type: 'iso' });
  }

  const templates = [
    store.put('templates', {
      id: BLANK_ID, name: 'Blank', description: 'Blank template', type: 'server', status: { state: 'ok' },
      memory: GiB, cpu: { topology: { sockets: 1, cores: 1, threads: 1 }, architecture: 'x86_64' }, cpu_shares: 0,
      os: { type: 'other', boot: [{ dev: 'hd' }] }, creation_time: new Date(Date.UTC(2008, 3, 1)).toISOString(),
      origin: 'ovirt', stateless: false, delete_protected: false, display: { type: 'spice', monitors: 1 },
      version: { version_number: 1, version_name: 'base version' },
    }),
    ...[
      { name: 'rhel8-base', os: 'rhel_8x64', mem: 4, desc: 'RHEL 8 with cloud-init' },
      { name: 'win2019', os: 'windows_2019x64', mem: 8, desc: 'Windows Server 2019 sysprepped' },
      { name: 'fedora34', os: 'other_linux', mem: 2, desc: 'Fedora 34 workstation' },
    ].map((t, i) => store.put('templates', {
      id: rnd.uuid(), name: t.name, description: t.desc, type: i === 1 ? 'server' : 'desktop', status: { state: 'ok' },
      memory: t.mem * GiB, cpu: { topology: { sockets: 1, cores: 2, threads: 1 }, architecture: 'x86_64' }, cpu_shares: 0,
      os: { type: t.os, boot: [{ dev: 'hd' }] }, cluster: { id: clusters[0].id },
      creation_time: new Date(now - (200 - i * 30) * 86400_000).toISOString(), origin: 'ovirt', stateless: false,
      delete_protected: false, display: { type: i === 1 ? 'vnc' : 'spice', monitors: 1 },
      version: { version_number: 1, version_name: 'base version' },
    })),
  ];
  return { dcs, clusters, hosts, dataDomains: [data1, data2, lab], templates, networks, vnicProfiles };
}
