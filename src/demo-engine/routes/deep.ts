// Routes for collections two levels down (views/deep.ts): list, get, add, update, remove, reusing the
// create/update/remove flow of writes/crud.ts, so RSDL checks, rules and events apply alike.
import type { Ctx } from '../context';
import { collectionBySegment } from '../collections';
import { notFound } from '../faults';
import { represent } from '../represent';
import { xml } from '../respond';
import type { Entity, EngineResponse } from '../types';
import { visibleTo } from '../permissions';
import { create, remove, update, type Place } from '../writes/crud';
import { rulesFor } from '../writes/rules';
import { viewFor } from '../views/registry';
import { DEEP } from '../views/deep';
import { findSubItem } from './generic';

export const isDeep = (ctx: Ctx, name: string) => Boolean(DEEP[`${ctx.params.coll}/${ctx.params.sub}/${name}`]);

function deepPlace(ctx: Ctx, deep: string): Place {
  const def = collectionBySegment.get(ctx.params.coll);
  const sub = def?.subs?.find((s) => s.segment === ctx.params.sub);
  const names = DEEP[`${ctx.params.coll}/${ctx.params.sub}/${deep}`];
  const top = def && ctx.store.get(def.segment, ctx.params.id);
  if (!def || !sub || !names || !top || !visibleTo(ctx, def.segment, top)) throw notFound();
  const mid = findSubItem(ctx, def, sub, top, ctx.params.subId);
  if (!mid) throw notFound();
  const path = `${def.segment}/${sub.segment}/${deep}`;
  const key = `${def.segment}/${top.id}/${sub.segment}/${mid.id}/${deep}`;
  const base = `${ctx.base}/${key}`;
  const view = viewFor(path);
  const items = (): Entity[] => (view ? view.list(ctx, mid, [top, mid]) : ctx.store.list(key));
  return { key, path, href: (id) => `${base}/${id}`, item: names.item, rules: rulesFor(path), parent: mid, view, ancestors: [top, mid],
    find: (id) => items().find((e) => e.id === id), list: items, listName: names.list } as Place & { list: () => Entity[]; listName: string };
}

export function listDeep(ctx: Ctx): EngineResponse {
  const place = deepPlace(ctx, ctx.params.deep) as ReturnType<typeof deepPlace> & { list: () => Entity[]; listName: string };
  return xml(200, place.listName, { [place.item]: place.list().map((e) => represent(e, place.href(e.id), ctx.base, place.path)) });
}

export function getDeep(ctx: Ctx): EngineResponse {
  const place = deepPlace(ctx, ctx.params.deep);
  const e = place.find!(ctx.params.deepId);
  if (!e) throw notFound();
  return xml(200, place.item, represent(e, place.href(e.id), ctx.base, place.path));
}

export const createDeep = (ctx: Ctx, deep: string) => create(ctx, deepPlace(ctx, deep));
export const updateDeep = (ctx: Ctx) => update(ctx, deepPlace(ctx, ctx.params.deep), ctx.params.deepId);
export const removeDeep = (ctx: Ctx) => remove(ctx, deepPlace(ctx, ctx.params.deep), ctx.params.deepId);
