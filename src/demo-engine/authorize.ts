// Authorization like the engine's: a user may do what the permits of the roles they hold allow, where a
// role is held on the object itself, on an object above it (cluster, data center, pool) or system-wide.
// Non-administrators must use the user-level API (`Filter: true`); without it their queries are refused,
// and a write without the needed permit answers 403 "[User is not authorized to perform this action.]"
// (ovirt-engine's USER_IS_NOT_AUTHORIZED_TO_PERFORM_ACTION as the REST API reports it).
import type { Ctx } from './context';
import { EngineFault } from './faults';
import type { Entity } from './types';
import { isAdmin, visibleTo } from './permissions';
import { EVERYONE_ID } from './seed/engineConfig';

export const notAuthorized = () => new EngineFault(403, 'Operation Failed', '[User is not authorized to perform this action.]');

const OBJECT_KINDS = ['vm', 'vmpool', 'template', 'cluster', 'data_center', 'host', 'storage_domain', 'disk', 'network', 'quota'];
const KIND_OF: Record<string, string> = {
  vms: 'vm', vmpools: 'vmpool', templates: 'template', clusters: 'cluster', datacenters: 'data_center', hosts: 'host',
  storagedomains: 'storage_domain', disks: 'disk', networks: 'network',
};

/** The objects whose permissions apply to `kind:id`: itself and what contains it. */
function scopeOf(ctx: Ctx, kind: string | undefined, id: string | undefined): Record<string, Set<string>> {
  const out: Record<string, Set<string>> = {};
  const add = (k: string, v?: string) => { if (v) (out[k] ??= new Set()).add(v); };
  const entity: Entity | undefined = kind && id ? ctx.store.get(Object.keys(KIND_OF).find((c) => KIND_OF[c] === kind)!, id) : undefined;
  if (kind) add(kind, id);
  add('vmpool', entity?.vmpool?.id);
  const clusterId = kind === 'cluster' ? id : entity?.cluster?.id;
  add('cluster', clusterId);
  add('data_center', kind === 'data_center' ? id : entity?.data_center?.id ?? ctx.store.get('clusters', clusterId ?? '')?.data_center?.id);
  return out;
}

/** The roles the user holds over `scope` (including system-wide ones). */
function rolesOver(ctx: Ctx, scope: Record<string, Set<string>>): Entity[] {
  const groups = new Set([EVERYONE_ID, ...(ctx.user.groups?.group ?? []).map((g: Entity) => g.id)]);
  const held = ctx.store.list('permissions').filter((p) => (p.user?.id === ctx.user.id || groups.has(p.group?.id)) && (
    OBJECT_KINDS.every((k) => !p[k]) || OBJECT_KINDS.some((k) => p[k]?.id && scope[k]?.has(p[k].id))));
  return held.map((p) => ctx.store.get('roles', p.role?.id)).filter(Boolean) as Entity[];
}

function permits(ctx: Ctx, roles: Entity[]): Set<string> {
  return new Set(roles.flatMap((r) => ctx.store.list(`roles/${r.id}/permits`).map((p) => p.name)));
}

const VM_ACTION_PERMIT: Record<string, string> = {
  start: 'run_vm', stop: 'stop_vm', shutdown: 'shut_down_vm', suspend: 'hibernate_vm', reboot: 'reboot_vm', ticket: 'connect_to_vm',
  logon: 'connect_to_vm', migrate: 'migrate_vm', cancelmigration: 'migrate_vm', export: 'import_export_vm', move: 'move_vm',
  clone: 'create_vm', detach: 'edit_vm_properties', maintenance: 'edit_vm_properties', reordermacaddresses: 'configure_vm_network',
  preview_snapshot: 'manipulate_vm_snapshots', commit_snapshot: 'manipulate_vm_snapshots', undo_snapshot: 'manipulate_vm_snapshots',
  freezefilesystems: 'manipulate_vm_snapshots', thawfilesystems: 'manipulate_vm_snapshots',
};
const VM_SUB_PERMIT: Record<string, string> = {
  snapshots: 'manipulate_vm_snapshots', disks: 'configure_vm_storage', nics: 'configure_vm_network', cdroms: 'change_vm_cd',
  permissions: 'manipulate_permissions', tags: 'edit_vm_properties', watchdogs: 'edit_vm_properties', numanodes: 'edit_vm_properties',
};

/** The permit a write needs and the object it is checked on; `admin` when only an administrative role will do. */
function requirement(ctx: Ctx, method: string, segs: string[], body: () => Record<string, any>): { permit: string; kind?: string; id?: string } {
  const [coll, id, sub, , action] = segs;
  const kind = KIND_OF[coll];
  if (coll === 'vms') {
    if (!id && method === 'POST') return { permit: 'create_vm', kind: 'cluster', id: body().cluster?.id };
    if (!sub && method === 'PUT') return { permit: 'edit_vm_properties', kind, id };
    if (!sub && method === 'DELETE') return { permit: 'delete_vm', kind, id };
    if (sub && VM_ACTION_PERMIT[sub] && segs.length === 3) return { permit: VM_ACTION_PERMIT[sub], kind, id };
    if (sub && VM_SUB_PERMIT[sub]) return { permit: VM_SUB_PERMIT[sub], kind, id };
    if (sub === 'snapshots' || action === 'restore') return { permit: 'manipulate_vm_snapshots', kind, id };
  }
  if (coll === 'vmpools' && sub === 'allocatevm') return { permit: 'vm_pool_basic_operations', kind, id };
  if (coll === 'disks' && !id && method === 'POST') return { permit: 'create_disk', kind: 'storage_domain', id: body().storage_domains?.storage_domain?.[0]?.id };
  if (coll === 'templates' && !id && method === 'POST') return { permit: 'create_template', kind: 'cluster', id: ctx.store.get('vms', body().vm?.id ?? '')?.cluster?.id };
  return { permit: 'admin', kind, id };
}

const OPEN_READS = new Set(['', 'capabilities']);

/** Throws the engine's fault when the authenticated user may not make this request. */
export function authorize(ctx: Ctx, body: () => Record<string, any>): void {
  if (isAdmin(ctx)) return;
  const segs = ctx.url.segments;
  if (ctx.req.method === 'GET' || ctx.req.method === 'HEAD') {
    // The admin API's queries are for administrators; users read through `Filter: true`.
    if (!ctx.filtered && !OPEN_READS.has(segs[0] ?? '')) throw notAuthorized();
    return;
  }
  if (!ctx.filtered) throw notAuthorized();
  // With `Filter: true` objects the user holds nothing on do not exist for them: the handler answers 404.
  const top = segs[1] ? ctx.store.get(segs[0], segs[1]) : undefined;
  if (top && !visibleTo(ctx, segs[0], top)) return;
  const need = requirement(ctx, ctx.req.method, segs, body);
  const roles = rolesOver(ctx, scopeOf(ctx, need.kind, need.id));
  const ok = need.permit === 'admin' ? roles.some((r) => r.administrative === true) : permits(ctx, roles).has(need.permit);
  if (!ok) throw notAuthorized();
}
