// The collections the demo engine serves: URL segment → list root and item element (api.xsd names),
// whether it is searchable (entry point `rel="x/search"`), and its sub-collections (guide chapters 9-26).
import { RSDL_COLLECTIONS, RSDL_SUBS } from './rsdlCollections';

export interface SubDef {
  /** URL segment under the parent, e.g. `nics`. */
  segment: string;
  list: string;
  item: string;
}

export interface CollectionDef {
  segment: string;
  list: string;
  item: string;
  searchable?: boolean;
  subs?: SubDef[];
}

const sub = (segment: string, list: string, item: string): SubDef => ({ segment, list, item });
const permissions = sub('permissions', 'permissions', 'permission');
const tags = sub('tags', 'tags', 'tag');
const statistics = sub('statistics', 'statistics', 'statistic');

export const COLLECTIONS: CollectionDef[] = [
  { segment: 'clusters', list: 'clusters', item: 'cluster', searchable: true, subs: [
    sub('networks', 'networks', 'network'), permissions, sub('glustervolumes', 'gluster_volumes', 'gluster_volume'),
    sub('affinitygroups', 'affinity_groups', 'affinity_group'), sub('cpuprofiles', 'cpu_profiles', 'cpu_profile'),
    sub('glusterhooks', 'gluster_hooks', 'gluster_hook')] },
  { segment: 'datacenters', list: 'data_centers', item: 'data_center', searchable: true, subs: [
    sub('storagedomains', 'storage_domains', 'storage_domain'), sub('clusters', 'clusters', 'cluster'),
    sub('networks', 'networks', 'network'), permissions, sub('quotas', 'quotas', 'quota'),
    sub('iscsibonds', 'iscsi_bonds', 'iscsi_bond'), sub('qoss', 'qoss', 'qos')] },
  { segment: 'events', list: 'events', item: 'event', searchable: true },
  { segment: 'hosts', list: 'hosts', item: 'host', searchable: true, subs: [
    sub('nics', 'host_nics', 'host_nic'), sub('networkattachments', 'network_attachments', 'network_attachment'),
    sub('storage', 'host_storage', 'storage'), sub('numanodes', 'host_numa_nodes', 'host_numa_node'),
    statistics, permissions, tags, sub('hooks', 'hooks', 'hook'), sub('katelloerrata', 'katello_errata', 'katello_erratum'),
    sub('devices', 'host_devices', 'host_device'), sub('fenceagents', 'agents', 'agent'),
    sub('storageconnectionextensions', 'storage_connection_extensions', 'storage_connection_extension'),
    sub('unmanagednetworks', 'unmanaged_networks', 'unmanaged_network')] },
  { segment: 'networks', list: 'networks', item: 'network', searchable: true, subs: [
    permissions, sub('vnicprofiles', 'vnic_profiles', 'vnic_profile'), sub('labels', 'labels', 'label')] },
  { segment: 'roles', list: 'roles', item: 'role', subs: [sub('permits', 'permits', 'permit')] },
  { segment: 'storagedomains', list: 'storage_domains', item: 'storage_domain', searchable: true, subs: [
    permissions, sub('disks', 'disks', 'disk'), sub('files', 'files', 'file'), sub('vms', 'vms', 'vm'),
    sub('templates', 'templates', 'template'), sub('storageconnections', 'storage_connections', 'storage_connection'),
    sub('disksnapshots', 'disk_snapshots', 'disk_snapshot'), sub('diskprofiles', 'disk_profiles', 'disk_profile'),
    sub('images', 'images', 'image')] },
  { segment: 'tags', list: 'tags', item: 'tag' },
  { segment: 'bookmarks', list: 'bookmarks', item: 'bookmark' },
  { segment: 'templates', list: 'templates', item: 'template', searchable: true, subs: [
    sub('disks', 'disks', 'disk'), sub('nics', 'nics', 'nic'), sub('cdroms', 'cdroms', 'cdrom'), permissions, tags,
    sub('watchdogs', 'watchdogs', 'watchdog')] },
  { segment: 'instancetypes', list: 'instance_types', item: 'instance_type', searchable: true },
  { segment: 'users', list: 'users', item: 'user', searchable: true, subs: [permissions, tags, sub('roles', 'roles', 'role')] },
  { segment: 'groups', list: 'groups', item: 'group', searchable: true, subs: [permissions, tags, sub('roles', 'roles', 'role')] },
  { segment: 'domains', list: 'domains', item: 'domain', subs: [sub('users', 'users', 'user'), sub('groups', 'groups', 'group')] },
  { segment: 'vmpools', list: 'vmpools', item: 'vmpool', searchable: true, subs: [permissions] },
  { segment: 'vms', list: 'vms', item: 'vm', searchable: true, subs: [
    sub('applications', 'applications', 'application'), sub('cdroms', 'cdroms', 'cdrom'), sub('disks', 'disks', 'disk'),
    sub('nics', 'nics', 'nic'), sub('numanodes', 'vm_numa_nodes', 'vm_numa_node'), permissions,
    sub('reporteddevices', 'reported_devices', 'reported_device'), sub('sessions', 'sessions', 'session'),
    sub('snapshots', 'snapshots', 'snapshot'), statistics, tags, sub('watchdogs', 'watchdogs', 'watchdog')] },
  { segment: 'disks', list: 'disks', item: 'disk', searchable: true, subs: [statistics, permissions] },
  { segment: 'jobs', list: 'jobs', item: 'job', subs: [sub('steps', 'steps', 'step')] },
  { segment: 'storageconnections', list: 'storage_connections', item: 'storage_connection' },
  { segment: 'vnicprofiles', list: 'vnic_profiles', item: 'vnic_profile', subs: [permissions] },
  { segment: 'diskprofiles', list: 'disk_profiles', item: 'disk_profile', subs: [permissions] },
  { segment: 'cpuprofiles', list: 'cpu_profiles', item: 'cpu_profile', subs: [permissions] },
  { segment: 'schedulingpolicyunits', list: 'scheduling_policy_units', item: 'scheduling_policy_unit' },
  { segment: 'schedulingpolicies', list: 'scheduling_policies', item: 'scheduling_policy' },
  { segment: 'permissions', list: 'permissions', item: 'permission' },
  { segment: 'macpools', list: 'mac_pools', item: 'mac_pool' },
  { segment: 'operatingsystems', list: 'operating_systems', item: 'operating_system' },
];

