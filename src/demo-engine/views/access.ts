// Views over users and groups (guide 20 domains, 21 users, 22 groups): a directory domain's users and
// groups, and the roles a user or group holds through system-wide permissions (POST adds one, DELETE removes).
import type { Ctx } from '../context';
import { EngineFault, operationFailed } from '../faults';
import type { Entity } from '../types';
import { newId } from '../writes/ids';
import { registerView } from './registry';
import { registerRules } from '../writes/rules';

// A domain lists the people and groups of its directory, added to the engine or not; ids are directory ids.
registerView('domains/users', { list: (ctx, domain) => ctx.store.list(`_directory/${domain.id}/users`) });
registerView('domains/groups', { list: (ctx, domain) => ctx.store.list(`_directory/${domain.id}/groups`) });

/** The directory entry a POST /users or /groups names: by directory id, user_name/principal or name. */
function inDirectory(ctx: Ctx, kind: 'users' | 'groups', body: Record<string, any>): Entity | undefined {
  const domains = body.domain?.id ? [body.domain.id] : ctx.store.list('domains').map((d) => d.id);
  const wanted = [body.domain_entry_id, body.user_name, body.principal, body.name].filter(Boolean).map(String);
  for (const d of domains) {
    const hit = ctx.store.list(`_directory/${d}/${kind}`).find((e) => wanted.some((w) => w === e.id || w === e.user_name || w === e.principal || w === e.name
      || (e.user_name && w === e.user_name.split('@')[0])));
    if (hit) return hit;
  }
  return undefined;
}

// guide 21.4, 22.4: users and groups are added from a directory domain; who is not in it cannot be added.
for (const kind of ['users', 'groups'] as const) {
  registerRules(kind, {
    prepare(ctx, body) {
      const entry = inDirectory(ctx, kind, body);
      if (!entry) throw operationFailed(`Cannot add ${kind === 'users' ? 'User' : 'Group'}. ${kind === 'users' ? 'User' : 'Group'} must exist in Directory.`);
      const { id: entryId, ...fields } = entry;
      return { ...fields, domain_entry_id: entryId, id: newId(ctx) };
    },
  });
}

const OBJECTS = ['vm', 'vmpool', 'template', 'cluster', 'data_center', 'host', 'storage_domain', 'disk', 'network', 'quota'];
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
