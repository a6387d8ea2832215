// Views over users and groups (guide 20 domains, 21 users, 22 groups): a directory domain's users and
// groups, and the roles a user or group holds through system-wide permissions (POST adds one, DELETE removes).
import type { Ctx } from '../context';
import { EngineFault, operationFailed } from '../faults';
import type { Entity } from '../types';
import { newId } from '../writes/ids';
import { registerView } from './registry';

registerView('domains/users', { list: (ctx, domain) => ctx.store.list('users').filter((u) => u.domain?.id === domain.id) });
registerView('domains/groups', { list: (ctx, domain) => ctx.store.list('groups').filter((g) => g.domain?.id === domain.id) });

const OBJECTS = ['vm', 'vmpool', 'template', 'cluster', 'data_center', 'host', 'storage_domain', 'disk', 'network'];
const systemWide = (p: Entity) => OBJECTS.every((k) => !p[k]);

function roles(holder: 'user' | 'group') {
  const held = (ctx: Ctx, owner: Entity) => ctx.store.list('permissions').filter((p) => p[holder]?.id === owner.id && systemWide(p));
  return {
    list: (ctx: Ctx, owner: Entity) => [...new Set(held(ctx, owner).map((p) => p.role.id))].map((id) => ctx.store.get('roles', id)).filter(Boolean) as Entity[],
    add(ctx: Ctx, owner: Entity, body: Record<string, any>) {
      const role = body.id ? ctx.store.get('roles', body.id) : ctx.store.list('roles').find((r) => r.name === body.name);
      if (!role) throw new EngineFault(400, 'Operation Failed', `Entity not found: Role: ${body.id ? `id=${body.id}` : `name=${body.name}`}`);
      if (held(ctx, owner).some((p) => p.role.id === role.id)) throw operationFailed('Cannot add Permission. Permission already exists.');
      ctx.store.put('permissions', { id: newId(ctx), role: { id: role.id }, [holder]: { id: owner.id } });
      return role;
    },
    remove(ctx: Ctx, owner: Entity, role: Entity) {
      for (const p of held(ctx, owner)) if (p.role.id === role.id) ctx.store.remove('permissions', p.id);
    },
  };
}
registerView('users/roles', roles('user'));
registerView('groups/roles', roles('group'));
