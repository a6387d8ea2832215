// Create, update and delete for every collection and sub-collection (guide 7.3.10, 7.4.3, 7.4.4),
// specialised by the rules of writes/rules.ts. Create answers 201 with a Location header (or what the
// collection's `afterCreate` answers, e.g. 202 for async VM creation); update merges only the elements
// sent; delete answers 200 (recorded ovirt-3.3-faults/index.tsv `expected_status_code_del_host=200`) with the
// completed action (respond.ts `deleted`), and accepts an `<action>` body (`force`, `async`).
import type { Ctx } from '../context';
import { EngineFault, notFound, operationFailed } from '../faults';
import { visibleTo } from '../permissions';
import { represent, representTop } from '../represent';
import { deleted, xml } from '../respond';
import type { Entity, EngineResponse } from '../types';
import { findSubItem, subDef, subHref, topDef, topItem } from '../routes/generic';
import { viewFor, type View } from '../views/registry';
import { beginJob, commitJob, dropJob } from '../jobs/tracker';
import { createJob, hasCreateJob } from '../jobs/descriptions';
import { readBody } from './body';
import { newId } from './ids';
import { clone, mergeInto } from './merge';
import { resolveRefs } from './refs';
import { assertRequired } from './required';
import { rulesFor, type CollectionRules } from './rules';

const ALWAYS_READ_ONLY = ['status', 'href', 'actions', 'link', 'creation_status'];

function checkDupName(rules: CollectionRules, siblings: Entity[], candidate: Entity, kind: 'add' | 'edit'): void {
  const r = rules.dupName;
  if (!r) return;
  const key = r.key ?? 'name';
  const value = candidate[key];
  if (value === undefined) return;
  const clash = siblings.find((o) => o.id !== candidate.id && o[key] === value && (!r.sameScope || r.sameScope(o, candidate)));
  if (clash) {
    const [status, text] = r[kind];
    throw new EngineFault(status, 'Operation Failed', `[${typeof text === 'function' ? text(String(value)) : text}]`);
  }
}

function emitFor(ctx: Ctx, rules: CollectionRules, kind: 'add' | 'update' | 'remove', entity: Entity, parent?: Entity): void {
  const ev = rules.event?.(kind, entity, ctx, parent);
  if (ev) ctx.emit({ severity: 'normal', correlationId: ctx.correlationId, ...ev });
}

export interface Place {
  key: string; path: string; href: (id: string) => string; item: string; rules: CollectionRules; parent?: Entity;
  view?: View; ancestors?: Entity[]; find?: (id: string) => Entity | undefined;
}

function topPlace(ctx: Ctx): Place {
  const def = topDef(ctx);
  return { key: def.segment, path: def.segment, href: (id) => `${ctx.base}/${def.segment}/${id}`, item: def.item, rules: rulesFor(def.segment),
    find: (id) => topItem(ctx, def.segment, id) };
}

function subPlace(ctx: Ctx): Place {
  const { def, sub, parent } = subDef(ctx);
  const base = subHref(ctx, def, sub, parent.id);
  const path = `${def.segment}/${sub.segment}`;
  return { key: `${def.segment}/${parent.id}/${sub.segment}`, path, href: (id) => `${base}/${id}`, item: sub.item, rules: rulesFor(path), parent,
    view: viewFor(path), ancestors: [parent], find: (id) => findSubItem(ctx, def, sub, parent, id) };
}

function representAt(ctx: Ctx, place: Place, e: Entity): Record<string, any> {
  return place.parent ? represent(e, place.href(e.id), ctx.base, place.path) : representTop(place.key, e, ctx.base);
}

export function create(ctx: Ctx, place: Place): EngineResponse {
  const body = readBody(ctx, [place.item]);
  place.rules.adaptIn?.(ctx, body, place.parent);
  // guide 12.8 procedure 12.2: registering an unregistered disk names only its id (`disks;unregistered`).
  if (ctx.url.matrix.unregistered !== 'true') assertRequired('POST', ctx.url.segments, body);
  resolveRefs(ctx, body);
  if (place.view?.add && place.parent) {
    const added = place.view.add(ctx, place.parent, body, place.ancestors ?? [place.parent]);
    emitFor(ctx, place.rules, 'add', added, place.parent);
    return xml(201, place.item, representAt(ctx, place, added), { Location: place.href(added.id) });
  }
  const job = hasCreateJob(place.path) ? beginJob(ctx, '') : undefined;
  try {
    const res = createEntity(ctx, place, body);
    if (job) {
      job.description = createJob(place.path, ctx.store.get(place.key, res.id) ?? { id: res.id }) ?? '';
      commitJob(ctx, job);
    }
    return res.response;
  } catch (e) {
    if (job) dropJob(ctx, job);
    throw e;
  }
}

