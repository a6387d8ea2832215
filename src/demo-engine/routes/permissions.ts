// guide 7.4.8: every resource's `permissions` sub-collection is a view of the top-level permissions that
// reference it (`<vm id=…/>` inside the permission). POST needs a role and a user or group (RSDL).
import type { Ctx } from '../context';
import { collectionBySegment } from '../collections';
import { EngineFault, notFound, operationFailed } from '../faults';
import { represent } from '../represent';
import { deleted, xml } from '../respond';
import type { Entity } from '../types';
import { AUDIT, userName } from '../audit';
import { readBody } from '../writes/body';
import { newId } from '../writes/ids';
import { resolveRefs } from '../writes/refs';
import { assertRequired } from '../writes/required';
import { topItem } from './generic';

/** The reference element that names the object of a permission, by collection segment. */
const OBJECT_ELEMENT: Record<string, string> = {
  vms: 'vm', vmpools: 'vmpool', templates: 'template', clusters: 'cluster', datacenters: 'data_center', hosts: 'host',
  storagedomains: 'storage_domain', disks: 'disk', networks: 'network', vnicprofiles: 'vnic_profile',
  diskprofiles: 'disk_profile', cpuprofiles: 'cpu_profile', users: 'user', groups: 'group',
};

function scope(ctx: Ctx) {
  const def = collectionBySegment.get(ctx.params.coll);
  const parent = def && topItem(ctx, def.segment, ctx.params.id);
  const element = OBJECT_ELEMENT[ctx.params.coll];
  if (!def || !parent || !element) throw notFound();
  const href = `${ctx.base}/${def.segment}/${parent.id}/permissions`;
  // users/{id}/permissions lists what the user holds; other objects list what is held on them.
  const matches = (p: Entity) => p[element]?.id === parent.id;
  return { parent, element, href, matches };
}

const show = (ctx: Ctx, href: string, p: Entity) => represent(p, `${href}/${p.id}`, ctx.base, 'permissions');

export function listPermissions(ctx: Ctx) {
  const { href, matches } = scope(ctx);
  return xml(200, 'permissions', { permission: ctx.store.list('permissions').filter(matches).map((p) => show(ctx, href, p)) });
}

export function getPermission(ctx: Ctx) {
  const { href, matches } = scope(ctx);
  const p = ctx.store.get('permissions', ctx.params.subId);
  if (!p || !matches(p)) throw notFound();
  return xml(200, 'permission', show(ctx, href, p));
}

export function addPermission(ctx: Ctx) {
  const { parent, element, href } = scope(ctx);
  const body = readBody(ctx, ['permission']);
  assertRequired('POST', ctx.url.segments, body);
  resolveRefs(ctx, body);
  if (!ctx.store.get('roles', body.role?.id)) throw new EngineFault(400, 'Operation Failed', `Entity not found: Role: id=${body.role?.id}`);
  // On a user or group (`users/{id}/permissions`, RSDL: role and one object) the path names who holds the
  // role and the body the object it is held on; on an object the body names the user or group.
  const onHolder = element === 'user' || element === 'group';
  const holder = onHolder ? element : body.user?.id ? 'user' : 'group';
  const holderId = onHolder ? parent.id : body[holder]?.id;
  const objectElement = onHolder ? Object.values(OBJECT_ELEMENT).find((el) => el !== 'user' && el !== 'group' && body[el]?.id) : element;
  const objectId = onHolder ? (objectElement ? body[objectElement].id : undefined) : parent.id;
  if (!objectElement || !objectId || !holderId) {
    throw new EngineFault(400, 'Incomplete parameters', onHolder ? 'Permission [data_center|cluster|host|storage_domain|vm|vmpool|template.id] required for add' : 'Permission [user|group.id] required for add');
  }
  const dup = ctx.store.list('permissions').find((p) => p[objectElement]?.id === objectId && p.role?.id === body.role.id && p[holder]?.id === holderId);
  if (dup) throw operationFailed('Cannot add Permission. Permission already exists.');
  const p = ctx.store.put('permissions', { id: newId(ctx), role: { id: body.role.id }, [holder]: { id: holderId }, [objectElement]: { id: objectId } });
  ctx.emit({ code: AUDIT.USER_ADD_PERMISSION, severity: 'normal', correlationId: ctx.correlationId,
    description: `User/Group ${holderId} was granted permission for Role ${ctx.store.get('roles', body.role.id)!.name} on ${onHolder ? objectId : parent.name ?? parent.id}, by ${userName(ctx.user)}.` });
  return xml(201, 'permission', show(ctx, href, p), { Location: `${href}/${p.id}` });
}

export function removePermission(ctx: Ctx) {
  const { matches } = scope(ctx);
  const p = ctx.store.get('permissions', ctx.params.subId);
  if (!p || !matches(p)) throw notFound();
  ctx.store.remove('permissions', p.id);
  ctx.emit({ code: AUDIT.USER_REMOVE_PERMISSION, severity: 'normal', correlationId: ctx.correlationId,
    description: `User/Group permission was removed by ${userName(ctx.user)}.` });
  return deleted();
}
