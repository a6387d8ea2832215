// Per-host hardware and networking (guide 13.6-13.9): NICs with the management network attached, network
// attachments, NUMA nodes, iSCSI LUNs visible to the host, fence agents, hooks and host devices.
import type { Random } from '../ids';
import type { Store } from '../store';
import type { Entity } from '../types';

const GiB = 1024 ** 3;

export function seedHostDevices(store: Store, rnd: Random, hosts: Entity[], networks: Entity[], clusters: Entity[], dcs: Entity[]): void {
  hosts.forEach((host, h) => {
    const cluster = clusters.find((c) => c.id === host.cluster.id)!;
    const mgmt = networks.find((n) => n.name === 'ovirtmgmt' && n.data_center.id === cluster.data_center.id)!;
    const up = host.status.state === 'up';
    const nics = ['eth0', 'eth1', 'eth2', 'eth3'].map((name, n) => store.put(`hosts/${host.id}/nics`, {
      id: rnd.uuid(), name, host: { id: host.id },
      mac: { address: `52:54:00:${(h + 16).toString(16)}:00:${(n + 16).toString(16)}` },
      ip: n === 0 ? { address: `10.0.1.${10 + h}`, netmask: '255.255.255.0', gateway: '10.0.1.1' } : { address: '', netmask: '' },
      boot_protocol: n === 0 ? 'static' : 'none', speed: 10_000_000_000,
      status: { state: up || n === 0 ? 'up' : 'down' }, mtu: 1500, bridged: n === 0,
      ...(n === 0 ? { network: { id: mgmt.id } } : {}),
    }));
    store.put(`hosts/${host.id}/networkattachments`, {
      id: rnd.uuid(), network: { id: mgmt.id }, host_nic: { id: nics[0].id }, host: { id: host.id },
      ip_address_assignments: { ip_address_assignment: [{ assignment_method: 'static', ip: { address: `10.0.1.${10 + h}`, netmask: '255.255.255.0' } }] },
    });
    store.put(`hosts/${host.id}/nics/${nics[0].id}/labels`, { id: 'mgmt', host_nic: { id: nics[0].id } });
    for (let n = 0; n < 2; n++) {
      store.put(`hosts/${host.id}/numanodes`, {
        id: rnd.uuid(), name: `node${n}`, index: n, memory: Math.round((host.memory ?? 0) / 2 / 1024 ** 2),
        cpu: { cores: { core: Array.from({ length: 8 }, (_, c) => ({ index: n * 8 + c })) } }, node_distance: n ? '21 10' : '10 21',
        host: { id: host.id },
      });
    }
    store.put(`hosts/${host.id}/storage`, {
      id: `3600a0b80005ad1e${String(h).padStart(8, '0')}`, type: 'iscsi',
      logical_unit: [{ id: `3600a0b80005ad1e${String(h).padStart(8, '0')}`, address: 'iscsi.demo.example.com', port: 3260,
        target: 'iqn.2003-01.org.demo:storage', vendor_id: 'LIO-ORG', product_id: 'demo-lun', serial: `SLIO-ORG_demo-lun_${h}`,
        size: 100 * GiB, paths: 1, lun_mapping: h, status: 'free' }],
      host: { id: host.id },
    });
    if (host.power_management?.enabled) {
      store.put(`hosts/${host.id}/fenceagents`, { id: rnd.uuid(), address: host.power_management.address, username: 'root',
        type: 'ipmilan', order: 1, concurrent: false, encrypt_options: false, port: 623, host: { id: host.id } });
    }
    store.put(`hosts/${host.id}/hooks`, { id: rnd.uuid(), name: '50_vhostmd', event_name: 'before_vm_start', md5: 'a7e4a1e2b2c5d1f3e0a9b8c7d6e5f4a3', host: { id: host.id } });
    store.put(`hosts/${host.id}/devices`, { id: 'computer', name: 'computer', capability: 'system', host: { id: host.id } });
    store.put(`hosts/${host.id}/devices`, { id: 'pci_0000_00_02_0', name: 'pci_0000_00_02_0', capability: 'pci', parent_device: { id: 'computer', name: 'computer' },
      product: { id: '0x0412', name: 'Xeon E3-1200 v3 Processor Integrated Graphics Controller' }, vendor: { id: '0x8086', name: 'Intel Corporation' },
      iommu_group: 1, placeholder: false, host: { id: host.id } });
  });
  void dcs;
}
