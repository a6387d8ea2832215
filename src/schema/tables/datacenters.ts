// Guide chapter 9, Table 9.1. Create requires name and local (§9.4.1, RSDL `POST /datacenters`).
import type { ResourceTable } from '../types';
import { commentElement, descriptionElement, nameElement, statusElement } from './common';

export const datacenters: ResourceTable = {
  segment: 'datacenters',
  element: 'data_center',
  label: 'Data Centers',
  create: { path: '/datacenters' },
  update: '/datacenters/{datacenter:id}',
  elements: [
    nameElement('A user-supplied name for the data center, unique across data centers.', { required: true }),
    descriptionElement(),
    commentElement(),
    statusElement('data_center_states', 'uninitialized, up, maintenance, not_operational, problematic or contend.'),
    { path: 'local', label: 'Local storage', type: 'boolean', group: 'General', required: true, updatable: true, column: true,
      help: 'True for a local (all-in-one) data center whose storage is on a single host.' },
    { path: 'storage_format', label: 'Storage format', type: 'enum', enumSource: 'storage_formats', group: 'General', updatable: true,
      help: 'The storage format version of the data center, e.g. v3.' },
    { path: 'version.major', label: 'Compatibility version (major)', type: 'int', group: 'General', updatable: true,
      help: 'The compatibility level major version.' },
    { path: 'version.minor', label: 'Compatibility version (minor)', type: 'int', group: 'General', updatable: true,
      help: 'The compatibility level minor version.' },
    { path: 'mac_pool', label: 'MAC address pool', type: 'ref', ref: 'macpools', group: 'General', updatable: true,
      help: 'The MAC pool of the data center; the default pool is used if none is given.' },
    // api.xsd DataCenter: quota_mode (the RSDL does not list it, but the engine's data center mapper reads it).
    { path: 'quota_mode', label: 'Quota mode', type: 'enum', enumSource: 'quota_mode_types', group: 'General', updatable: true,
      help: 'disabled, audit (quota violations are only logged) or enabled (quota limits are enforced).' },
  ],
};
