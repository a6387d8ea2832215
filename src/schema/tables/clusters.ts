// Guide chapter 10, Tables 10.1–10.3. Create requires name, CPU type, compatibility version and data center
// (§10.6.1, RSDL `POST /clusters`).
import type { ResourceTable } from '../types';
import { commentElement, descriptionElement, nameElement } from './common';
import { ARCHITECTURES } from './fixedEnums';

const G = 'General';
const O = 'Optimization';
const S = 'Scheduling Policy';
const M = 'Migration Policy';
const F = 'Fencing Policy';

export const clusters: ResourceTable = {
  segment: 'clusters',
  element: 'cluster',
  label: 'Clusters',
  create: { path: '/clusters' },
  update: '/clusters/{cluster:id}',
  elements: [
    nameElement('A user-supplied name for the cluster, unique across clusters.', { required: true }),
    descriptionElement(),
    commentElement(),
    { path: 'data_center', label: 'Data center', type: 'ref', ref: 'datacenters', group: G, required: true, updatable: true, column: true,
      help: 'The data center the cluster belongs to.' },
    { path: 'cpu.id', label: 'CPU type', type: 'enum', enumSource: 'cpus', group: G, required: true, updatable: true, column: true,
      help: 'The CPU type every host in the cluster must support, e.g. Intel Penryn Family.' },
    { path: 'cpu.architecture', label: 'CPU architecture', type: 'enum', enumSource: ARCHITECTURES, group: G, updatable: true,
      help: 'The CPU architecture of the cluster.' },
    { path: 'version.major', label: 'Compatibility version (major)', type: 'int', group: G, required: true, updatable: true,
      help: 'The compatibility level; it can be raised to a version listed in supported_versions.' },
    { path: 'version.minor', label: 'Compatibility version (minor)', type: 'int', group: G, required: true, updatable: true,
      help: 'The compatibility level minor version.' },
    { path: 'management_network', label: 'Management network', type: 'ref', ref: 'networks', group: G, updatable: true,
      help: 'The network used for management traffic.' },
    { path: 'virt_service', label: 'Virt service', type: 'boolean', group: G, updatable: true, help: 'The cluster runs virtual machines.' },
    { path: 'gluster_service', label: 'Gluster service', type: 'boolean', group: G, updatable: true, help: 'The cluster provides Gluster storage.' },
    { path: 'trusted_service', label: 'Trusted service', type: 'boolean', group: G, help: 'Hosts are verified with OpenAttestation.' },
    { path: 'maintenance_reason_required', label: 'Maintenance reason required', type: 'boolean', group: G, updatable: true,
      help: 'Ask for a reason when a host is put into maintenance.' },
    { path: 'memory_policy.overcommit.percent', label: 'Memory overcommit', type: 'int', unit: 'percent', group: O, updatable: true,
      help: 'Memory overcommit percentage: 100 (none), 150 (server load), 200 (desktop load).' },
    { path: 'memory_policy.transparent_hugepages.enabled', label: 'Transparent huge pages', type: 'boolean', group: O, updatable: true,
      help: 'Enable transparent huge pages on the hosts.' },
    { path: 'ksm.enabled', label: 'KSM', type: 'boolean', group: O, updatable: true, help: 'Enable kernel same-page merging.' },
    { path: 'ksm.merge_across_nodes', label: 'KSM across NUMA nodes', type: 'boolean', group: O, updatable: true,
      help: 'Merge pages across NUMA nodes.' },
    { path: 'ballooning_enabled', label: 'Memory balloon', type: 'boolean', group: O, updatable: true, help: 'Enable memory balloon optimization.' },
    { path: 'threads_as_cores', label: 'Count threads as cores', type: 'boolean', group: O, updatable: true,
      help: 'Let virtual machines use host threads as cores.' },
    { path: 'scheduling_policy', label: 'Scheduling policy', type: 'ref', ref: 'schedulingpolicies', group: S, updatable: true,
      help: 'The scheduling policy of the cluster.' },
    { path: 'scheduling_policy.policy', label: 'Policy', type: 'enum', enumSource: 'scheduling_policies', group: S, updatable: true,
      help: 'The policy name; values in capabilities, e.g. evenly_distributed, none.' },
    { path: 'scheduling_policy.thresholds.high', label: 'High threshold', type: 'int', unit: 'percent', max: 100, group: S, updatable: true,
      help: 'CPU load above which a host is considered overloaded.' },
    { path: 'scheduling_policy.thresholds.low', label: 'Low threshold', type: 'int', unit: 'percent', max: 100, group: S, updatable: true,
      help: 'CPU load below which a host is considered underutilized.' },
    { path: 'scheduling_policy.thresholds.duration', label: 'Duration', type: 'int', unit: 'seconds', group: S, updatable: true,
      help: 'Seconds a host may be overloaded before the scheduler moves load.' },
    { path: 'ha_reservation', label: 'HA reservation', type: 'boolean', group: S, updatable: true,
      help: 'Reserve capacity for highly available virtual machines.' },
    { path: 'error_handling.on_error', label: 'On host error', type: 'enum', enumSource: 'error_handling', group: M, updatable: true,
      help: 'What to do with virtual machines when a host fails, e.g. migrate.' },
    { path: 'tunnel_migration', label: 'Tunnel migration', type: 'boolean', group: M, updatable: true, help: 'Tunnel migrations through libvirt.' },
    { path: 'fencing_policy.enabled', label: 'Fencing enabled', type: 'boolean', group: F, updatable: true, help: 'Enable fencing of non-responsive hosts.' },
    { path: 'fencing_policy.skip_if_sd_active.enabled', label: 'Skip fencing if storage is active', type: 'boolean', group: F, updatable: true,
      help: 'Do not fence a host whose storage domain lease is still renewed.' },
    { path: 'fencing_policy.skip_if_connectivity_broken.enabled', label: 'Skip fencing on cluster connectivity issues', type: 'boolean', group: F, updatable: true,
      help: 'Do not fence when many hosts lost connectivity.' },
    { path: 'fencing_policy.skip_if_connectivity_broken.threshold', label: 'Connectivity threshold', type: 'int', unit: 'percent', max: 100, group: F, updatable: true,
      help: 'Percentage of hosts with broken connectivity above which fencing is skipped.' },
  ],
};
