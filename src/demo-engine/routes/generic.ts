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

export function topDef(ctx: Ctx): CollectionDef {
  const def = collectionBySegment.get(ctx.params.coll);
  if (!def) throw notFound();
  return def;
}

export function subDef(ctx: Ctx): { def: CollectionDef; sub: SubDef; parent: Entity } {
  const def = topDef(ctx);
  const sub = def.subs?.find((s) => s.segment === ctx.params.sub);
  const parent = ctx.store.get(def.segment, ctx.params.id);
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
  let items = ctx.store.list(def.segment).filter((e) => visibleTo(ctx, def.segment, e));
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
  return xml(200, def.list, { [def.item]: items.map((e) => representTop(def.segment, e, ctx.base)) });
}

export function getTop(ctx: Ctx) {
  const def = topDef(ctx);
  const entity = ctx.store.get(def.segment, ctx.params.id);
  if (!entity || !visibleTo(ctx, def.segment, entity)) throw notFound();
  return xml(200, def.item, representTop(def.segment, entity, ctx.base));
}

export function subHref(ctx: Ctx, def: CollectionDef, sub: SubDef, parentId: string): string {
  return `${ctx.base}/${def.segment}/${parentId}/${sub.segment}`;
}

export function listSub(ctx: Ctx) {
  const { def, sub, parent } = subDef(ctx);
  const href = subHref(ctx, def, sub, parent.id);
  let items = ctx.store.list(`${def.segment}/${parent.id}/${sub.segment}`);
  const max = maxOf(ctx);
  if (max !== undefined) items = items.slice(0, max);
  const path = `${def.segment}/${sub.segment}`;
  return xml(200, sub.list, { [sub.item]: items.map((e) => represent(e, `${href}/${e.id}`, ctx.base, path)) });
}

export function getSub(ctx: Ctx) {
  const { def, sub, parent } = subDef(ctx);
  const entity = ctx.store.get(`${def.segment}/${parent.id}/${sub.segment}`, ctx.params.subId);
  if (!entity) throw notFound();
  const href = `${subHref(ctx, def, sub, parent.id)}/${entity.id}`;
  return xml(200, sub.item, represent(entity, href, ctx.base, `${def.segment}/${sub.segment}`));
}
