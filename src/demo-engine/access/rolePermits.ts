// A role's permits (guide 21.4.2 `POST /roles/{id}/permits` with `<permit id=…/>` or its name, `DELETE
// …/permits/{id}`), also reached through a user's or group's roles (RSDL `users|groups/{id}/roles/{id}/permits`;
// the engine hands out the same BackendPermitsResource there). As AttachActionGroupsToRoleCommand and
// DetachActionGroupsFromRoleCommand check: a predefined role is read-only (`mutable` false), a permit is one of
// the engine's action groups (the /capabilities catalogue), attached once, and an administrative permit goes
// only to an administrative role.
import doc from '../data/capabilities.json';
import type { Ctx } from '../context';
import { EngineFault, incomplete, operationFailed } from '../faults';
import type { Entity } from '../types';
import { registerRules } from '../writes/rules';
import { registerView } from '../views/registry';

interface Permit { id: string; name: string; administrative: boolean }
const CATALOGUE: Permit[] = (doc as any).permits?.permit ?? [];

/** The catalogue id of a permit name (the engine's ActionGroup id), for seeding roles. */
export const permitId = (name: string, fallback: string): string => CATALOGUE.find((p) => p.name === name)?.id ?? fallback;

const key = (role: Entity) => `roles/${role.id}/permits`;

function assertMutable(role: Entity, verb: 'attach' | 'detach'): void {
  // ACTION_TYPE_FAILED_ROLE_IS_READ_ONLY with VAR__ACTION__ATTACH_ACTION_TO / DETACH_ACTION_TO and VAR__TYPE__ROLE.
  if (role.mutable === false) throw operationFailed(`Cannot ${verb} Role. The Role is Read-Only.`);
}

/** The permit a POST names, as the role will hold it, or the engine's refusal. */
function permitFor(ctx: Ctx, role: Entity, body: Record<string, any>): Entity {
  if (!body.id && !body.name) throw incomplete('Permit', ['id|name']);
  assertMutable(role, 'attach');
  const permit = CATALOGUE.find((p) => (body.id ? p.id === String(body.id) : p.name === body.name));
  if (!permit) throw new EngineFault(400, 'Operation Failed', '[Cannot attach action group to Role. The action group is invalid.]');
  if (ctx.store.list(key(role)).some((p) => p.name === permit.name)) {
    throw operationFailed('Cannot attach action group to Role. This action group is already attached to Role.');
  }
  if (permit.administrative && !role.administrative) throw operationFailed("Cannot add administrator's action group to a User Role.");
  return { id: permit.id, name: permit.name, administrative: permit.administrative, role: { id: role.id } };
}

registerRules('roles/permits', {
  keepId: true,
  prepare: (ctx, body, role) => permitFor(ctx, role!, body),
  canRemove: (_ctx, _permit, role) => assertMutable(role!, 'detach'),
});

for (const holder of ['users', 'groups']) {
  registerView(`${holder}/roles/permits`, {
    list: (ctx, role) => ctx.store.list(key(role)),
    add: (ctx, role, body) => ctx.store.put(key(role), permitFor(ctx, role, body)),
    remove(ctx, role, permit) {
      assertMutable(role, 'detach');
      ctx.store.remove(key(role), permit.id);
    },
  });
}