// The RSDL's further collections and sub-collections (rsdlCollections.ts).
COLLECTIONS.push(...RSDL_COLLECTIONS);
for (const c of COLLECTIONS) if (RSDL_SUBS[c.segment]) c.subs = [...(c.subs ?? []), ...RSDL_SUBS[c.segment]];

export const collectionBySegment = new Map(COLLECTIONS.map((c) => [c.segment, c]));

/** Reference elements whose href points into a top-level collection (`<cluster id=.../>` → /clusters/id). */
export const REFERENCE_COLLECTION: Record<string, string> = {
  cluster: 'clusters', data_center: 'datacenters', host: 'hosts', network: 'networks', storage_domain: 'storagedomains',
  template: 'templates', base_template: 'templates', vm: 'vms', vmpool: 'vmpools', user: 'users', group: 'groups', domain: 'domains', role: 'roles',
  tag: 'tags', disk: 'disks', cpu_profile: 'cpuprofiles', disk_profile: 'diskprofiles', vnic_profile: 'vnicprofiles',
  mac_pool: 'macpools', instance_type: 'instancetypes', scheduling_policy: 'schedulingpolicies', job: 'jobs',
  storage_connection: 'storageconnections', event: 'events', permission: 'permissions', scheduling_policy_unit: 'schedulingpolicyunits',
  external_host_provider: 'externalhostproviders', openstack_image_provider: 'openstackimageproviders',
  openstack_network_provider: 'openstacknetworkproviders', openstack_volume_provider: 'openstackvolumeproviders',
};
