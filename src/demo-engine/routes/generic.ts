// List and get for every collection and sub-collection the engine knows (guide 4: collections,
// 7: `;max=`, `search=`, `;case-sensitive=`). Specific behaviour (create, update, actions) lives in
// the per-collection route modules, registered before these.
import type { Ctx } from '../context';
import { collectionBySegment, type CollectionDef, type SubDef } from '../collections';
import { notFound } from '../faults';
import { represent, representTop } from '../represent';
import { xml } from '../respond';
import { runSearch } from '../search';
import { newestFirstSince } from '../search/events';
import { visibleTo } from '../permissions';
import type { Entity } from '../types';
import { viewFor } from '../views/registry';
import { allDisks } from '../storage/allDisks';
import { inlineStatistics, withStatistics } from './detail';

export function topDef(ctx: Ctx): CollectionDef {
  const def = collectionBySegment.get(ctx.params.coll);
  if (!def) throw notFound();
  return def;
}

export function subDef(ctx: Ctx): { def: CollectionDef; sub: SubDef; parent: Entity } {
  const def = topDef(ctx);
  const sub = def.subs?.find((s) => s.segment === ctx.params.sub);
  const parent = topItem(ctx, def.segment, ctx.params.id);
  if (!sub || !parent || !visibleTo(ctx, def.segment, parent)) throw notFound();
  return { def, sub, parent };
}

function maxOf(ctx: Ctx): number | undefined {
  const raw = ctx.url.matrix.max ?? ctx.url.query.max;
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

export function listTop(ctx: Ctx) {
  const def = topDef(ctx);
  let items = topItems(ctx, def.segment).filter((e) => visibleTo(ctx, def.segment, e));
  if (def.segment === 'events') items = newestFirstSince(items, ctx.url.matrix.from ?? ctx.url.query.from);
  const search = ctx.url.query.search;
  const max = maxOf(ctx);
  if (search !== undefined && search.trim() !== '') {
    // guide 7.3.6: "All search queries are case sensitive by default"; `;case-sensitive=false` turns it off.
    const caseSensitive = !/^false$/i.test(ctx.url.matrix['case-sensitive'] ?? ctx.url.query['case-sensitive'] ?? '');
    // `page N` pages by `max` when given (the engine's search uses max as its page size), else by 100.
    items = runSearch(def.segment, items, search, { store: ctx.store, caseSensitive, pageSize: max, now: ctx.now() });
  }
  if (max !== undefined) items = items.slice(0, max);
  const stats = inlineStatistics(ctx, def.segment);
  return xml(200, def.list, { [def.item]: items.map((e) => {
    const rep = representTop(def.segment, e, ctx.base);
    return stats ? withStatistics(ctx, def.segment, e.id, rep) : rep;
  }) });
}

/** A top-level collection's items; /disks lists attached disks as well as floating ones (guide 14). */
export function topItems(ctx: Ctx, segment: string): Entity[] {
  return segment === 'disks' ? allDisks(ctx.store).map((x) => x.disk) : ctx.store.list(segment);
}

export function topItem(ctx: Ctx, segment: string, id: string): Entity | undefined {
  return segment === 'disks' ? allDisks(ctx.store).find((x) => x.disk.id === id)?.disk : ctx.store.get(segment, id);
}

export function getTop(ctx: Ctx) {
  const def = topDef(ctx);
  const entity = topItem(ctx, def.segment, ctx.params.id);
  if (!entity || !visibleTo(ctx, def.segment, entity)) throw notFound();
  return xml(200, def.item, representTop(def.segment, entity, ctx.base));
}

export function subHref(ctx: Ctx, def: CollectionDef, sub: SubDef, parentId: string): string {
  return `${ctx.base}/${def.segment}/${parentId}/${sub.segment}`;
}

/** Sub-collections that take `?search=` with the language of a top-level collection. */
const SUB_SEARCH: Record<string, string> = { 'domains/users': 'users', 'domains/groups': 'groups' };

export function listSub(ctx: Ctx) {
  const { def, sub, parent } = subDef(ctx);
  const href = subHref(ctx, def, sub, parent.id);
  let items = subItems(ctx, def, sub, parent);
  const max = maxOf(ctx);
  const searchAs = SUB_SEARCH[`${def.segment}/${sub.segment}`];
  const search = ctx.url.query.search;
  if (searchAs && search !== undefined && search.trim() !== '') {
    // guide 20 (domains): a directory is searched for the people and groups to add, e.g. `allnames=jo*` or
    // `name=demo*`; directory (LDAP) matching ignores case unless `;case-sensitive=true` is asked for.
    const caseSensitive = /^true$/i.test(ctx.url.matrix['case-sensitive'] ?? ctx.url.query['case-sensitive'] ?? '');
    items = runSearch(searchAs, items, search, { store: ctx.store, caseSensitive, pageSize: max, now: ctx.now() });
  }
  if (max !== undefined) items = items.slice(0, max);
  const path = `${def.segment}/${sub.segment}`;
  return xml(200, sub.list, { [sub.item]: items.map((e) => represent(e, `${href}/${e.id}`, ctx.base, path)) });
}

export function getSub(ctx: Ctx) {
  const { def, sub, parent } = subDef(ctx);
  const entity = findSubItem(ctx, def, sub, parent, ctx.params.subId);
  if (!entity) throw notFound();
  const href = `${subHref(ctx, def, sub, parent.id)}/${entity.id}`;
  return xml(200, sub.item, represent(entity, href, ctx.base, `${def.segment}/${sub.segment}`));
}

/** The items of a sub-collection: a registered view (views/) or the stored list. */
export function subItems(ctx: Ctx, def: CollectionDef, sub: SubDef, parent: Entity): Entity[] {
  const view = viewFor(`${def.segment}/${sub.segment}`);
  return view ? view.list(ctx, parent, [parent]) : ctx.store.list(`${def.segment}/${parent.id}/${sub.segment}`);
}

export function findSubItem(ctx: Ctx, def: CollectionDef, sub: SubDef, parent: Entity, id: string): Entity | undefined {
  const view = viewFor(`${def.segment}/${sub.segment}`);
  return view ? view.list(ctx, parent, [parent]).find((e) => e.id === id) : ctx.store.get(`${def.segment}/${parent.id}/${sub.segment}`, id);
}
