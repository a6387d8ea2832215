// The rest of a typical engine's inventory: networks attached to clusters, affinity groups, a Gluster
// volume, quotas and QoS, scheduling policies, bookmarks, jobs, instance types, export-domain content,
// the ovirt-image-repository Glance domain, a floating disk, console sessions, labels and tag assignments.
// Uses its own random stream so the ids of the base inventory stay as they were.
import type { Random } from '../ids';
import type { Store } from '../store';
import type { Entity } from '../types';
import type { Access } from './access';
import type { Infra } from './infrastructure';
import { seedHostDevices } from './hostDevices';

const GiB = 1024 ** 3;

export function seedExtras(store: Store, rnd: Random, infra: Infra, access: Access, now: number): void {
  const { dcs, clusters, hosts, networks, templates } = infra;
  seedHostDevices(store, rnd, hosts, networks, clusters, dcs);
  for (const cl of clusters) {
    for (const n of networks.filter((x) => x.data_center.id === cl.data_center.id && x.name !== 'storage')) {
      store.put(`clusters/${cl.id}/networks`, { id: n.id, required: n.name === 'ovirtmgmt', display: n.name === 'ovirtmgmt',
        usages: { usage: n.name === 'ovirtmgmt' ? ['vm', 'management', 'display', 'migration'] : ['vm'] } });
    }
  }
  store.put(`networks/${networks.find((n) => n.name === 'public')!.id}/labels`, { id: 'public', network: { id: networks.find((n) => n.name === 'public')!.id } });
  const vms = store.list('vms').filter((v) => !v.vmpool);
  const prodVms = vms.filter((v) => v.cluster.id === clusters[0].id).slice(0, 2);
  const group = store.put(`clusters/${clusters[0].id}/affinitygroups`, { id: rnd.uuid(), name: 'web-spread', description: 'Keep web servers apart',
    positive: false, enforcing: true, cluster: { id: clusters[0].id } });
  for (const v of prodVms) store.put(`clusters/${clusters[0].id}/affinitygroups/${group.id}/vms`, { id: v.id });

  const gluster = clusters[1];
  const vol = store.put(`clusters/${gluster.id}/glustervolumes`, { id: rnd.uuid(), name: 'gv0', volume_type: 'replicate', replica_count: 2,
    transport_types: { transport_type: ['tcp'] }, status: { state: 'up' }, cluster: { id: gluster.id },
    options: { option: [{ name: 'auth.allow', value: '*' }, { name: 'performance.cache-size', value: '256MB' }] } });
  hosts.filter((h) => h.cluster.id === gluster.id).forEach((h, i) =>
    store.put(`clusters/${gluster.id}/glustervolumes/${vol.id}/bricks`, { id: rnd.uuid(), name: `${h.address}:/bricks/gv0/b${i}`,
      server_id: h.id, brick_dir: `/bricks/gv0/b${i}`, status: { state: 'up' }, gluster_volume: { id: vol.id } }));
  store.put(`clusters/${gluster.id}/glustervolumes`, { id: rnd.uuid(), name: 'gv-archive', volume_type: 'distribute',
    transport_types: { transport_type: ['tcp'] }, status: { state: 'down' }, cluster: { id: gluster.id } });
  store.put(`clusters/${gluster.id}/glusterhooks`, { id: rnd.uuid(), name: 'add-brick-PRE-28Quota.sh', gluster_command: 'add-brick', stage: 'pre',
    content_type: 'text', checksum: '9b4d8a4b0f0a3f8e0f8f7a3c4d6b2e1a', conflict_status: 0, status: { state: 'enabled' }, cluster: { id: gluster.id } });

  store.put(`datacenters/${dcs[0].id}/quotas`, { id: rnd.uuid(), name: 'Default', description: 'Default unlimited quota', data_center: { id: dcs[0].id },
    cluster_soft_limit_pct: 80, cluster_hard_limit_pct: 20, storage_soft_limit_pct: 80, storage_hard_limit_pct: 20 });
  store.put(`datacenters/${dcs[0].id}/qoss`, { id: rnd.uuid(), name: 'storage-gold', description: 'Gold storage QoS', type: 'storage',
    max_throughput: 500, max_iops: 5000, data_center: { id: dcs[0].id } });
  store.put(`datacenters/${dcs[0].id}/qoss`, { id: rnd.uuid(), name: 'cpu-half', type: 'cpu', cpu_limit: 50, data_center: { id: dcs[0].id } });

  for (const [name, policy] of [['none', 'none'], ['evenly_distributed', 'evenly_distributed'], ['power_saving', 'power_saving'], ['vm_evenly_distributed', 'vm_evenly_distributed']]) {
    store.put('schedulingpolicies', { id: rnd.uuid(), name, description: `${name} scheduling policy`, policy, locked: true, default_policy: name === 'none' });
  }
  for (const [name, type] of [['Memory', 'filter'], ['CPU', 'filter'], ['OptimalForEvenDistribution', 'weight'], ['OptimalForPowerSaving', 'balance']]) {
    store.put('schedulingpolicyunits', { id: rnd.uuid(), name, description: `${name} ${type} module`, type, enabled: true, internal: true });
  }
  store.put('bookmarks', { id: rnd.uuid(), name: 'Running VMs', value: 'Vms: status=up' });
  store.put('bookmarks', { id: rnd.uuid(), name: 'Hosts in maintenance', value: 'Hosts: status=maintenance' });
  store.put('instancetypes', { id: rnd.uuid(), name: 'Small', description: 'Small instance type', display: { type: 'spice', monitors: 1 }, memory: 2 * GiB,
    cpu: { topology: { sockets: 1, cores: 1, threads: 1 } }, high_availability: { enabled: false, priority: 0 } });
  store.put('instancetypes', { id: rnd.uuid(), name: 'Large', description: 'Large instance type', display: { type: 'spice', monitors: 1 }, memory: 8 * GiB,
    cpu: { topology: { sockets: 2, cores: 2, threads: 1 } }, high_availability: { enabled: false, priority: 0 } });

  const admin = access.users[0];
  const job = store.put('jobs', { id: rnd.uuid(), description: `Adding Disk data-scratch to Storage Domain ${infra.dataDomains[0].name}`,
    status: { state: 'finished' }, owner: { id: admin.id }, start_time: new Date(now - 7200_000).toISOString(),
    end_time: new Date(now - 7100_000).toISOString(), last_updated: new Date(now - 7100_000).toISOString(), external: false, auto_cleared: true });
  store.put(`jobs/${job.id}/steps`, { id: rnd.uuid(), description: 'Executing', type: 'executing', number: 1, status: { state: 'finished' },
    start_time: job.start_time, end_time: job.end_time, external: false, job: { id: job.id } });

  const exportSd = store.list('storagedomains').find((d) => d.type === 'export')!;
  const archived = store.put(`storagedomains/${exportSd.id}/vms`, { id: rnd.uuid(), name: 'legacy-app', description: 'Exported before decommissioning',
    memory: 2 * GiB, type: 'server', status: { state: 'down' }, os: { type: 'rhel_7x64', boot: [{ dev: 'hd' }] },
    cpu: { topology: { sockets: 1, cores: 2, threads: 1 } }, creation_time: new Date(now - 400 * 86400_000).toISOString(),
    storage_domain: { id: exportSd.id } });
  store.put(`storagedomains/${exportSd.id}/vms/${archived.id}/disks`, { id: rnd.uuid(), alias: 'legacy-app_Disk1', provisioned_size: 20 * GiB,
    format: 'cow', interface: 'virtio', bootable: true, status: { state: 'ok' } });
  store.put(`storagedomains/${exportSd.id}/templates`, { id: rnd.uuid(), name: 'rhel7-golden', description: 'RHEL 7 golden image (archived)',
    memory: 2 * GiB, status: { state: 'ok' }, os: { type: 'rhel_7x64', boot: [{ dev: 'hd' }] }, cpu: { topology: { sockets: 1, cores: 1, threads: 1 } },
    creation_time: new Date(now - 500 * 86400_000).toISOString(), storage_domain: { id: exportSd.id } });

  const glance = store.put('storagedomains', { id: rnd.uuid(), name: 'ovirt-image-repository', description: 'Public Glance repository for oVirt',
    type: 'image', master: false, storage: { type: 'glance', address: 'http://glance.ovirt.org:9292' }, external_status: { state: 'ok' },
    available: 0, used: 0, committed: 0, storage_format: 'v1' });
  for (const name of ['CirrOS 0.4.0 for x86_64', 'Fedora 34 Cloud Base Image v1.2 for x86_64', 'CentOS 8 Generic Cloud Image v1 for x86_64']) {
    store.put(`storagedomains/${glance.id}/images`, { id: rnd.uuid(), name, storage_domain: { id: glance.id } });
  }

  store.put('disks', { id: rnd.uuid(), alias: 'scratch-data', name: 'scratch-data', description: 'Floating scratch disk', image_id: rnd.uuid(),
    storage_domains: { storage_domain: [{ id: infra.dataDomains[0].id }] }, provisioned_size: 10 * GiB, size: 10 * GiB, actual_size: GiB,
    status: { state: 'ok' }, interface: 'virtio', format: 'raw', sparse: false, bootable: false, shareable: true,
    wipe_after_delete: false, propagate_errors: false, read_only: false, storage_type: 'image' });

  // Templates carry a bootable disk and a NIC, so VMs made from them (and the pool's VMs) can boot.
  for (const t of templates.filter((x) => x.name !== 'Blank')) {
    store.put(`templates/${t.id}/disks`, { id: rnd.uuid(), alias: `${t.name}_Disk1`, name: `${t.name}_Disk1`, image_id: rnd.uuid(),
      storage_domains: { storage_domain: [{ id: infra.dataDomains[0].id }] }, provisioned_size: 20 * GiB, size: 20 * GiB, actual_size: 2 * GiB,
      status: { state: 'ok' }, interface: 'virtio', format: 'cow', sparse: true, bootable: true, shareable: false, wipe_after_delete: false,
      propagate_errors: false, read_only: false, storage_type: 'image', template: { id: t.id } });
    store.put(`templates/${t.id}/nics`, { id: rnd.uuid(), name: 'nic1', interface: 'virtio', linked: true, plugged: true,
      network: { id: networks[0].id }, vnic_profile: { id: infra.vnicProfiles[0].id }, template: { id: t.id } });
  }
  for (const v of store.list('vms').filter((x) => x.vmpool)) {
    const t = store.get(`templates`, v.template.id)!;
    for (const d of store.list(`templates/${t.id}/disks`)) {
      store.put(`vms/${v.id}/disks`, { ...d, id: rnd.uuid(), image_id: rnd.uuid(), alias: `${v.name}_Disk1`, name: `${v.name}_Disk1`, template: undefined });
    }
    store.put(`vms/${v.id}/nics`, { id: rnd.uuid(), name: 'nic1', interface: 'virtio', linked: true, plugged: true,
      mac: { address: `00:1a:4a:ff:ff:${(0x10 + store.list('vms').indexOf(v) % 200).toString(16).padStart(2, '0')}` }, network: { id: networks[0].id } });
  }
  // The directory behind the internal domain: the users already added plus people not yet added (guide 20).
  const domainId = access.users[0].domain.id;
  for (const u of access.users) {
    store.put(`_directory/${domainId}/users`, { id: u.domain_entry_id, name: u.name, last_name: u.last_name, user_name: u.user_name,
      principal: u.principal, email: u.email, department: u.department, namespace: '*', domain: { id: domainId } });
  }
  for (const [first, last, principal, department] of [['John', 'Smith', 'john', 'Finance'], ['Sue', 'Lee', 'sue', 'Engineering']]) {
    store.put(`_directory/${domainId}/users`, { id: rnd.uuid().replace(/-/g, ''), name: first, last_name: last, user_name: `${principal}@internal`,
      principal, email: `${principal}@demo.example.com`, department, namespace: '*', domain: { id: domainId } });
  }
  for (const g of store.list('groups')) store.put(`_directory/${domainId}/groups`, { id: g.domain_entry_id, name: g.name, namespace: '*', domain: { id: domainId } });
  store.put(`_directory/${domainId}/groups`, { id: rnd.uuid(), name: 'demo.example.com/Operations', namespace: '*', domain: { id: domainId } });
  const mary = access.users[1];
  for (const pool of store.list('vmpools')) {
    store.put('permissions', { id: rnd.uuid(), role: { id: access.roles.get('UserRole')!.id }, user: { id: mary.id }, vmpool: { id: pool.id } });
  }
  const upVms = vms.filter((v) => v.status.state === 'up');
  for (const v of upVms.slice(0, 3)) {
    store.put(`vms/${v.id}/sessions`, { id: rnd.uuid(), console_user: false, protocol: 'guest_agent', vm: { id: v.id },
      user: { id: mary.id, user_name: mary.user_name }, ip: { address: '192.0.2.20' } });
  }
  const numaVm = vms.find((v) => v.status.state === 'down')!;
  // A second, unplugged data disk: hot-plug it to try activate (guide 15.6.2).
  store.put(`vms/${numaVm.id}/disks`, { id: rnd.uuid(), alias: `${numaVm.name}_Disk2`, name: `${numaVm.name}_Disk2`, image_id: rnd.uuid(),
    storage_domains: { storage_domain: [{ id: infra.dataDomains[0].id }] }, provisioned_size: 5 * GiB, size: 5 * GiB, actual_size: GiB,
    status: { state: 'ok' }, interface: 'virtio', format: 'raw', sparse: false, bootable: false, shareable: false, wipe_after_delete: false,
    propagate_errors: false, read_only: false, storage_type: 'image', active: false });
  store.put(`vms/${numaVm.id}/numanodes`, { id: rnd.uuid(), index: 0, memory: 1024, cpu: { cores: { core: [{ index: 0 }] } }, vm: { id: numaVm.id } });
  store.put(`hosts/${hosts[0].id}/tags`, { id: access.tags[0].id, name: access.tags[0].name, description: access.tags[0].description });
  store.put(`users/${mary.id}/tags`, { id: access.tags[4].id, name: access.tags[4].name, description: access.tags[4].description });
  store.put(`hosts/${hosts[0].id}/katelloerrata`, { id: rnd.uuid(), name: 'RHSA-2021:1234', title: 'Important: kernel security update',
    type: 'security', severity: 'important', issued: new Date(now - 30 * 86400_000).toISOString(), summary: 'An update for kernel is now available.' });
  store.put(`hosts/${hosts[1].id}/unmanagednetworks`, { id: rnd.uuid(), name: 'virbr0', host: { id: hosts[1].id } });
  // helpdesk@internal holds the custom HelpdeskRole on the Default and Production clusters, so through the user
  // API (`Filter: true`) it sees those clusters' VMs and may issue console tickets, but run or change nothing.
  const helpdesk = access.users.find((u) => u.principal === 'helpdesk')!;
  for (const cl of clusters.filter((c) => c.name === 'Default' || c.name === 'Production')) {
    store.put('permissions', { id: rnd.uuid(), role: { id: access.roles.get('HelpdeskRole')!.id }, user: { id: helpdesk.id }, cluster: { id: cl.id } });
  }
  seedQuotaLimits(store, rnd, infra, access);
  seedIscsiBond(store, rnd, infra);
  void templates;
  void ({} as Entity);
}

