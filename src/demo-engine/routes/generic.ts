// List and get for every collection and sub-collection the engine knows (guide 4: collections,
// 7: `;max=`, `search=`, `;case-sensitive=`). Specific behaviour (create, update, actions) lives in
// the per-collection route modules, registered before these.
import type { Ctx } from '../context';
import { collectionBySegment, type CollectionDef, type SubDef } from '../collections';
import { notFound } from '../faults';
import { represent, representTop } from '../represent';
import { topEntityXml, topListXml } from '../wireCache';
import { xml } from '../respond';
import { runSearch } from '../search';
import { newestFirstSince } from '../search/events';
import { visibleTo } from '../permissions';
import type { Entity } from '../types';
import { viewFor } from '../views/registry';
import { allDisks } from '../storage/allDisks';
import { requestedDetails, withDetails } from './detail';

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

/**
 * The case sensitivity a search asks for: the guide spells it `case-sensitive`, the RSDL (and the engine's
 * `AbstractBackendCollectionResource.CASE_SENSITIVE_CONSTRAINT_PARAMETER`) `case_sensitive`; matrix or query parameter.
 */
function caseSensitivity(ctx: Ctx): string | undefined {
  const { matrix, query } = ctx.url;
  return matrix.case_sensitive ?? matrix['case-sensitive'] ?? query.case_sensitive ?? query['case-sensitive'];
}

export function listTop(ctx: Ctx) {
  const def = topDef(ctx);
  const all = topItems(ctx, def.segment);
  let visible: ((e: Entity) => boolean) | undefined = ctx.filtered ? (e) => visibleTo(ctx, def.segment, e) : undefined;
  let items: readonly Entity[] = all;
  if (def.segment === 'events') {
    // Sorting what is already newest first costs one pass (the order is kept while the state holds).
    const newest = ctx.store.memo('events:newest', () => newestFirstSince(all, undefined));
    items = newestFirstSince(visible ? newest.filter(visible) : newest, ctx.url.matrix.from ?? ctx.url.query.from);
    visible = undefined;
  }
  // Only collections the entry point offers `rel="x/search"` for search; the others list everything and ignore
  // `search=`, as the engine's resources that do not query by SearchType do (BackendDiskProfilesResource.list
  // runs GetAllDiskProfiles whatever the URL says).
  const search = def.searchable ? ctx.url.query.search : undefined;
  const max = maxOf(ctx);
  if (search !== undefined && search.trim() !== '') {
    // guide 7.3.6: "All search queries are case sensitive by default"; `;case-sensitive=false` turns it off.
    const caseSensitive = !/^false$/i.test(caseSensitivity(ctx) ?? '');
    // `page N` pages by `max` when given (the engine's search uses max as its page size), else by 100.
    // The whole collection is searched (its sorted orders and indexes are kept while the state holds) and
    // what the user may not see is left out before paging.
    items = runSearch(def.segment, items, search, {
      store: ctx.store, caseSensitive, pageSize: max, now: ctx.now(), visible, stable: items === all,
    });
  } else if (visible) items = items.filter(visible);
  if (max !== undefined) items = items.slice(0, max);
  const details = requestedDetails(ctx);
  // With `detail=` the sub-collections are inlined afresh; without, the kept documents answer (wireCache.ts).
  if (details.length) return xml(200, def.list, { [def.item]: items.map((e) => withDetails(ctx, def, e, representTop(def.segment, e, ctx.base), details)) });
  return topListXml(ctx.store, def, items, ctx.base);
}

/** A top-level collection's items; /disks lists attached disks as well as floating ones (guide 14). */
export function topItems(ctx: Ctx, segment: string): readonly Entity[] {
  return segment === 'disks' ? ctx.store.memo('disks:all', () => allDisks(ctx.store).map((x) => x.disk)) : ctx.store.snapshot(segment);
}

export function topItem(ctx: Ctx, segment: string, id: string): Entity | undefined {
  return segment === 'disks' ? allDisks(ctx.store).find((x) => x.disk.id === id)?.disk : ctx.store.get(segment, id);
}

export function getTop(ctx: Ctx) {
  const def = topDef(ctx);
  const entity = topItem(ctx, def.segment, ctx.params.id);
  if (!entity || !visibleTo(ctx, def.segment, entity)) throw notFound();
  const details = requestedDetails(ctx);
  if (details.length) return xml(200, def.item, withDetails(ctx, def, entity, representTop(def.segment, entity, ctx.base), details));
  return topEntityXml(ctx.store, def, entity, ctx.base);
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
    const caseSensitive = /^true$/i.test(caseSensitivity(ctx) ?? '');
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
