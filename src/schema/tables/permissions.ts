// Guide §7.4.8: permissions sub-collections. A permission grants a role to a user or a group on an object.
import type { ElementDef, ResourceTable } from '../types';

const G = 'General';
const on = (path: string, label: string, ref: string): ElementDef =>
  ({ path, label, type: 'ref', ref, group: 'Object', readOnly: true, help: `The ${label.toLowerCase()} the permission applies to.` });

export const permissions: ResourceTable = {
  segment: 'permissions',
  element: 'permission',
  label: 'Permissions',
  create: { path: '/permissions' },
  elements: [
    { path: 'role', label: 'Role', type: 'ref', ref: 'roles', group: G, required: true, column: true, help: 'The role granted.' },
    { path: 'user', label: 'User', type: 'ref', ref: 'users', group: G, column: true, requiredWhen: { path: 'group', absent: true },
      help: 'The user the role is granted to (or give a group).' },
    { path: 'group', label: 'Group', type: 'ref', ref: 'groups', group: G, column: true, requiredWhen: { path: 'user', absent: true },
      help: 'The group the role is granted to (or give a user).' },
    on('data_center', 'Data center', 'datacenters'),
    on('cluster', 'Cluster', 'clusters'),
    on('host', 'Host', 'hosts'),
    on('storage_domain', 'Storage domain', 'storagedomains'),
    on('vm', 'Virtual machine', 'vms'),
    on('vmpool', 'Pool', 'vmpools'),
    on('template', 'Template', 'templates'),
    on('disk', 'Disk', 'disks'),
  ],
};