/**
 * The Default data center's quota gets limits (RSDL …/quotas/{id}/quotaclusterlimits and quotastoragelimits): CPUs
 * and memory (GiB) on the Default cluster, with what its running VMs use, and space (GiB) on data1; mary may consume it.
 */
function seedQuotaLimits(store: Store, rnd: Random, infra: Infra, access: Access): void {
  const dc = infra.dcs[0];
  const quota = store.list(`datacenters/${dc.id}/quotas`)[0];
  const key = `datacenters/${dc.id}/quotas/${quota.id}`;
  const cluster = infra.clusters[0];
  const running = store.list('vms').filter((v) => v.cluster.id === cluster.id && v.host);
  const vcpus = running.reduce((n, v) => n + (v.cpu?.topology?.cores ?? 1) * (v.cpu?.topology?.sockets ?? 1), 0);
  const memory = running.reduce((n, v) => n + v.memory, 0) / GiB;
  store.put(`${key}/quotaclusterlimits`, { id: rnd.uuid(), quota: { id: quota.id }, cluster: { id: cluster.id },
    vcpu_limit: 64, vcpu_usage: vcpus, memory_limit: 256, memory_usage: memory });
  const data1 = infra.dataDomains[0];
  const used = store.list('vms').flatMap((v) => store.list(`vms/${v.id}/disks`))
    .filter((d) => d.storage_domains?.storage_domain?.[0]?.id === data1.id).reduce((n, d) => n + (d.actual_size ?? 0), 0) / GiB;
  store.put(`${key}/quotastoragelimits`, { id: rnd.uuid(), quota: { id: quota.id }, storage_domain: { id: data1.id }, limit: 1000, usage: used });
  const mary = access.users.find((u) => u.principal === 'mary')!;
  store.put('permissions', { id: rnd.uuid(), role: { id: access.roles.get('QuotaConsumer')!.id }, user: { id: mary.id }, quota: { id: quota.id } });
}

/** guide 9.3 (`iscsibonds`): the Default data center bonds the `storage` network with the iSCSI target's connection. */
function seedIscsiBond(store: Store, rnd: Random, infra: Infra): void {
  const dc = infra.dcs[0];
  const conn = store.put('storageconnections', { id: rnd.uuid(), address: 'iscsi.demo.example.com', type: 'iscsi', port: 3260,
    target: 'iqn.2003-01.org.demo:storage' });
  const net = infra.networks.find((n) => n.name === 'storage' && n.data_center.id === dc.id)!;
  store.put(`datacenters/${dc.id}/iscsibonds`, { id: rnd.uuid(), name: 'iscsi-bond0', description: 'Multipath iSCSI over the storage network',
    data_center: { id: dc.id }, storage_connections: { storage_connection: [{ id: conn.id }] }, networks: { network: [{ id: net.id }] } });
}
