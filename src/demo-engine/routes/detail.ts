// `detail=` parameters of the Accept header (`application/xml; detail=disks; detail=nics`): the engine inlines
// those sub-collections into each VM (or other resource) it lists or reads (4.3 engine: AbstractBackendResource
// `DetailHelper.getDetails(httpHeaders, uriInfo)`, then `vm.setDisks(...)`, `vm.setNics(...)` when asked).
// Only sub-collections the schema gives the resource an element for (VM: disks, nics, tags, statistics...).
import type { Ctx } from '../context';
import type { CollectionDef } from '../collections';
import { childOf, typeOfElement } from '../../xsd/model';
import { represent } from '../represent';
import type { Entity } from '../types';
import { statisticRepresentations } from '../statistics';
import { subItems } from './generic';

export function requestedDetails(ctx: Ctx): string[] {
  const accept = ctx.req.headers['accept'] ?? '';
  const fromHeader = [...accept.matchAll(/;\s*detail=([^;,\s]+)/g)].flatMap((m) => m[1].split('+'));
  const fromQuery = ctx.url.query.detail ? ctx.url.query.detail.split('+') : [];
  return [...new Set([...fromHeader, ...fromQuery].map((d) => d.trim()).filter(Boolean))];
}

/** `rep` (the representation of `entity`) with the asked-for sub-collections inlined. */
export function withDetails(ctx: Ctx, def: CollectionDef, entity: Entity, rep: Record<string, any>, details: string[]): Record<string, any> {
  if (!details.length) return rep;
  // A copy: the representation may be shared (cached) and stays as it is.
  const out = { ...rep };
  const type = typeOfElement(def.item);
  for (const d of details) {
    const sub = def.subs?.find((s) => s.segment === d);
    if (!sub || !childOf(type, sub.list)) continue;
    const href = `${ctx.base}/${def.segment}/${entity.id}/${sub.segment}`;
    const items = sub.segment === 'statistics' ? statisticRepresentations(ctx, [def.segment, entity.id], href) ?? []
      : subItems(ctx, def, sub, entity).map((e) => represent(e, `${href}/${e.id}`, ctx.base, `${def.segment}/${sub.segment}`));
    out[sub.list] = { [sub.item]: items };
  }
  return out;
}
