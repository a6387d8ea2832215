// What a user may see: administrators see everything; with `Filter: true` (user API) a user sees only
// objects on which a permission gives them a role, directly or through the object's parents.
import type { Ctx } from './context';
import type { Entity } from './types';
import { EVERYONE_ID } from './seed/engineConfig';

export function isAdmin(ctx: Pick<Ctx, 'store' | 'user'>): boolean {
  return ctx.store.list('permissions').some(
    (p) => p.user?.id === ctx.user.id && ctx.store.get('roles', p.role?.id)?.administrative === true,
  );
}

const perRequest = new WeakMap<Ctx, Map<string, Set<string>>>();

/** Ids of objects the user holds any permission on, by reference element (`vm`, `cluster`, ...); once per request. */
function permittedObjects(ctx: Ctx): Map<string, Set<string>> {
  const known = perRequest.get(ctx);
  if (known) return known;
  const out = new Map<string, Set<string>>();
  perRequest.set(ctx, out);
  for (const p of ctx.store.list('permissions')) {
    // Every user is a member of Everyone (seed/engineConfig.ts), whose permissions apply to all.
    if (p.user?.id !== ctx.user.id && p.group?.id !== EVERYONE_ID) continue;
    for (const kind of ['vm', 'vmpool', 'template', 'cluster', 'data_center', 'host', 'storage_domain', 'disk', 'network']) {
      if (p[kind]?.id) {
        if (!out.has(kind)) out.set(kind, new Set());
        out.get(kind)!.add(p[kind].id);
      }
    }
  }
  return out;
}

const KIND_OF: Record<string, string> = {
  vms: 'vm', vmpools: 'vmpool', templates: 'template', clusters: 'cluster', datacenters: 'data_center',
  hosts: 'host', storagedomains: 'storage_domain', disks: 'disk', networks: 'network',
};

export function visibleTo(ctx: Ctx, segment: string, entity: Entity): boolean {
  if (!ctx.filtered) return true;
  // A user's events are those about the objects they can see.
  if (segment === 'events') {
    return Object.entries(KIND_OF).some(([seg, kind]) => {
      const ref = entity[kind]?.id;
      const target = ref ? ctx.store.get(seg, ref) : undefined;
      return Boolean(target && visibleTo(ctx, seg, target));
    });
  }
  const kind = KIND_OF[segment];
  if (!kind) return true;
  const allowed = permittedObjects(ctx);
  if (allowed.get(kind)?.has(entity.id)) return true;
  if (entity.cluster?.id && allowed.get('cluster')?.has(entity.cluster.id)) return true;
  if (entity.data_center?.id && allowed.get('data_center')?.has(entity.data_center.id)) return true;
  return false;
}
