// Domains, users (with demo passwords), groups, roles with permits, tags and system permissions.
import { SECRETS } from '../auth';
import { BLANK_ID, type Random } from '../ids';
import type { Store } from '../store';
import type { Entity } from '../types';
import { permitId } from '../access/rolePermits';

/** Demo logins, printed by `npm start`. */
export const DEMO_USERS = [
  { user: 'admin', domain: 'internal', password: 'ovirt', first: 'Admin', last: 'Istrator', role: 'SuperUser' },
  { user: 'mary', domain: 'internal', password: 'mary', first: 'Mary', last: 'Jones', role: 'UserRole' },
  { user: 'helpdesk', domain: 'internal', password: 'helpdesk', first: 'Help', last: 'Desk', role: 'HelpdeskRole' },
] as const;

export interface Access { users: Entity[]; roles: Map<string, Entity>; tags: Entity[] }

const ROLE_DEFS: [name: string, id: string, administrative: boolean, description: string, permits: string[]][] = [
  ['SuperUser', '00000000-0000-0000-0000-000000000001', true, 'Roles management administrator', ['login', 'create_vm', 'delete_vm', 'edit_vm_properties', 'run_vm', 'stop_vm', 'manipulate_permissions', 'configure_engine']],
  ['ClusterAdmin', 'def00001-0000-0000-0000-def000000001', true, 'Administrator Role, permission for all the objects underneath a specific Cluster', ['login', 'create_vm', 'delete_vm', 'edit_vm_properties', 'run_vm', 'stop_vm', 'create_host', 'edit_cluster_configuration']],
  ['UserRole', '00000000-0000-0000-0001-000000000001', false, 'Standard User Role', ['login', 'run_vm', 'stop_vm', 'shut_down_vm', 'hibernate_vm', 'reboot_vm', 'connect_to_vm', 'change_vm_cd', 'vm_pool_basic_operations']],
  ['PowerUserRole', '00000000-0000-0000-0001-000000000002', false, 'User Role, allowed to create VMs, Templates and Disks', ['login', 'create_vm', 'create_template', 'create_disk', 'run_vm']],
  ['UserVmManager', 'def00006-0000-0000-0000-def000000006', false, 'User Role, with permission for any operation on Vms', ['login', 'run_vm', 'stop_vm', 'shut_down_vm', 'hibernate_vm', 'reboot_vm', 'connect_to_vm', 'change_vm_cd', 'edit_vm_properties', 'delete_vm', 'manipulate_vm_snapshots', 'configure_vm_network', 'configure_vm_storage']],
  // A custom, non-administrative role for helpdesk staff (guide 21: roles are sets of permits; custom roles are
  // `mutable`): see the VMs under the objects it is granted on, hand out console tickets (`connect_to_vm`, the
  // permit POST /vms/{id}/ticket needs) and take over a console someone else holds (`reconnect_to_vm`).
  // Nothing that starts, stops, edits or removes a VM. Granted on the Default and Production clusters (seed/extras).
  ['HelpdeskRole', 'def000fe-0000-0000-0000-def0000000fe', false, 'Helpdesk: view VMs and their sessions, issue console tickets', ['login', 'connect_to_vm', 'reconnect_to_vm']],
  ['QuotaConsumer', 'def0000a-0000-0000-0000-def00000000a', false, 'User Role, allowed to consume resources from a specific Quota', ['login', 'consume_quota']],
  ['TemplateAdmin', 'def00008-0000-0000-0000-def000000008', true, 'Administrator Role, permission for all the objects underneath a specific Template', ['login', 'create_template', 'delete_template', 'edit_template_properties']],
];

export function seedAccess(store: Store, rnd: Random): Access {
  const internal = store.put('domains', { id: 'internal-authz', name: 'internal-authz' });
  const roles = new Map<string, Entity>();
  for (const [name, id, administrative, description, permits] of ROLE_DEFS) {
    roles.set(name, store.put('roles', { id, name, description, mutable: name === 'HelpdeskRole', administrative }));
    // A permit's id is the engine's ActionGroup id (the /capabilities catalogue).
    permits.forEach((p, i) => store.put(`roles/${id}/permits`, { id: permitId(p, String(i + 1)), name: p, administrative, role: { id } }));
  }
  const users = DEMO_USERS.map((u) => {
    const user = store.put('users', {
      id: rnd.uuid(), name: u.first, last_name: u.last, user_name: `${u.user}@${u.domain}`,
      principal: u.user, namespace: '*', domain: { id: internal.id, name: internal.name },
      domain_entry_id: rnd.uuid().replace(/-/g, ''), email: `${u.user}@demo.example.com`, department: u.user === 'admin' ? 'IT' : 'Engineering',
    });
    store.put(SECRETS, { id: user.id, password: u.password });
    return user;
  });
  store.put('groups', { id: rnd.uuid(), name: 'demo.example.com/Engineering', domain: { id: internal.id }, namespace: '*', domain_entry_id: rnd.uuid() });
  store.put('permissions', { id: rnd.uuid(), role: { id: roles.get('SuperUser')!.id }, user: { id: users[0].id } });

  const root = store.put('tags', { id: BLANK_ID, name: 'root', description: 'root' });
  const tags = ['production', 'web', 'database', 'finance', 'helpdesk'].map((name) =>
    store.put('tags', { id: rnd.uuid(), name, description: `${name} workloads`, parent: { tag: { id: root.id } } }));
  return { users, roles, tags };
}
