// A small hand-built inventory for the search tests: few enough entities that every expected result
// can be read off this file.
import { Store } from '../store';

const GiB = 1024 ** 3;

export function fixtureStore(): Store {
  const s = new Store();
  s.put('datacenters', { id: 'dc1', name: 'Default', status: { state: 'up' }, local: false, version: { major: 4, minor: 3 } });
  s.put('datacenters', { id: 'dc2', name: 'Lab', status: { state: 'maintenance' }, local: true, version: { major: 4, minor: 2 } });
  s.put('clusters', { id: 'c1', name: 'Default', data_center: { id: 'dc1' }, cpu: { architecture: 'x86_64' } });
  s.put('clusters', { id: 'c2', name: 'Lab', data_center: { id: 'dc2' }, cpu: { architecture: 'ppc64' } });
  s.put('hosts', { id: 'h1', name: 'host01', status: { state: 'up' }, cluster: { id: 'c1' }, address: 'h1.example.com', memory: 256 * GiB });
  s.put('hosts', { id: 'h2', name: 'host02', status: { state: 'maintenance' }, cluster: { id: 'c1' }, address: 'h2.example.com', memory: 64 * GiB });
  s.put('hosts', { id: 'h3', name: 'host03', status: { state: 'up' }, cluster: { id: 'c2' }, address: 'h3.lab.example.com' });
  s.put('templates', { id: 't0', name: 'Blank', memory: GiB, status: { state: 'ok' } });
  s.put('templates', { id: 't1', name: 'rhel8', memory: 4 * GiB, cluster: { id: 'c1' }, status: { state: 'ok' } });
  s.put('users', { id: 'u1', name: 'Mary', last_name: 'Jones', user_name: 'mary@internal', department: 'Engineering', domain: { name: 'internal-authz' } });
  s.put('users', { id: 'u2', name: 'Admin', last_name: 'Istrator', user_name: 'admin@internal', department: 'IT', domain: { name: 'internal-authz' } });
  s.put('tags', { id: 'root', name: 'root' });
  s.put('tags', { id: 'tweb', name: 'web', parent: { tag: { id: 'root' } } });
  s.put('tags', { id: 'tfront', name: 'frontend', parent: { tag: { id: 'tweb' } } });
  s.put('tags', { id: 'tdb', name: 'db', parent: { tag: { id: 'root' } } });
  s.put('tags', { id: 'tloose', name: 'standalone' });
  const vm = (id: string, name: string, state: string, extra: Record<string, unknown>) =>
    s.put('vms', { id, name, status: { state }, cluster: { id: 'c1' }, template: { id: 't0' }, type: 'server', description: '', ...extra });
  vm('v1', 'web-01', 'up', { host: { id: 'h1' }, template: { id: 't1' }, memory: 4 * GiB, creation_time: '2024-01-10T10:00:00.000Z',
    os: { type: 'rhel_8x64' }, description: 'Public web server' });
  vm('v2', 'web-02', 'down', { memory: 2 * GiB, creation_time: '2024-02-01T08:00:00.000Z', os: { type: 'windows_2019x64' }, type: 'desktop' });
  vm('v3', 'db-01', 'up', { host: { id: 'h3' }, cluster: { id: 'c2' }, memory: 16 * GiB, creation_time: '2023-12-31T23:00:00.000Z',
    os: { type: 'rhel_8x64' }, description: 'Primary database' });
  vm('v4', 'Web-Admin', 'paused', { host: { id: 'h1' }, memory: GiB, creation_time: '2024-01-10T23:59:59.000Z', os: { type: 'other' } });
  vm('v5', 'cache.(1)+', 'powering_up', { host: { id: 'h3' }, cluster: { id: 'c2' }, memory: 8 * GiB, creation_time: '2024-03-05T00:00:00.000Z' });
  s.put('vms/v1/tags', { id: 'tweb' });
  s.put('vms/v3/tags', { id: 'tdb' });
  s.put('vms/v4/tags', { id: 'tfront' });
  s.put('vms/v2/tags', { id: 'tloose' });
  s.put('permissions', { id: 'p1', role: { id: 'r' }, user: { id: 'u1' }, vm: { id: 'v2' } });
  s.put('permissions', { id: 'p2', role: { id: 'r' }, user: { id: 'u1' }, vm: { id: 'v3' } });
  s.put('permissions', { id: 'p3', role: { id: 'r' }, user: { id: 'u2' } });
  const ev = (id: number, severity: string, code: number, description: string, time: string, refs: Record<string, unknown> = {}) =>
    s.put('events', { id: String(id), severity, code, description, time, origin: 'oVirt', custom_id: -1, ...refs });
  ev(1, 'normal', 30, 'User admin logged in.', '2024-01-01T09:00:00.000Z', { user: { id: 'u2' } });
  ev(2, 'warning', 9000, 'Failed to verify Power Management configuration for Host host02.', '2024-01-03T09:00:00.000Z', { host: { id: 'h2' } });
  ev(3, 'error', 12, 'Host host02 is non responsive.', '2024-01-02T09:00:00.000Z', { host: { id: 'h2' }, vm: { id: 'v1' } });
  ev(4, 'alert', 10, 'VM db-01 is down with error.', '2024-01-04T09:00:00.000Z', { vm: { id: 'v3' } });
  ev(5, 'normal', 32, 'VM web-01 was started.', '2024-01-05T09:00:00.000Z', { vm: { id: 'v1' } });
  const sd = (id: string, name: string, type: string, storage: string, state: string, gib: number, dc?: string) =>
    s.put('storagedomains', { id, name, type, storage: { type: storage }, status: { state }, available: gib * GiB, used: GiB,
      ...(dc ? { data_centers: { data_center: [{ id: dc }] } } : {}) });
  sd('s1', 'data1', 'data', 'nfs', 'active', 1800, 'dc1');
  sd('s2', 'iso1', 'iso', 'nfs', 'active', 200, 'dc1');
  sd('s3', 'spare', 'data', 'iscsi', 'unattached', 300);
  s.put('disks', { id: 'd1', alias: 'web-01_Disk1', provisioned_size: 20 * GiB, actual_size: 3 * GiB, status: { state: 'ok' }, bootable: true, format: 'cow' });
  s.put('disks', { id: 'd2', alias: 'db-01_Disk1', provisioned_size: 100 * GiB, actual_size: 60 * GiB, status: { state: 'locked' }, bootable: false, format: 'raw' });
  return s;
}
