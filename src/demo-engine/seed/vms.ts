// VMs across every common status, each with a disk, a NIC, snapshots and statistics; a VM pool.
import type { Random } from '../ids';
import type { Store } from '../store';
import type { Access } from './access';
import type { Infra } from './infrastructure';
import type { SeedOptions } from './index';
import { vmDisplay } from '../vmDisplay';

const GiB = 1024 ** 3;
const STATUS_CYCLE = ['up', 'up', 'up', 'down', 'up', 'down', 'suspended', 'paused', 'up', 'down',
  'powering_up', 'up', 'migrating', 'not_responding', 'image_locked', 'up', 'down', 'reboot_in_progress', 'wait_for_launch', 'up'];
const RUNNING = new Set(['up', 'powering_up', 'paused', 'migrating', 'not_responding', 'reboot_in_progress', 'powering_down']);
const ROLES = ['web', 'db', 'app', 'cache', 'mail', 'build', 'desk', 'proxy', 'ldap', 'mon'];
const OS = ['rhel_8x64', 'rhel_7x64', 'windows_2019x64', 'other_linux', 'ubuntu_18_04', 'windows_10x64'];

export function seedVms(store: Store, rnd: Random, infra: Infra, access: Access, opts: SeedOptions): void {
  const upHosts = (clusterId: string) => infra.hosts.filter((h) => h.cluster.id === clusterId && h.status.state === 'up');
  let mac = 0x1a4a160200;
  for (let i = 0; i < opts.vms; i++) {
    const cluster = infra.clusters[i % 7 === 6 ? 2 : i % 3 === 2 ? 1 : 0];
    const state = STATUS_CYCLE[i % STATUS_CYCLE.length];
    const running = RUNNING.has(state);
    const candidates = upHosts(cluster.id);
    const host = running && candidates.length ? candidates[i % candidates.length] : undefined;
    const effectiveState = running && !host ? 'down' : state;
    const template = infra.templates[i % infra.templates.length];
    const memory = [1, 2, 4, 8, 16][i % 5] * GiB;
    const name = `${ROLES[i % ROLES.length]}-${String(i + 1).padStart(opts.vms > 999 ? 5 : 3, '0')}`;
    const created = opts.now - (i % 300 + 1) * 3600_000 * 7;
    const vm = store.put('vms', {
      id: rnd.uuid(), name, description: i % 4 === 0 ? `${ROLES[i % ROLES.length]} server ${i + 1}` : '',
      type: i % 5 === 4 ? 'desktop' : 'server', status: { state: effectiveState }, memory,
      cpu: { topology: { sockets: 1, cores: [1, 2, 4][i % 3], threads: 1 }, architecture: 'x86_64' }, cpu_shares: 0,
      bios: { boot_menu: { enabled: false } }, os: { type: OS[i % OS.length], boot: [{ dev: 'hd' }] },
      cluster: { id: cluster.id }, creation_time: new Date(created).toISOString(), origin: 'ovirt',
      stateless: false, delete_protected: i % 11 === 5, high_availability: { enabled: i % 6 === 0, priority: i % 6 === 0 ? 50 : 0 },
      display: { type: i % 3 === 1 ? 'vnc' : 'spice', monitors: 1, single_qxl_pci: false, allow_override: false,
        smartcard_enabled: false, file_transfer_enabled: true, copy_paste_enabled: true, disconnect_action: 'LOCK_SCREEN' },
      sso: { methods: { method: [{ id: 'guest_agent' }] } }, timezone: 'Etc/GMT', usb: { enabled: false },
      migration_downtime: -1, start_paused: false,
      memory_policy: { guaranteed: memory, ballooning: true },
      template: { id: template.id },
      ...(host ? { host: { id: host.id }, start_time: new Date(opts.now - (i % 48 + 1) * 3600_000).toISOString() } : {}),
      ...(effectiveState === 'down' ? { stop_time: new Date(opts.now - (i % 72 + 1) * 3600_000).toISOString() } : {}),
    });
    if (host) Object.assign(vm.display, vmDisplay(vm, host));
    const domain = infra.dataDomains[cluster.id === infra.clusters[2].id ? 2 : i % 2];
    store.put(`vms/${vm.id}/disks`, {
      id: rnd.uuid(), name: `${name}_Disk1`, alias: `${name}_Disk1`, image_id: rnd.uuid(),
      storage_domains: { storage_domain: [{ id: domain.id }] }, size: (20 + (i % 4) * 10) * GiB,
      provisioned_size: (20 + (i % 4) * 10) * GiB, actual_size: (3 + (i % 7)) * GiB,
      status: { state: effectiveState === 'image_locked' ? 'locked' : 'ok' }, interface: 'virtio_scsi', format: 'cow',
      sparse: true, bootable: true, shareable: false, wipe_after_delete: false, propagate_errors: false, active: true,
      read_only: false, storage_type: 'image',
    });
    store.put(`vms/${vm.id}/nics`, {
      id: rnd.uuid(), name: 'nic1', interface: 'virtio', linked: true, plugged: true,
      mac: { address: (mac++).toString(16).padStart(12, '0').replace(/(..)(?!$)/g, '$1:') },
      network: { id: infra.networks[0].id }, vnic_profile: { id: infra.vnicProfiles[0].id },
    });
    store.put(`vms/${vm.id}/snapshots`, {
      id: rnd.uuid(), description: 'Active VM', type: 'active', date: new Date(created).toISOString(),
      snapshot_status: 'ok', persist_memorystate: false,
    });
    if (i % 4 === 1) {
      store.put(`vms/${vm.id}/snapshots`, {
        id: rnd.uuid(), description: 'before upgrade', type: 'regular', date: new Date(created + 86400_000).toISOString(),
        snapshot_status: 'ok', persist_memorystate: false,
      });
    }
    store.put(`vms/${vm.id}/cdroms`, { id: '00000000-0000-0000-0000-000000000000', file: i % 9 === 0 ? { id: 'rhel-8.4-x86_64-dvd.iso', content: '' } : undefined });
    if (i % 5 === 0) {
      store.put('permissions', { id: rnd.uuid(), role: { id: access.roles.get('UserRole')!.id }, user: { id: access.users[1].id }, vm: { id: vm.id } });
    }
    if (i % 8 === 3) store.put(`vms/${vm.id}/tags`, { id: access.tags[i % access.tags.length].id });
  }
  const pool = store.put('vmpools', {
    id: rnd.uuid(), name: 'training-pool', description: 'Desktops for training sessions', size: 3,
    cluster: { id: infra.clusters[0].id }, template: { id: infra.templates[3].id }, prestarted_vms: 0, max_user_vms: 1,
    type: 'automatic', soundcard_enabled: false, use_latest_template_version: false,
  });
  for (let p = 1; p <= 3; p++) {
    store.put('vms', {
      id: rnd.uuid(), name: `training-pool-${p}`, description: '', type: 'desktop', status: { state: 'down' }, memory: 2 * GiB,
      cpu: { topology: { sockets: 1, cores: 2, threads: 1 }, architecture: 'x86_64' }, os: { type: 'other_linux', boot: [{ dev: 'hd' }] },
      cluster: { id: infra.clusters[0].id }, template: { id: infra.templates[3].id }, vmpool: { id: pool.id },
      creation_time: new Date(opts.now - 86400_000 * 10).toISOString(), origin: 'ovirt', stateless: true, delete_protected: false,
      display: { type: 'spice', monitors: 1 }, high_availability: { enabled: false, priority: 0 },
    });
  }
}