function createEntity(ctx: Ctx, place: Place, body: Record<string, any>): { id: string; response: EngineResponse } {
  const requestedId = body.id;
  delete body.id;
  // Sub-collections that add an existing object by reference (tags, labels) keep the id sent.
  if (place.rules.keepId && requestedId !== undefined) body.id = requestedId;
  const entity = place.rules.prepare ? place.rules.prepare(ctx, body, place.parent) : { ...body, id: place.rules.keepId ? body.id ?? '' : '' };
  if (!entity.id) entity.id = newId(ctx);
  checkDupName(place.rules, ctx.store.list(place.key), entity, 'add');
  ctx.store.put(place.key, entity);
  emitFor(ctx, place.rules, 'add', entity, place.parent);
  const href = place.href(entity.id);
  const custom = place.rules.afterCreate?.(ctx, entity, href, place.parent);
  if (custom) return { id: entity.id, response: custom };
  return { id: entity.id, response: xml(201, place.item, representAt(ctx, place, entity), { Location: href }) };
}

/** The entity a write targets; with `Filter: true` only objects the user has permissions on exist. */
function target(ctx: Ctx, place: Place, id: string): Entity {
  const entity = place.find ? place.find(id) : ctx.store.get(place.key, id);
  if (!entity || (!place.parent && !visibleTo(ctx, place.key, entity))) throw notFound();
  return entity;
}

export function update(ctx: Ctx, place: Place, id: string): EngineResponse {
  const entity = target(ctx, place, id);
  const body = readBody(ctx, [place.item]);
  // guide 7.4.9: changing a strictly immutable element is a conflict.
  if (body.id !== undefined && body.id !== entity.id) {
    throw new EngineFault(409, 'Broken immutability constraint', 'Attempt to set immutable field: id');
  }
  delete body.id;
  for (const k of [...ALWAYS_READ_ONLY, ...(place.rules.readOnly ?? [])]) delete body[k];
  resolveRefs(ctx, body);
  place.rules.canUpdate?.(ctx, entity, body, place.parent);
  if (place.view && place.parent) {
    if (!place.view.update) throw new EngineFault(405, 'Method Not Allowed');
    const shown = place.view.update(ctx, place.parent, entity, body, place.ancestors ?? [place.parent]);
    emitFor(ctx, place.rules, 'update', shown, place.parent);
    return xml(200, place.item, representAt(ctx, place, shown));
  }
  const before = clone(entity);
  const candidate = mergeInto(clone(entity), body) as Entity;
  checkDupName(place.rules, ctx.store.list(place.key), candidate, 'edit');
  mergeInto(entity, body);
  place.rules.afterUpdate?.(ctx, entity, before, place.parent);
  emitFor(ctx, place.rules, 'update', entity, place.parent);
  return xml(200, place.item, representAt(ctx, place, entity));
}

export function remove(ctx: Ctx, place: Place, id: string): EngineResponse {
  const entity = target(ctx, place, id);
  // v3 takes `<action>` or the resource; a storage connection's DELETE names the host to use (`<host>`).
  const body = readBody(ctx, ['action', place.item, ...(place.key === 'storageconnections' ? ['host'] : [])]);
  place.rules.adaptIn?.(ctx, body, place.parent);
  // A DELETE body is optional; when sent it needs what the RSDL requires (storage domains: the host).
  if (ctx.req.body?.trim()) assertRequired('DELETE', ctx.url.segments, body);
  place.rules.canRemove?.(ctx, entity, place.parent, body);
  if (place.view && place.parent) {
    if (!place.view.remove) throw new EngineFault(405, 'Method Not Allowed');
    place.view.remove(ctx, place.parent, entity, body, place.ancestors ?? [place.parent]);
  } else if (place.rules.remove) place.rules.remove(ctx, entity, place.parent, body);
  else ctx.store.remove(place.key, id);
  emitFor(ctx, place.rules, 'remove', entity, place.parent);
  return deleted();
}

export const createTop = (ctx: Ctx) => create(ctx, topPlace(ctx));
export const updateTop = (ctx: Ctx) => update(ctx, topPlace(ctx), ctx.params.id);
export const removeTop = (ctx: Ctx) => remove(ctx, topPlace(ctx), ctx.params.id);
export const createSub = (ctx: Ctx) => create(ctx, subPlace(ctx));
export const updateSub = (ctx: Ctx) => update(ctx, subPlace(ctx), ctx.params.subId);
export const removeSub = (ctx: Ctx) => remove(ctx, subPlace(ctx), ctx.params.subId);

/** A fault for a rule that refuses with the engine's `[Cannot ...]` text and a given status. */
export const refuse = (status: number, detail: string) =>
  status === 409 ? operationFailed(detail) : new EngineFault(status, 'Operation Failed', `[${detail}]`);

/** Creates a top-level entity with that collection's rules (for views that add through their parent). */
export function addTop(ctx: Ctx, segment: string, body: Record<string, any>): Entity {
  const rules = rulesFor(segment);
  delete body.id;
  const entity = rules.prepare ? rules.prepare(ctx, body) : { ...body, id: '' };
  if (!entity.id) entity.id = newId(ctx);
  checkDupName(rules, ctx.store.list(segment), entity, 'add');
  ctx.store.put(segment, entity);
  emitFor(ctx, rules, 'add', entity);
  return entity;
}
